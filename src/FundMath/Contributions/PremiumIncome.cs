using System;
using System.Runtime.InteropServices;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// Annual premium income of paying populations and the decomposition of its year-on-year change.
/// 年度征缴收入 = Σ 人数 × 月数 × 缴费基数 × 费率.
/// </summary>
public static class PremiumIncome
{
    /// <summary>
    /// Annual income from per-person bases and months paid (round each person's monthly amount, times the months,
    /// then sum), allocation-free, in one vectorised pass; the rate is prepared once per batch.
    /// </summary>
    /// <param name="bases">Each person's monthly base.</param>
    /// <param name="months">Months each person paid in the year (0–12).</param>
    /// <param name="rate">Contribution rate (0–100%).</param>
    /// <param name="mode">Rounding of each person's monthly amount to the fen.</param>
    /// <exception cref="ArgumentOutOfRangeException">A person has more than 12 (or negative) months, a negative base, or the rate is outside 0–100%.</exception>
    public static Money Annual(ReadOnlySpan<Money> bases, ReadOnlySpan<int> months, Rate rate, MidpointRounding mode) =>
        Annual(bases, months, rate, mode, BatchPaths.Best);

    /// <summary>
    /// The partitioned form of <see cref="Annual(ReadOnlySpan{Money}, ReadOnlySpan{int}, Rate, MidpointRounding)"/>:
    /// contiguous ranges on the thread pool, totals added in order (identical result).
    /// </summary>
    /// <param name="bases">Each person's monthly base.</param>
    /// <param name="months">Months each person paid in the year (0–12).</param>
    /// <param name="rate">Contribution rate (0–100%).</param>
    /// <param name="mode">Rounding of each person's monthly amount to the fen.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentOutOfRangeException">As the sequential form (the first bad person is named), or the degree is outside 1–256.</exception>
    public static Money Annual(ReadOnlyMemory<Money> bases, ReadOnlyMemory<int> months, Rate rate, MidpointRounding mode, int degreeOfParallelism)
    {
        CheckAnnual(bases.Length, months.Length, rate, mode);
        var job = new RateJob(bases, months, default, 0, long.MaxValue, rate, mode, BatchPaths.Best);
        return Total(PartitionedBatch.Run<RateJob, RateSums>(job, bases.Length, degreeOfParallelism, BlockScan.Length), bases.Span, months.Span);
    }

    internal static Money Annual(ReadOnlySpan<Money> bases, ReadOnlySpan<int> months, Rate rate, MidpointRounding mode, BatchPath path)
    {
        CheckAnnual(bases.Length, months.Length, rate, mode);
        var batch = new RateBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(bases),
            Months = months,
            Low = 0,
            High = long.MaxValue,
            Mode = mode,
        };
        batch.SetRate(rate);
        return Total(RateKernel.Run(batch, 0, bases.Length, path), bases, months);
    }

    private static void CheckAnnual(int bases, int months, Rate rate, MidpointRounding mode)
    {
        if (months != bases)
        {
            Preconditions.ThrowArgument(nameof(months), $"months has length {months} but bases has length {bases}; they must match.");
        }

        ContributionRates.CheckRate(rate, nameof(rate));
        Preconditions.CheckMode(mode);
    }

    private static Money Total(in RateSums sums, ReadOnlySpan<Money> bases, ReadOnlySpan<int> months)
    {
        int i = sums.FaultIndex;
        if (sums.Fault == BatchFault.OutOfRange)
        {
            Preconditions.ThrowOutOfRange(nameof(months), months[i], $"months[{i}] {months[i]} is outside 0–12: a person cannot pay more than 12 months of premiums in a year.");
        }

        if (sums.Fault != BatchFault.None)
        {
            ContributionRates.CheckBase(bases[i], $"bases[{i}]");
        }

        return Money.FromFen(sums.Total);
    }

    /// <summary>
    /// Decomposes Income(current) − Income(previous) into headcount, base and rate effects. The effects are computed
    /// exactly as rationals, then rounded to the fen by the largest-remainder method so that they add up exactly to the
    /// difference of the two rounded incomes.
    /// </summary>
    /// <param name="previous">The previous year's paying population.</param>
    /// <param name="current">The current year's paying population.</param>
    /// <param name="method">Shapley (symmetric) or sequential attribution.</param>
    /// <param name="mode">Rounding of each year's income to the fen.</param>
    public static PremiumIncomeChange Decompose(in PayingPopulation previous, in PayingPopulation current, DecompositionMethod method, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        Money i0 = previous.Income(mode);
        Money i1 = current.Income(mode);
        Int128 n0 = previous.PersonMonths, n1 = current.PersonMonths;
        Int128 b0 = previous.AverageBase.Fen, b1 = current.AverageBase.Fen;
        Fraction r0 = previous.Rate.Value, r1 = current.Rate.Value;
        Int128 a0 = r0.Numerator, d0 = r0.Denominator, a1 = r1.Numerator, d1 = r1.Denominator;

        // Everything is scaled by D = 6·d0·d1 so that each effect is an exact integer numerator over D.
        Int128 d = 6 * d0 * d1;
        Int128 en, eb, er;
        if (method == DecompositionMethod.Shapley)
        {
            // effect_N = ΔN/6 · (2B0r0 + 2B1r1 + B0r1 + B1r0), and symmetrically for B and r.
            en = (n1 - n0) * ((2 * b0 * a0 * d1) + (2 * b1 * a1 * d0) + (b0 * a1 * d0) + (b1 * a0 * d1));
            eb = (b1 - b0) * ((2 * n0 * a0 * d1) + (2 * n1 * a1 * d0) + (n0 * a1 * d0) + (n1 * a0 * d1));
            er = ((a1 * d0) - (a0 * d1)) * ((2 * n0 * b0) + (2 * n1 * b1) + (n0 * b1) + (n1 * b0));
        }
        else if (method == DecompositionMethod.Sequential)
        {
            en = 6 * (n1 - n0) * b0 * a0 * d1;
            eb = 6 * n1 * (b1 - b0) * a0 * d1;
            er = 6 * n1 * b1 * ((a1 * d0) - (a0 * d1));
        }
        else
        {
            Preconditions.ThrowArgument(nameof(method), $"method {(int)method} is not a defined DecompositionMethod.");
            return default;
        }

        Span<long> parts = stackalloc long[3];
        RoundToTarget(en, eb, er, d, (i1 - i0).Fen, parts);
        return new PremiumIncomeChange(i0, i1, Money.FromFen(parts[0]), Money.FromFen(parts[1]), Money.FromFen(parts[2]), method);
    }

    /// <summary>Explains a decomposition: both years' factors and the three effects.</summary>
    public static Explanation Explain(in PayingPopulation previous, in PayingPopulation current, DecompositionMethod method, MidpointRounding mode)
    {
        PremiumIncomeChange c = Decompose(previous, current, method, mode);
        string formula = method == DecompositionMethod.Shapley
            ? "effect_X = ΔX/6 · (2·Y₀Z₀ + 2·Y₁Z₁ + Y₀Z₁ + Y₁Z₀) for each factor X with the other two Y, Z (Shapley)"
            : "headcount ΔN·B₀·r₀; base N₁·ΔB·r₀; rate N₁·B₁·Δr (连环替代 headcount → base → rate)";
        return new Explanation("征缴收入变动 (premium income change)", c.Change.ToString("F2元", null))
        {
            Formula = "Income₁ − Income₀ = headcount + base + rate effects",
            Rounding = $"incomes to the fen ({mode}); effects exact, then largest remainder to the fen so they add up to the change",
            Inputs =
            [
                new Explanation("上年征缴收入 (previous income)", c.Previous.ToString("F2元", null)) { Formula = previous.ToString() },
                new Explanation("本年征缴收入 (current income)", c.Current.ToString("F2元", null)) { Formula = current.ToString() },
                new Explanation("人数因素 (headcount effect)", c.HeadcountEffect.ToString("F2元", null)) { Formula = formula },
                new Explanation("基数因素 (base effect)", c.BaseEffect.ToString("F2元", null)) { Formula = formula },
                new Explanation("费率因素 (rate effect)", c.RateEffect.ToString("F2元", null)) { Formula = formula },
            ],
        };
    }

    /// <summary>
    /// Rounds three exact rationals numᵢ/den (fen) to whole fen summing to <paramref name="target"/>: floor each, then
    /// hand out the remaining fen to the largest remainders (earlier index first on ties); a negative remainder count
    /// takes fen back from the smallest remainders.
    /// </summary>
    internal static void RoundToTarget(Int128 n0, Int128 n1, Int128 n2, Int128 den, long target, Span<long> parts)
    {
        Span<Int128> nums = [n0, n1, n2];
        Span<Int128> rems = stackalloc Int128[3];
        long sum = 0;
        for (int i = 0; i < 3; i++)
        {
            Int128 q = IntegerRounding.Divide(nums[i], den, MidpointRounding.ToNegativeInfinity);
            parts[i] = (long)q;
            rems[i] = nums[i] - (q * den);
            sum = checked(sum + parts[i]);
        }

        long residual = target - sum;
        while (residual != 0)
        {
            int pick = -1;
            for (int i = 0; i < 3; i++)
            {
                if (pick < 0 || (residual > 0 ? rems[i] > rems[pick] : rems[i] < rems[pick]))
                {
                    pick = i;
                }
            }

            int step = residual > 0 ? 1 : -1;
            parts[pick] += step;
            rems[pick] -= step * den;
            residual -= step;
        }
    }
}
