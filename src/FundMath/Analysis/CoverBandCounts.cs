using System;

namespace FundMath.Analysis;

/// <summary>
/// The number of regions in each months-of-cover band — 可支付月数分布 — and, through
/// <see cref="ChangeFrom"/>, the change from the previous period ("比上年减少3个单位").
/// </summary>
/// <param name="Warning">Regions below the warning threshold (&lt; 3 months by default).</param>
/// <param name="Middle">Regions between the thresholds (3–9 months by default).</param>
/// <param name="High">Regions above the upper threshold (&gt; 9 months by default).</param>
/// <param name="NoExpenditure">Regions without expenditure (no band).</param>
/// <param name="Reasonable">Regions within the reasonable range (counted across bands).</param>
/// <remarks><c>default(CoverBandCounts)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct CoverBandCounts(int Warning, int Middle, int High, int NoExpenditure, int Reasonable)
{
    /// <summary>Every region counted (Warning + Middle + High + NoExpenditure).</summary>
    public int Regions => Warning + Middle + High + NoExpenditure;

    /// <summary>Counts the bands of <paramref name="rows"/> (allocation-free).</summary>
    public static CoverBandCounts Count(ReadOnlySpan<MonthsOfCover> rows)
    {
        int w = 0, m = 0, h = 0, n = 0, r = 0;
        foreach (ref readonly MonthsOfCover row in rows)
        {
            switch (row.Band)
            {
                case CoverBand.Warning: w++; break;
                case CoverBand.Middle: m++; break;
                case CoverBand.High: h++; break;
                default: n++; break;
            }

            if (row.IsReasonable)
            {
                r++;
            }
        }

        return new CoverBandCounts(w, m, h, n, r);
    }

    /// <summary>
    /// Counts the bands of regions straight from their inputs, without building a <see cref="MonthsOfCover"/> per
    /// row (allocation-free): the thresholds are prepared once and each row is banded by cross-multiplication.
    /// Equal to <c>Count</c> over <see cref="MonthsOfCover.ComputeBatch(ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{BalanceDeductions}, ReadOnlySpan{MonthlyExpenditure}, CoverBandPolicy, Span{MonthsOfCover})"/>'s results.
    /// </summary>
    /// <param name="period">The period at whose end the balances stand.</param>
    /// <param name="bookBalances">Each region's book balance.</param>
    /// <param name="deductions">Each region's deductions.</param>
    /// <param name="monthlyExpenditure">Each region's monthly expenditure.</param>
    /// <param name="policy">The band policy.</param>
    /// <exception cref="ArgumentException">The spans differ in length, or a row is invalid (the message names it).</exception>
    public static CoverBandCounts Count(ReportingPeriod period, ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, CoverBandPolicy policy)
    {
        MonthsOfCover.CheckBatch(period, bookBalances.Length, deductions.Length, monthlyExpenditure.Length, bookBalances.Length);
        return CountRows(bookBalances, deductions, monthlyExpenditure, MonthsOfCover.Thresholds(policy), 0, bookBalances.Length);
    }

    /// <summary>
    /// The partitioned form of <see cref="Count(ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{BalanceDeductions}, ReadOnlySpan{MonthlyExpenditure}, CoverBandPolicy)"/>:
    /// ranges of regions counted on the thread pool and the counts added (identical result).
    /// </summary>
    /// <param name="period">The period at whose end the balances stand.</param>
    /// <param name="bookBalances">Each region's book balance.</param>
    /// <param name="deductions">Each region's deductions.</param>
    /// <param name="monthlyExpenditure">Each region's monthly expenditure.</param>
    /// <param name="policy">The band policy.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException">As the sequential form; the first invalid row is named.</exception>
    public static CoverBandCounts Count(ReportingPeriod period, ReadOnlyMemory<Money> bookBalances, ReadOnlyMemory<BalanceDeductions> deductions, ReadOnlyMemory<MonthlyExpenditure> monthlyExpenditure, CoverBandPolicy policy, int degreeOfParallelism)
    {
        MonthsOfCover.CheckBatch(period, bookBalances.Length, deductions.Length, monthlyExpenditure.Length, bookBalances.Length);
        var job = new CoverJob(period, bookBalances, deductions, monthlyExpenditure, policy, default);
        return PartitionedBatch.Run<CoverJob, CoverBandCounts>(job, bookBalances.Length, degreeOfParallelism, MonthsOfCover.RegionPartitionAlignment);
    }

    /// <summary>The counts of two disjoint sets of regions added (the merge law of a partitioned count).</summary>
    public static CoverBandCounts operator +(CoverBandCounts left, CoverBandCounts right) => new(
        left.Warning + right.Warning,
        left.Middle + right.Middle,
        left.High + right.High,
        left.NoExpenditure + right.NoExpenditure,
        left.Reasonable + right.Reasonable);

    internal static CoverBandCounts CountRows(ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, in CoverThresholds thresholds, int start, int count)
    {
        (long bound, bool invalid) = MonthsOfCover.Scan(bookBalances, deductions, monthlyExpenditure, start, count);
        return !invalid && thresholds.Fits64(bound) ? CountRows<Yes>(bookBalances, deductions, monthlyExpenditure, thresholds, start, count) : CountRows<No>(bookBalances, deductions, monthlyExpenditure, thresholds, start, count);
    }

    private static CoverBandCounts CountRows<TNarrow>(ReadOnlySpan<Money> bookBalances, ReadOnlySpan<BalanceDeductions> deductions, ReadOnlySpan<MonthlyExpenditure> monthlyExpenditure, in CoverThresholds thresholds, int start, int count)
        where TNarrow : struct, IFlag
    {
        // Counts without a branch per row: each band adds 1 to its own count.
        int w = 0, m = 0, h = 0, n = 0, r = 0;
        for (int i = start; i < start + count; i++)
        {
            ref readonly BalanceDeductions d = ref deductions[i];
            MonthlyExpenditure e = monthlyExpenditure[i];
            if (!TNarrow.Value)
            {
                MonthsOfCover.CheckRow(d, e, i);
            }

            long spent = e.Expenditure.Fen;
            if (spent <= 0)
            {
                n++;
                continue;
            }

            long actual = TNarrow.Value ? MonthsOfCover.NarrowActual(bookBalances[i], d) : checked(bookBalances[i].Fen - d.Total.Fen);
            (int band, bool reasonable) = TNarrow.Value ? thresholds.Classify64(actual, e.Months, spent) : thresholds.Classify(actual, e.Months, spent);
            w += band == 0 ? 1 : 0;
            m += band == 1 ? 1 : 0;
            h += band == 2 ? 1 : 0;
            r += reasonable ? 1 : 0;
        }

        return new CoverBandCounts(w, m, h, n, r);
    }

    /// <summary>The signed change of every count from <paramref name="previous"/> (this − previous).</summary>
    public CoverBandCounts ChangeFrom(CoverBandCounts previous) => new(
        Warning - previous.Warning,
        Middle - previous.Middle,
        High - previous.High,
        NoExpenditure - previous.NoExpenditure,
        Reasonable - previous.Reasonable);

    /// <summary>The count of one band.</summary>
    public int this[CoverBand band] => band switch
    {
        CoverBand.Warning => Warning,
        CoverBand.Middle => Middle,
        CoverBand.High => High,
        _ => NoExpenditure,
    };
}
