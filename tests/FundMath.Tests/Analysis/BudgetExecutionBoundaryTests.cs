using System;
using System.Linq;
using FundMath.Analysis;
using FundMath.Explain;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// The edges of budget execution that the golden and property tests do not reach: the sentence and explanation of
/// every outcome (a deviation of exactly 0pp, asymmetric bands), the per-line bands of a policy and its refusals,
/// the tolerance band's refusals and text, the outcome counts, the seasonal profile's refusals and equality, and
/// batches whose amounts are too large for the 64-bit judgement (which must then take the exact 128-bit one).
/// </summary>
public class BudgetExecutionBoundaryTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);
    private static readonly Rate Half = Rate.FromRatio(1, 2);

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

    private static BudgetExecution Judge(long budgetFen, long executedFen, ToleranceBand band, BudgetLine line = BudgetLine.TotalIncome) =>
        BudgetExecution.Evaluate(line, Year2021, Money.FromFen(budgetFen), Money.FromFen(executedFen), Half, band);

    // ---------------------------------------------------------------- sentences

    // Budget 100.00元, expected 50% ±5pp: 50.00元 is exactly on plan (deviation 0pp), 52.00元 +2pp, 48.00元 −2pp.
    [Theory]
    [InlineData(5_000L, "0.00pp")]
    [InlineData(5_200L, "+2.00pp")]
    [InlineData(4_800L, "−2.00pp")]
    public void Within_sentence_signs_the_deviation_and_prints_zero_unsigned(long executedFen, string deviation)
    {
        BudgetExecution e = Judge(10_000, executedFen, ToleranceBand.FivePoints);
        Assert.Equal(ExecutionOutcome.Within, e.Outcome);
        decimal percent = executedFen / 100m;
        Assert.Equal($"本年收入 预算执行率 {percent:0.00}% is within the ±5pp band (expected 50.00%, deviation {deviation})", e.ToSentence());
        Assert.Equal(e.ToSentence(), e.ToString());
    }

    // Band 3pp below, 5pp above 50%: edges 47% and 55%. 40.00元 of 100.00元 is 7pp under 47%; 60.00元 5pp over 55%.
    [Fact]
    public void Asymmetric_band_edges_and_sentences_name_the_side_crossed()
    {
        var band = new ToleranceBand(PercentagePoints.FromPoints(3m), PercentagePoints.FromPoints(5m));
        BudgetExecution under = Judge(10_000, 4_000, band, BudgetLine.PremiumIncome);
        Assert.Equal(Rate.FromRatio(47, 100), under.LowerEdge);
        Assert.Equal(Rate.FromRatio(55, 100), under.UpperEdge);
        Assert.Equal(PercentagePoints.FromPoints(-10m), under.Deviation);
        Assert.Equal(PercentagePoints.FromPoints(7m), under.BeyondBand);
        Assert.Equal(Money.FromFen(700), under.CorrectionToBand);
        Assert.Equal("保险费收入 预算执行率 40.00% is 7.00pp below the −3pp band (expected 50.00%, deviation −10.00pp)", under.ToSentence());

        BudgetExecution over = Judge(10_000, 6_000, band, BudgetLine.TotalExpenditure);
        Assert.Equal(PercentagePoints.FromPoints(5m), over.BeyondBand);
        Assert.Equal(Money.FromFen(-500), over.CorrectionToBand);
        Assert.Equal("本年支出 预算执行率 60.00% is 5.00pp above the +5pp band (expected 50.00%, deviation +10.00pp)", over.ToSentence());

        // 47% and 55% themselves are within; one fen beyond each is not.
        Assert.Equal(ExecutionOutcome.Within, Judge(10_000, 4_700, band).Outcome);
        Assert.Equal(ExecutionOutcome.Under, Judge(10_000, 4_699, band).Outcome);
        Assert.Equal(ExecutionOutcome.Within, Judge(10_000, 5_500, band).Outcome);
        Assert.Equal(ExecutionOutcome.Over, Judge(10_000, 5_501, band).Outcome);
        Assert.Equal("保险费收入 预算执行率 47.00% is within the -3pp/+5pp band (expected 50.00%, deviation −3.00pp)", Judge(10_000, 4_700, band, BudgetLine.PremiumIncome).ToSentence());
    }

    // ---------------------------------------------------------------- explanations

    [Fact]
    public void Explanation_of_an_under_execution_lists_every_node()
    {
        // 30.00元 of 100.00元 = 30%, 15pp under the 45% edge; 45.00元 − 30.00元 = 15.00元 brings it back.
        Explanation x = Judge(10_000, 3_000, ToleranceBand.FivePoints, BudgetLine.TotalExpenditure).Explain();
        Assert.Equal(
            Lines(
                "本年支出 预算执行率 budget execution rate = 30.00%",
                "    本年支出 预算执行率 30.00% is 15.00pp below the −5pp band (expected 50.00%, deviation −20.00pp)",
                "    formula: 执行率 = 执行数 / 预算数; deviation = 执行率 − 预期进度; Within when 预期进度 − below ≤ 执行率 ≤ 预期进度 + above",
                "    rounding: judged exactly; printed to 0.01% (AwayFromZero, 四舍五入)",
                "    note: Under: 15.00元 to the nearest band edge (edge amount rounded inward to the fen)",
                "  - 预算数 budgeted = 100.00元  [input]",
                "  - 执行数 executed = 30.00元  [input]",
                "  - 期间 period = 2021  [input]",
                "  - 预期进度 expected progress = 50.00%  [input]",
                "  - 容差 tolerance band = ±5pp  [input]"),
            x.ToText());
    }

    [Fact]
    public void Explanation_notes_within_and_no_budget()
    {
        Explanation within = Judge(10_000, 5_000, ToleranceBand.FivePoints, BudgetLine.BenefitExpenditure).Explain();
        Assert.Equal("保险待遇支出 预算执行率 budget execution rate", within.Name);
        Assert.Equal("50.00%", within.Value);
        Assert.Equal("Within", within.Note);
        Assert.Equal("保险待遇支出 预算执行率 50.00% is within the ±5pp band (expected 50.00%, deviation 0.00pp)", within.Sentence);

        Explanation none = Judge(0, 500, ToleranceBand.FivePoints, BudgetLine.PremiumIncome).Explain();
        Assert.Equal("no budget", none.Value);
        Assert.Equal("budget zero or negative: no rate (NoBudget)", none.Note);
        Assert.Equal("保险费收入 预算执行率 not computed: the budget is 0.00元, no budget (executed 5.00元)", none.Sentence);
        Assert.Equal("judged exactly; printed to 0.01% (AwayFromZero, 四舍五入)", none.Rounding);
        Assert.Equal(5, none.Inputs.Count);
        Assert.Equal("预算数 budgeted = 0.00元  [input]" + Environment.NewLine, none.Inputs[0].ToText());
    }

    [Fact]
    public void No_budget_refuses_the_rate_and_deviation_with_the_budget_in_the_message()
    {
        BudgetExecution e = Judge(-250, 500, ToleranceBand.FivePoints);
        Assert.Equal(ExecutionOutcome.NoBudget, e.Outcome);
        InvalidOperationException rate = Assert.Throws<InvalidOperationException>(() => e.Rate);
        Assert.Equal("No execution rate: the budget -2.50 is zero or negative (outcome NoBudget). Check Outcome or HasRate first.", rate.Message);
        Assert.Equal(rate.Message, Assert.Throws<InvalidOperationException>(() => e.Deviation).Message);
        // The edges do not need a rate.
        Assert.Equal(Rate.FromRatio(45, 100), e.LowerEdge);
        Assert.Equal(Rate.FromRatio(55, 100), e.UpperEdge);
        // A budget of one fen has a rate.
        Assert.True(Judge(1, 0, ToleranceBand.FivePoints).HasRate);
        Assert.Equal(ExecutionOutcome.Under, Judge(1, 0, ToleranceBand.FivePoints).Outcome);
    }

    [Fact]
    public void The_default_period_is_refused_with_the_rule()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, default, Money.FromFen(1), Money.FromFen(1), BudgetTolerancePolicy.Default));
        Assert.Equal("period", e.ParamName);
        Assert.StartsWith("period is the default ReportingPeriod (year 0), an unknown period; give the year, half, quarter or month reported.", e.Message);
        // The period is checked before the line and the policy.
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate((BudgetLine)9, default, Money.FromFen(1), Money.FromFen(1), BudgetTolerancePolicy.Default)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, default, Money.FromFen(1), Money.FromFen(1), default(BudgetTolerancePolicy))).ParamName);
        SeasonalProfile profile = SeasonalProfile.TimeProgress;
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, default, Money.FromFen(1), Money.FromFen(1), BudgetTolerancePolicy.Default, profile));
        Assert.Equal("period", e.ParamName);
        Money[] one = [Money.FromFen(1)];
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, default, one.AsMemory(), one.AsMemory(), Half, ToleranceBand.FivePoints, new BudgetExecution[1].AsMemory(), 2));
        Assert.Equal("period", e.ParamName);
    }

    [Fact]
    public void Batch_refusals_name_the_lengths_and_the_argument()
    {
        Money[] two = [Money.FromFen(1), Money.FromFen(2)];
        var results = new BudgetExecution[2];
        ArgumentException e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, two, two.AsSpan(0, 1), Half, ToleranceBand.FivePoints, results));
        Assert.StartsWith("executed has 1 values but budgeted has 2; they must match.", e.Message);
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, two, two, Half, ToleranceBand.FivePoints, results.AsSpan(0, 1)));
        Assert.StartsWith("results has room for 1 values but budgeted has 2; they must match.", e.Message);
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, two.AsMemory(), two.AsMemory(), Half, ToleranceBand.FivePoints, results.AsMemory(0, 1), 2));
        Assert.Equal("results", e.ParamName);
        ArgumentOutOfRangeException r = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, two.AsMemory(), two.AsMemory(), Rate.FromRatio(3, 2), ToleranceBand.FivePoints, results.AsMemory(), 2));
        Assert.Equal("expectedProgress", r.ParamName);
        Assert.StartsWith("expectedProgress 150% is outside 0%–100%.", r.Message);
        r = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.EvaluateBatch((BudgetLine)4, Year2021, two.AsMemory(), two.AsMemory(), Half, ToleranceBand.FivePoints, results.AsMemory(), 2));
        Assert.Equal("line", r.ParamName);
        Assert.StartsWith("line 4 is not a defined BudgetLine.", r.Message);
    }

    // ---------------------------------------------------------------- batches beyond the 64-bit judgement

    // Expected 100% ±5pp: the edges are 19/20 and 21/20. A budget of 5·10¹⁷ fen times 21 (1.05·10¹⁹) and an
    // execution of 5·10¹⁷ fen times 20 (10¹⁹) leave 64 bits, so the 64-bit judgement would wrap (shown below) and
    // read the unexecuted budget as Over and the tiny budget's huge execution as Under; the batch must see that the
    // amounts are too large and judge them exactly, like the scalar form.
    [Fact]
    public void Amounts_too_large_for_64_bits_are_judged_exactly_in_every_position()
    {
        const long Huge = 500_000_000_000_000_000;
        var edges = new ExecutionEdges(Rate.FromRatio(19, 20).Value, Rate.FromRatio(21, 20).Value);
        Assert.Equal(1, edges.Judge64(Huge, 0));
        Assert.Equal(-1, edges.Judge(Huge, 0));
        Assert.Equal(-1, edges.Judge64(100, Huge));
        Assert.Equal(1, edges.Judge(100, Huge));

        // Each huge row alone among small ones, at the start, in the middle and at the end of a batch of 130
        // (three 64-row partitions when run on more than one thread).
        foreach ((long budget, long executed, ExecutionOutcome expected) in new[] { (Huge, 0L, ExecutionOutcome.Under), (100L, Huge, ExecutionOutcome.Over), (-Huge, Huge, ExecutionOutcome.NoBudget), (Huge, Huge, ExecutionOutcome.Within) })
        {
            foreach (int at in new[] { 0, 70, 129 })
            {
                Money[] b = Enumerable.Repeat(Money.FromFen(10_000), 130).ToArray();
                Money[] x = Enumerable.Repeat(Money.FromFen(10_000), 130).ToArray();
                b[at] = Money.FromFen(budget);
                x[at] = Money.FromFen(executed);
                var sequential = new BudgetExecution[130];
                var partitioned = new BudgetExecution[130];
                ExecutionOutcomeCounts counts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, b, x, Rate.OneHundredPercent, ToleranceBand.FivePoints, sequential);
                ExecutionOutcomeCounts parallel = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, b.AsMemory(), x.AsMemory(), Rate.OneHundredPercent, ToleranceBand.FivePoints, partitioned.AsMemory(), 2);
                Assert.Equal(expected, sequential[at].Outcome);
                Assert.Equal(BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, b[at], x[at], Rate.OneHundredPercent, ToleranceBand.FivePoints), sequential[at]);
                Assert.Equal(new ExecutionOutcomeCounts(129, 0, 0, 0).With(expected), counts);
                Assert.Equal(counts, parallel);
                Assert.True(sequential.AsSpan().SequenceEqual(partitioned));
            }
        }
    }

    // 200 rows over four partitions, each outcome in a different partition: the partitioned counts are the sum.
    [Fact]
    public void Partitioned_counts_add_the_partitions()
    {
        Money[] b = Enumerable.Repeat(Money.FromFen(10_000), 200).ToArray();
        Money[] x = Enumerable.Repeat(Money.FromFen(10_000), 200).ToArray();
        x[10] = Money.FromFen(20_000); // Over
        x[70] = Money.FromFen(20_000); // Over
        x[130] = Money.Zero; // Under
        b[199] = Money.Zero; // NoBudget
        var results = new BudgetExecution[200];
        ExecutionOutcomeCounts counts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, b.AsMemory(), x.AsMemory(), Rate.OneHundredPercent, ToleranceBand.FivePoints, results.AsMemory(), 4);
        Assert.Equal(new ExecutionOutcomeCounts(196, 2, 1, 1), counts);
        Assert.Equal(counts, ExecutionOutcomeCounts.Count(results));
        Assert.Equal(ExecutionOutcome.Over, results[70].Outcome);
        Assert.Equal(ExecutionOutcome.Under, results[130].Outcome);
        Assert.Equal(ExecutionOutcome.NoBudget, results[199].Outcome);
        Assert.Equal(Money.FromFen(20_000), results[10].Executed);
        Assert.Equal(Year2021, results[130].Period);
        Assert.Equal(BudgetLine.TotalIncome, results[130].Line);
        Assert.Equal(ToleranceBand.FivePoints, results[130].Band);
        Assert.Equal(Rate.OneHundredPercent, results[130].ExpectedProgress);
    }

    // ---------------------------------------------------------------- ExecutionOutcomeCounts

    [Fact]
    public void Outcome_counts_add_index_and_count_each_outcome()
    {
        var c = new ExecutionOutcomeCounts(1, 2, 4, 8);
        Assert.Equal(15, c.Rows);
        Assert.Equal(1, c[ExecutionOutcome.Within]);
        Assert.Equal(2, c[ExecutionOutcome.Over]);
        Assert.Equal(4, c[ExecutionOutcome.Under]);
        Assert.Equal(8, c[ExecutionOutcome.NoBudget]);
        Assert.Equal(8, c[(ExecutionOutcome)9]);
        Assert.Equal(new ExecutionOutcomeCounts(17, 34, 68, 136), c + new ExecutionOutcomeCounts(16, 32, 64, 128));

        // 1 Within, 2 Over, 3 Under, 4 NoBudget rows, interleaved.
        BudgetExecution within = Judge(10_000, 5_000, ToleranceBand.FivePoints);
        BudgetExecution over = Judge(10_000, 9_000, ToleranceBand.FivePoints);
        BudgetExecution under = Judge(10_000, 1_000, ToleranceBand.FivePoints);
        BudgetExecution none = Judge(0, 1_000, ToleranceBand.FivePoints);
        BudgetExecution[] rows = [none, under, over, none, under, within, none, over, under, none];
        Assert.Equal(new ExecutionOutcomeCounts(1, 2, 3, 4), ExecutionOutcomeCounts.Count(rows));
        Assert.Equal(default, ExecutionOutcomeCounts.Count(ReadOnlySpan<BudgetExecution>.Empty));
        Assert.Equal(new ExecutionOutcomeCounts(1, 0, 0, 0), default(ExecutionOutcomeCounts).With(ExecutionOutcome.Within));
        Assert.Equal(new ExecutionOutcomeCounts(0, 1, 0, 0), default(ExecutionOutcomeCounts).With(ExecutionOutcome.Over));
        Assert.Equal(new ExecutionOutcomeCounts(0, 0, 1, 0), default(ExecutionOutcomeCounts).With(ExecutionOutcome.Under));
        Assert.Equal(new ExecutionOutcomeCounts(0, 0, 0, 1), default(ExecutionOutcomeCounts).With(ExecutionOutcome.NoBudget));
    }

    // ---------------------------------------------------------------- ToleranceBand

    [Fact]
    public void Tolerance_band_refuses_negative_widths_by_name_and_prints_both_forms()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceBand(PercentagePoints.FromPoints(-1m), PercentagePoints.FromPoints(5m)));
        Assert.Equal("below", e.ParamName);
        Assert.StartsWith("below -1pp is negative; a tolerance band width must be 0pp or more.", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new ToleranceBand(PercentagePoints.FromPoints(5m), PercentagePoints.FromPoints(-0.5m)));
        Assert.Equal("above", e.ParamName);
        Assert.StartsWith("above -0.5pp is negative; a tolerance band width must be 0pp or more.", e.Message);
        Assert.Equal("below", Assert.Throws<ArgumentOutOfRangeException>(() => ToleranceBand.Symmetric(PercentagePoints.FromPoints(-2m))).ParamName);

        // Zero widths are allowed on either side.
        var zeroBelow = new ToleranceBand(PercentagePoints.Zero, PercentagePoints.FromPoints(5m));
        Assert.Equal(PercentagePoints.Zero, zeroBelow.Below);
        Assert.Equal(PercentagePoints.FromPoints(5m), zeroBelow.Above);
        Assert.Equal(PercentagePoints.Zero, new ToleranceBand(PercentagePoints.FromPoints(5m), PercentagePoints.Zero).Above);
        Assert.Equal("-0pp/+5pp", zeroBelow.ToString());
        Assert.Equal("-3pp/+5pp", new ToleranceBand(PercentagePoints.FromPoints(3m), PercentagePoints.FromPoints(5m)).ToString());
        Assert.Equal("±5pp", ToleranceBand.FivePoints.ToString());
        Assert.Equal(new ToleranceBand(PercentagePoints.FromPoints(5m), PercentagePoints.FromPoints(5m)), ToleranceBand.FivePoints);
        Assert.Equal("±0pp", default(ToleranceBand).ToString());
    }

    // ---------------------------------------------------------------- BudgetTolerancePolicy

    [Fact]
    public void Each_line_is_judged_with_its_own_band()
    {
        ToleranceBand Points(decimal p) => ToleranceBand.Symmetric(PercentagePoints.FromPoints(p));
        var policy = new BudgetTolerancePolicy(Points(1m), Points(2m), Points(3m), Points(4m));
        BudgetLine[] lines = [BudgetLine.TotalIncome, BudgetLine.PremiumIncome, BudgetLine.TotalExpenditure, BudgetLine.BenefitExpenditure];
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.Equal(Points(i + 1), policy.For(lines[i]));
            // The year's expected progress is 100%: 100.00元 budget, executed 100 + (i + 1) = edge, within; one fen more is over.
            long edge = 10_000 + ((i + 1) * 100);
            Assert.Equal(Points(i + 1), BudgetExecution.Evaluate(lines[i], Year2021, Money.FromFen(10_000), Money.FromFen(edge), policy).Band);
            Assert.Equal(ExecutionOutcome.Within, BudgetExecution.Evaluate(lines[i], Year2021, Money.FromFen(10_000), Money.FromFen(edge), policy).Outcome);
            Assert.Equal(ExecutionOutcome.Over, BudgetExecution.Evaluate(lines[i], Year2021, Money.FromFen(10_000), Money.FromFen(edge + 1), policy).Outcome);
        }

        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => policy.For((BudgetLine)4));
        Assert.Equal("line", e.ParamName);
        Assert.StartsWith("line 4 is not a defined BudgetLine.", e.Message);
        Assert.Equal(BudgetTolerancePolicy.Uniform(ToleranceBand.FivePoints), BudgetTolerancePolicy.Default);
        Assert.Equal(ToleranceBand.FivePoints, BudgetTolerancePolicy.Default.For(BudgetLine.BenefitExpenditure));
    }

    [Fact]
    public void The_default_policy_and_a_missing_parameter_set_are_refused()
    {
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => default(BudgetTolerancePolicy).For(BudgetLine.TotalIncome));
        Assert.Equal("default(BudgetTolerancePolicy) has no bands (it would judge every line with a 0pp band); use BudgetTolerancePolicy.Default (±5pp), Uniform, FromParameters or the constructor.", e.Message);
        Assert.Throws<InvalidOperationException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Money.FromFen(1), Money.FromFen(1), default(BudgetTolerancePolicy)));
        // A `with` copy of a constructed policy is constructed.
        BudgetTolerancePolicy copy = BudgetTolerancePolicy.Default with { TotalIncome = default };
        Assert.Equal(default(ToleranceBand), copy.For(BudgetLine.TotalIncome));
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => BudgetTolerancePolicy.FromParameters(null!, new NodaTime.LocalDate(2021, 1, 1))).ParamName);
    }

    // ---------------------------------------------------------------- SeasonalProfile

    private static Rate[] Cumulative(params int[] percents) => percents.Select(p => Rate.FromPercent(p)).ToArray();

    [Fact]
    public void Seasonal_profile_refusals_name_the_month_the_value_and_the_rule()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 100)));
        Assert.Equal("cumulativeShares", e.ParamName);
        Assert.StartsWith("cumulativeShares has 11 values; a seasonal profile needs 12 cumulative monthly shares (January to December).", e.Message);
        e = Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(Cumulative(-1, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100)));
        Assert.Equal("cumulativeShares", e.ParamName);
        Assert.StartsWith("cumulativeShares[0] (month 1) is -1%; a cumulative share must lie within 0%–100%.", e.Message);
        e = Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 101, 70, 80, 90, 95, 98, 100)));
        Assert.StartsWith("cumulativeShares[5] (month 6) is 101%; a cumulative share must lie within 0%–100%.", e.Message);
        e = Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 59, 80, 90, 95, 98, 100)));
        Assert.Equal("cumulativeShares", e.ParamName);
        Assert.StartsWith("cumulativeShares[6] (month 7) is 59%, below month 6's 60%; cumulative shares must not decrease.", e.Message);
        e = Assert.Throws<ArgumentException>(() => SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 99)));
        Assert.Equal("cumulativeShares", e.ParamName);
        Assert.StartsWith("cumulativeShares[11] (December) is 99%; a cumulative profile must end at 100%.", e.Message);

        // Flat months, a 0% start and 100% reached before December are allowed.
        SeasonalProfile flat = SeasonalProfile.FromCumulative(Cumulative(0, 0, 40, 40, 40, 60, 60, 80, 100, 100, 100, 100));
        Assert.Equal(Rate.Zero, flat.CumulativeShare(1));
        Assert.Equal(Rate.FromPercent(40), flat.CumulativeShare(5));
        Assert.Equal(Rate.OneHundredPercent, flat.CumulativeShare(9));
        Assert.Equal(Rate.FromPercent(60), flat.ExpectedAt(ReportingPeriod.OfHalfYear(2021, 1)));
        Assert.Equal(Rate.FromPercent(40), flat.ExpectedAt(ReportingPeriod.OfMonth(2021, 4)));
        Assert.Equal(Rate.OneHundredPercent, flat.ExpectedAt(ReportingPeriod.OfQuarter(2021, 3)));
    }

    [Fact]
    public void Seasonal_profile_months_and_periods_are_checked()
    {
        SeasonalProfile p = SeasonalProfile.TimeProgress;
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => p.CumulativeShare(0)).ParamName);
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => p.CumulativeShare(13)).ParamName);
        Assert.Equal(Rate.FromRatio(1, 12), p.CumulativeShare(1));
        Assert.Equal(Rate.OneHundredPercent, p.CumulativeShare(12));
        ArgumentException e = Assert.Throws<ArgumentException>(() => p.ExpectedAt(default));
        Assert.Equal("period", e.ParamName);
        Assert.Contains("unknown period", e.Message);

        // default(SeasonalProfile) reads as time progress in every month, not 0%.
        SeasonalProfile none = default;
        for (int m = 1; m <= 12; m++)
        {
            Assert.Equal(Rate.FromRatio(m, 12), none.CumulativeShare(m));
            Assert.Equal(Rate.FromRatio(m, 12), p.CumulativeShare(m));
        }

        Assert.True(none == p);
        Assert.Equal(none.GetHashCode(), p.GetHashCode());
    }

    [Fact]
    public void Seasonal_profiles_are_equal_only_when_every_month_is()
    {
        SeasonalProfile a = SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100));
        SeasonalProfile same = SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100));
        // Differs only in January, only in July (neither is hashed), only in November.
        SeasonalProfile january = SeasonalProfile.FromCumulative(Cumulative(11, 20, 30, 40, 50, 60, 70, 80, 90, 95, 98, 100));
        SeasonalProfile july = SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 71, 80, 90, 95, 98, 100));
        SeasonalProfile november = SeasonalProfile.FromCumulative(Cumulative(10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99, 100));
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals((object)"a"));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        foreach (SeasonalProfile other in new[] { january, july, november })
        {
            Assert.False(a.Equals(other));
            Assert.False(a == other);
            Assert.True(a != other);
        }

        Assert.False(a == SeasonalProfile.TimeProgress);
    }
}
