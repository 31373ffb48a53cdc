using System;

namespace FundMath.Contributions;

/// <summary>
/// The totals of one payroll month computed in one pass from wages: the premium-base summary (工资总额 and how many
/// persons the floor or cap bound) and the contribution totals (单位缴费含生育、其中生育、个人缴费).
/// Bases = Σ clamp(wageᵢ, floor, cap); Employer = Σ round(baseᵢ × employer rate), and so on per person.
/// </summary>
/// <remarks>Built only by <see cref="EmployeeContribution.ForPayroll(ReadOnlySpan{Money}, in PremiumBasePolicy, in EmployeeRates, MidpointRounding, Span{Money}, Span{Money}, Span{Money})"/>, so the two halves always describe the same persons. <c>default(PayrollContributions)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct PayrollContributions : IEquatable<PayrollContributions>
{
    internal PayrollContributions(PremiumBaseSummary bases, ContributionTotals contributions)
    {
        Bases = bases;
        Contributions = contributions;
    }

    /// <summary>The premium bases: persons, Σ bases and the floor/cap counts.</summary>
    public PremiumBaseSummary Bases { get; }

    /// <summary>The contributions: Σ bases, Σ employer (incl. maternity), Σ maternity, Σ individual.</summary>
    public ContributionTotals Contributions { get; }

    /// <summary>Employer + individual over the payroll.</summary>
    public Money Total => Contributions.Total;

    /// <inheritdoc/>
    public bool Equals(PayrollContributions other) => Bases == other.Bases && Contributions == other.Contributions;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PayrollContributions other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Bases, Contributions);

    /// <summary>Equality.</summary>
    public static bool operator ==(PayrollContributions left, PayrollContributions right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PayrollContributions left, PayrollContributions right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Bases.Persons} persons, bases {Bases.WageTotal:F2元} ({Bases.AtFloor} at floor, {Bases.AtCap} at cap); employer {Contributions.Employer:F2元} (maternity {Contributions.Maternity:F2元}), individual {Contributions.Individual:F2元}";
}
