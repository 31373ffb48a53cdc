using System;

namespace FundMath.Drg;

/// <summary>
/// One medical institution as input — 定点医疗机构: its id, its institution factor (机构系数) and, for the year-end
/// settlement, its reference amount under each scheme (e.g. the fund's item-by-item amount, 按项目结算金额).
/// </summary>
/// <param name="Id">The institution code, unique.</param>
/// <param name="Factor">机构系数 (e.g. a level or cost coefficient), &gt; 0; 1 for none.</param>
/// <param name="EmployeeReference">Reference amount under 职工医保 for the settlement, or null.</param>
/// <param name="ResidentReference">Reference amount under 居民医保 for the settlement, or null.</param>
/// <param name="Name">A display name, or null.</param>
/// <remarks><c>default(DrgInstitutionRecord)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct DrgInstitutionRecord(string Id, Fraction Factor, Money? EmployeeReference = null, Money? ResidentReference = null, string? Name = null)
{
    /// <summary>The institution code, unique.</summary>
    public string Id { get; init => field = value ?? throw new ArgumentNullException(nameof(Id)); } = Id ?? throw new ArgumentNullException(nameof(Id));

    /// <summary>The reference amount under <paramref name="scheme"/>, or null.</summary>
    public Money? ReferenceFor(DrgScheme scheme) => scheme == DrgScheme.Employee ? EmployeeReference : ResidentReference;
}
