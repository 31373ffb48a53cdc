namespace FundMath.Contributions;

/// <summary>Who pays one person's premium. 资助参保分担. Assistance + Person = premium.</summary>
/// <param name="AssistancePays">Paid by the medical-assistance fund (医疗救助基金资助).</param>
/// <param name="PersonPays">Paid by the person (个人自付).</param>
/// <remarks><c>default(AssistanceSplit)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct AssistanceSplit(Money AssistancePays, Money PersonPays);
