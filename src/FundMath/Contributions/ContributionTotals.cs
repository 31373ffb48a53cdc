namespace FundMath.Contributions;

/// <summary>
/// Totals of employee-scheme contributions over persons (or of an aggregate estimate).
/// 职工医保缴费合计.
/// </summary>
/// <param name="Persons">Persons summed (0 for an aggregate estimate from a wage total).</param>
/// <param name="BaseTotal">Σ bases (工资总额).</param>
/// <param name="Employer">Σ employer contributions including maternity.</param>
/// <param name="Maternity">Σ maternity parts.</param>
/// <param name="Individual">Σ individual contributions.</param>
/// <remarks><c>default(ContributionTotals)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct ContributionTotals(int Persons, Money BaseTotal, Money Employer, Money Maternity, Money Individual)
{
    /// <summary>Employer + individual.</summary>
    public Money Total => Employer + Individual;
}
