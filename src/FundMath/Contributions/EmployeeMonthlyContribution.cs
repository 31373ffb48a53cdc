using System;

namespace FundMath.Contributions;

/// <summary>
/// One person's employee-scheme contributions for one month.
/// 职工医保月缴费额（单位缴费含生育、个人缴费）.
/// Employer = round(base × (medical + maternity)); Maternity = round(base × maternity); Individual = round(base × individual).
/// Built by <see cref="EmployeeContribution"/> or <see cref="Of"/>: amounts are never negative and the maternity
/// part never exceeds the employer contribution it is part of.
/// </summary>
/// <remarks><c>default(EmployeeMonthlyContribution)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct EmployeeMonthlyContribution
{
    internal EmployeeMonthlyContribution(Money @base, Money employer, Money maternity, Money individual)
    {
        Preconditions.DebugCheck(
            !@base.IsNegative && !maternity.IsNegative && maternity <= employer && !individual.IsNegative,
            "EmployeeMonthlyContribution: 0 ≤ maternity ≤ employer, base and individual ≥ 0");
        Base = @base;
        Employer = employer;
        Maternity = maternity;
        Individual = individual;
    }

    /// <summary>Premium base (缴费基数).</summary>
    public Money Base { get; }

    /// <summary>Employer contribution including maternity (单位缴费，含生育).</summary>
    public Money Employer { get; }

    /// <summary>The maternity part of <see cref="Employer"/> (生育保险费).</summary>
    public Money Maternity { get; }

    /// <summary>Individual contribution (个人缴费).</summary>
    public Money Individual { get; }

    /// <summary>The employer medical part = Employer − Maternity.</summary>
    public Money EmployerMedical => Employer - Maternity;

    /// <summary>Employer + individual.</summary>
    public Money Total => Employer + Individual;

    /// <summary>A month's contributions as stated elsewhere (a payroll line, a report), checked for consistency.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, or <paramref name="maternity"/> exceeds <paramref name="employer"/>.</exception>
    public static EmployeeMonthlyContribution Of(Money @base, Money employer, Money maternity, Money individual)
    {
        CheckNotNegative(@base, nameof(@base));
        CheckNotNegative(employer, nameof(employer));
        CheckNotNegative(maternity, nameof(maternity));
        CheckNotNegative(individual, nameof(individual));
        if (maternity > employer)
        {
            Preconditions.ThrowOutOfRange(nameof(maternity), maternity, $"maternity {maternity:N2} 元 exceeds the employer contribution {employer:N2} 元 it is part of.");
        }

        return new(@base, employer, maternity, individual);
    }

    private static void CheckNotNegative(Money amount, string paramName)
    {
        if (amount.IsNegative)
        {
            Preconditions.ThrowOutOfRange(paramName, amount, $"{paramName} {amount:N2} 元 is negative; a contribution is at least 0.");
        }
    }
}
