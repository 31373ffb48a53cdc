using System;
using FundMath.Explain;
using FundMath.Ratios;

namespace FundMath.Cohorts;

/// <summary>
/// The support ratio of the employee scheme — 在职退休比 (抚养比) = 在职职工 / 退休人员, e.g. 45.48万 : 27.26万
/// ≈ 1.67 : 1. Zero retirees give <see cref="RatioOutcome.NotMeaningful"/>.
/// </summary>
/// <remarks><c>default(SupportRatio)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct SupportRatio(Headcount InService, Headcount Retired)
{
    /// <summary>NotMeaningful when there are no retirees.</summary>
    public RatioOutcome Outcome => Retired.IsZero ? RatioOutcome.NotMeaningful : RatioOutcome.Meaningful;

    /// <summary>在职 / 退休 as an exact fraction (in-service persons per retiree).</summary>
    /// <exception cref="InvalidOperationException">There are no retirees.</exception>
    public Fraction InServicePerRetiree => Retired.IsZero
        ? throw new InvalidOperationException($"在职退休比 is not meaningful: 0 retirees ({InService.Persons:N0} in service).")
        : Fraction.Create(InService.Persons, Retired.Persons);

    /// <summary>The ratio, or false when there are no retirees.</summary>
    public bool TryGetValue(out Fraction inServicePerRetiree)
    {
        inServicePerRetiree = Retired.IsZero ? default : Fraction.Create(InService.Persons, Retired.Persons);
        return !Retired.IsZero;
    }

    /// <summary>The ratio from a count set (在职职工 and 退休人员).</summary>
    public static SupportRatio Of(in CohortCounts counts) => new(counts[CohortCategory.InService], counts[CohortCategory.Retired]);

    /// <summary>Explains 在职退休比 = 在职 / 退休.</summary>
    public Explanation Explain() => new("在职退休比 support ratio", TryGetValue(out Fraction f) ? f.ToString("F2", null) + " : 1" : "not meaningful (no retirees)")
    {
        Formula = "在职职工 in service / 退休人员 retired",
        Rounding = "exact; displayed to 0.01 (AwayFromZero, 四舍五入)",
        Inputs =
        [
            Explanation.Input("在职职工 in service", InService.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            Explanation.Input("退休人员 retired", Retired.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
        ],
    };
}
