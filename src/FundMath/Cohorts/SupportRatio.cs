using System;
using FundMath.Explain;
using FundMath.Funds;

namespace FundMath.Cohorts;

/// <summary>
/// The support ratio of the employee scheme — 在职退休比 (抚养比) = 在职职工 / 退休人员, e.g. 45.48万 : 27.26万
/// ≈ 1.67 : 1. Zero retirees give <see cref="RatioOutcome.NotMeaningful"/>.
/// </summary>
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

/// <summary>
/// The movement of a cohort over a period — 参保人员增减变动: 期末 = 期初 + 新增 (joiners) − 减少 (leavers).
/// Mergeable: flows of regions add up (associative, commutative, identity <see cref="Empty"/>).
/// </summary>
public readonly record struct CohortFlow
{
    private CohortFlow(Headcount opening, Headcount joiners, Headcount leavers)
    {
        Opening = opening;
        Joiners = joiners;
        Leavers = leavers;
    }

    /// <summary>No one.</summary>
    public static CohortFlow Empty => default;

    /// <summary>期初人数.</summary>
    public Headcount Opening { get; }

    /// <summary>新增人数: joiners.</summary>
    public Headcount Joiners { get; }

    /// <summary>减少人数: leavers (including removed duplicates, the seed's 清理重复参保 2.2万人).</summary>
    public Headcount Leavers { get; }

    /// <summary>期末人数 = opening + joiners − leavers.</summary>
    public Headcount Closing => Headcount.FromPersons(checked(Opening.Persons + Joiners.Persons - Leavers.Persons));

    /// <summary>净增减 = joiners − leavers.</summary>
    public long NetChange => checked(Joiners.Persons - Leavers.Persons);

    /// <summary>A flow; the closing count is computed.</summary>
    /// <exception cref="ArgumentException">More leavers than opening + joiners (the message names the figures).</exception>
    public static CohortFlow Create(Headcount opening, Headcount joiners, Headcount leavers)
    {
        if (leavers.Persons > checked(opening.Persons + joiners.Persons))
        {
            Preconditions.ThrowArgument(nameof(leavers), $"leavers {leavers.Persons:N0} exceed opening {opening.Persons:N0} + joiners {joiners.Persons:N0}: the closing count would be negative.");
        }

        return new(opening, joiners, leavers);
    }

    /// <summary>A flow whose reported closing count must satisfy 期末 = 期初 + 新增 − 减少.</summary>
    /// <exception cref="ArgumentException">The identity does not hold (the message names all four figures).</exception>
    public static CohortFlow FromReported(Headcount opening, Headcount joiners, Headcount leavers, Headcount reportedClosing)
    {
        CohortFlow f = Create(opening, joiners, leavers);
        if (f.Closing != reportedClosing)
        {
            Preconditions.ThrowArgument(nameof(reportedClosing), $"期初 {opening.Persons:N0} + 新增 {joiners.Persons:N0} − 减少 {leavers.Persons:N0} = {f.Closing.Persons:N0}, but the reported closing count is {reportedClosing.Persons:N0} (difference {reportedClosing.ChangeFrom(f.Closing):N0}).");
        }

        return f;
    }

    /// <summary>Adds two flows.</summary>
    public static CohortFlow Merge(CohortFlow left, CohortFlow right) =>
        new(left.Opening + right.Opening, left.Joiners + right.Joiners, left.Leavers + right.Leavers);

    /// <summary>Merge.</summary>
    public static CohortFlow operator +(CohortFlow left, CohortFlow right) => Merge(left, right);
}
