using System;

namespace FundMath.Cohorts;

/// <summary>
/// The movement of a cohort over a period — 参保人员增减变动: 期末 = 期初 + 新增 (joiners) − 减少 (leavers).
/// Mergeable: flows of regions add up (associative, commutative, identity <see cref="Empty"/>).
/// </summary>
/// <remarks><c>default(CohortFlow)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
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

    /// <summary>减少人数: leavers (including removed duplicates, 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's 清理重复参保 2.2万人).</summary>
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
