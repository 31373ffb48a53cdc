using System;

namespace FundMath.Analysis;

/// <summary>
/// A months-of-cover batch over memory for the partitioned forms: each range bands its rows with the batch's
/// prepared thresholds and writes them (when a results span is given) and returns its band counts, which add.
/// </summary>
internal sealed class CoverJob : IPartitionJob<CoverBandCounts>
{
    private readonly ReportingPeriod period;
    private readonly ReadOnlyMemory<Money> bookBalances;
    private readonly ReadOnlyMemory<BalanceDeductions> deductions;
    private readonly ReadOnlyMemory<MonthlyExpenditure> monthlyExpenditure;
    private readonly CoverBandPolicy policy;
    private readonly Memory<MonthsOfCover> results;
    private readonly CoverThresholds thresholds;

    internal CoverJob(ReportingPeriod period, ReadOnlyMemory<Money> bookBalances, ReadOnlyMemory<BalanceDeductions> deductions, ReadOnlyMemory<MonthlyExpenditure> monthlyExpenditure, CoverBandPolicy policy, Memory<MonthsOfCover> results)
    {
        this.period = period;
        this.bookBalances = bookBalances;
        this.deductions = deductions;
        this.monthlyExpenditure = monthlyExpenditure;
        this.policy = policy;
        this.results = results;
        thresholds = MonthsOfCover.Thresholds(policy);
    }

    public CoverBandCounts Run(int start, int count)
    {
        if (results.IsEmpty)
        {
            return CoverBandCounts.CountRows(bookBalances.Span, deductions.Span, monthlyExpenditure.Span, thresholds, start, count);
        }

        Span<MonthsOfCover> rows = results.Span;
        MonthsOfCover.ComputeRows(period, bookBalances.Span, deductions.Span, monthlyExpenditure.Span, policy, thresholds, rows, start, count);
        return CoverBandCounts.Count(rows.Slice(start, count));
    }

    public CoverBandCounts Merge(in CoverBandCounts first, in CoverBandCounts second) => first + second;
}
