using System;
using System.Globalization;
using System.Runtime.InteropServices;
using FundMath.Explain;

namespace FundMath.Analysis;

/// <summary>
/// How many regions ran a current-year deficit and how large it was, against those that did not.
/// 当期收不抵支情况. A region is in deficit when <c>current income &lt; current expenditure</c>;
/// <c>deficit = Σ (expenditure − income)</c> over those regions, <c>surplus = Σ (income − expenditure)</c>
/// over the rest; shares are counts over the number of regions.
/// </summary>
/// <remarks>A region exactly balanced (income = expenditure) is not in deficit ("未出现收不抵支"). <c>default(DeficitScan)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct DeficitScan : IEquatable<DeficitScan>
{
    private DeficitScan(ReportingPeriod period, int regions, int deficitRegions, Money deficit, Money surplus)
    {
        Period = period;
        Regions = regions;
        DeficitRegions = deficitRegions;
        DeficitTotal = deficit;
        SurplusTotal = surplus;
    }

    internal static DeficitScan FromTotals(ReportingPeriod period, int regions, int deficitRegions, Money deficit, Money surplus)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        return new DeficitScan(period, regions, deficitRegions, deficit, surplus);
    }

    /// <summary>The period scanned.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>统筹区总数: the number of regions scanned.</summary>
    public int Regions { get; }

    /// <summary>出现收不抵支的统筹区个数: regions whose income is below their expenditure.</summary>
    public int DeficitRegions { get; }

    /// <summary>未出现收不抵支的统筹区个数: regions whose income covers their expenditure.</summary>
    public int SurplusRegions => Regions - DeficitRegions;

    /// <summary>超支金额: the sum of the deficits, as a positive amount.</summary>
    public Money DeficitTotal { get; }

    /// <summary>结余金额: the sum of the surpluses of the regions not in deficit.</summary>
    public Money SurplusTotal { get; }

    /// <summary>The net current balance of all regions: surplus − deficit.</summary>
    public Money NetBalance => SurplusTotal - DeficitTotal;

    /// <summary>所占比例: deficit regions / regions, exact (1/6 prints "17%"). Zero when no regions.</summary>
    public Rate DeficitShare => Regions == 0 ? Rate.Zero : Rate.FromRatio(DeficitRegions, Regions);

    /// <summary>所占比例: regions not in deficit / regions, exact (5/6 prints "83%"). Zero when no regions.</summary>
    public Rate SurplusShare => Regions == 0 ? Rate.Zero : Rate.FromRatio(SurplusRegions, Regions);

    /// <summary>
    /// Scans regions given current income and expenditure (0 bytes allocated, one vectorised pass with a headroom
    /// check per block instead of a checked subtraction per region).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is unknown, or the spans differ in length.</exception>
    /// <exception cref="OverflowException">A region's balance or a total does not fit in Money.</exception>
    public static DeficitScan Scan(ReportingPeriod period, ReadOnlySpan<Money> income, ReadOnlySpan<Money> expenditure) =>
        Scan(period, income, expenditure, BatchPaths.Best);

    /// <summary>
    /// The partitioned form of <see cref="Scan(ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{Money})"/>: ranges of
    /// regions scanned on the thread pool, counts and sums added in order (identical result).
    /// </summary>
    /// <param name="period">The period scanned.</param>
    /// <param name="income">Each region's current income.</param>
    /// <param name="expenditure">Each region's current expenditure.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> is unknown, or the lengths differ.</exception>
    /// <exception cref="OverflowException">A region's balance or a total does not fit in Money.</exception>
    public static DeficitScan Scan(ReportingPeriod period, ReadOnlyMemory<Money> income, ReadOnlyMemory<Money> expenditure, int degreeOfParallelism)
    {
        CheckScan(period, income.Length, expenditure.Length);
        DeficitSums sums = PartitionedBatch.Run<DeficitJob, DeficitSums>(new DeficitJob(income, expenditure, BatchPaths.Best), income.Length, degreeOfParallelism, BlockScan.Length);
        return FromSums(period, income.Length, sums);
    }

    internal static DeficitScan Scan(ReportingPeriod period, ReadOnlySpan<Money> income, ReadOnlySpan<Money> expenditure, BatchPath path)
    {
        CheckScan(period, income.Length, expenditure.Length);
        DeficitSums sums = DeficitKernel.Run(MemoryMarshal.Cast<Money, long>(income), MemoryMarshal.Cast<Money, long>(expenditure), 0, income.Length, path);
        return FromSums(period, income.Length, sums);
    }

    /// <summary>Scans regions given each region's current balance (当期结余 = income − expenditure); one vectorised pass.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is unknown.</exception>
    /// <exception cref="OverflowException">A total does not fit in Money.</exception>
    public static DeficitScan Scan(ReportingPeriod period, ReadOnlySpan<Money> currentBalance) => Scan(period, currentBalance, BatchPaths.Best);

    internal static DeficitScan Scan(ReportingPeriod period, ReadOnlySpan<Money> currentBalance, BatchPath path)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        DeficitSums sums = DeficitKernel.Run(MemoryMarshal.Cast<Money, long>(currentBalance), default, 0, currentBalance.Length, path);
        return FromSums(period, currentBalance.Length, sums);
    }

    private static void CheckScan(ReportingPeriod period, int income, int expenditure)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        if (expenditure != income)
        {
            Preconditions.ThrowArgument(nameof(expenditure), $"expenditure has {expenditure} regions but income has {income}; they must match.");
        }
    }

    private static DeficitScan FromSums(ReportingPeriod period, int regions, in DeficitSums sums) =>
        new(period, regions, (int)sums.DeficitRegions, Money.FromFen(sums.Deficit), Money.FromFen(sums.Surplus));

    /// <summary>
    /// Scans several periods at once: row-major spans of <c>periods.Length × regionCount</c> values
    /// (period p's regions at <c>[p × regionCount, (p + 1) × regionCount)</c>); <c>results[p]</c> equals the
    /// single-period <see cref="Scan(ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{Money})"/>. Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentException">A span's length does not match periods × regions.</exception>
    public static void ScanPeriods(ReadOnlySpan<ReportingPeriod> periods, int regionCount, ReadOnlySpan<Money> income, ReadOnlySpan<Money> expenditure, Span<DeficitScan> results)
    {
        Preconditions.CheckArgumentRange(nameof(regionCount), regionCount, 0, int.MaxValue);
        long cells = (long)periods.Length * regionCount;
        if (income.Length != cells)
        {
            Preconditions.ThrowArgument(nameof(income), $"income has {income.Length} values; {periods.Length} periods × {regionCount} regions need {cells}.");
        }

        if (expenditure.Length != cells)
        {
            Preconditions.ThrowArgument(nameof(expenditure), $"expenditure has {expenditure.Length} values; {periods.Length} periods × {regionCount} regions need {cells}.");
        }

        if (results.Length != periods.Length)
        {
            Preconditions.ThrowArgument(nameof(results), $"results has room for {results.Length} scans but there are {periods.Length} periods.");
        }

        for (int p = 0; p < periods.Length; p++)
        {
            results[p] = Scan(periods[p], income.Slice(p * regionCount, regionCount), expenditure.Slice(p * regionCount, regionCount));
        }
    }

    /// <summary>
    /// A sentence as the report prints it, amounts in 万元 and shares to whole percent (四舍五入): "2019: 1 of 6
    /// regions (17%) in deficit, 1,711万元; 5 (83%) not, surplus 67,082万元".
    /// </summary>
    public string ToSentence() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Period}: {DeficitRegions} of {Regions} regions ({DeficitShare:P0}) in deficit (收不抵支), {DeficitTotal:N0万元}; {SurplusRegions} ({SurplusShare:P0}) not, surplus {SurplusTotal:N0万元}");

    /// <summary>The structured explanation: counts, shares, sums, formula and rounding.</summary>
    public Explanation Explain() => new("当期收不抵支 deficit scan", string.Create(CultureInfo.InvariantCulture, $"{DeficitRegions}/{Regions}"))
    {
        Formula = "in deficit when 当期收入 < 当期支出; 超支金额 = Σ(支出 − 收入) over those; 结余金额 = Σ(收入 − 支出) over the rest; 所占比例 = count / 统筹区总数",
        Rounding = "shares printed to whole percent, amounts to whole 万元 (AwayFromZero, 四舍五入)",
        Sentence = ToSentence(),
        Inputs =
        [
            Explanation.Input("统筹区总数 regions", Regions.ToString(CultureInfo.InvariantCulture)),
            new Explanation("出现收不抵支 in deficit", string.Create(CultureInfo.InvariantCulture, $"{DeficitRegions} ({DeficitShare:P0}), {DeficitTotal:N2万元}")),
            new Explanation("未出现收不抵支 not in deficit", string.Create(CultureInfo.InvariantCulture, $"{SurplusRegions} ({SurplusShare:P0}), {SurplusTotal:N2万元}")),
        ],
    };

    /// <inheritdoc />
    public bool Equals(DeficitScan other) =>
        Period == other.Period && Regions == other.Regions && DeficitRegions == other.DeficitRegions &&
        DeficitTotal == other.DeficitTotal && SurplusTotal == other.SurplusTotal;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DeficitScan other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Period, Regions, DeficitRegions, DeficitTotal, SurplusTotal);

    /// <summary>Equality.</summary>
    public static bool operator ==(DeficitScan left, DeficitScan right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DeficitScan left, DeficitScan right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => ToSentence();
}
