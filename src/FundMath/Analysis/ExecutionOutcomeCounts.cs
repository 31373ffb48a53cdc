using System;

namespace FundMath.Analysis;

/// <summary>
/// How many budget-execution rows came out Within, Over, Under and NoBudget — 预算执行情况分布 (e.g. "超预算的统筹区N个").
/// Returned by <see cref="BudgetExecution.EvaluateBatch(BudgetLine, ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{Money}, Rate, ToleranceBand, Span{BudgetExecution})"/>;
/// counts of disjoint sets of rows add (<see cref="op_Addition"/>), the merge law of the partitioned form.
/// </summary>
/// <param name="Within">Rows within the band (edges included).</param>
/// <param name="Over">Rows above the band (超预算).</param>
/// <param name="Under">Rows below the band (未达预算进度).</param>
/// <param name="NoBudget">Rows with a zero or negative budget (无预算).</param>
/// <remarks><c>default(ExecutionOutcomeCounts)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct ExecutionOutcomeCounts(int Within, int Over, int Under, int NoBudget)
{
    /// <summary>Every row counted.</summary>
    public int Rows => Within + Over + Under + NoBudget;

    /// <summary>The count of one outcome.</summary>
    public int this[ExecutionOutcome outcome] => outcome switch
    {
        ExecutionOutcome.Within => Within,
        ExecutionOutcome.Over => Over,
        ExecutionOutcome.Under => Under,
        _ => NoBudget,
    };

    /// <summary>Counts the outcomes of <paramref name="rows"/> (allocation-free).</summary>
    public static ExecutionOutcomeCounts Count(ReadOnlySpan<BudgetExecution> rows)
    {
        var counts = default(ExecutionOutcomeCounts);
        foreach (ref readonly BudgetExecution row in rows)
        {
            counts = counts.With(row.Outcome);
        }

        return counts;
    }

    /// <summary>The counts of two disjoint sets of rows added.</summary>
    public static ExecutionOutcomeCounts operator +(ExecutionOutcomeCounts left, ExecutionOutcomeCounts right) =>
        new(left.Within + right.Within, left.Over + right.Over, left.Under + right.Under, left.NoBudget + right.NoBudget);

    /// <summary>These counts with one more row of <paramref name="outcome"/>.</summary>
    internal ExecutionOutcomeCounts With(ExecutionOutcome outcome) => outcome switch
    {
        ExecutionOutcome.Within => this with { Within = Within + 1 },
        ExecutionOutcome.Over => this with { Over = Over + 1 },
        ExecutionOutcome.Under => this with { Under = Under + 1 },
        _ => this with { NoBudget = NoBudget + 1 },
    };
}
