using System;

namespace FundMath.Drg;

/// <summary>One inpatient case as input — 出院病例: its scheme, institution, group, cost and adjustment factor.</summary>
/// <param name="Id">The case id (for messages and explanations), or null.</param>
/// <param name="Scheme">The scheme that pays it.</param>
/// <param name="Institution">The id of the institution that treated it.</param>
/// <param name="Group">The id of its DRG group in the scheme's table.</param>
/// <param name="Cost">住院总费用, ≥ 0.</param>
/// <param name="Factor">病例调整系数 (the product of its adjustment factors), &gt; 0; 1 for none.</param>
/// <remarks><c>default(DrgCaseRecord)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct DrgCaseRecord(string? Id, DrgScheme Scheme, string Institution, string Group, Money Cost, Fraction Factor)
{
    /// <summary>The id of the institution that treated it.</summary>
    public string Institution { get; init => field = value ?? throw new ArgumentNullException(nameof(Institution)); } = Institution ?? throw new ArgumentNullException(nameof(Institution));

    /// <summary>The id of its DRG group in the scheme's table.</summary>
    public string Group { get; init => field = value ?? throw new ArgumentNullException(nameof(Group)); } = Group ?? throw new ArgumentNullException(nameof(Group));
}
