using System;

namespace FundMath.Analysis;

/// <summary>A budget-execution batch over memory for the partitioned form: each range judges its rows with the batch's edges.</summary>
internal sealed class ExecutionJob : IPartitionJob<ExecutionOutcomeCounts>
{
    private readonly BudgetLine line;
    private readonly ReportingPeriod period;
    private readonly ReadOnlyMemory<Money> budgeted;
    private readonly ReadOnlyMemory<Money> executed;
    private readonly Rate expectedProgress;
    private readonly ToleranceBand band;
    private readonly ExecutionEdges edges;
    private readonly Memory<BudgetExecution> results;

    internal ExecutionJob(BudgetLine line, ReportingPeriod period, ReadOnlyMemory<Money> budgeted, ReadOnlyMemory<Money> executed, Rate expectedProgress, ToleranceBand band, ExecutionEdges edges, Memory<BudgetExecution> results)
    {
        this.line = line;
        this.period = period;
        this.budgeted = budgeted;
        this.executed = executed;
        this.expectedProgress = expectedProgress;
        this.band = band;
        this.edges = edges;
        this.results = results;
    }

    public ExecutionOutcomeCounts Run(int start, int count) =>
        BudgetExecution.EvaluateRows(line, period, budgeted.Span, executed.Span, expectedProgress, band, edges, results.Span, start, count);

    public ExecutionOutcomeCounts Merge(in ExecutionOutcomeCounts first, in ExecutionOutcomeCounts second) => first + second;
}
