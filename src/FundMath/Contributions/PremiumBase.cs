using System;
using System.Runtime.InteropServices;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// Computes premium bases of the employee scheme. 职工基本医疗保险缴费基数.
/// Base = min(max(wage, reference × floorRatio), reference × capRatio); employer wage total = Σ bases.
/// </summary>
public static class PremiumBase
{
    /// <summary>Clamps one person's previous-year average monthly wage into the band.</summary>
    /// <param name="wage">Own previous-year average monthly wage (≥ 0).</param>
    /// <param name="policy">The band.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wage"/> is negative.</exception>
    public static PremiumBaseResult Compute(Money wage, in PremiumBasePolicy policy)
    {
        if (wage.IsNegative)
        {
            ThrowNegativeWage(nameof(wage), wage, -1);
        }

        if (wage < policy.Floor)
        {
            return new PremiumBaseResult(wage, policy.Floor, Bound.Floor);
        }

        if (wage > policy.Cap)
        {
            return new PremiumBaseResult(wage, policy.Cap, Bound.Cap);
        }

        return new PremiumBaseResult(wage, wage, Bound.None);
    }

    /// <summary>
    /// Clamps a batch of wages into caller-supplied spans (0 bytes allocated); identical, person by person, to
    /// <see cref="Compute(Money, in PremiumBasePolicy)"/>. One vectorised pass (AVX-512 or AVX2 when the CPU has them,
    /// the same integers on every path).
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages (each ≥ 0).</param>
    /// <param name="policy">The band.</param>
    /// <param name="bases">Receives the bases; same length as <paramref name="wages"/>.</param>
    /// <returns>The wage total and bound counts.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative (the message gives its index); nothing from it on is written.</exception>
    public static PremiumBaseSummary Compute(ReadOnlySpan<Money> wages, in PremiumBasePolicy policy, Span<Money> bases) =>
        Compute(wages, policy, bases, BatchPaths.Best);

    /// <summary>
    /// The partitioned form of <see cref="Compute(ReadOnlySpan{Money}, in PremiumBasePolicy, Span{Money})"/>: the batch
    /// is split into <paramref name="degreeOfParallelism"/> contiguous ranges run on the thread pool, and their counts
    /// and totals summed in order, so the result is identical to the sequential form.
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages (each ≥ 0).</param>
    /// <param name="policy">The band.</param>
    /// <param name="bases">Receives the bases; same length as <paramref name="wages"/>.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative (the first one is named), or the degree is outside 1–256. Other ranges may have been written.</exception>
    public static PremiumBaseSummary Compute(ReadOnlyMemory<Money> wages, in PremiumBasePolicy policy, Memory<Money> bases, int degreeOfParallelism)
    {
        CheckLengths(wages.Length, bases.Length);
        var job = new ContributionJob(ContributionKernel.Operation.Clamp, wages, bases, default, default, policy.Floor.Fen, policy.Cap.Fen, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, BatchPaths.Best);
        ContributionSums sums = PartitionedBatch.Run<ContributionJob, ContributionSums>(job, wages.Length, degreeOfParallelism, BlockScan.Length);
        return Summary(sums, wages.Span);
    }

    internal static PremiumBaseSummary Compute(ReadOnlySpan<Money> wages, in PremiumBasePolicy policy, Span<Money> bases, BatchPath path)
    {
        CheckLengths(wages.Length, bases.Length);
        var batch = new ContributionBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(wages),
            Bases = MemoryMarshal.Cast<Money, long>(bases),
            Floor = policy.Floor.Fen,
            Cap = policy.Cap.Fen,
        };
        return Summary(ContributionKernel.Run(batch, ContributionKernel.Operation.Clamp, 0, wages.Length, path), wages);
    }

    /// <summary>
    /// The employer's wage total for contributions (用人单位职工工资总额 = 单位参保职工缴费工资之和), without writing bases.
    /// One vectorised pass, 0 bytes allocated.
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages of the employer's insured staff.</param>
    /// <param name="policy">The band.</param>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative.</exception>
    public static Money EmployerWageTotal(ReadOnlySpan<Money> wages, in PremiumBasePolicy policy) =>
        EmployerWageTotal(wages, policy, BatchPaths.Best);

    /// <summary>The partitioned form of <see cref="EmployerWageTotal(ReadOnlySpan{Money}, in PremiumBasePolicy)"/> (identical result).</summary>
    /// <param name="wages">Own previous-year average monthly wages of the employer's insured staff.</param>
    /// <param name="policy">The band.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256).</param>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative, or the degree is outside 1–256.</exception>
    public static Money EmployerWageTotal(ReadOnlyMemory<Money> wages, in PremiumBasePolicy policy, int degreeOfParallelism)
    {
        var job = new ContributionJob(ContributionKernel.Operation.Clamp, wages, default, default, default, policy.Floor.Fen, policy.Cap.Fen, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.ToZero, BatchPaths.Best);
        ContributionSums sums = PartitionedBatch.Run<ContributionJob, ContributionSums>(job, wages.Length, degreeOfParallelism, BlockScan.Length);
        return Summary(sums, wages.Span).WageTotal;
    }

    internal static Money EmployerWageTotal(ReadOnlySpan<Money> wages, in PremiumBasePolicy policy, BatchPath path)
    {
        var batch = new ContributionBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(wages),
            Floor = policy.Floor.Fen,
            Cap = policy.Cap.Fen,
        };
        return Summary(ContributionKernel.Run(batch, ContributionKernel.Operation.Clamp, 0, wages.Length, path), wages).WageTotal;
    }

    private static PremiumBaseSummary Summary(in ContributionSums sums, ReadOnlySpan<Money> wages)
    {
        if (sums.Fault != BatchFault.None)
        {
            ThrowNegativeWage(nameof(wages), wages[sums.FaultIndex], sums.FaultIndex);
        }

        return new PremiumBaseSummary(wages.Length, Money.FromFen(sums.Bases), (int)sums.AtFloor, (int)sums.AtCap);
    }

    private static void CheckLengths(int wages, int bases)
    {
        if (bases != wages)
        {
            Preconditions.ThrowArgument(nameof(bases), $"bases has length {bases} but wages has length {wages}; they must match.");
        }
    }

    /// <summary>Explains one person's base: the band, its source and which end bound.</summary>
    public static Explanation Explain(Money wage, in PremiumBasePolicy policy)
    {
        PremiumBaseResult r = Compute(wage, policy);
        string sentence = r.Bound switch
        {
            Bound.Floor => $"The wage {wage:F2元} is below the floor {policy.Floor:F2元}, so the base is the floor (按下限核定).",
            Bound.Cap => $"The wage {wage:F2元} is above the cap {policy.Cap:F2元}, so the base is the cap (按上限核定).",
            _ => $"The wage {wage:F2元} lies inside [{policy.Floor:F2元}, {policy.Cap:F2元}], so it is the base.",
        };
        var inputs = new System.Collections.Generic.List<Explanation>
        {
            Explanation.Input("本人上年度月平均工资 (own previous-year average monthly wage)", wage.ToString("F2元", null)),
        };
        if (policy.ReferenceMonthlyWage.IsPositive)
        {
            inputs.Add(Explanation.Parameter("上年度全省全口径城镇单位就业人员月平均工资 (reference monthly wage)", policy.ReferenceMonthlyWage.ToString("F2元", null), policy.Citation, null));
            inputs.Add(new Explanation("缴费基数下限 (floor)", policy.Floor.ToString("F2元", null))
            {
                Formula = $"{policy.ReferenceMonthlyWage:F2元} × {policy.FloorRatio:P2}",
                Rounding = $"to the fen, {policy.FloorRounding}",
                Inputs = [Explanation.Parameter("下限比例 (floor ratio)", policy.FloorRatio.ToString("P2", null), policy.Citation, null)],
            });
            inputs.Add(new Explanation("缴费基数上限 (cap)", policy.Cap.ToString("F2元", null))
            {
                Formula = $"{policy.ReferenceMonthlyWage:F2元} × {policy.CapRatio:P2}",
                Rounding = $"to the fen, {policy.CapRounding}",
                Inputs = [Explanation.Parameter("上限比例 (cap ratio)", policy.CapRatio.ToString("P2", null), policy.Citation, null)],
            });
        }
        else
        {
            inputs.Add(Explanation.Parameter("缴费基数下限 (floor)", policy.Floor.ToString("F2元", null), policy.Citation, null));
            inputs.Add(Explanation.Parameter("缴费基数上限 (cap)", policy.Cap.ToString("F2元", null), policy.Citation, null));
        }

        return new Explanation("缴费基数 (premium base)", r.Base.ToString("F2元", null))
        {
            Formula = "min(max(wage, floor), cap)",
            Sentence = sentence,
            Note = $"bound: {r.Bound}",
            Inputs = inputs,
        };
    }

    private static void ThrowNegativeWage(string paramName, Money wage, int index) =>
        Preconditions.ThrowOutOfRange(paramName, wage.ToString(), index < 0
            ? $"{paramName} {wage:F2元} is negative: a previous-year average monthly wage cannot be below zero."
            : $"{paramName}[{index}] {wage:F2元} is negative: a previous-year average monthly wage cannot be below zero.");
}
