using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Drg;

/// <summary>
/// One scheme's table of DRG groups (病组) with their base points (基准点数) — 病组基准点数表:
/// <c>base points = round(group average cost / overall average cost × 100, point decimals)</c>, the cost
/// thresholds of the high- and low-cost outliers, and the constants of the outlier re-pointing, all computed once
/// when the table is built so that the per-case work is a lookup, two comparisons and (for a factor ≠ 1) one
/// rounded multiplication.
/// </summary>
/// <remarks>
/// <para>The base points are rounded once per group (the published 基准点数 table); a case's points are computed
/// from the published base points. A case is a high-cost outlier when <c>cost &gt; average × high ratio</c> and a
/// low-cost outlier when <c>cost &lt; average × low ratio</c> (both strict, decided exactly in fen).</para>
/// <para>Re-pointing (a documented local convention, parameterised by the two ratios):
/// high outlier <c>base + (cost − average × high ratio) / overall average × 100</c>; low outlier
/// <c>cost / overall average × 100</c>; each rounded once to the point decimals.</para>
/// </remarks>
public sealed class DrgGroupTable
{
    private readonly string[] ids;
    private readonly Money[] averageCosts;
    private readonly GroupRow[] rows;
    private readonly Dictionary<string, int> index;

    private DrgGroupTable(DrgScheme scheme, Money overallAverageCost, DrgPolicy policy, string[] ids, Money[] averageCosts)
    {
        Scheme = scheme;
        OverallAverageCost = overallAverageCost;
        Policy = policy;
        this.ids = ids;
        this.averageCosts = averageCosts;
        UnitMicroPoints = IntegerRounding.PowersOfTen[DrgPoints.MaxDecimals - policy.PointDecimals];
        ScaleK = 100 * IntegerRounding.PowersOfTen[policy.PointDecimals];
        HighDenominator = policy.HighOutlierRatio.Value.Denominator;
        HighNumerator = policy.HighOutlierRatio.Value.Numerator;
        RepointDenominator = checked(HighDenominator * overallAverageCost.Fen);
        index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        rows = new GroupRow[ids.Length];
        Fraction low = policy.LowOutlierRatio.Value;
        long maxBase = 0;
        for (int g = 0; g < ids.Length; g++)
        {
            long average = averageCosts[g].Fen;
            long baseUnits = IntegerRounding.ToInt64(
                IntegerRounding.Divide((Int128)average * ScaleK, overallAverageCost.Fen, policy.PointRounding), "base points");

            // cost > average × h ⇔ cost > ⌊average × h⌋ (cost is whole fen); cost < average × l ⇔ cost < ⌈average × l⌉.
            long highFen = IntegerRounding.ToInt64(IntegerRounding.Divide((Int128)average * HighNumerator, HighDenominator, MidpointRounding.ToNegativeInfinity), "high-outlier threshold");
            long lowFen = IntegerRounding.ToInt64(IntegerRounding.Divide((Int128)average * low.Numerator, low.Denominator, MidpointRounding.ToPositiveInfinity), "low-outlier threshold");
            rows[g] = new GroupRow(checked(baseUnits * UnitMicroPoints), baseUnits, lowFen, highFen,
                IntegerRounding.ToInt64((Int128)average * HighNumerator, "high-outlier offset"));
            maxBase = Math.Max(maxBase, baseUnits);
        }

        for (int g = 0; g < ids.Length; g++)
        {
            index.Add(ids[g], g);
        }

        MaxBaseUnits = maxBase;
    }

    /// <summary>The scheme the table belongs to.</summary>
    public DrgScheme Scheme { get; }

    /// <summary>全市（统筹区）住院均次费用: the overall average cost per case the base points are relative to.</summary>
    public Money OverallAverageCost { get; }

    /// <summary>The rules the table was built with (point decimals, rounding, outlier ratios).</summary>
    public DrgPolicy Policy { get; }

    /// <summary>The number of groups.</summary>
    public int Count => ids.Length;

    /// <summary>The group ids in table order (a group's index is its position).</summary>
    public IReadOnlyList<string> Ids => ids;

    internal long UnitMicroPoints { get; }

    internal long ScaleK { get; }

    internal long HighNumerator { get; }

    internal long HighDenominator { get; }

    internal long RepointDenominator { get; }

    internal long MaxBaseUnits { get; }

    internal ReadOnlySpan<GroupRow> Rows => rows;

    /// <summary>
    /// Builds the table of one scheme: ids and average costs in the same order; every id unique and non-empty,
    /// every average cost &gt; 0, the overall average cost &gt; 0.
    /// </summary>
    /// <exception cref="ArgumentException">A rule is broken; the message names the group, the field, the value and the rule.</exception>
    public static DrgGroupTable Create(DrgScheme scheme, Money overallAverageCost, IReadOnlyList<string> groupIds,
        ReadOnlySpan<Money> groupAverageCosts, DrgPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(groupIds);
        ArgumentNullException.ThrowIfNull(policy);
        if (scheme is not (DrgScheme.Employee or DrgScheme.Resident))
        {
            Preconditions.ThrowArgument(nameof(scheme), $"scheme {(int)scheme} is not a defined DrgScheme.");
        }

        if (!overallAverageCost.IsPositive)
        {
            Preconditions.ThrowOutOfRange(nameof(overallAverageCost), overallAverageCost,
                $"overallAverageCost {Yuan(overallAverageCost)} must be > 0: base points are group average / overall average × 100.");
        }

        if (groupIds.Count != groupAverageCosts.Length)
        {
            Preconditions.ThrowArgument(nameof(groupAverageCosts), $"groupAverageCosts has {groupAverageCosts.Length} values but groupIds has {groupIds.Count}.");
        }

        if (groupIds.Count == 0)
        {
            Preconditions.ThrowArgument(nameof(groupIds), "the group table is empty: a point payment needs at least one group.");
        }

        var seen = new Dictionary<string, int>(groupIds.Count, StringComparer.Ordinal);
        string[] idCopy = new string[groupIds.Count];
        for (int g = 0; g < groupIds.Count; g++)
        {
            string? id = groupIds[g];
            if (string.IsNullOrWhiteSpace(id))
            {
                Preconditions.ThrowArgument(nameof(groupIds), $"groups[{g}].id is empty: every group needs an id.");
            }

            if (!seen.TryAdd(id, g))
            {
                Preconditions.ThrowArgument(nameof(groupIds), $"groups[{g}].id '{id}' duplicates groups[{seen[id]}]: group ids must be unique within a scheme.");
            }

            if (!groupAverageCosts[g].IsPositive)
            {
                Preconditions.ThrowArgument(nameof(groupAverageCosts), $"group '{id}' average_cost {Yuan(groupAverageCosts[g])} must be > 0.");
            }

            idCopy[g] = id;
        }

        return new DrgGroupTable(scheme, overallAverageCost, policy, idCopy, groupAverageCosts.ToArray());
    }

    /// <summary>The index of a group id, or −1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    public int IndexOf(string groupId)
    {
        Preconditions.CheckNotNull(groupId, nameof(groupId));
        return index.TryGetValue(groupId, out int g) ? g : -1;
    }

    /// <summary>The group's average cost (病组例均费用).</summary>
    public Money AverageCost(int group) => averageCosts[CheckGroup(group)];

    /// <summary>The group's base points (基准点数), rounded to the point decimals.</summary>
    public DrgPoints BasePoints(int group) => DrgPoints.FromMicroPoints(rows[CheckGroup(group)].BaseMicro);

    /// <summary>The largest cost that is not a high-cost outlier: ⌊average × high ratio⌋.</summary>
    public Money HighOutlierThreshold(int group) => Money.FromFen(rows[CheckGroup(group)].HighFen);

    /// <summary>The smallest cost that is not a low-cost outlier: ⌈average × low ratio⌉.</summary>
    public Money LowOutlierThreshold(int group) => Money.FromFen(rows[CheckGroup(group)].LowFen);

    /// <summary>
    /// Whether a case of <paramref name="group"/> costing <paramref name="cost"/> is a high-cost outlier
    /// (cost &gt; average × high ratio), a low-cost outlier (cost &lt; average × low ratio) or normal.
    /// </summary>
    public DrgCaseKind Classify(int group, Money cost)
    {
        ref readonly GroupRow row = ref rows[CheckGroup(group)];
        return cost.Fen > row.HighFen ? DrgCaseKind.HighOutlier : cost.Fen < row.LowFen ? DrgCaseKind.LowOutlier : DrgCaseKind.Normal;
    }

    /// <summary>How a group's base points were computed, with the rules' citations.</summary>
    public Explanation ExplainBasePoints(int group)
    {
        CheckGroup(group);
        return new Explanation($"基准点数 base points of group {ids[group]}", BasePoints(group).ToString("F" + Policy.PointDecimals.ToString(CultureInfo.InvariantCulture), null))
        {
            Formula = "病组例均费用 / 全市住院均次费用 × 100",
            Sentence = $"{Yuan(averageCosts[group])} / {Yuan(OverallAverageCost)} × 100 = {Exact(averageCosts[group], OverallAverageCost)}",
            Rounding = $"to {Policy.PointDecimals} decimals of a point ({Policy.PointRounding})",
            Inputs =
            [
                Explanation.Input($"病组例均费用 group average cost ({ids[group]})", Yuan(averageCosts[group])),
                Explanation.Input("全市住院均次费用 overall average cost", Yuan(OverallAverageCost)),
                Policy.DecimalsNode(),
                DrgCitations.MethodNode(),
            ],
        };
    }

    private static string Exact(Money average, Money overall)
    {
        Fraction f = Fraction.Create(average.Fen, overall.Fen) * Fraction.FromInteger(100);
        bool exact = (f * Fraction.FromInteger(100_000_000)).IsInteger;
        return f.ToDecimal(8, MidpointRounding.AwayFromZero).ToString("0.########", CultureInfo.InvariantCulture) + (exact ? string.Empty : "…");
    }

    internal static string Yuan(Money amount) => amount.ToString("N2元", CultureInfo.InvariantCulture);

    private int CheckGroup(int group)
    {
        if (unchecked((uint)group) >= (uint)ids.Length)
        {
            Preconditions.ThrowRange(nameof(group), group, 0, ids.Length - 1);
        }

        return group;
    }

    /// <summary>Per-group constants of the hot path, one 40-byte row per group (600 groups: 24 KB, in L1/L2).</summary>
    internal readonly record struct GroupRow(long BaseMicro, long BaseUnits, long LowFen, long HighFen, long HighOffset);
}
