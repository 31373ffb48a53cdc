using System;

namespace FundMath.Contributions;

/// <summary>
/// The employee-scheme rates in force in one month: employer medical, maternity (merged into the employer rate) and individual.
/// 职工医保单位费率（含生育保险费率）与个人费率.
/// Employer = EmployerMedical + Maternity; individuals pay no maternity premium.
/// </summary>
/// <remarks><c>default(EmployeeRates)</c> is every rate 0% (employer medical, maternity and individual): a real rate set that charges no contribution — equal to new EmployeeRates(0%, 0%, 0%).</remarks>
public readonly struct EmployeeRates : IEquatable<EmployeeRates>
{
    /// <summary>Creates the rates, each within 0–100% and the merged employer rate within 0–100%.</summary>
    /// <param name="employerMedical">Employer medical rate (e.g. 8.2%; 株洲市's restored total employer rate is 8.7%).</param>
    /// <param name="maternity">Maternity rate merged into the employer rate (生育保险费率, e.g. 0.5%, 国办发〔2019〕10号).</param>
    /// <param name="individual">Individual rate (个人缴费比例, e.g. 2%, 国发〔1998〕44号).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate, or the merged employer rate, is outside 0–100%.</exception>
    public EmployeeRates(Rate employerMedical, Rate maternity, Rate individual)
    {
        ContributionRates.CheckRate(employerMedical, nameof(employerMedical));
        ContributionRates.CheckRate(maternity, nameof(maternity));
        ContributionRates.CheckRate(individual, nameof(individual));
        Rate employer = employerMedical + maternity;
        ContributionRates.CheckRate(employer, "employerMedical + maternity");
        Employer = employer;
        EmployerMedical = employerMedical;
        Maternity = maternity;
        Individual = individual;
    }

    /// <summary>Employer medical rate (单位缴费比例，不含生育).</summary>
    public Rate EmployerMedical { get; }

    /// <summary>Maternity rate merged into the employer rate (生育保险费率).</summary>
    public Rate Maternity { get; }

    /// <summary>Individual rate (个人缴费比例).</summary>
    public Rate Individual { get; }

    /// <summary>The merged employer rate (单位费率，含生育) = EmployerMedical + Maternity.</summary>
    public Rate Employer { get; }

    /// <inheritdoc/>
    public bool Equals(EmployeeRates other) => EmployerMedical == other.EmployerMedical && Maternity == other.Maternity && Individual == other.Individual;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EmployeeRates other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EmployerMedical, Maternity, Individual);

    /// <summary>Equality.</summary>
    public static bool operator ==(EmployeeRates left, EmployeeRates right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(EmployeeRates left, EmployeeRates right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"employer {EmployerMedical:P2} + maternity {Maternity:P2}, individual {Individual:P2}";
}
