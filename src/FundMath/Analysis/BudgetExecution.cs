using System;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Analysis;

/// <summary>
/// The execution of one budget line against its budget, judged against expected progress and a tolerance
/// band. 预算执行率. <c>rate = executed / budgeted</c>; <c>deviation = rate − expected</c> (percentage points);
/// Within when <c>expected − below ≤ rate ≤ expected + above</c>.
/// </summary>
/// <remarks>
/// Every judgement is exact (the rate is an exact fraction compared by cross-multiplication), so the outcome
/// flips exactly at the band edge; rounding happens only when the rate is printed. A zero or negative budget
/// gives <see cref="ExecutionOutcome.NoBudget"/>, never an infinite rate.
/// <para><c>default(BudgetExecution)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct BudgetExecution : IEquatable<BudgetExecution>
{
    private readonly BudgetLine line;
    private readonly ReportingPeriod period;
    private readonly Money budgeted;
    private readonly Money executed;
    private readonly Rate expectedProgress;
    private readonly ToleranceBand band;
    private readonly ExecutionOutcome outcome;

    private BudgetExecution(BudgetLine line, ReportingPeriod period, Money budgeted, Money executed, Rate expected, in ToleranceBand band, ExecutionOutcome outcome)
    {
        this.line = line;
        this.period = period;
        this.budgeted = budgeted;
        this.executed = executed;
        expectedProgress = expected;
        this.band = band;
        this.outcome = outcome;
    }

    /// <summary>
    /// Writes a row into a caller's result slot field by field, as the constructor would build it (building it in
    /// a temporary and copying costs a store-forwarding stall per row). Only the batch loop calls this, on slots of
    /// the span it fills.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static void Write(ref BudgetExecution slot, BudgetLine line, ReportingPeriod period, Money budgeted, Money executed, Rate expected, in ToleranceBand band, ExecutionOutcome outcome)
    {
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.line) = line;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.period) = period;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.budgeted) = budgeted;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.executed) = executed;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.expectedProgress) = expected;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.band) = band;
        System.Runtime.CompilerServices.Unsafe.AsRef(in slot.outcome) = outcome;
    }

    /// <summary>The budget line measured.</summary>
    public BudgetLine Line => line;

    /// <summary>The reporting period (year to date) of <see cref="Executed"/>.</summary>
    public ReportingPeriod Period => period;

    /// <summary>预算数: the annual budget of the line.</summary>
    public Money Budgeted => budgeted;

    /// <summary>执行数: the amount executed year to date.</summary>
    public Money Executed => executed;

    /// <summary>The share of the annual budget expected by the end of the period (time progress or a seasonal profile).</summary>
    public Rate ExpectedProgress => expectedProgress;

    /// <summary>The tolerance band applied.</summary>
    public ToleranceBand Band => band;

    /// <summary>Within, Over, Under or NoBudget.</summary>
    public ExecutionOutcome Outcome => outcome;

    /// <summary>True unless the outcome is <see cref="ExecutionOutcome.NoBudget"/>.</summary>
    public bool HasRate => Outcome != ExecutionOutcome.NoBudget;

    /// <summary>预算执行率: executed / budgeted, exact (reduced when read; the outcome was judged without it).</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoBudget.</exception>
    public Rate Rate
    {
        get
        {
            EnsureRate();
            return Rate.Of(Executed, Budgeted);
        }
    }

    /// <summary>rate − expected progress, in percentage points (signed).</summary>
    /// <exception cref="InvalidOperationException">The outcome is NoBudget.</exception>
    public PercentagePoints Deviation => Rate - ExpectedProgress;

    /// <summary>The lower edge of the band: expected − below.</summary>
    public Rate LowerEdge => ExpectedProgress - Band.Below;

    /// <summary>The upper edge of the band: expected + above.</summary>
    public Rate UpperEdge => ExpectedProgress + Band.Above;

    /// <summary>
    /// How far the rate lies beyond the band, as a non-negative number of points: rate − upper edge when Over,
    /// lower edge − rate when Under, 0pp when Within or NoBudget (92.18% against 95% → 2.82pp).
    /// </summary>
    public PercentagePoints BeyondBand => Outcome switch
    {
        ExecutionOutcome.Over => Rate - UpperEdge,
        ExecutionOutcome.Under => LowerEdge - Rate,
        _ => PercentagePoints.Zero,
    };

    /// <summary>
    /// The signed amount to add to <see cref="Executed"/> to bring the rate back to the nearest band edge:
    /// negative when Over, positive when Under, zero when Within or NoBudget. The edge amount
    /// <c>budgeted × edge</c> is rounded to the fen inward — <see cref="MidpointRounding.ToNegativeInfinity"/>
    /// at the upper edge, <see cref="MidpointRounding.ToPositiveInfinity"/> at the lower — so the corrected
    /// amount lies inside the band (for a band of positive width).
    /// </summary>
    public Money CorrectionToBand => Outcome switch
    {
        ExecutionOutcome.Over => Budgeted.Multiply(UpperEdge, MidpointRounding.ToNegativeInfinity) - Executed,
        ExecutionOutcome.Under => Budgeted.Multiply(LowerEdge, MidpointRounding.ToPositiveInfinity) - Executed,
        _ => Money.Zero,
    };

    /// <summary>
    /// Judges <paramref name="executed"/> against <paramref name="budgeted"/> for <paramref name="period"/>,
    /// expecting straight-line time progress (<see cref="ReportingPeriod.TimeProgress"/>) and the band for the
    /// line from <paramref name="policy"/>.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default (unknown) period.</exception>
    public static BudgetExecution Evaluate(BudgetLine line, ReportingPeriod period, Money budgeted, Money executed, BudgetTolerancePolicy policy)
    {
        CheckPeriod(period, nameof(period));
        return Evaluate(line, period, budgeted, executed, period.TimeProgress, policy.For(line));
    }

    /// <summary>As <see cref="Evaluate(BudgetLine, ReportingPeriod, Money, Money, BudgetTolerancePolicy)"/>, expecting the cumulative share of <paramref name="profile"/> at the period's last month.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default (unknown) period.</exception>
    public static BudgetExecution Evaluate(BudgetLine line, ReportingPeriod period, Money budgeted, Money executed, BudgetTolerancePolicy policy, in SeasonalProfile profile) =>
        Evaluate(line, period, budgeted, executed, profile.ExpectedAt(period), policy.For(line));

    /// <summary>Judges <paramref name="executed"/> against <paramref name="budgeted"/> with an explicit expected progress and band.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is unknown, or <paramref name="expectedProgress"/> is outside 0–100%, or <paramref name="line"/> is undefined.</exception>
    public static BudgetExecution Evaluate(BudgetLine line, ReportingPeriod period, Money budgeted, Money executed, Rate expectedProgress, ToleranceBand band)
    {
        ExecutionEdges edges = Prepare(line, period, expectedProgress, band);
        return Row(line, period, budgeted, executed, expectedProgress, band, edges);
    }

    /// <summary>
    /// Judges a batch of regions (or funds) for one line and period: <c>results[i]</c> is the scalar
    /// <see cref="Evaluate(BudgetLine, ReportingPeriod, Money, Money, Rate, ToleranceBand)"/> of
    /// <c>budgeted[i]</c>, <c>executed[i]</c>. Allocates nothing. The band edges <c>expected ± band</c> are computed
    /// once per batch; each row is judged by 128-bit cross-multiplication with them — no rate is built and no GCD
    /// taken per row (<see cref="Rate"/> is reduced only when read).
    /// </summary>
    /// <returns>How many rows came out Within, Over, Under and NoBudget.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or an argument is invalid as for the scalar form.</exception>
    public static ExecutionOutcomeCounts EvaluateBatch(BudgetLine line, ReportingPeriod period, ReadOnlySpan<Money> budgeted, ReadOnlySpan<Money> executed, Rate expectedProgress, ToleranceBand band, Span<BudgetExecution> results)
    {
        CheckBatch(budgeted.Length, executed.Length, results.Length);
        ExecutionEdges edges = Prepare(line, period, expectedProgress, band);
        return EvaluateRows(line, period, budgeted, executed, expectedProgress, band, edges, results, 0, budgeted.Length);
    }

    /// <summary>
    /// The partitioned form of <see cref="EvaluateBatch(BudgetLine, ReportingPeriod, ReadOnlySpan{Money}, ReadOnlySpan{Money}, Rate, ToleranceBand, Span{BudgetExecution})"/>:
    /// contiguous ranges of rows on the thread pool (the calling thread takes one); rows are independent, so the
    /// results are identical to the sequential form.
    /// </summary>
    /// <param name="line">The budget line.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="budgeted">Each row's budget.</param>
    /// <param name="executed">Each row's execution.</param>
    /// <param name="expectedProgress">The expected progress.</param>
    /// <param name="band">The tolerance band.</param>
    /// <param name="results">Receives each row's judgement.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <returns>How many rows came out Within, Over, Under and NoBudget.</returns>
    /// <exception cref="ArgumentException">As the sequential form.</exception>
    public static ExecutionOutcomeCounts EvaluateBatch(BudgetLine line, ReportingPeriod period, ReadOnlyMemory<Money> budgeted, ReadOnlyMemory<Money> executed, Rate expectedProgress, ToleranceBand band, Memory<BudgetExecution> results, int degreeOfParallelism)
    {
        CheckBatch(budgeted.Length, executed.Length, results.Length);
        ExecutionEdges edges = Prepare(line, period, expectedProgress, band);
        var job = new ExecutionJob(line, period, budgeted, executed, expectedProgress, band, edges, results);
        return PartitionedBatch.Run<ExecutionJob, ExecutionOutcomeCounts>(job, budgeted.Length, degreeOfParallelism, MonthsOfCover.RegionPartitionAlignment);
    }

    /// <summary>Validates the batch-wide arguments and computes the band edges once.</summary>
    internal static ExecutionEdges Prepare(BudgetLine line, ReportingPeriod period, Rate expectedProgress, ToleranceBand band)
    {
        CheckPeriod(period, nameof(period));
        if (unchecked((uint)line) > (uint)BudgetLine.BenefitExpenditure)
        {
            Preconditions.ThrowOutOfRange(nameof(line), line, $"line {(int)line} is not a defined BudgetLine.");
        }

        if (expectedProgress.IsNegative || expectedProgress > Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(nameof(expectedProgress), expectedProgress, $"expectedProgress {expectedProgress} is outside 0%–100%.");
        }

        return new ExecutionEdges((expectedProgress - band.Below).Value, (expectedProgress + band.Above).Value);
    }

    /// <summary>
    /// Rows [start, start + count) into <paramref name="results"/>, judged with the batch's edges: one pre-scan reads the
    /// largest amount; when every product with the edges fits in 64 bits the rows are judged with plain 64-bit
    /// multiplies, otherwise with exact 128-bit ones.
    /// </summary>
    internal static ExecutionOutcomeCounts EvaluateRows(BudgetLine line, ReportingPeriod period, ReadOnlySpan<Money> budgeted, ReadOnlySpan<Money> executed, Rate expectedProgress, in ToleranceBand band, in ExecutionEdges edges, Span<BudgetExecution> results, int start, int count)
    {
        long bound = 0;
        for (int i = start; i < start + count; i++)
        {
            long b = budgeted[i].Fen, x = executed[i].Fen;
            bound |= (b ^ (b >> 63)) | (x ^ (x >> 63));
        }

        return edges.Fits64(bound) ? EvaluateRows<Yes>(line, period, budgeted, executed, expectedProgress, band, edges, results, start, count) : EvaluateRows<No>(line, period, budgeted, executed, expectedProgress, band, edges, results, start, count);
    }

    private static ExecutionOutcomeCounts EvaluateRows<TNarrow>(BudgetLine line, ReportingPeriod period, ReadOnlySpan<Money> budgeted, ReadOnlySpan<Money> executed, Rate expectedProgress, in ToleranceBand band, in ExecutionEdges edges, Span<BudgetExecution> results, int start, int count)
        where TNarrow : struct, IFlag
    {
        // Outcome counts without a branch per row: Within 0, Over 1, Under 2, NoBudget 3.
        int within = 0, over = 0, under = 0, noBudget = 0;
        for (int i = start; i < start + count; i++)
        {
            Money b = budgeted[i], x = executed[i];
            int judgement = TNarrow.Value ? edges.Judge64(b.Fen, x.Fen) : edges.Judge(b.Fen, x.Fen);
            // Within 0, Over 1, Under 2 from the judgement 0, 1, −1 (−1 + 3); NoBudget 3 for a budget of zero or less.
            int o = b.Fen <= 0 ? 3 : judgement + (3 & (judgement >> 31));
            Write(ref results[i], line, period, b, x, expectedProgress, band, (ExecutionOutcome)o);
            unchecked
            {
                within += o == 0 ? 1 : 0;
                over += o == 1 ? 1 : 0;
                under += o == 2 ? 1 : 0;
                noBudget += o == 3 ? 1 : 0;
            }
        }

        return new ExecutionOutcomeCounts(within, over, under, noBudget);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static BudgetExecution Row(BudgetLine line, ReportingPeriod period, Money budgeted, Money executed, Rate expectedProgress, ToleranceBand band, in ExecutionEdges edges)
    {
        if (budgeted.Sign <= 0)
        {
            return new BudgetExecution(line, period, budgeted, executed, expectedProgress, band, ExecutionOutcome.NoBudget);
        }

        int judgement = edges.Judge(budgeted.Fen, executed.Fen);
        ExecutionOutcome outcome = judgement > 0 ? ExecutionOutcome.Over : judgement < 0 ? ExecutionOutcome.Under : ExecutionOutcome.Within;
        return new BudgetExecution(line, period, budgeted, executed, expectedProgress, band, outcome);
    }

    private static void CheckBatch(int budgeted, int executed, int results)
    {
        if (executed != budgeted)
        {
            Preconditions.ThrowArgument(nameof(executed), $"executed has {executed} values but budgeted has {budgeted}; they must match.");
        }

        if (results != budgeted)
        {
            Preconditions.ThrowArgument(nameof(results), $"results has room for {results} values but budgeted has {budgeted}; they must match.");
        }
    }

    /// <summary>The Chinese name of a budget line (本年收入, 保险费收入, 本年支出, 保险待遇支出).</summary>
    public static string ChineseName(BudgetLine line) => line switch
    {
        BudgetLine.TotalIncome => "本年收入",
        BudgetLine.PremiumIncome => "保险费收入",
        BudgetLine.TotalExpenditure => "本年支出",
        BudgetLine.BenefitExpenditure => "保险待遇支出",
        _ => line.ToString(),
    };

    /// <summary>
    /// A sentence a person can read, rates to 0.01% (四舍五入): "保险待遇支出 预算执行率 92.18% is 2.82pp below the
    /// −5pp band (expected 100.00%, deviation −7.82pp)".
    /// </summary>
    public string ToSentence()
    {
        string name = ChineseName(Line) + " 预算执行率";
        if (Outcome == ExecutionOutcome.NoBudget)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{name} not computed: the budget is {Budgeted:N2元}, no budget (executed {Executed:N2元})");
        }

        string expected = string.Create(CultureInfo.InvariantCulture, $"expected {ExpectedProgress:P2}, deviation {Signed(Deviation)}");
        return Outcome switch
        {
            ExecutionOutcome.Over => string.Create(CultureInfo.InvariantCulture, $"{name} {Rate:P2} is {BeyondBand:P2} above the +{Band.Above} band ({expected})"),
            ExecutionOutcome.Under => string.Create(CultureInfo.InvariantCulture, $"{name} {Rate:P2} is {BeyondBand:P2} below the −{Band.Below} band ({expected})"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{name} {Rate:P2} is within the {Band} band ({expected})"),
        };
    }

    /// <summary>The structured explanation: inputs, formula, rounding, band and judgement.</summary>
    public Explanation Explain()
    {
        var inputs = new Explanation[]
        {
            Explanation.Input("预算数 budgeted", Budgeted.ToString("N2元", CultureInfo.InvariantCulture)),
            Explanation.Input("执行数 executed", Executed.ToString("N2元", CultureInfo.InvariantCulture)),
            Explanation.Input("期间 period", Period.ToString()),
            Explanation.Input("预期进度 expected progress", ExpectedProgress.ToString("P2", CultureInfo.InvariantCulture)),
            Explanation.Input("容差 tolerance band", Band.ToString()),
        };
        return new Explanation(ChineseName(Line) + " 预算执行率 budget execution rate", HasRate ? Rate.ToString("P2", CultureInfo.InvariantCulture) : "no budget")
        {
            Formula = "执行率 = 执行数 / 预算数; deviation = 执行率 − 预期进度; Within when 预期进度 − below ≤ 执行率 ≤ 预期进度 + above",
            Rounding = "judged exactly; printed to 0.01% (AwayFromZero, 四舍五入)",
            Sentence = ToSentence(),
            Note = Outcome switch
            {
                ExecutionOutcome.NoBudget => "budget zero or negative: no rate (NoBudget)",
                ExecutionOutcome.Within => "Within",
                _ => string.Create(CultureInfo.InvariantCulture, $"{Outcome}: {CorrectionToBand:N2元} to the nearest band edge (edge amount rounded inward to the fen)"),
            },
            Inputs = inputs,
        };
    }

    /// <inheritdoc />
    /// <remarks>The rate and outcome follow from the inputs, so equal inputs make equal results.</remarks>
    public bool Equals(BudgetExecution other) =>
        Line == other.Line && Period == other.Period && Budgeted == other.Budgeted && Executed == other.Executed &&
        ExpectedProgress == other.ExpectedProgress && Band == other.Band && Outcome == other.Outcome;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BudgetExecution other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Line, Period, Budgeted, Executed, ExpectedProgress, Band, Outcome);

    /// <summary>Equality.</summary>
    public static bool operator ==(BudgetExecution left, BudgetExecution right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(BudgetExecution left, BudgetExecution right) => !left.Equals(right);

    /// <inheritdoc />
    public override string ToString() => ToSentence();

    internal static void CheckPeriod(ReportingPeriod period, string paramName)
    {
        if (period.Year == 0)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} is the default ReportingPeriod (year 0), an unknown period; give the year, half, quarter or month reported.");
        }
    }

    private static string Signed(PercentagePoints p) =>
        p.Sign > 0 ? "+" + p.ToString("P2", CultureInfo.InvariantCulture) : p.Sign < 0 ? "−" + p.Abs().ToString("P2", CultureInfo.InvariantCulture) : "0.00pp";

    private void EnsureRate()
    {
        if (Outcome == ExecutionOutcome.NoBudget)
        {
            throw new InvalidOperationException($"No execution rate: the budget {Budgeted} is zero or negative (outcome NoBudget). Check Outcome or HasRate first.");
        }
    }
}
