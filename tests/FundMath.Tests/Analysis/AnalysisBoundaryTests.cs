using System;
using FundMath.Analysis;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// The analysis types at their edges: every validation that guards an input (the default period, negative
/// deductions, default expenditure windows, mismatched batch lengths, undefined lines, progress outside
/// 0–100 %), the summing of expenditure windows of different lengths, and the band edges, which are inclusive.
/// </summary>
public class AnalysisBoundaryTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Yuan(long yuan) => Money.FromYuan(yuan);

    // ---------------------------------------------------------------- MonthlyExpenditure

    [Fact]
    public void Windows_of_the_same_length_add_their_expenditure()
    {
        MonthlyExpenditure sum = MonthlyExpenditure.OverMonths(Yuan(300), 3) + MonthlyExpenditure.OverMonths(Yuan(600), 3);
        Assert.Equal(Yuan(900), sum.Expenditure);
        Assert.Equal(3, sum.Months);
        Assert.Equal(Yuan(300), sum.Average(MidpointRounding.ToEven));
    }

    // 300元 over 3 months (100元/月) + 200元 over 2 months (100元/月) = 200元/月, over the longer window: 600元 / 3.
    [Fact]
    public void Windows_of_different_lengths_add_per_month_over_the_longer_window()
    {
        MonthlyExpenditure sum = MonthlyExpenditure.OverMonths(Yuan(300), 3) + MonthlyExpenditure.OverMonths(Yuan(200), 2);
        Assert.Equal(Yuan(600), sum.Expenditure);
        Assert.Equal(3, sum.Months);
        MonthlyExpenditure reversed = MonthlyExpenditure.OverMonths(Yuan(200), 2) + MonthlyExpenditure.OverMonths(Yuan(300), 3);
        Assert.Equal(sum, reversed);
        // A per-month average plus a year: 10元/月 + 1,200元 over 12 months (100元/月) = 1,320元 over 12 months.
        MonthlyExpenditure year = MonthlyExpenditure.PerMonth(Yuan(10)) + MonthlyExpenditure.OverMonths(Yuan(1_200), 12);
        Assert.Equal(Yuan(1_320), year.Expenditure);
        Assert.Equal(12, year.Months);
    }

    // 1 fen over 2 months (½ fen/月) + 3 fen over 3 months (1 fen/月) = 1½ fen/月; over 3 months 4½ fen: not exact.
    [Fact]
    public void Windows_whose_sum_is_not_whole_fen_are_rejected()
    {
        MonthlyExpenditure a = MonthlyExpenditure.OverMonths(Money.FromFen(1), 2);
        MonthlyExpenditure b = MonthlyExpenditure.OverMonths(Money.FromFen(3), 3);
        ArgumentException e = Assert.Throws<ArgumentException>(() => a + b);
        Assert.Equal("right", e.ParamName);
        Assert.Contains("over 2 and 3 months", e.Message);
        Assert.Contains("same window", e.Message);
    }

    [Fact]
    public void The_default_window_is_the_identity_of_addition()
    {
        MonthlyExpenditure x = MonthlyExpenditure.OverMonths(Yuan(50), 2);
        Assert.Equal(x, default(MonthlyExpenditure) + x);
        Assert.Equal(x, x + default(MonthlyExpenditure));
        MonthlyExpenditure none = default(MonthlyExpenditure) + default(MonthlyExpenditure);
        Assert.Equal(0, none.Months);
        Assert.Equal(Fraction.Zero, none.FenPerMonth);
        Assert.Equal(Money.Zero, none.Average(MidpointRounding.ToEven));
    }

    // 100 fen over 3 months = 100/3 fen a month; the average rounds: 33 (ToEven), 34 (ToPositiveInfinity).
    [Fact]
    public void Average_and_fen_per_month()
    {
        MonthlyExpenditure m = MonthlyExpenditure.OverMonths(Money.FromFen(100), 3);
        Assert.Equal(Fraction.Create(100, 3), m.FenPerMonth);
        Assert.Equal(33L, m.Average(MidpointRounding.ToEven).Fen);
        Assert.Equal(34L, m.Average(MidpointRounding.ToPositiveInfinity).Fen);
        Assert.Equal(Fraction.FromInteger(129), MonthlyExpenditure.PerMonth(Money.FromFen(129)).FenPerMonth);
        Assert.Equal(1, MonthlyExpenditure.PerMonth(Money.FromFen(129)).Months);
    }

    [Fact]
    public void Window_constructors_validate_their_input()
    {
        Assert.Equal(1200, MonthlyExpenditure.OverMonths(Yuan(1), 1200).Months);
        Assert.Equal(1, MonthlyExpenditure.OverMonths(Yuan(1), 1).Months);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyExpenditure.OverMonths(Yuan(1), 0)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyExpenditure.OverMonths(Yuan(1), 1201));
        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthlyExpenditure.OfPeriod(Yuan(1), default));
        Assert.Equal("period", e.ParamName);
        Assert.Contains("default ReportingPeriod", e.Message);
        Assert.Equal(3, MonthlyExpenditure.OfPeriod(Yuan(3), ReportingPeriod.OfQuarter(2021, 2)).Months);
        Assert.Equal(6, MonthlyExpenditure.OfPeriod(Yuan(3), ReportingPeriod.OfHalfYear(2021, 1)).Months);
        e = Assert.Throws<ArgumentException>(() => MonthlyExpenditure.Trailing(ReadOnlySpan<Money>.Empty));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.Contains("empty", e.Message);
        MonthlyExpenditure t = MonthlyExpenditure.Trailing([Yuan(1), Yuan(2), Yuan(4)]);
        Assert.Equal(Yuan(7), t.Expenditure);
        Assert.Equal(3, t.Months);
    }

    [Fact]
    public void Window_text()
    {
        Assert.Equal("12.50/月", MonthlyExpenditure.PerMonth(Money.FromFen(1_250)).ToString());
        Assert.Equal("37.50 / 3 months", MonthlyExpenditure.OverMonths(Money.FromFen(3_750), 3).ToString());
        Assert.Equal("0.00/月", default(MonthlyExpenditure).ToString());
    }

    // ---------------------------------------------------------------- BalanceDeductions

    [Fact]
    public void Deductions_sum_by_line_and_in_total()
    {
        var a = new BalanceDeductions(Yuan(1), Yuan(2), Yuan(4), Yuan(8), Yuan(16));
        var b = new BalanceDeductions(Yuan(100), Yuan(200), Yuan(400), Yuan(800), Yuan(1_600));
        Assert.Equal(Yuan(30), a.Payables);
        Assert.Equal(Yuan(31), a.Total);
        BalanceDeductions s = a + b;
        Assert.Equal(new BalanceDeductions(Yuan(101), Yuan(202), Yuan(404), Yuan(808), Yuan(1_616)), s);
        Assert.Equal(Yuan(3_131), s.Total);
        BalanceDeductions lumped = BalanceDeductions.Lumped(Yuan(5), Yuan(7));
        Assert.Equal(Yuan(5), lumped.OneTimePrepaymentsAndSubsidies);
        Assert.Equal(Yuan(7), lumped.OtherPayables);
        Assert.Equal(Money.Zero, lumped.SettledUnpaid);
        Assert.Equal(Money.Zero, lumped.NotYetSettled);
        Assert.Equal(Money.Zero, lumped.ReservesWithheld);
        Assert.Equal(Yuan(12), lumped.Total);
        Assert.Equal(Money.Zero, BalanceDeductions.None.Total);
        Assert.False(a.HasNegative);
        Assert.False(BalanceDeductions.None.HasNegative);
    }

    public static TheoryData<int, string> DeductionLines => new()
    {
        { 0, "OneTimePrepaymentsAndSubsidies" },
        { 1, "SettledUnpaid" },
        { 2, "NotYetSettled" },
        { 3, "ReservesWithheld" },
        { 4, "OtherPayables" },
    };

    private static BalanceDeductions WithNegative(int line)
    {
        Money[] m = [Yuan(1), Yuan(1), Yuan(1), Yuan(1), Yuan(1)];
        m[line] = Money.FromFen(-1);
        return new BalanceDeductions(m[0], m[1], m[2], m[3], m[4]);
    }

    [Theory]
    [MemberData(nameof(DeductionLines))]
    public void Each_negative_deduction_line_is_rejected_by_name(int line, string name)
    {
        BalanceDeductions d = WithNegative(line);
        Assert.True(d.HasNegative);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => d.EnsureNonNegative("deductions"));
        Assert.Equal("deductions", e.ParamName);
        Assert.Contains($"deductions.{name} is -0.01", e.Message);
        Assert.Contains("0 or more", e.Message);

        // The same rule at every entry point that takes deductions.
        e = Assert.Throws<ArgumentOutOfRangeException>(() => MonthsOfCover.Compute(Year2021, Yuan(10), d, MonthlyExpenditure.PerMonth(Yuan(1)), CoverBandPolicy.Default));
        Assert.Equal("deductions", e.ParamName);
        var results = new MonthsOfCover[2];
        e = Assert.Throws<ArgumentOutOfRangeException>(() => MonthsOfCover.ComputeBatch(Year2021, [Yuan(10), Yuan(10)], [BalanceDeductions.None, d], [MonthlyExpenditure.PerMonth(Yuan(1)), MonthlyExpenditure.PerMonth(Yuan(1))], CoverBandPolicy.Default, results));
        Assert.Equal("deductions[1]", e.ParamName);
        Assert.Contains($"deductions[1].{name}", e.Message);
    }

    // ---------------------------------------------------------------- MonthsOfCover

    [Fact]
    public void Cover_rejects_the_default_period_and_the_default_window()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Compute(default, Yuan(10), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yuan(1)), CoverBandPolicy.Default));
        Assert.Equal("period", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Compute(Year2021, Yuan(10), BalanceDeductions.None, default, CoverBandPolicy.Default));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.Contains("window of 0 months", e.Message);

        var results = new MonthsOfCover[2];
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, [Yuan(10), Yuan(10)], [BalanceDeductions.None, BalanceDeductions.None], [MonthlyExpenditure.PerMonth(Yuan(1)), default], CoverBandPolicy.Default, results));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.Contains("monthlyExpenditure[1] is the default value", e.Message);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(default, [Yuan(10)], [BalanceDeductions.None], [MonthlyExpenditure.PerMonth(Yuan(1))], CoverBandPolicy.Default, results.AsSpan(0, 1)));
        Assert.Equal("period", e.ParamName);
    }

    [Fact]
    public void Cover_batches_must_have_matching_lengths()
    {
        Money[] books = [Yuan(10), Yuan(20)];
        BalanceDeductions[] two = [BalanceDeductions.None, BalanceDeductions.None];
        MonthlyExpenditure[] spent = [MonthlyExpenditure.PerMonth(Yuan(1)), MonthlyExpenditure.PerMonth(Yuan(2))];
        var results = new MonthsOfCover[2];
        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, books, two.AsSpan(0, 1), spent, CoverBandPolicy.Default, results));
        Assert.Equal("deductions", e.ParamName);
        Assert.Contains("deductions has 1 rows but bookBalances has 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, books, two, spent.AsSpan(0, 1), CoverBandPolicy.Default, results));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.Contains("monthlyExpenditure has 1 rows", e.Message);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, books, two, spent, CoverBandPolicy.Default, results.AsSpan(0, 1)));
        Assert.Equal("results", e.ParamName);
        Assert.Contains("results has room for 1 rows", e.Message);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, books.AsMemory(), two.AsMemory(0, 1), spent.AsMemory(), CoverBandPolicy.Default, results.AsMemory(), 2));
        Assert.Equal("deductions", e.ParamName);

        MonthsOfCover.ComputeBatch(Year2021, books, two, spent, CoverBandPolicy.Default, results);
        Assert.Equal(Fraction.FromInteger(10), results[0].Months);
        Assert.Equal(Fraction.FromInteger(10), results[1].Months);
    }

    // Default policy: Warning below 3, High above 9, both edges Middle; reasonable 6–9 inclusive.
    [Theory]
    [InlineData(299L, CoverBand.Warning, false)]
    [InlineData(300L, CoverBand.Middle, false)]
    [InlineData(599L, CoverBand.Middle, false)]
    [InlineData(600L, CoverBand.Middle, true)]
    [InlineData(900L, CoverBand.Middle, true)]
    [InlineData(901L, CoverBand.High, false)]
    public void Band_edges_are_inclusive_in_one_row_and_in_a_batch(long balanceFen, CoverBand band, bool reasonable)
    {
        // 100 fen a month: the balance in fen / 100 is the months of cover.
        MonthlyExpenditure perMonth = MonthlyExpenditure.PerMonth(Money.FromFen(100));
        MonthsOfCover one = MonthsOfCover.Compute(Year2021, Money.FromFen(balanceFen), BalanceDeductions.None, perMonth, CoverBandPolicy.Default);
        Assert.Equal(band, one.Band);
        Assert.Equal(reasonable, one.IsReasonable);
        Assert.Equal(Fraction.Create(balanceFen, 100), one.Months);
        Assert.Equal(CoverOutcome.Covered, one.Outcome);

        var batch = new MonthsOfCover[1];
        MonthsOfCover.ComputeBatch(Year2021, [Money.FromFen(balanceFen)], [BalanceDeductions.None], [perMonth], CoverBandPolicy.Default, batch);
        Assert.Equal(one, batch[0]);
        // The wide path (amounts beyond the 64-bit fast check) decides the same band.
        MonthsOfCover.ComputeBatch(Year2021, [Money.FromFen(balanceFen)], [new BalanceDeductions(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero)], [MonthlyExpenditure.OverMonths(Money.FromFen(100), 1)], CoverBandPolicy.Default, batch);
        Assert.Equal(band, batch[0].Band);
    }

    [Fact]
    public void No_expenditure_and_negative_balances()
    {
        MonthsOfCover none = MonthsOfCover.Compute(Year2021, Yuan(10), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.Zero), CoverBandPolicy.Default);
        Assert.Equal(CoverOutcome.NoExpenditure, none.Outcome);
        Assert.False(none.HasMonths);
        Assert.Equal(CoverBand.NotApplicable, none.Band);
        Assert.False(none.IsReasonable);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => none.Months);
        Assert.Contains("NoExpenditure", e.Message);
        Assert.Throws<InvalidOperationException>(() => none.BookMonths);
        Assert.Equal("months of cover not defined: 0.00亿 / 0.00亿 per month (no expenditure)", none.ToSentence());
        Assert.Equal(none.ToSentence(), none.ToString());

        // 10元 book, 15元 deductions: actual −5元, over 1元 a month = −5 months, Warning, negative.
        MonthsOfCover negative = MonthsOfCover.Compute(Year2021, Yuan(10), BalanceDeductions.Lumped(Yuan(15), Money.Zero), MonthlyExpenditure.PerMonth(Yuan(1)), CoverBandPolicy.Default);
        Assert.Equal(CoverOutcome.NegativeBalance, negative.Outcome);
        Assert.True(negative.DeductionsExceedBalance);
        Assert.True(negative.HasMonths);
        Assert.Equal(Fraction.FromInteger(-5), negative.Months);
        Assert.Equal(Fraction.FromInteger(10), negative.BookMonths);
        Assert.Equal(CoverBand.Warning, negative.Band);
        Assert.Equal("-5.00 months = (10.00 − 15.00)元 / 1.00元 per month (negative actual balance: deductions exceed the balance)", negative.ToSentence(MoneyUnit.Yuan));

        // Deductions equal to the balance: actual 0, not exceeding; 0 months, Warning, Covered.
        MonthsOfCover zero = MonthsOfCover.Compute(Year2021, Yuan(10), BalanceDeductions.Lumped(Yuan(10), Money.Zero), MonthlyExpenditure.PerMonth(Yuan(1)), CoverBandPolicy.Default);
        Assert.False(zero.DeductionsExceedBalance);
        Assert.Equal(CoverOutcome.Covered, zero.Outcome);
        Assert.Equal(Fraction.Zero, zero.Months);
        // No deductions on a negative book balance: nothing "exceeds".
        MonthsOfCover owed = MonthsOfCover.Compute(Year2021, Yuan(-10), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yuan(1)), CoverBandPolicy.Default);
        Assert.False(owed.DeductionsExceedBalance);
        Assert.Equal(CoverOutcome.NegativeBalance, owed.Outcome);
    }

    // 2,500万元 over 3 months per month in 万: "(2500.00万 / 3) per month"; 7,500万元 balance = 9 months.
    [Fact]
    public void Sentences_in_wan_and_windows_longer_than_a_month()
    {
        Money wan2500 = Money.From(2_500m, MoneyUnit.Wan);
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Money.From(7_500m, MoneyUnit.Wan), BalanceDeductions.None, MonthlyExpenditure.OverMonths(wan2500, 3), CoverBandPolicy.Default);
        Assert.Equal("9.00 months = 7500.00万 / (2500.00万 / 3) per month", c.ToSentence(MoneyUnit.Wan));
        Assert.Equal(9, c.MonthsFloor);
        Assert.Equal(9, c.RoundedMonths(MidpointRounding.ToZero));
        Assert.Equal(9.000m, c.MonthsToDecimal(3, MidpointRounding.ToZero));
    }

    [Fact]
    public void Total_sums_one_period_and_rejects_empty_or_mixed_rows()
    {
        MonthsOfCover a = MonthsOfCover.Compute(Year2021, Yuan(300), BalanceDeductions.Lumped(Yuan(10), Yuan(20)), MonthlyExpenditure.PerMonth(Yuan(10)), CoverBandPolicy.Default);
        MonthsOfCover b = MonthsOfCover.Compute(Year2021, Yuan(700), BalanceDeductions.Lumped(Yuan(30), Yuan(40)), MonthlyExpenditure.PerMonth(Yuan(90)), CoverBandPolicy.Default);
        // (300 + 700 − 100) / (10 + 90) = 9 months.
        MonthsOfCover total = MonthsOfCover.Total([a, b], CoverBandPolicy.Default);
        Assert.Equal(Yuan(1_000), total.BookBalance);
        Assert.Equal(Yuan(100), total.Deductions.Total);
        Assert.Equal(Yuan(100), total.MonthlyExpenditure.Expenditure);
        Assert.Equal(Fraction.FromInteger(9), total.Months);
        Assert.Equal(Year2021, total.Period);

        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Total(ReadOnlySpan<MonthsOfCover>.Empty, CoverBandPolicy.Default));
        Assert.Equal("rows", e.ParamName);
        Assert.Contains("empty", e.Message);
        MonthsOfCover other = MonthsOfCover.Compute(ReportingPeriod.OfYear(2022), Yuan(1), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yuan(1)), CoverBandPolicy.Default);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Total([a, other], CoverBandPolicy.Default));
        Assert.Equal("rows", e.ParamName);
        Assert.Contains("rows[1] is for 2022", e.Message);
    }

    [Fact]
    public void Cover_equality_covers_every_input()
    {
        MonthsOfCover Make(long book = 100, long deduction = 0, long spent = 10, int year = 2021) =>
            MonthsOfCover.Compute(ReportingPeriod.OfYear(year), Yuan(book), BalanceDeductions.Lumped(Yuan(deduction), Money.Zero), MonthlyExpenditure.PerMonth(Yuan(spent)), CoverBandPolicy.Default);
        MonthsOfCover x = Make();
        Assert.True(x == Make());
        Assert.False(x != Make());
        Assert.True(x.Equals((object)Make()));
        Assert.False(x.Equals((object)"x"));
        Assert.Equal(x.GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(x, Make(book: 101));
        Assert.NotEqual(x, Make(deduction: 1));
        Assert.NotEqual(x, Make(spent: 11));
        Assert.NotEqual(x, Make(year: 2022));
        Assert.True(x != Make(book: 101));
        MonthsOfCover otherPolicy = MonthsOfCover.Compute(Year2021, Yuan(100), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Yuan(10)), new CoverBandPolicy(Fraction.FromInteger(2), Fraction.FromInteger(12), Fraction.FromInteger(4), Fraction.FromInteger(12)));
        Assert.NotEqual(x, otherPolicy);
    }

    // ---------------------------------------------------------------- BudgetExecution

    // Expected 50 %, band ±5 pp: 45 % and 55 % are Within (edges inclusive), 44.99 % Under, 55.01 % Over.
    [Theory]
    [InlineData(4_500L, ExecutionOutcome.Within)]
    [InlineData(5_500L, ExecutionOutcome.Within)]
    [InlineData(4_499L, ExecutionOutcome.Under)]
    [InlineData(5_501L, ExecutionOutcome.Over)]
    public void Execution_band_edges_are_inclusive(long executedFen, ExecutionOutcome outcome)
    {
        Rate half = Rate.FromRatio(1, 2);
        BudgetExecution one = BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Money.FromFen(10_000), Money.FromFen(executedFen), half, ToleranceBand.FivePoints);
        Assert.Equal(outcome, one.Outcome);
        var batch = new BudgetExecution[1];
        ExecutionOutcomeCounts counts = BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, [Money.FromFen(10_000)], [Money.FromFen(executedFen)], half, ToleranceBand.FivePoints, batch);
        Assert.Equal(one, batch[0]);
        Assert.Equal(1, counts[outcome]);
        Assert.Equal(1, counts.Rows);
    }

    [Fact]
    public void Execution_rejects_undefined_lines_progress_outside_the_range_and_the_default_period()
    {
        Rate half = Rate.FromRatio(1, 2);
        ArgumentOutOfRangeException r = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.Evaluate((BudgetLine)4, Year2021, Yuan(1), Yuan(1), half, ToleranceBand.FivePoints));
        Assert.Equal("line", r.ParamName);
        Assert.Contains("line 4 is not a defined BudgetLine", r.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.Evaluate((BudgetLine)(-1), Year2021, Yuan(1), Yuan(1), half, ToleranceBand.FivePoints));
        // BenefitExpenditure, the last defined line, is accepted.
        Assert.Equal(ExecutionOutcome.Within, BudgetExecution.Evaluate(BudgetLine.BenefitExpenditure, Year2021, Yuan(2), Yuan(1), half, ToleranceBand.FivePoints).Outcome);

        r = Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yuan(1), Yuan(1), -Rate.FromRatio(1, 100), ToleranceBand.FivePoints));
        Assert.Equal("expectedProgress", r.ParamName);
        Assert.Contains("outside 0%–100%", r.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yuan(1), Yuan(1), Rate.FromRatio(101, 100), ToleranceBand.FivePoints));
        // 0 % and 100 % are the edges and allowed.
        Assert.Equal(ExecutionOutcome.Within, BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yuan(100), Yuan(100), Rate.OneHundredPercent, ToleranceBand.FivePoints).Outcome);
        Assert.Equal(ExecutionOutcome.Within, BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yuan(100), Money.Zero, Rate.Zero, ToleranceBand.FivePoints).Outcome);

        ArgumentException e = Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, default, Yuan(1), Yuan(1), half, ToleranceBand.FivePoints));
        Assert.Equal("period", e.ParamName);
        Assert.Contains("year 0", e.Message);
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.Evaluate(BudgetLine.TotalIncome, default, Yuan(1), Yuan(1), BudgetTolerancePolicy.Default));
        Assert.Equal("period", e.ParamName);
        var results = new BudgetExecution[1];
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, default, [Yuan(1)], [Yuan(1)], half, ToleranceBand.FivePoints, results));
        Assert.Equal("period", e.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => BudgetExecution.EvaluateBatch((BudgetLine)9, Year2021, [Yuan(1)], [Yuan(1)], half, ToleranceBand.FivePoints, results));
    }

    [Fact]
    public void Execution_batches_must_have_matching_lengths()
    {
        Rate half = Rate.FromRatio(1, 2);
        var results = new BudgetExecution[2];
        ArgumentException e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, [Yuan(1), Yuan(2)], [Yuan(1)], half, ToleranceBand.FivePoints, results));
        Assert.Equal("executed", e.ParamName);
        Assert.Contains("executed has 1 values but budgeted has 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, [Yuan(1), Yuan(2)], [Yuan(1), Yuan(1)], half, ToleranceBand.FivePoints, results.AsSpan(0, 1)));
        Assert.Equal("results", e.ParamName);
        Assert.Contains("results has room for 1 values", e.Message);
        Money[] two = [Yuan(1), Yuan(2)];
        e = Assert.Throws<ArgumentException>(() => BudgetExecution.EvaluateBatch(BudgetLine.TotalIncome, Year2021, two.AsMemory(), two.AsMemory(0, 1), half, ToleranceBand.FivePoints, results.AsMemory(), 2));
        Assert.Equal("executed", e.ParamName);
    }

    // Budget 10,000 fen, expected 50 % ±5 pp: executed 6,000 is 60 %, 5 pp above the 55 % edge; back to the edge
    // is 5,500 − 6,000 = −500 fen. Executed 3,000 is 30 %, 15 pp under 45 %; correction +1,500 fen.
    [Fact]
    public void Beyond_band_and_correction_to_the_band()
    {
        Rate half = Rate.FromRatio(1, 2);
        BudgetExecution over = BudgetExecution.Evaluate(BudgetLine.TotalExpenditure, Year2021, Money.FromFen(10_000), Money.FromFen(6_000), half, ToleranceBand.FivePoints);
        Assert.Equal(PercentagePoints.FromPoints(5m), over.BeyondBand);
        Assert.Equal(Money.FromFen(-500), over.CorrectionToBand);
        Assert.Equal(PercentagePoints.FromPoints(10m), over.Deviation);
        Assert.Equal(Rate.FromRatio(55, 100), over.UpperEdge);
        Assert.Equal(Rate.FromRatio(45, 100), over.LowerEdge);
        BudgetExecution under = BudgetExecution.Evaluate(BudgetLine.TotalExpenditure, Year2021, Money.FromFen(10_000), Money.FromFen(3_000), half, ToleranceBand.FivePoints);
        Assert.Equal(PercentagePoints.FromPoints(15m), under.BeyondBand);
        Assert.Equal(Money.FromFen(1_500), under.CorrectionToBand);
        BudgetExecution within = BudgetExecution.Evaluate(BudgetLine.TotalExpenditure, Year2021, Money.FromFen(10_000), Money.FromFen(5_000), half, ToleranceBand.FivePoints);
        Assert.Equal(PercentagePoints.Zero, within.BeyondBand);
        Assert.Equal(Money.Zero, within.CorrectionToBand);
        Assert.True(within.HasRate);

        // Budget 3 fen, expected 50 % ±5: edge amounts 1.65 and 1.35 fen round inward (1 and 2 fen).
        BudgetExecution tinyOver = BudgetExecution.Evaluate(BudgetLine.TotalExpenditure, Year2021, Money.FromFen(3), Money.FromFen(3), half, ToleranceBand.FivePoints);
        Assert.Equal(Money.FromFen(1 - 3), tinyOver.CorrectionToBand);
        BudgetExecution tinyUnder = BudgetExecution.Evaluate(BudgetLine.TotalExpenditure, Year2021, Money.FromFen(3), Money.Zero, half, ToleranceBand.FivePoints);
        Assert.Equal(Money.FromFen(2), tinyUnder.CorrectionToBand);
    }

    [Fact]
    public void No_budget_has_no_rate()
    {
        BudgetExecution zero = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, Money.Zero, Yuan(5), Rate.FromRatio(1, 2), ToleranceBand.FivePoints);
        Assert.Equal(ExecutionOutcome.NoBudget, zero.Outcome);
        Assert.False(zero.HasRate);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => zero.Rate);
        Assert.Contains("NoBudget", e.Message);
        Assert.Equal(PercentagePoints.Zero, zero.BeyondBand);
        Assert.Equal(Money.Zero, zero.CorrectionToBand);
        Assert.Equal("保险费收入 预算执行率 not computed: the budget is 0.00元, no budget (executed 5.00元)", zero.ToSentence());
        BudgetExecution negative = BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, Yuan(-1), Yuan(5), Rate.FromRatio(1, 2), ToleranceBand.FivePoints);
        Assert.Equal(ExecutionOutcome.NoBudget, negative.Outcome);
        var batch = new BudgetExecution[3];
        ExecutionOutcomeCounts counts = BudgetExecution.EvaluateBatch(BudgetLine.PremiumIncome, Year2021, [Money.Zero, Yuan(-1), Yuan(10)], [Yuan(5), Yuan(5), Yuan(5)], Rate.FromRatio(1, 2), ToleranceBand.FivePoints, batch);
        Assert.Equal(new ExecutionOutcomeCounts(1, 0, 0, 2), counts);
        Assert.Equal(zero, batch[0]);
    }

    [Fact]
    public void Chinese_names_of_the_budget_lines()
    {
        Assert.Equal("本年收入", BudgetExecution.ChineseName(BudgetLine.TotalIncome));
        Assert.Equal("保险费收入", BudgetExecution.ChineseName(BudgetLine.PremiumIncome));
        Assert.Equal("本年支出", BudgetExecution.ChineseName(BudgetLine.TotalExpenditure));
        Assert.Equal("保险待遇支出", BudgetExecution.ChineseName(BudgetLine.BenefitExpenditure));
        Assert.Equal("7", BudgetExecution.ChineseName((BudgetLine)7));
    }

    [Fact]
    public void Execution_equality_covers_every_input()
    {
        Rate half = Rate.FromRatio(1, 2);
        BudgetExecution Make(BudgetLine line = BudgetLine.TotalIncome, int year = 2021, long budget = 100, long executed = 50, Rate? expected = null, ToleranceBand? band = null) =>
            BudgetExecution.Evaluate(line, ReportingPeriod.OfYear(year), Yuan(budget), Yuan(executed), expected ?? half, band ?? ToleranceBand.FivePoints);
        BudgetExecution x = Make();
        Assert.True(x == Make());
        Assert.False(x != Make());
        Assert.True(x.Equals((object)Make()));
        Assert.False(x.Equals((object)1));
        Assert.Equal(x.GetHashCode(), Make().GetHashCode());
        Assert.NotEqual(x, Make(line: BudgetLine.PremiumIncome));
        Assert.NotEqual(x, Make(year: 2022));
        Assert.NotEqual(x, Make(budget: 101));
        Assert.NotEqual(x, Make(executed: 51));
        Assert.NotEqual(x, Make(expected: Rate.FromRatio(1, 3)));
        Assert.NotEqual(x, Make(band: ToleranceBand.Symmetric(PercentagePoints.FromPoints(3m))));
        Assert.True(x != Make(executed: 90));
        Assert.Equal(ExecutionOutcome.Over, Make(executed: 90).Outcome);
    }

    // ---------------------------------------------------------------- DeficitScan

    [Fact]
    public void Deficit_scans_validate_lengths_and_the_period()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(Year2021, [Yuan(1), Yuan(2)], [Yuan(1)]));
        Assert.Equal("expenditure", e.ParamName);
        Assert.Contains("expenditure has 1 regions but income has 2", e.Message);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(default, [Yuan(1)], [Yuan(1)]));
        Assert.Equal("period", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(default, [Yuan(1)]));
        Assert.Equal("period", e.ParamName);
        Money[] two = [Yuan(1), Yuan(2)];
        e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(Year2021, two.AsMemory(), two.AsMemory(0, 1), 2));
        Assert.Equal("expenditure", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(default, two.AsMemory(), two.AsMemory(), 2));
        Assert.Equal("period", e.ParamName);
    }

    // Income 10, 5, 7 against expenditure 8, 9, 7 (元): region 2 is in deficit by 4; regions 1 and 3 are not
    // (surplus 2 and 0). An equal income and expenditure is not a deficit.
    [Fact]
    public void Deficit_scan_counts_and_sums()
    {
        DeficitScan s = DeficitScan.Scan(Year2021, [Yuan(10), Yuan(5), Yuan(7)], [Yuan(8), Yuan(9), Yuan(7)]);
        Assert.Equal(3, s.Regions);
        Assert.Equal(1, s.DeficitRegions);
        Assert.Equal(2, s.SurplusRegions);
        Assert.Equal(Yuan(4), s.DeficitTotal);
        Assert.Equal(Yuan(2), s.SurplusTotal);
        Assert.Equal(Yuan(-2), s.NetBalance);
        Assert.Equal(Rate.FromRatio(1, 3), s.DeficitShare);
        Assert.Equal(Rate.FromRatio(2, 3), s.SurplusShare);
        DeficitScan empty = DeficitScan.Scan(Year2021, ReadOnlySpan<Money>.Empty, ReadOnlySpan<Money>.Empty);
        Assert.Equal(Rate.Zero, empty.DeficitShare);
        Assert.Equal(Rate.Zero, empty.SurplusShare);
        Assert.Equal(0, empty.Regions);
        DeficitScan balances = DeficitScan.Scan(Year2021, [Yuan(2), Yuan(-4), Yuan(0)]);
        Assert.Equal(s, balances);
        Assert.True(s == balances);
        Assert.False(s != balances);
        Assert.Equal(s.GetHashCode(), balances.GetHashCode());
        Assert.True(s.Equals((object)balances));
        Assert.False(s.Equals((object)3));
        Assert.NotEqual(s, DeficitScan.Scan(ReportingPeriod.OfYear(2022), [Yuan(2), Yuan(-4), Yuan(0)]));
        Assert.NotEqual(s, DeficitScan.Scan(Year2021, [Yuan(2), Yuan(-4), Yuan(0), Yuan(0)]));
        Assert.NotEqual(s, DeficitScan.Scan(Year2021, [Yuan(2), Yuan(-4), Yuan(-1)]));
        Assert.NotEqual(s, DeficitScan.Scan(Year2021, [Yuan(2), Yuan(-5), Yuan(0)]));
        Assert.NotEqual(s, DeficitScan.Scan(Year2021, [Yuan(3), Yuan(-4), Yuan(0)]));
        Assert.Equal(s, DeficitScan.Scan(Year2021, new Money[] { Yuan(10), Yuan(5), Yuan(7) }.AsMemory(), new Money[] { Yuan(8), Yuan(9), Yuan(7) }.AsMemory(), 2));
    }

    [Fact]
    public void Deficit_scans_of_several_periods_check_every_length()
    {
        ReportingPeriod[] periods = [Year2021, ReportingPeriod.OfYear(2022)];
        Money[] income = [Yuan(1), Yuan(2), Yuan(3), Yuan(4)];
        Money[] spent = [Yuan(2), Yuan(2), Yuan(2), Yuan(5)];
        var results = new DeficitScan[2];
        DeficitScan.ScanPeriods(periods, 2, income, spent, results);
        Assert.Equal(1, results[0].DeficitRegions);
        Assert.Equal(Yuan(1), results[0].DeficitTotal);
        Assert.Equal(1, results[1].DeficitRegions);
        Assert.Equal(Yuan(1), results[1].SurplusTotal);
        Assert.Equal(ReportingPeriod.OfYear(2022), results[1].Period);

        ArgumentException e = Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(periods, 2, income.AsSpan(0, 3), spent, results));
        Assert.Equal("income", e.ParamName);
        Assert.Contains("income has 3 values; 2 periods × 2 regions need 4", e.Message);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(periods, 2, income, spent.AsSpan(0, 3), results));
        Assert.Equal("expenditure", e.ParamName);
        Assert.Contains("expenditure has 3 values", e.Message);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(periods, 2, income, spent, results.AsSpan(0, 1)));
        Assert.Equal("results", e.ParamName);
        Assert.Contains("results has room for 1 scans but there are 2 periods", e.Message);
        Assert.Equal("regionCount", Assert.Throws<ArgumentOutOfRangeException>(() => DeficitScan.ScanPeriods(periods, -1, income, spent, results)).ParamName);
        DeficitScan.ScanPeriods(periods, 0, ReadOnlySpan<Money>.Empty, ReadOnlySpan<Money>.Empty, results);
        Assert.Equal(0, results[1].Regions);
    }
}
