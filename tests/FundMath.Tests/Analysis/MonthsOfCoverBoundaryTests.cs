using System;
using System.Linq;
using FundMath.Analysis;
using FundMath.Explain;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// The edges of months of cover that the golden and property tests do not reach: the explanation of a covered row
/// and of a row without expenditure, the default row and the default policy, every refusal of the band policy and
/// the batches, the band counts with every band in play, the deductions' overflow and sign checks, the period-less
/// quotients, the total row at the ends of the Money range, and batches whose amounts are too large for the 64-bit
/// banding (which must then take the exact 128-bit one).
/// </summary>
public class MonthsOfCoverBoundaryTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);
    private static readonly MonthlyExpenditure Hundred = MonthlyExpenditure.PerMonth(Money.FromFen(100));

    private static Money Wan(decimal amount) => Money.From(amount, MoneyUnit.Wan);

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

    private static MonthsOfCover Cover(long bookFen, MonthlyExpenditure spent, BalanceDeductions deductions = default) =>
        MonthsOfCover.Compute(Year2021, Money.FromFen(bookFen), deductions, spent, CoverBandPolicy.Default);

    private static BalanceDeductions One(int line, Money amount)
    {
        Money[] m = [Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero];
        m[line] = amount;
        return new BalanceDeductions(m[0], m[1], m[2], m[3], m[4]);
    }

    // ---------------------------------------------------------------- explanations and text

    // Book 1,000万元 less 100 + 60 + 50 + 30 + 10 = 250万元 of deductions = 750万元, over 300万元 in 3 months
    // (100万元 a month): 7.5 months exactly, floor 7, nearest 8; book months 10; Middle and reasonable (6–9).
    [Fact]
    public void Explanation_of_a_covered_row_lists_every_deduction_and_the_judgement()
    {
        var d = new BalanceDeductions(Wan(100), Wan(60), Wan(50), Wan(30), Wan(10));
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Wan(1_000), d, MonthlyExpenditure.OverMonths(Wan(300), 3), CoverBandPolicy.Default);
        Assert.Equal(
            Lines(
                "实际结余可支付月数 months of cover = 7.50",
                "    7.50 months = (0.10 − 0.03)亿 / (0.03亿 / 3) per month",
                "    formula: 实际结余 / 月平均基金支出",
                "    rounding: exact 15/2; 0.01 AwayFromZero; report style: floor 7, nearest 8",
                "    note: band Middle; reasonable True; book months 10.00; outcome Covered",
                "  - 期末累计结余 book balance = 1,000.00万元  [input]",
                "  - 一次性预缴款(补贴) one-time prepayments and subsidies = 100.00万元  [input]",
                "  - 业务已结算财务未支付 settled but unpaid = 60.00万元  [input]",
                "  - 业务未结算 not yet settled = 50.00万元  [input]",
                "  - 暂扣医疗机构的预留金 reserves withheld = 30.00万元  [input]",
                "  - 其他未付款 other payables = 10.00万元  [input]",
                "  - 实际结余 actual balance = 750.00万元",
                "      formula: 期末累计结余 − 一次性预缴款(补贴) − 应付未付款",
                "  - 月平均基金支出 average monthly expenditure = 100.00万元/月",
                "      formula: 300.00万元 / 3 months",
                "  - 分段 band policy = <3 | 3–9 | >9 months; reasonable 6–9  [parameter]"),
            c.Explain().ToText());
        Assert.Equal("7.50 months = (1000.00 − 250.00)万 / (300.00万 / 3) per month", c.ToSentence(MoneyUnit.Wan));
        Assert.Equal(c.ToSentence(), c.ToString());
    }

    // 100 fen over 3 months is 33⅓ fen a month: shown as 0.00万元/月 would hide it, so the trace prints 万元 to two
    // places of 1,000,000 fen — 3,000,000 fen over 3 months is 1.00万元/月, 3,500,000 fen 1.17万元/月 (1.1666… half up).
    [Fact]
    public void Explanation_prints_the_exact_monthly_average_in_wan_rounded_half_up()
    {
        MonthsOfCover c = Cover(10_000_000, MonthlyExpenditure.OverMonths(Money.FromFen(3_500_000), 3));
        Explanation spent = c.Explain().Inputs[7];
        Assert.Equal("月平均基金支出 average monthly expenditure", spent.Name);
        Assert.Equal("1.17万元/月", spent.Value);
        Assert.Equal("3.50万元 / 3 months", spent.Formula);
    }

    // 3,703,680,000 fen over 3 months is 1,234,560,000 fen a month = 1,234.56万元/月: grouped like every other amount.
    [Fact]
    public void Explanation_groups_a_monthly_average_of_thousands_of_wan()
    {
        MonthsOfCover c = Cover(10_000_000, MonthlyExpenditure.OverMonths(Money.FromFen(3_703_680_000), 3));
        Assert.Equal("1,234.56万元/月", c.Explain().Inputs[7].Value);
    }

    [Fact]
    public void Explanation_without_expenditure_has_no_months_and_no_rounding()
    {
        MonthsOfCover c = Cover(100_000_000, MonthlyExpenditure.OverMonths(Money.Zero, 12));
        Explanation x = c.Explain();
        Assert.Equal("not defined (no expenditure)", x.Value);
        Assert.Null(x.Rounding);
        Assert.Equal("monthly expenditure is zero or negative (NoExpenditure)", x.Note);
        Assert.Equal("months of cover not defined: 0.01亿 / (0.00亿 / 12) per month (no expenditure)", x.Sentence);
        Assert.Equal("0", x.Inputs[7].Value);
        Assert.Equal("0.00万元 / 12 months", x.Inputs[7].Formula);
        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => c.Months);
        Assert.Equal("No months of cover: monthly expenditure 0.00 / 12 months is zero or negative (outcome NoExpenditure). Check Outcome or HasMonths first.", e.Message);
        Assert.Equal(e.Message, Assert.Throws<InvalidOperationException>(() => c.BookMonths).Message);
        Assert.Throws<InvalidOperationException>(() => c.MonthsFloor);
    }

    // 250 fen over 100 fen a month = 2.5 months: floor 2, nearest (half away from zero) 3, to even 2; −2.5: −3, −3.
    [Fact]
    public void Rounded_months_follow_the_mode()
    {
        MonthsOfCover c = Cover(250, Hundred);
        Assert.Equal(2, c.MonthsFloor);
        Assert.Equal(3, c.MonthsNearest);
        Assert.Equal(2, c.RoundedMonths(MidpointRounding.ToEven));
        Assert.Equal(2.5m, c.MonthsToDecimal(1, MidpointRounding.ToEven));
        Assert.Equal(2m, c.MonthsToDecimal(0, MidpointRounding.ToEven));
        MonthsOfCover negative = Cover(-250, Hundred);
        Assert.Equal(-3, negative.MonthsFloor);
        Assert.Equal(-3, negative.MonthsNearest);
        Assert.Equal(CoverOutcome.NegativeBalance, negative.Outcome);
        Assert.False(negative.DeductionsExceedBalance);
        // Deductions of 5 fen against a book balance of −10 fen exceed it.
        Assert.True(Cover(-10, Hundred, BalanceDeductions.Lumped(Money.FromFen(5), Money.Zero)).DeductionsExceedBalance);
    }

    // Money.MaxValue × 1,200 months / 11 fen has no 64-bit numerator: the message says which quotient overflowed.
    [Fact]
    public void Quotients_too_large_for_a_fraction_say_which()
    {
        MonthsOfCover c = MonthsOfCover.Compute(Year2021, Money.MaxValue, BalanceDeductions.None, MonthlyExpenditure.OverMonths(Money.FromFen(11), 1_200), CoverBandPolicy.Default);
        Assert.Equal(CoverBand.High, c.Band);
        Assert.Equal("months of cover 11068046444225730968400/11 does not fit in a Fraction (64-bit numerator and denominator).", Assert.Throws<OverflowException>(() => c.Months).Message);
        Assert.Equal("book months of cover 11068046444225730968400/11 does not fit in a Fraction (64-bit numerator and denominator).", Assert.Throws<OverflowException>(() => c.BookMonths).Message);
    }

    [Fact]
    public void The_default_row_refuses_its_outcome_band_and_reasonableness()
    {
        MonthsOfCover d = default;
        const string Message = "default(MonthsOfCover) is not a computed result (no period, no expenditure); use MonthsOfCover.Compute or ComputeBatch.";
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => d.Outcome).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => d.Band).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => d.IsReasonable).Message);
        Assert.Equal(Message, Assert.Throws<InvalidOperationException>(() => d.HasMonths).Message);
    }

    // ---------------------------------------------------------------- CoverBandPolicy

    private static Fraction F(long n) => Fraction.FromInteger(n);

    [Fact]
    public void Band_policy_refusals_name_the_threshold_and_the_rule()
    {
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => new CoverBandPolicy(F(-1), F(9), F(6), F(9)));
        Assert.Equal("warningBelow", e.ParamName);
        Assert.StartsWith("warningBelow -1 months is negative.", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new CoverBandPolicy(F(3), F(2), F(6), F(9)));
        Assert.Equal("highAbove", e.ParamName);
        Assert.StartsWith("highAbove 2 months is below warningBelow 3 months.", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new CoverBandPolicy(F(3), F(9), F(-2), F(9)));
        Assert.Equal("reasonableFrom", e.ParamName);
        Assert.StartsWith("reasonableFrom -2 months is negative.", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => new CoverBandPolicy(F(3), F(9), F(6), F(5)));
        Assert.Equal("reasonableTo", e.ParamName);
        Assert.StartsWith("reasonableTo 5 months is below reasonableFrom 6 months.", e.Message);

        // Zero thresholds and equal pairs are allowed: then Middle is the single point 4 and reasonable the point 0.
        var point = new CoverBandPolicy(F(4), F(4), F(0), F(0));
        Assert.Equal(CoverBand.Middle, point.Classify(F(4)));
        Assert.Equal(CoverBand.Warning, point.Classify(Fraction.Create(399, 100)));
        Assert.Equal(CoverBand.High, point.Classify(Fraction.Create(401, 100)));
        Assert.True(point.IsReasonable(Fraction.Zero));
        Assert.False(point.IsReasonable(Fraction.Create(1, 100)));
        Assert.False(point.IsReasonable(Fraction.Create(-1, 100)));
        Assert.Equal(CoverBand.Middle, new CoverBandPolicy(F(0), F(0), F(0), F(1)).Classify(Fraction.Zero));
    }

    [Fact]
    public void Reasonable_range_edges_are_inclusive()
    {
        CoverBandPolicy p = CoverBandPolicy.Default;
        Assert.False(p.IsReasonable(Fraction.Create(599, 100)));
        Assert.True(p.IsReasonable(F(6)));
        Assert.True(p.IsReasonable(F(9)));
        Assert.False(p.IsReasonable(Fraction.Create(901, 100)));
        Assert.Equal("<3 | 3–9 | >9 months; reasonable 6–9", p.ToString());
        Assert.Equal("<5/2 | 5/2–12 | >12 months; reasonable 4–12", new CoverBandPolicy(Fraction.Create(5, 2), F(12), F(4), F(12)).ToString());
    }

    [Fact]
    public void The_default_policy_is_refused_everywhere_it_is_used()
    {
        CoverBandPolicy none = default;
        const string Rule = "default(CoverBandPolicy) has no thresholds; use CoverBandPolicy.Default, FromParameters or the constructor.";
        Assert.Equal(Rule, Assert.Throws<InvalidOperationException>(() => none.Classify(F(5))).Message);
        Assert.Equal(Rule, Assert.Throws<InvalidOperationException>(() => none.IsReasonable(F(5))).Message);

        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Compute(Year2021, Money.FromFen(500), BalanceDeductions.None, Hundred, none));
        Assert.Equal("policy", e.ParamName);
        Assert.StartsWith("policy is default(CoverBandPolicy), which has no thresholds; use CoverBandPolicy.Default (3 / 9 months, reasonable 6–9), FromParameters or the constructor.", e.Message);
        Money[] book = [Money.FromFen(500)];
        BalanceDeductions[] d = [BalanceDeductions.None];
        MonthlyExpenditure[] spent = [Hundred];
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, book, d, spent, none, new MonthsOfCover[1])).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(), none, new MonthsOfCover[1].AsMemory(), 2)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book, d, spent, none)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(), none, 2)).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => CoverBandPolicy.FromParameters(null!, new NodaTime.LocalDate(2021, 1, 1))).ParamName);
    }

    // ---------------------------------------------------------------- CoverBandCounts

    // 100 fen a month: 2 months Warning; 6 and 9 Middle and reasonable; 4 Middle, not reasonable; 10 High; no and
    // negative expenditure NoExpenditure.
    private static (Money[] Book, BalanceDeductions[] Deductions, MonthlyExpenditure[] Spent) EveryBand()
    {
        Money[] book = [Money.FromFen(200), Money.FromFen(600), Money.FromFen(400), Money.FromFen(1_000), Money.FromFen(500), Money.FromFen(500), Money.FromFen(900)];
        MonthlyExpenditure[] spent = [Hundred, Hundred, Hundred, Hundred, MonthlyExpenditure.PerMonth(Money.Zero), MonthlyExpenditure.PerMonth(Money.FromFen(-5)), Hundred];
        return (book, new BalanceDeductions[book.Length], spent);
    }

    [Fact]
    public void Band_counts_count_every_band_the_same_way_on_every_path()
    {
        (Money[] book, BalanceDeductions[] d, MonthlyExpenditure[] spent) = EveryBand();
        var expected = new CoverBandCounts(Warning: 1, Middle: 3, High: 1, NoExpenditure: 2, Reasonable: 2);
        var rows = new MonthsOfCover[book.Length];
        MonthsOfCover.ComputeBatch(Year2021, book, d, spent, CoverBandPolicy.Default, rows);
        Assert.Equal([CoverBand.Warning, CoverBand.Middle, CoverBand.Middle, CoverBand.High, CoverBand.NotApplicable, CoverBand.NotApplicable, CoverBand.Middle], rows.Select(r => r.Band));
        Assert.Equal([CoverOutcome.Covered, CoverOutcome.Covered, CoverOutcome.Covered, CoverOutcome.Covered, CoverOutcome.NoExpenditure, CoverOutcome.NoExpenditure, CoverOutcome.Covered], rows.Select(r => r.Outcome));
        Assert.Equal(expected, CoverBandCounts.Count(rows));
        Assert.Equal(expected, CoverBandCounts.Count(Year2021, book, d, spent, CoverBandPolicy.Default));
        Assert.Equal(7, expected.Regions);

        // 130 copies of the seven rows: several partitions on two threads, each adding its counts.
        Money[] manyBook = Enumerable.Range(0, 130).Select(i => book[i % 7]).ToArray();
        MonthlyExpenditure[] manySpent = Enumerable.Range(0, 130).Select(i => spent[i % 7]).ToArray();
        var manyD = new BalanceDeductions[130];
        // 130 = 18 × 7 + 4: the first four rows once more (Warning, two Middle with one reasonable, High).
        var many = new CoverBandCounts(18 + 1, (18 * 3) + 2, 18 + 1, 18 * 2, (18 * 2) + 1);
        Assert.Equal(many, CoverBandCounts.Count(Year2021, manyBook, manyD, manySpent, CoverBandPolicy.Default));
        Assert.Equal(many, CoverBandCounts.Count(Year2021, manyBook.AsMemory(), manyD.AsMemory(), manySpent.AsMemory(), CoverBandPolicy.Default, 2));
        var manyRows = new MonthsOfCover[130];
        MonthsOfCover.ComputeBatch(Year2021, manyBook.AsMemory(), manyD.AsMemory(), manySpent.AsMemory(), CoverBandPolicy.Default, manyRows.AsMemory(), 2);
        Assert.Equal(many, CoverBandCounts.Count(manyRows));
        Assert.Equal(CoverBand.High, manyRows[129].Band);
        Assert.Equal(Money.FromFen(1_000), manyRows[129].BookBalance);
        Assert.Equal(Year2021, manyRows[129].Period);
        Assert.Equal(CoverBandPolicy.Default, manyRows[129].Policy);
    }

    [Fact]
    public void Band_counts_add_subtract_and_index_each_count()
    {
        var c = new CoverBandCounts(1, 2, 4, 8, 16);
        Assert.Equal(15, c.Regions);
        Assert.Equal(1, c[CoverBand.Warning]);
        Assert.Equal(2, c[CoverBand.Middle]);
        Assert.Equal(4, c[CoverBand.High]);
        Assert.Equal(8, c[CoverBand.NotApplicable]);
        Assert.Equal(new CoverBandCounts(33, 66, 132, 264, 528), c + new CoverBandCounts(32, 64, 128, 256, 512));
        Assert.Equal(new CoverBandCounts(-31, -62, -124, -248, -496), c.ChangeFrom(new CoverBandCounts(32, 64, 128, 256, 512)));
        Assert.Equal(default, CoverBandCounts.Count(ReadOnlySpan<MonthsOfCover>.Empty));
    }

    [Fact]
    public void Fused_counts_refuse_mismatched_lengths_and_bad_rows_by_name()
    {
        Money[] book = [Money.FromFen(1), Money.FromFen(2)];
        BalanceDeductions[] d = new BalanceDeductions[2];
        MonthlyExpenditure[] spent = [Hundred, Hundred];
        ArgumentException e = Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book, d.AsSpan(0, 1), spent, CoverBandPolicy.Default));
        Assert.Equal("deductions", e.ParamName);
        Assert.StartsWith("deductions has 1 rows but bookBalances has 2; they must match.", e.Message);
        e = Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book, d, spent.AsSpan(0, 1), CoverBandPolicy.Default));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.StartsWith("monthlyExpenditure has 1 rows but bookBalances has 2; they must match.", e.Message);
        e = Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(0, 1), CoverBandPolicy.Default, 2));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(default, book, d, spent, CoverBandPolicy.Default)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(default, book.AsMemory(), d.AsMemory(), spent.AsMemory(), CoverBandPolicy.Default, 2)).ParamName);

        e = Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book, d, [Hundred, default], CoverBandPolicy.Default));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.StartsWith("monthlyExpenditure[1] is the default value (a window of 0 months); create it with PerMonth, OverMonths, OfPeriod or Trailing.", e.Message);

        var results = new MonthsOfCover[2];
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(0, 1), CoverBandPolicy.Default, results.AsMemory(), 2));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(), CoverBandPolicy.Default, results.AsMemory(0, 1), 2));
        Assert.Equal("results", e.ParamName);
        Assert.StartsWith("results has room for 1 rows but bookBalances has 2; they must match.", e.Message);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(default, book.AsMemory(), d.AsMemory(), spent.AsMemory(), CoverBandPolicy.Default, results.AsMemory(), 2)).ParamName);
    }

    [Theory]
    [MemberData(nameof(AnalysisBoundaryTests.DeductionLines), MemberType = typeof(AnalysisBoundaryTests))]
    public void Fused_counts_refuse_a_negative_deduction_on_each_line(int line, string name)
    {
        Money[] book = [Money.FromFen(500), Money.FromFen(500)];
        BalanceDeductions[] d = [BalanceDeductions.None, One(line, Money.FromFen(-1))];
        MonthlyExpenditure[] spent = [Hundred, Hundred];
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => CoverBandCounts.Count(Year2021, book, d, spent, CoverBandPolicy.Default));
        Assert.Equal("deductions[1]", e.ParamName);
        Assert.StartsWith($"deductions[1].{name} is -0.01; a deduction from the balance must be 0 or more.", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => CoverBandCounts.Count(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(), CoverBandPolicy.Default, 2));
        Assert.Equal("deductions[1]", e.ParamName);
    }

    // 1,000 fen less 400 fen on one line = 600 fen over 100 fen a month: 6 months, Middle and reasonable. Adding the
    // deduction instead would give 14 months (High); ignoring it 10 (High).
    [Theory]
    [MemberData(nameof(AnalysisBoundaryTests.DeductionLines), MemberType = typeof(AnalysisBoundaryTests))]
    public void Every_deduction_line_is_subtracted_in_a_batch(int line, string name)
    {
        Assert.NotNull(name);
        Money[] book = [Money.FromFen(1_000), Money.FromFen(1_000)];
        BalanceDeductions[] d = [One(line, Money.FromFen(400)), One(line, Money.FromFen(1_000))];
        MonthlyExpenditure[] spent = [Hundred, Hundred];
        var rows = new MonthsOfCover[2];
        MonthsOfCover.ComputeBatch(Year2021, book, d, spent, CoverBandPolicy.Default, rows);
        Assert.Equal(CoverBand.Middle, rows[0].Band);
        Assert.True(rows[0].IsReasonable);
        Assert.Equal(Fraction.FromInteger(6), rows[0].Months);
        Assert.Equal(Money.FromFen(600), rows[0].ActualBalance);
        // Deductions equal to the balance: actual 0, Covered (not negative), Warning.
        Assert.Equal(CoverOutcome.Covered, rows[1].Outcome);
        Assert.Equal(CoverBand.Warning, rows[1].Band);
        Assert.Equal(new CoverBandCounts(1, 1, 0, 0, 1), CoverBandCounts.Count(Year2021, book, d, spent, CoverBandPolicy.Default));
    }

    // ---------------------------------------------------------------- batches beyond the 64-bit banding

    // Default thresholds 3, 9, 6, 9 months. Over 1,200 fen in 12 months, a balance of ±10¹⁸ fen times 12 months
    // (1.2·10¹⁹) leaves 64 bits, and so does 9 months times an expenditure of 2·10¹⁸ fen a month: the 64-bit banding
    // would wrap (shown) and band 10¹⁶ months Warning, −10¹⁶ months High, and a tiny fraction of a month Middle. The
    // batch must see that the inputs are too large — whichever input it is — and band them exactly.
    [Fact]
    public void Inputs_too_large_for_64_bits_are_banded_exactly_whichever_input_is_large()
    {
        const long Huge = 1_000_000_000_000_000_000;
        var thresholds = new CoverThresholds(F(3), F(9), F(6), F(9));
        Assert.Equal(0, thresholds.Classify64(Huge, 12, 1_200).Band);
        Assert.Equal(2, thresholds.Classify(Huge, 12, 1_200).Band);
        Assert.Equal(2, thresholds.Classify64(-Huge, 12, 1_200).Band);
        Assert.Equal(1, thresholds.Classify64(100, 1, 2 * Huge).Band);
        Assert.Equal(0, thresholds.Classify(100, 1, 2 * Huge).Band);

        MonthlyExpenditure year = MonthlyExpenditure.OverMonths(Money.FromFen(1_200), 12);
        var cases = new (Money Book, BalanceDeductions Deductions, MonthlyExpenditure Spent, CoverBand Band, CoverOutcome Outcome)[]
        {
            (Money.FromFen(Huge), BalanceDeductions.None, year, CoverBand.High, CoverOutcome.Covered),
            (Money.FromFen(-Huge), BalanceDeductions.None, year, CoverBand.Warning, CoverOutcome.NegativeBalance),
            (Money.FromFen(100), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.FromFen(2 * Huge)), CoverBand.Warning, CoverOutcome.Covered),
            (Money.Zero, One(0, Money.FromFen(Huge)), year, CoverBand.Warning, CoverOutcome.NegativeBalance),
            (Money.Zero, One(1, Money.FromFen(Huge)), year, CoverBand.Warning, CoverOutcome.NegativeBalance),
            (Money.Zero, One(2, Money.FromFen(Huge)), year, CoverBand.Warning, CoverOutcome.NegativeBalance),
            (Money.Zero, One(3, Money.FromFen(Huge)), year, CoverBand.Warning, CoverOutcome.NegativeBalance),
            (Money.Zero, One(4, Money.FromFen(Huge)), year, CoverBand.Warning, CoverOutcome.NegativeBalance),
        };
        foreach (var x in cases)
        {
            foreach (int at in new[] { 0, 70, 129 })
            {
                // 129 rows of 6 months (Middle, reasonable) and the large row.
                Money[] book = Enumerable.Repeat(Money.FromFen(600), 130).ToArray();
                BalanceDeductions[] d = new BalanceDeductions[130];
                MonthlyExpenditure[] spent = Enumerable.Repeat(Hundred, 130).ToArray();
                (book[at], d[at], spent[at]) = (x.Book, x.Deductions, x.Spent);
                var rows = new MonthsOfCover[130];
                var partitioned = new MonthsOfCover[130];
                MonthsOfCover.ComputeBatch(Year2021, book, d, spent, CoverBandPolicy.Default, rows);
                MonthsOfCover.ComputeBatch(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(), CoverBandPolicy.Default, partitioned.AsMemory(), 2);
                Assert.Equal((x.Band, x.Outcome, false), (rows[at].Band, rows[at].Outcome, rows[at].IsReasonable));
                Assert.Equal(MonthsOfCover.Compute(Year2021, x.Book, x.Deductions, x.Spent, CoverBandPolicy.Default), rows[at]);
                Assert.True(rows.AsSpan().SequenceEqual(partitioned));
                var counts = new CoverBandCounts(x.Band == CoverBand.Warning ? 1 : 0, 129, x.Band == CoverBand.High ? 1 : 0, 0, 129);
                Assert.Equal(counts, CoverBandCounts.Count(rows));
                Assert.Equal(counts, CoverBandCounts.Count(Year2021, book, d, spent, CoverBandPolicy.Default));
                Assert.Equal(counts, CoverBandCounts.Count(Year2021, book.AsMemory(), d.AsMemory(), spent.AsMemory(), CoverBandPolicy.Default, 2));
            }
        }
    }

    // The pre-scan must flag a batch however many of its rows are bad: two rows with a negative deduction, two or
    // only default windows, two equally large rows — the bad or large rows must not cancel out.
    [Fact]
    public void Several_bad_or_large_rows_in_one_batch_are_all_seen()
    {
        Money[] book = [Money.FromFen(600), Money.FromFen(600), Money.FromFen(600)];
        BalanceDeductions negative = BalanceDeductions.Lumped(Money.FromFen(-1), Money.Zero);
        BalanceDeductions[] twoNegative = [BalanceDeductions.None, negative, negative];
        MonthlyExpenditure[] spent = [Hundred, Hundred, Hundred];
        Assert.Equal("deductions[1]", Assert.Throws<ArgumentOutOfRangeException>(() => MonthsOfCover.ComputeBatch(Year2021, book, twoNegative, spent, CoverBandPolicy.Default, new MonthsOfCover[3])).ParamName);
        Assert.Equal("deductions[1]", Assert.Throws<ArgumentOutOfRangeException>(() => CoverBandCounts.Count(Year2021, book, twoNegative, spent, CoverBandPolicy.Default)).ParamName);

        foreach (int n in new[] { 1, 2 })
        {
            var windows = new MonthlyExpenditure[n];
            ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.ComputeBatch(Year2021, book.AsSpan(0, n), new BalanceDeductions[n], windows, CoverBandPolicy.Default, new MonthsOfCover[n]));
            Assert.Equal("monthlyExpenditure", e.ParamName);
            Assert.StartsWith("monthlyExpenditure[0] is the default value", e.Message);
            e = Assert.Throws<ArgumentException>(() => CoverBandCounts.Count(Year2021, book.AsSpan(0, n), new BalanceDeductions[n], windows, CoverBandPolicy.Default));
            Assert.StartsWith("monthlyExpenditure[0] is the default value", e.Message);
        }

        // Two rows of 10¹⁸ fen over 1,200 fen in 12 months: 10¹⁶ months each, High (the 64-bit banding would say Warning).
        Money[] huge = [Money.FromFen(1_000_000_000_000_000_000), Money.FromFen(1_000_000_000_000_000_000)];
        MonthlyExpenditure year = MonthlyExpenditure.OverMonths(Money.FromFen(1_200), 12);
        var rows = new MonthsOfCover[2];
        MonthsOfCover.ComputeBatch(Year2021, huge, new BalanceDeductions[2], [year, year], CoverBandPolicy.Default, rows);
        Assert.Equal([CoverBand.High, CoverBand.High], rows.Select(r => r.Band));
        Assert.Equal(new CoverBandCounts(0, 0, 2, 0, 0), CoverBandCounts.Count(Year2021, huge, new BalanceDeductions[2], [year, year], CoverBandPolicy.Default));
    }

    // Money.MinValue less a deduction of 1 fen has no Money value: the scalar form and both batch forms overflow
    // (checked), never wrap around to a huge positive balance.
    [Fact]
    public void An_actual_balance_below_the_money_range_overflows_in_every_form()
    {
        BalanceDeductions fen = BalanceDeductions.Lumped(Money.Zero, Money.FromFen(1));
        Assert.Throws<OverflowException>(() => MonthsOfCover.Compute(Year2021, Money.MinValue, fen, Hundred, CoverBandPolicy.Default));
        Money[] book = [Money.FromFen(600), Money.MinValue];
        BalanceDeductions[] d = [BalanceDeductions.None, fen];
        MonthlyExpenditure[] spent = [Hundred, Hundred];
        Assert.Throws<OverflowException>(() => MonthsOfCover.ComputeBatch(Year2021, book, d, spent, CoverBandPolicy.Default, new MonthsOfCover[2]));
        Assert.Throws<OverflowException>(() => CoverBandCounts.Count(Year2021, book, d, spent, CoverBandPolicy.Default));
        // One fen above: fits, −92,233,720,368,547,758.08元 over 1元 a month, Warning.
        book[1] = Money.MinValue + Money.FromFen(1);
        var rows = new MonthsOfCover[2];
        MonthsOfCover.ComputeBatch(Year2021, book, d, spent, CoverBandPolicy.Default, rows);
        Assert.Equal((CoverBand.Warning, CoverOutcome.NegativeBalance), (rows[1].Band, rows[1].Outcome));
        Assert.Equal(new CoverBandCounts(1, 1, 0, 0, 1), CoverBandCounts.Count(Year2021, book, d, spent, CoverBandPolicy.Default));
    }

    // ---------------------------------------------------------------- BalanceDeductions

    [Fact]
    public void Payables_overflow_at_every_addition_with_the_lines_in_the_message()
    {
        const string Range = "exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元).";
        Money one = Money.FromFen(1);
        OverflowException e = Assert.Throws<OverflowException>(() => new BalanceDeductions(Money.Zero, Money.MaxValue, one, Money.Zero, Money.Zero).Payables);
        Assert.Equal($"BalanceDeductions.Payables: SettledUnpaid 92,233,720,368,547,758.07元 + NotYetSettled 0.01元 + ReservesWithheld 0.00元 + OtherPayables 0.00元 {Range}", e.Message);
        e = Assert.Throws<OverflowException>(() => new BalanceDeductions(Money.Zero, Money.MaxValue, Money.Zero, one, Money.Zero).Payables);
        Assert.Contains("ReservesWithheld 0.01元", e.Message);
        e = Assert.Throws<OverflowException>(() => new BalanceDeductions(Money.Zero, Money.MaxValue, Money.Zero, Money.Zero, one).Payables);
        Assert.Contains("OtherPayables 0.01元", e.Message);
        e = Assert.Throws<OverflowException>(() => new BalanceDeductions(Money.Zero, Money.Zero, Money.MinValue, Money.Zero, -one).Payables);
        Assert.Contains("NotYetSettled -92,233,720,368,547,758.08元", e.Message);
        // At the edge it fits: MaxValue − 1 fen + 1 fen, and MinValue + 1 fen − 1 fen… − 1 fen.
        Assert.Equal(Money.MaxValue, new BalanceDeductions(Money.Zero, Money.MaxValue - one, Money.Zero, Money.Zero, one).Payables);
        Assert.Equal(Money.MinValue, new BalanceDeductions(Money.Zero, one, Money.MinValue, Money.Zero, -one).Payables);
        Assert.Equal(Money.MaxValue, new BalanceDeductions(Money.Zero, Money.MaxValue, Money.Zero, Money.Zero, Money.Zero).Payables);

        e = Assert.Throws<OverflowException>(() => new BalanceDeductions(Money.MaxValue, Money.Zero, Money.Zero, Money.Zero, one).Total);
        Assert.Equal($"BalanceDeductions.Total: OneTimePrepaymentsAndSubsidies 92,233,720,368,547,758.07元 + Payables 0.01元 {Range}", e.Message);
        Assert.Equal(Money.MaxValue, new BalanceDeductions(Money.MaxValue - one, Money.Zero, Money.Zero, Money.Zero, one).Total);
    }

    [Theory]
    [MemberData(nameof(AnalysisBoundaryTests.DeductionLines), MemberType = typeof(AnalysisBoundaryTests))]
    public void Adding_deductions_overflows_by_line(int line, string name)
    {
        const string Range = "exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元).";
        BalanceDeductions max = One(line, Money.MaxValue), fen = One(line, Money.FromFen(1));
        OverflowException e = Assert.Throws<OverflowException>(() => max + fen);
        Assert.Equal($"BalanceDeductions + BalanceDeductions: {name} 92,233,720,368,547,758.07元 + 0.01元 {Range}", e.Message);
        Assert.Equal(One(line, Money.FromFen(3)), fen + One(line, Money.FromFen(2)));
        Assert.Equal(max, (max + One(line, Money.FromFen(-1))) + fen);
    }

    [Fact]
    public void The_sign_check_needs_a_parameter_name()
    {
        Assert.Equal("paramName", Assert.Throws<ArgumentNullException>(() => BalanceDeductions.None.EnsureNonNegative(null!)).ParamName);
        BalanceDeductions.None.EnsureNonNegative("deductions");
        One(2, Money.Zero).EnsureNonNegative("deductions");
        Assert.False(One(4, Money.Zero).HasNegative);
        Assert.True(One(4, Money.MinValue).HasNegative);
    }

    // ---------------------------------------------------------------- period-less quotients and totals

    // 200 fen over 100 fen in 3 months (33⅓ fen a month) = 6 months; 200 fen over 100 fen in one month = 2.
    [Fact]
    public void Quotient_without_a_period_uses_the_window_length()
    {
        Assert.True(MonthsOfCover.TryMonthsOf(Money.FromFen(200), MonthlyExpenditure.OverMonths(Money.FromFen(100), 3), out Fraction months));
        Assert.Equal(F(6), months);
        Assert.True(MonthsOfCover.TryMonthsOf(Money.FromFen(-200), MonthlyExpenditure.PerMonth(Money.FromFen(100)), out months));
        Assert.Equal(F(-2), months);
        Assert.False(MonthsOfCover.TryMonthsOf(Money.FromFen(200), MonthlyExpenditure.PerMonth(Money.FromFen(-1)), out months));
        Assert.Equal(Fraction.Zero, months);
        Assert.True(MonthsOfCover.TryMonthsOf(Money.FromFen(200), MonthlyExpenditure.PerMonth(Money.FromFen(1)), out months));
        Assert.Equal(F(200), months);
        Assert.Equal("months of cover 11068046444225730968400/11 does not fit in a Fraction (64-bit numerator and denominator).", Assert.Throws<OverflowException>(() => MonthsOfCover.TryMonthsOf(Money.MaxValue, MonthlyExpenditure.OverMonths(Money.FromFen(11), 1_200), out _)).Message);
        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.TryMonthsOf(Money.FromFen(200), default, out _));
        Assert.StartsWith("monthlyExpenditure is the default value (a window of 0 months); create it with PerMonth, OverMonths, OfPeriod or Trailing.", e.Message);
    }

    // 200 + 100 fen over 100 fen in 3 months + 50 fen in one month (33⅓ + 50 = 83⅓ fen a month) = 300 × 3 / 250 = 3.6.
    [Fact]
    public void Total_quotient_without_a_period_sums_exact_averages()
    {
        Money[] balances = [Money.FromFen(200), Money.FromFen(100)];
        MonthlyExpenditure[] spent = [MonthlyExpenditure.OverMonths(Money.FromFen(100), 3), MonthlyExpenditure.PerMonth(Money.FromFen(50))];
        Assert.True(MonthsOfCover.TryTotalMonthsOf(balances, spent, out Fraction months));
        Assert.Equal(Fraction.Create(18, 5), months);
        Assert.True(MonthsOfCover.TryTotalMonthsOf([balances[1], balances[0]], [spent[1], spent[0]], out Fraction reversed));
        Assert.Equal(months, reversed);

        // No expenditure in total (zero, or negative on balance) gives false and 0 months.
        Assert.False(MonthsOfCover.TryTotalMonthsOf(balances, [MonthlyExpenditure.PerMonth(Money.Zero), MonthlyExpenditure.PerMonth(Money.Zero)], out months));
        Assert.Equal(Fraction.Zero, months);
        Assert.False(MonthsOfCover.TryTotalMonthsOf(balances, [MonthlyExpenditure.PerMonth(Money.FromFen(10)), MonthlyExpenditure.PerMonth(Money.FromFen(-11))], out months));
        Assert.Equal(Fraction.Zero, months);
        Assert.True(MonthsOfCover.TryTotalMonthsOf(balances, [MonthlyExpenditure.PerMonth(Money.FromFen(-10)), MonthlyExpenditure.PerMonth(Money.FromFen(11))], out months));
        Assert.Equal(F(300), months);

        // Money.MaxValue over 11 fen in 1,200 months: MaxValue × 1,200 / 11 months has no 64-bit numerator.
        Assert.Equal("total months of cover 11068046444225730968400/11 does not fit in a Fraction (64-bit numerator and denominator).", Assert.Throws<OverflowException>(() => MonthsOfCover.TryTotalMonthsOf([Money.MaxValue], [MonthlyExpenditure.OverMonths(Money.FromFen(11), 1_200)], out _)).Message);

        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.TryTotalMonthsOf(balances, [spent[0], default], out _));
        Assert.Equal("monthlyExpenditure", e.ParamName);
        Assert.StartsWith("monthlyExpenditure[1] is the default value (a window of 0 months); create it with PerMonth, OverMonths, OfPeriod or Trailing.", e.Message);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.TryTotalMonthsOf(balances, spent.AsSpan(0, 1), out _));
        Assert.StartsWith("monthlyExpenditure has 1 rows but actualBalances has 2; they must match.", e.Message);
        e = Assert.Throws<ArgumentException>(() => MonthsOfCover.TryTotalMonthsOf([], [], out _));
        Assert.StartsWith("actualBalances is empty; a total row needs at least one region.", e.Message);
    }

    [Fact]
    public void Total_row_at_the_ends_of_the_money_range()
    {
        MonthsOfCover Region(Money book) => MonthsOfCover.Compute(Year2021, book, BalanceDeductions.None, Hundred, CoverBandPolicy.Default);
        Assert.Equal(Money.MinValue, MonthsOfCover.Total([Region(Money.MinValue)], CoverBandPolicy.Default).BookBalance);
        Assert.Equal(Money.MinValue, MonthsOfCover.Total([Region(Money.MinValue + Money.FromFen(1)), Region(Money.FromFen(-1))], CoverBandPolicy.Default).BookBalance);
        Assert.Equal(Money.MaxValue, MonthsOfCover.Total([Region(Money.MaxValue)], CoverBandPolicy.Default).BookBalance);
        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Total([Region(Money.MinValue), Region(Money.FromFen(-1))], CoverBandPolicy.Default));
        Assert.Equal("rows", e.ParamName);
        Assert.StartsWith($"the book balances of 2 rows sum to -9223372036854775809 fen, beyond the range of Money ({Money.MinValue} to {Money.MaxValue}).", e.Message);

        // Deductions are summed line by line, and the total is banded with the policy given.
        MonthsOfCover a = MonthsOfCover.Compute(Year2021, Money.FromFen(1_000), new BalanceDeductions(Money.FromFen(1), Money.FromFen(2), Money.FromFen(4), Money.FromFen(8), Money.FromFen(16)), Hundred, CoverBandPolicy.Default);
        MonthsOfCover b = MonthsOfCover.Compute(Year2021, Money.FromFen(1_000), new BalanceDeductions(Money.FromFen(32), Money.FromFen(64), Money.FromFen(128), Money.FromFen(256), Money.FromFen(512)), Hundred, CoverBandPolicy.Default);
        var wide = new CoverBandPolicy(F(1), F(20), F(1), F(20));
        MonthsOfCover total = MonthsOfCover.Total([a, b], wide);
        Assert.Equal(new BalanceDeductions(Money.FromFen(33), Money.FromFen(66), Money.FromFen(132), Money.FromFen(264), Money.FromFen(528)), total.Deductions);
        Assert.Equal(wide, total.Policy);
        // (2,000 − 1,023) fen over 200 fen a month = 4.885 months: Middle and reasonable under 1–20, Middle not reasonable under the default.
        Assert.Equal(Fraction.Create(977, 200), total.Months);
        Assert.True(total.IsReasonable);
        Assert.False(MonthsOfCover.Total([a, b], CoverBandPolicy.Default).IsReasonable);
        Assert.Equal((Money.FromFen(200), 1), (total.MonthlyExpenditure.Expenditure, total.MonthlyExpenditure.Months));
    }

    // ---------------------------------------------------------------- MonthlyExpenditure

    [Fact]
    public void Window_sums_keep_the_window_and_refuse_inexact_mixes_by_name()
    {
        MonthlyExpenditure a = MonthlyExpenditure.OverMonths(Money.FromFen(300), 3);
        Assert.Equal((Money.FromFen(900), 3), ((a + a + a).Expenditure, (a + a + a).Months));
        ArgumentException e = Assert.Throws<ArgumentException>(() => MonthlyExpenditure.OverMonths(Money.FromFen(1), 2) + MonthlyExpenditure.OverMonths(Money.FromFen(3), 3));
        Assert.StartsWith("Cannot sum monthly expenditure over 2 and 3 months exactly; give every region the same window.", e.Message);
        // A longer window on the left: 1,200 fen over 12 months + 100 fen a month = 2,400 fen over 12 months.
        MonthlyExpenditure sum = MonthlyExpenditure.OverMonths(Money.FromFen(1_200), 12) + MonthlyExpenditure.PerMonth(Money.FromFen(100));
        Assert.Equal((Money.FromFen(2_400), 12), (sum.Expenditure, sum.Months));
        Assert.Equal(Money.FromFen(200), sum.Average(MidpointRounding.ToEven));
        Assert.Equal("24.00 / 12 months", sum.ToString());
        Assert.Equal("1.00/月", MonthlyExpenditure.OverMonths(Money.FromFen(100), 1).ToString());
        // The default window adds nothing, on either side, even to an average that is not whole fen (100 fen / 3).
        MonthlyExpenditure third = MonthlyExpenditure.OverMonths(Money.FromFen(100), 3);
        Assert.Equal(third, third + default(MonthlyExpenditure));
        Assert.Equal(third, default(MonthlyExpenditure) + third);
        // At the end of the Money range: MaxValue − 1 fen and 1 fen over 3 months fit; 1 fen more does not.
        Money max = Money.MaxValue;
        MonthlyExpenditure edge = MonthlyExpenditure.OverMonths(max - Money.FromFen(1), 3) + MonthlyExpenditure.OverMonths(Money.FromFen(1), 3);
        Assert.Equal((max, 3), (edge.Expenditure, edge.Months));
        Assert.Throws<OverflowException>(() => edge + MonthlyExpenditure.OverMonths(Money.FromFen(1), 3));
        Assert.Throws<OverflowException>(() => MonthlyExpenditure.PerMonth(max) + MonthlyExpenditure.PerMonth(Money.FromFen(1)));
        ArgumentOutOfRangeException r = Assert.Throws<ArgumentOutOfRangeException>(() => MonthlyExpenditure.OverMonths(Money.FromFen(1), 1_201));
        Assert.Equal("months", r.ParamName);
        Assert.Equal("monthlyExpenditure", Assert.Throws<ArgumentException>(() => MonthlyExpenditure.Trailing([])).ParamName);
        Assert.Equal(1, MonthlyExpenditure.Trailing([Money.FromFen(5)]).Months);
        Assert.Equal(12, MonthlyExpenditure.OfPeriod(Money.FromFen(5), Year2021).Months);
        Assert.Equal(1, MonthlyExpenditure.OfPeriod(Money.FromFen(5), ReportingPeriod.OfMonth(2021, 3)).Months);
    }
}
