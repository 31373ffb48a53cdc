namespace FundMath.Contributions;

/// <summary>A cohort of resident insured in one assistance category. 参保人群（按资助类别）.</summary>
/// <param name="Persons">Persons in the cohort.</param>
/// <param name="Category">Their assistance category (None for ordinary payers).</param>
/// <remarks><c>default(ResidentCohort)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct ResidentCohort(Headcount Persons, AssistanceCategory Category);
