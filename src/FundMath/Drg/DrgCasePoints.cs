using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using FundMath.Explain;

namespace FundMath.Drg;

/// <summary>
/// Points per case and per institution — 病例点数计算: <c>case points = round(base points × adjustment factor)</c>,
/// where base points are the group's 基准点数 (<see cref="DrgGroupTable"/>) or, for a high/low-cost outlier, the
/// re-pointed base; each rounding is to the policy's point decimals with its rounding mode.
/// </summary>
/// <remarks>
/// <para>Re-pointing (a documented local convention, parameterised by <see cref="DrgPolicy.HighOutlierRatio"/> and
/// <see cref="DrgPolicy.LowOutlierRatio"/>): a high-cost outlier (cost &gt; group average × high ratio) gets
/// <c>base points + (cost − group average × high ratio) / overall average × 100</c>; a low-cost outlier (cost &lt;
/// group average × low ratio) gets <c>cost / overall average × 100</c>. Both are non-decreasing in the cost, and a
/// low outlier never gets more than a normal case of its group.</para>
/// <para>The batch form validates the whole batch first (group and institution indices in range, costs ≥ 0,
/// factors &gt; 0) and writes nothing when any case is invalid; then it checks once that no sum can overflow, and
/// runs one loop specialised for the rounding mode (no per-case mode dispatch, no per-case overflow checks). It
/// allocates nothing. The scalar <see cref="ForCase"/> is the same code for a batch of one (a property test says
/// they agree).</para>
/// </remarks>
public static class DrgCasePoints
{
    /// <summary>The points of one case.</summary>
    /// <param name="table">The scheme's group table.</param>
    /// <param name="group">The case's group index in <paramref name="table"/>.</param>
    /// <param name="cost">The case's total cost, ≥ 0.</param>
    /// <param name="factor">The case's adjustment factor (病例调整系数), &gt; 0; <see cref="Fraction.One"/> for none.</param>
    /// <exception cref="ArgumentException">The group is out of range, the cost negative or the factor ≤ 0.</exception>
    /// <exception cref="OverflowException">The points do not fit.</exception>
    public static DrgCaseResult ForCase(DrgGroupTable table, int group, Money cost, Fraction factor)
    {
        ArgumentNullException.ThrowIfNull(table);
        Span<int> groups = [group];
        Span<int> institutions = [0];
        Span<Money> costs = [cost];
        Span<Fraction> factors = [factor];
        Span<DrgPoints> points = stackalloc DrgPoints[1];
        Span<DrgPoints> institution = stackalloc DrgPoints[1];
        DrgPointTotals totals = Compute(table, new DrgCases(groups, institutions, costs, factors), points, institution);
        DrgCaseKind kind = totals.HighOutliers > 0 ? DrgCaseKind.HighOutlier : totals.LowOutliers > 0 ? DrgCaseKind.LowOutlier : DrgCaseKind.Normal;
        return new DrgCaseResult(DrgPoints.FromMicroPoints(BaseUnits(table, group, cost.Fen, kind) * table.UnitMicroPoints), points[0], kind);
    }

    /// <summary>
    /// Points of every case of a batch, and each institution's total: <paramref name="institutionPoints"/> (one
    /// entry per institution index) is cleared and filled; <paramref name="casePoints"/> receives each case's
    /// points, or may be empty when only the totals are wanted.
    /// </summary>
    /// <returns>The batch's total points and outlier counts.</returns>
    /// <exception cref="ArgumentException">A case has a group or institution index out of range, a negative cost, or a
    /// factor ≤ 0 (the message names the case, field, value and rule); or <paramref name="casePoints"/> has the wrong
    /// length. Nothing is written.</exception>
    /// <exception cref="OverflowException">The batch's points could exceed the range of <see cref="DrgPoints"/>.</exception>
    public static DrgPointTotals Compute(DrgGroupTable table, DrgCases cases, Span<DrgPoints> casePoints, Span<DrgPoints> institutionPoints)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (!casePoints.IsEmpty && casePoints.Length != cases.Count)
        {
            Preconditions.ThrowArgument(nameof(casePoints), $"casePoints has length {casePoints.Length} for {cases.Count} cases: give one per case, or an empty span.");
        }

        BatchBounds bounds = Validate(table, cases, institutionPoints.Length);
        institutionPoints.Clear();
        return Accumulate(table, cases, bounds, casePoints, MemoryMarshal.Cast<DrgPoints, long>(institutionPoints));
    }

    /// <summary>
    /// The partitioned parallel form of <see cref="Compute"/>: the batch is validated once, split into
    /// <paramref name="degreeOfParallelism"/> contiguous ranges run on the thread pool, each into its own institution
    /// accumulator, and the accumulators are summed in partition order. Integer sums, so the result is bit-identical to
    /// the sequential form (a property test says so). Allocates per call, independently of the batch size: one
    /// accumulator of institutions × partitions and what <see cref="System.Threading.Tasks.Parallel"/> needs.
    /// </summary>
    /// <param name="table">The scheme's group table.</param>
    /// <param name="groups">Each case's group index.</param>
    /// <param name="institutions">Each case's institution index.</param>
    /// <param name="costs">Each case's cost.</param>
    /// <param name="factors">Each case's adjustment factor, or empty for all 1.</param>
    /// <param name="casePoints">Receives each case's points, or empty.</param>
    /// <param name="institutionPoints">Cleared and filled with each institution's points.</param>
    /// <param name="degreeOfParallelism">Partitions, 1–256 (1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException">As for <see cref="Compute"/>; nothing is written.</exception>
    public static DrgPointTotals ComputePartitioned(DrgGroupTable table, ReadOnlyMemory<int> groups, ReadOnlyMemory<int> institutions,
        ReadOnlyMemory<Money> costs, ReadOnlyMemory<Fraction> factors, Memory<DrgPoints> casePoints, Span<DrgPoints> institutionPoints,
        int degreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(table);
        Preconditions.CheckArgumentRange(nameof(degreeOfParallelism), degreeOfParallelism, 1, 256);
        var all = new DrgCases(groups.Span, institutions.Span, costs.Span, factors.Span);
        if (!casePoints.IsEmpty && casePoints.Length != all.Count)
        {
            Preconditions.ThrowArgument(nameof(casePoints), $"casePoints has length {casePoints.Length} for {all.Count} cases: give one per case, or an empty memory.");
        }

        BatchBounds bounds = Validate(table, all, institutionPoints.Length);
        int partitions = Math.Max(1, Math.Min(degreeOfParallelism, all.Count / 4_096));
        institutionPoints.Clear();
        if (partitions == 1)
        {
            return Accumulate(table, all, bounds, casePoints.Span, MemoryMarshal.Cast<DrgPoints, long>(institutionPoints));
        }

        int width = institutionPoints.Length;
        long[] accumulators = new long[partitions * width];
        var totals = new DrgPointTotals[partitions];
        int count = all.Count;
        System.Threading.Tasks.Parallel.For(0, partitions, new System.Threading.Tasks.ParallelOptions { MaxDegreeOfParallelism = partitions }, p =>
        {
            int start = (int)((long)count * p / partitions);
            int length = (int)((long)count * (p + 1) / partitions) - start;
            var slice = new DrgCases(groups.Span.Slice(start, length), institutions.Span.Slice(start, length), costs.Span.Slice(start, length),
                factors.IsEmpty ? default : factors.Span.Slice(start, length));
            totals[p] = Accumulate(table, slice, bounds, casePoints.IsEmpty ? default : casePoints.Span.Slice(start, length), accumulators.AsSpan(p * width, width));
        });

        Span<long> target = MemoryMarshal.Cast<DrgPoints, long>(institutionPoints);
        DrgPointTotals result = totals[0];
        target.Clear();
        for (int p = 0; p < partitions; p++)
        {
            ReadOnlySpan<long> part = accumulators.AsSpan(p * width, width);
            for (int k = 0; k < width; k++)
            {
                target[k] = unchecked(target[k] + part[k]); // bounded by the batch headroom check
            }

            if (p > 0)
            {
                result += totals[p];
            }
        }

        return result;
    }

    /// <summary>How one case's points were computed: group, outlier test, re-pointing, factor, with citations.</summary>
    /// <exception cref="ArgumentException">As for <see cref="ForCase"/>.</exception>
    public static Explanation Explain(DrgGroupTable table, int group, Money cost, Fraction factor, string? caseId = null)
    {
        DrgCaseResult r = ForCase(table, group, cost, factor);
        DrgPolicy policy = table.Policy;
        string decimals = "F" + policy.PointDecimals.ToString(CultureInfo.InvariantCulture);
        string groupId = table.Ids[group];
        Explanation baseNode = r.Kind switch
        {
            DrgCaseKind.HighOutlier => new Explanation("高倍率病例基准点数 re-pointed base (high-cost outlier)", r.BasePoints.ToString(decimals, null))
            {
                Formula = "基准点数 + (病例费用 − 病组例均费用 × 高倍率) / 全市住院均次费用 × 100",
                Sentence = $"{table.BasePoints(group).ToString(decimals, null)} + ({DrgGroupTable.Yuan(cost)} − {DrgGroupTable.Yuan(table.AverageCost(group))} × {DrgPolicy.Show(policy.HighOutlierRatio)}) / {DrgGroupTable.Yuan(table.OverallAverageCost)} × 100",
                Rounding = $"to {policy.PointDecimals} decimals ({policy.PointRounding})",
                Note = "re-pointing formula: a documented local convention",
                Inputs =
                [
                    table.ExplainBasePoints(group),
                    Explanation.Input("病例费用 case cost", DrgGroupTable.Yuan(cost)),
                    policy.Node("高倍率 high-outlier ratio", DrgParameters.HighOutlierRatio, policy.HighOutlierRatio),
                ],
            },
            DrgCaseKind.LowOutlier => new Explanation("低倍率病例基准点数 re-pointed base (low-cost outlier)", r.BasePoints.ToString(decimals, null))
            {
                Formula = "病例费用 / 全市住院均次费用 × 100",
                Sentence = $"{DrgGroupTable.Yuan(cost)} / {DrgGroupTable.Yuan(table.OverallAverageCost)} × 100",
                Rounding = $"to {policy.PointDecimals} decimals ({policy.PointRounding})",
                Note = "re-pointing formula: a documented local convention",
                Inputs =
                [
                    Explanation.Input("病例费用 case cost", DrgGroupTable.Yuan(cost)),
                    Explanation.Input("全市住院均次费用 overall average cost", DrgGroupTable.Yuan(table.OverallAverageCost)),
                    policy.Node("低倍率 low-outlier ratio", DrgParameters.LowOutlierRatio, policy.LowOutlierRatio),
                ],
            },
            _ => table.ExplainBasePoints(group),
        };

        string test = r.Kind switch
        {
            DrgCaseKind.HighOutlier => $"{DrgGroupTable.Yuan(cost)} > {DrgGroupTable.Yuan(table.AverageCost(group))} × {DrgPolicy.Show(policy.HighOutlierRatio)}: 高倍率病例",
            DrgCaseKind.LowOutlier => $"{DrgGroupTable.Yuan(cost)} < {DrgGroupTable.Yuan(table.AverageCost(group))} × {DrgPolicy.Show(policy.LowOutlierRatio)}: 低倍率病例",
            _ => $"{DrgGroupTable.Yuan(table.AverageCost(group))} × {DrgPolicy.Show(policy.LowOutlierRatio)} ≤ {DrgGroupTable.Yuan(cost)} ≤ {DrgGroupTable.Yuan(table.AverageCost(group))} × {DrgPolicy.Show(policy.HighOutlierRatio)}: 正常倍率病例",
        };

        return new Explanation($"病例点数 case points{(caseId is null ? string.Empty : " of case " + caseId)} ({groupId})", r.Points.ToString(decimals, null))
        {
            Formula = "基准点数 × 病例调整系数",
            Sentence = $"{r.BasePoints.ToString(decimals, null)} × {DrgPolicy.ShowFactor(factor)} = {r.Points.ToString(decimals, null)}; {test}",
            Rounding = $"to {policy.PointDecimals} decimals ({policy.PointRounding})",
            Inputs =
            [
                baseNode,
                Explanation.Input("病例调整系数 adjustment factor", DrgPolicy.ShowFactor(factor)),
                policy.Node("高倍率 high-outlier ratio", DrgParameters.HighOutlierRatio, policy.HighOutlierRatio),
                policy.Node("低倍率 low-outlier ratio", DrgParameters.LowOutlierRatio, policy.LowOutlierRatio),
                policy.DecimalsNode(),
            ],
        };
    }

    /// <summary>
    /// Checks a whole batch before anything is written (throws naming the first bad case) and returns what the kernel
    /// needs to know once per batch: the largest cost and whether the outlier arithmetic fits in 64 bits.
    /// </summary>
    internal static BatchBounds Validate(DrgGroupTable table, DrgCases cases, int institutionCount)
    {
        int badGroup = FirstOutOfRange(cases.Groups, table.Count);
        if (badGroup >= 0)
        {
            Preconditions.ThrowArgument("cases", $"cases[{badGroup}].group {cases.Groups[badGroup]} is not a group of the {table.Scheme} table (0–{table.Count - 1}).");
        }

        int badInstitution = FirstOutOfRange(cases.Institutions, institutionCount);
        if (badInstitution >= 0)
        {
            Preconditions.ThrowArgument("cases", $"cases[{badInstitution}].institution {cases.Institutions[badInstitution]} is not one of the {institutionCount} institutions (0–{institutionCount - 1}).");
        }

        ReadOnlySpan<long> costs = MemoryMarshal.Cast<Money, long>(cases.Costs);
        (long minCost, long maxCost) = MinMax(costs);
        if (minCost < 0)
        {
            int i = costs.IndexOfAnyInRange(long.MinValue, -1);
            Preconditions.ThrowArgument("cases", $"cases[{i}].cost {DrgGroupTable.Yuan(cases.Costs[i])} is negative: a case cost must be ≥ 0.");
        }

        // Factors: every one > 0 (a vectorised scan of the numerators). For the headroom, a factor is at most its
        // numerator (denominators are ≥ 1); only when that loose bound is too wide is the exact ceiling computed.
        ReadOnlySpan<Fraction> factors = cases.Factors;
        (long minNumerator, long maxNumerator) = NumeratorRange(factors);
        if (minNumerator <= 0)
        {
            for (int i = 0; i < factors.Length; i++)
            {
                if (factors[i].RawNumerator <= 0)
                {
                    Preconditions.ThrowArgument("cases", $"cases[{i}].factor {DrgPolicy.ShowFactor(factors[i])} must be > 0: an adjustment factor multiplies the base points.");
                }
            }
        }

        if (!FitsHeadroom(table, cases.Count, maxCost, maxNumerator, maxNumerator))
        {
            long ceiling = 1;
            foreach (Fraction f in factors)
            {
                ceiling = Math.Max(ceiling, (f.RawNumerator / f.RawDenominator) + (f.RawNumerator % f.RawDenominator == 0 ? 0 : 1));
            }

            if (!FitsHeadroom(table, cases.Count, maxCost, maxNumerator, ceiling))
            {
                Preconditions.ThrowOverflow($"the batch of {cases.Count} cases (largest cost {DrgGroupTable.Yuan(Money.FromFen(maxCost))}, largest factor ≤ {ceiling}) could exceed the range of DrgPoints ({long.MaxValue / DrgPoints.MicroPerPoint} points); split it.");
            }
        }

        // The outlier numerators (cost × h.den − offset) × 100 × 10^decimals in 64 bits when the largest cost allows.
        Int128 widest = (Int128)maxCost * table.HighDenominator * table.ScaleK;
        return new BatchBounds(maxCost, widest <= long.MaxValue);
    }

    /// <summary>
    /// Adds the batch's points into <paramref name="institutionMicro"/>; the batch must have passed <see cref="Validate"/>.
    /// The rounding mode, the presence of factors and the width of the outlier arithmetic are decided here, once.
    /// </summary>
    internal static DrgPointTotals Accumulate(DrgGroupTable table, DrgCases cases, BatchBounds bounds, Span<DrgPoints> casePoints, Span<long> institutionMicro) =>
        table.Policy.PointRounding switch
        {
            MidpointRounding.AwayFromZero => Dispatch<AwayFromZeroRounding>(table, cases, bounds, casePoints, institutionMicro),
            MidpointRounding.ToEven => Dispatch<ToEvenRounding>(table, cases, bounds, casePoints, institutionMicro),
            MidpointRounding.ToPositiveInfinity => Dispatch<CeilingRounding>(table, cases, bounds, casePoints, institutionMicro),
            _ => Dispatch<TruncateRounding>(table, cases, bounds, casePoints, institutionMicro),
        };

    private static DrgPointTotals Dispatch<TRounding>(DrgGroupTable table, DrgCases cases, BatchBounds bounds, Span<DrgPoints> casePoints, Span<long> institutionMicro)
        where TRounding : struct, IPositiveRounding
    {
        bool factors = !cases.Factors.IsEmpty;
        return (factors, bounds.OutliersFitInt64) switch
        {
            (false, true) => Run<TRounding, SwitchOff, SwitchOff>(table, cases, casePoints, institutionMicro),
            (true, true) => Run<TRounding, SwitchOn, SwitchOff>(table, cases, casePoints, institutionMicro),
            (false, false) => Run<TRounding, SwitchOff, SwitchOn>(table, cases, casePoints, institutionMicro),
            _ => Run<TRounding, SwitchOn, SwitchOn>(table, cases, casePoints, institutionMicro),
        };
    }

    private static DrgPointTotals Run<TRounding, THasFactors, TWide>(DrgGroupTable table, DrgCases cases, Span<DrgPoints> casePoints, Span<long> institutionMicro)
        where TRounding : struct, IPositiveRounding
        where THasFactors : struct, IKernelSwitch
        where TWide : struct, IKernelSwitch
    {
        ref DrgGroupTable.GroupRow rows = ref MemoryMarshal.GetReference(table.Rows);
        ref long institutions = ref MemoryMarshal.GetReference(institutionMicro);
        ref int groups = ref MemoryMarshal.GetReference(cases.Groups);
        ref int owners = ref MemoryMarshal.GetReference(cases.Institutions);
        ref long costs = ref Unsafe.As<Money, long>(ref MemoryMarshal.GetReference(cases.Costs));
        ref Fraction factors = ref MemoryMarshal.GetReference(cases.Factors);
        ref long points = ref Unsafe.As<DrgPoints, long>(ref MemoryMarshal.GetReference(casePoints));
        bool store = !casePoints.IsEmpty;
        int count = cases.Count;
        long unit = table.UnitMicroPoints;
        long scale = table.ScaleK;
        long highDenominator = table.HighDenominator;
        long repointDenominator = table.RepointDenominator;
        long overall = table.OverallAverageCost.Fen;
        long total = 0;
        long high = 0;
        long low = 0;

        // Validate() proved every index in range and bounded every product and sum: no checks inside the loop.
        unchecked
        {
            for (int i = 0; i < count; i++)
            {
                ref readonly DrgGroupTable.GroupRow row = ref Unsafe.Add(ref rows, Unsafe.Add(ref groups, i));
                long cost = Unsafe.Add(ref costs, i);
                long micro;
                if (cost <= row.HighFen && cost >= row.LowFen && !THasFactors.On)
                {
                    micro = row.BaseMicro;
                }
                else
                {
                    long units;
                    if (cost > row.HighFen)
                    {
                        high++;
                        units = TWide.On
                            ? HighOutlierUnits<TRounding>(row, cost, highDenominator, scale, repointDenominator)
                            : row.BaseUnits + TRounding.Divide(((cost * highDenominator) - row.HighOffset) * scale, repointDenominator);
                    }
                    else if (cost < row.LowFen)
                    {
                        low++;
                        units = TWide.On ? LowOutlierUnits<TRounding>(cost, scale, overall) : TRounding.Divide(cost * scale, overall);
                    }
                    else
                    {
                        units = row.BaseUnits;
                    }

                    if (THasFactors.On)
                    {
                        ref readonly Fraction f = ref Unsafe.Add(ref factors, i);
                        // The stored pair, as the headroom check bounded it (an unreduced pair gives the same exact quotient).
                        long denominator = f.RawDenominator;
                        units = denominator == 1 ? units * f.RawNumerator : TRounding.Divide(units * f.RawNumerator, denominator);
                    }

                    micro = units * unit;
                }

                if (store)
                {
                    Unsafe.Add(ref points, i) = micro;
                }

                Unsafe.Add(ref institutions, Unsafe.Add(ref owners, i)) += micro;
                total += micro;
            }
        }

        return new DrgPointTotals(DrgPoints.FromMicroPoints(total), count, high, low);
    }

    // The re-pointed base of one case, in point units (10^-decimals), for the scalar result.
    private static long BaseUnits(DrgGroupTable table, int group, long cost, DrgCaseKind kind) =>
        table.Policy.PointRounding switch
        {
            MidpointRounding.AwayFromZero => BaseUnits<AwayFromZeroRounding>(table, group, cost, kind),
            MidpointRounding.ToEven => BaseUnits<ToEvenRounding>(table, group, cost, kind),
            MidpointRounding.ToPositiveInfinity => BaseUnits<CeilingRounding>(table, group, cost, kind),
            _ => BaseUnits<TruncateRounding>(table, group, cost, kind),
        };

    private static long BaseUnits<TRounding>(DrgGroupTable table, int group, long cost, DrgCaseKind kind)
        where TRounding : struct, IPositiveRounding
    {
        DrgGroupTable.GroupRow row = table.Rows[group];
        return kind switch
        {
            DrgCaseKind.HighOutlier => HighOutlierUnits<TRounding>(row, cost, table.HighDenominator, table.ScaleK, table.RepointDenominator),
            DrgCaseKind.LowOutlier => LowOutlierUnits<TRounding>(cost, table.ScaleK, table.OverallAverageCost.Fen),
            _ => row.BaseUnits,
        };
    }

    // High-cost outlier: base + (cost − average × h) / overall × 100, in units of 10^-decimals point:
    // base units + round((cost × h.den − average × h.num) × 100 × 10^decimals / (h.den × overall)). The kernel's 64-bit
    // form is the same expression when the batch's largest cost keeps it below 2⁶³.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long HighOutlierUnits<TRounding>(in DrgGroupTable.GroupRow row, long cost, long highDenominator, long scale, long repointDenominator)
        where TRounding : struct, IPositiveRounding =>
        unchecked(row.BaseUnits + (long)TRounding.Divide((((Int128)cost * highDenominator) - row.HighOffset) * scale, repointDenominator));

    // Low-cost outlier: cost / overall × 100, in units of 10^-decimals point.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long LowOutlierUnits<TRounding>(long cost, long scale, long overall)
        where TRounding : struct, IPositiveRounding =>
        unchecked((long)TRounding.Divide((Int128)cost * scale, overall));

    // One headroom check per batch: every per-case product and every sum of the loop fits in 64 bits.
    private static bool FitsHeadroom(DrgGroupTable table, int count, long maxCost, long maxNumerator, long factorCeiling)
    {
        // Re-pointed base ≤ max base + cost × K / overall (+1 for rounding up).
        Int128 baseBound = table.MaxBaseUnits + ((Int128)maxCost * table.ScaleK / table.OverallAverageCost.Fen) + 1;
        Int128 limit = long.MaxValue;
        if (baseBound > limit / maxNumerator)
        {
            return false;
        }

        Int128 caseMicro = ((baseBound * factorCeiling) + 1) * table.UnitMicroPoints;
        return caseMicro <= limit / Math.Max(1, count);
    }

    // Smallest and largest stored (unreduced) numerator of a span of fractions (1, 1 when empty); vectorised over two fractions at a time.
    private static (long Min, long Max) NumeratorRange(ReadOnlySpan<Fraction> factors)
    {
        long min = 1;
        long max = 1;
        int i = 0;
        if (Vector256.IsHardwareAccelerated && factors.Length >= 2)
        {
            // A Fraction is (numerator, denominator − 1): even longs are numerators.
            ReadOnlySpan<long> words = MemoryMarshal.Cast<Fraction, long>(factors);
            ref long start = ref MemoryMarshal.GetReference(words);
            Vector256<long> even = Vector256.Create(-1L, 0, -1L, 0);
            Vector256<long> ones = Vector256<long>.One;
            Vector256<long> vmin = ones;
            Vector256<long> vmax = ones;
            for (; i <= factors.Length - 2; i += 2)
            {
                Vector256<long> v = Vector256.ConditionalSelect(even, Vector256.LoadUnsafe(ref start, (nuint)(2 * i)), ones);
                vmin = Vector256.Min(vmin, v);
                vmax = Vector256.Max(vmax, v);
            }

            for (int lane = 0; lane < Vector256<long>.Count; lane++)
            {
                min = Math.Min(min, vmin[lane]);
                max = Math.Max(max, vmax[lane]);
            }
        }

        for (; i < factors.Length; i++)
        {
            min = Math.Min(min, factors[i].RawNumerator);
            max = Math.Max(max, factors[i].RawNumerator);
        }

        return (min, max);
    }

    /// <summary>What <see cref="Validate"/> learned about a batch, for the kernel's once-per-batch choices.</summary>
    internal readonly record struct BatchBounds(long MaxCost, bool OutliersFitInt64);

    // The first index whose value is outside [0, count), or −1; vectorised over 8 ints at a time.
    private static int FirstOutOfRange(ReadOnlySpan<int> values, int count)
    {
        ReadOnlySpan<uint> u = MemoryMarshal.Cast<int, uint>(values);
        int i = 0;
        if (Vector256.IsHardwareAccelerated && u.Length >= Vector256<uint>.Count)
        {
            Vector256<uint> limit = Vector256.Create((uint)count);
            ref uint start = ref MemoryMarshal.GetReference(u);
            for (; i <= u.Length - Vector256<uint>.Count; i += Vector256<uint>.Count)
            {
                if (Vector256.GreaterThanOrEqualAny(Vector256.LoadUnsafe(ref start, (nuint)i), limit))
                {
                    break;
                }
            }
        }

        for (; i < u.Length; i++)
        {
            if (u[i] >= (uint)count)
            {
                return i;
            }
        }

        return -1;
    }

    // Minimum and maximum of a span (0, 0 when empty); vectorised over 4 longs at a time.
    private static (long Min, long Max) MinMax(ReadOnlySpan<long> values)
    {
        if (values.IsEmpty)
        {
            return (0, 0);
        }

        long min = values[0];
        long max = values[0];
        int i = 0;
        if (Vector256.IsHardwareAccelerated && values.Length >= Vector256<long>.Count)
        {
            ref long start = ref MemoryMarshal.GetReference(values);
            Vector256<long> vmin = Vector256.LoadUnsafe(ref start);
            Vector256<long> vmax = vmin;
            for (i = Vector256<long>.Count; i <= values.Length - Vector256<long>.Count; i += Vector256<long>.Count)
            {
                Vector256<long> v = Vector256.LoadUnsafe(ref start, (nuint)i);
                vmin = Vector256.Min(vmin, v);
                vmax = Vector256.Max(vmax, v);
            }

            for (int lane = 0; lane < Vector256<long>.Count; lane++)
            {
                min = Math.Min(min, vmin[lane]);
                max = Math.Max(max, vmax[lane]);
            }
        }

        for (; i < values.Length; i++)
        {
            min = Math.Min(min, values[i]);
            max = Math.Max(max, values[i]);
        }

        return (min, max);
    }
}
