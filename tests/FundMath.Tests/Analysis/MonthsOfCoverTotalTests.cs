using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Analysis;
using FundMath.Tests.Support;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// A total row is the sum of a partition of regions, so it cannot depend on the order of the rows: every permutation
/// gives the same row, or the same error — including mixed expenditure windows and balances that only fit in
/// Money once negative rows are added.
/// </summary>
public class MonthsOfCoverTotalTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static readonly Gen<MonthsOfCover> Row =
        from book in Gen.Choose(-1_000_000, 100_000_000)
        from prepaid in Gen.Choose(0, 1_000_000)
        from payable in Gen.Choose(0, 1_000_000)
        from window in Gen.Elements(1, 1, 3, 4, 6, 12)
        from spent in Gen.Choose(0, 5_000_000)
        select MonthsOfCover.Compute(Year2021, Money.FromFen(book * 100L), BalanceDeductions.Lumped(Money.FromFen(prepaid), Money.FromFen(payable)),
            MonthlyExpenditure.OverMonths(Money.FromFen(spent), window), CoverBandPolicy.Default);

    private static readonly Arbitrary<(MonthsOfCover[] Rows, int[] Order)> RowsAndPermutation = Arb.From(
        from n in Gen.Choose(1, 8)
        from rows in Gen.ArrayOf(Row, n)
        from keys in Gen.ArrayOf(Gen.Choose(0, 1000), n)
        select (rows, Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray()));

    private static bool Same(Attempt<MonthsOfCover> a, Attempt<MonthsOfCover> b) =>
        a.Matches(b, (x, y) => x == y && x.Band == y.Band && x.IsReasonable == y.IsReasonable)
        && (a.Error is null || a.Error.Message == b.Error!.Message);

    [FundMathProperty]
    public Property Total_is_the_same_for_every_order_of_the_rows() =>
        Prop.ForAll(RowsAndPermutation, input =>
        {
            MonthsOfCover[] permuted = input.Order.Select(i => input.Rows[i]).ToArray();
            Attempt<MonthsOfCover> original = Attempt.Of(() => MonthsOfCover.Total(input.Rows, CoverBandPolicy.Default));
            Attempt<MonthsOfCover> reordered = Attempt.Of(() => MonthsOfCover.Total(permuted, CoverBandPolicy.Default));
            Attempt<MonthsOfCover> reversed = Attempt.Of(() => MonthsOfCover.Total(input.Rows.Reverse().ToArray(), CoverBandPolicy.Default));
            return (Same(original, reordered) && Same(original, reversed))
                .Classify(original.Error is not null, "error")
                .Classify(input.Rows.Select(r => r.MonthlyExpenditure.Months).Distinct().Count() > 1, "mixed windows");
        });

    [Fact]
    public void Mixed_windows_that_failed_in_one_order_and_passed_in_another_now_agree()
    {
        // 100 fen over 3 months + 100 fen over 4 months: pairwise (3 then 4) the sum 100/3 + 100/4 over 4 months is
        // not a whole number of fen, but adding a 12-month row of 100 fen first made the pairwise sum pass. The total
        // is decided once: 100/3 + 100/4 + 100/12 = 66.67 fen/month, × 12 = 800 fen over the longest window, 12 months.
        MonthsOfCover Region(long fen, int months) => MonthsOfCover.Compute(Year2021, Money.FromYuan(10), BalanceDeductions.None,
            MonthlyExpenditure.OverMonths(Money.FromFen(fen), months), CoverBandPolicy.Default);
        MonthsOfCover[] rows = [Region(100, 3), Region(100, 4), Region(100, 12)];
        MonthsOfCover[] other = [rows[2], rows[0], rows[1]];
        MonthsOfCover total = MonthsOfCover.Total(rows, CoverBandPolicy.Default);
        Assert.Equal(total, MonthsOfCover.Total(other, CoverBandPolicy.Default));
        Assert.Equal((Money.FromFen(800), 12), (total.MonthlyExpenditure.Expenditure, total.MonthlyExpenditure.Months));
        Assert.Equal(Money.FromYuan(30), total.BookBalance);

        // Without the 12-month row, 100/3 + 100/4 = 175/3 fen a month has no whole-fen total over 4 months: refused in both orders.
        var e1 = Assert.Throws<ArgumentException>(() => MonthsOfCover.Total(rows[..2], CoverBandPolicy.Default));
        var e2 = Assert.Throws<ArgumentException>(() => MonthsOfCover.Total([rows[1], rows[0]], CoverBandPolicy.Default));
        Assert.Equal(e1.Message, e2.Message);
        Assert.Contains("windows of different lengths (up to 4 months)", e1.Message);
    }

    [Fact]
    public void Balances_are_summed_before_the_range_is_checked()
    {
        // Money.MaxValue + 1 fen − 1 fen fits, whatever the order: the old pairwise sum overflowed when the 1 fen came second.
        MonthsOfCover Region(Money book) => MonthsOfCover.Compute(Year2021, book, BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.FromYuan(1)), CoverBandPolicy.Default);
        MonthsOfCover[] rows = [Region(Money.MaxValue), Region(Money.FromFen(1)), Region(Money.FromFen(-1))];
        Assert.Equal(Money.MaxValue, MonthsOfCover.Total(rows, CoverBandPolicy.Default).BookBalance);
        Assert.Equal(Money.MaxValue, MonthsOfCover.Total([rows[0], rows[2], rows[1]], CoverBandPolicy.Default).BookBalance);
        var e = Assert.Throws<ArgumentException>(() => MonthsOfCover.Total([rows[0], rows[1]], CoverBandPolicy.Default));
        Assert.Contains("the book balances of 2 rows sum to 9223372036854775808 fen", e.Message);
    }
}
