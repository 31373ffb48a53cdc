using System;
using System.Linq;
using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>
/// The edges of the group table, the case-point kernel (each rounding mode with and without factors, in 64-bit and
/// wide arithmetic, the vectorised scans at every position, the headroom check, the partitioned form), the settled
/// points, the apportionment and the year-end settlement: exact values, derivations in the comments.
/// </summary>
public sealed class DrgKernelBoundaryTests
{
    private static DrgPolicy Policy(int decimals = 4, MidpointRounding points = MidpointRounding.AwayFromZero, MidpointRounding money = MidpointRounding.AwayFromZero) =>
        new(decimals, Rate.FromPercent(200), Rate.FromPercent(50), Rate.FromPercent(5), Rate.FromPercent(10), Rate.FromPercent(60),
            Rate.FromPercent(10), Rate.FromPercent(70), points, money);

    private static string WithoutParameter(ArgumentException e) =>
        e.Message.Contains(" (Parameter", StringComparison.Ordinal) ? e.Message[..e.Message.IndexOf(" (Parameter", StringComparison.Ordinal)] : e.Message;

    // ---------------------------------------------------------------- DrgGroupTable

    [Fact]
    public void Group_table_refuses_each_rule_by_name()
    {
        DrgPolicy p = Policy();
        Money[] two = [Money.FromYuan(1), Money.FromYuan(2)];
        void Refused(Func<DrgGroupTable> create, string param, string message)
        {
            var e = Assert.ThrowsAny<ArgumentException>(create);
            Assert.Equal(param, e.ParamName);
            Assert.Equal(message, WithoutParameter(e).Split(Environment.NewLine)[0]);
        }

        Refused(() => DrgGroupTable.Create((DrgScheme)2, Money.FromYuan(1), ["A", "B"], two, p), "scheme", "scheme 2 is not a defined DrgScheme.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.Zero, ["A", "B"], two, p), "overallAverageCost",
            "overallAverageCost 0.00元 must be > 0: base points are group average / overall average × 100.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromFen(-1), ["A", "B"], two, p), "overallAverageCost",
            "overallAverageCost -0.01元 must be > 0: base points are group average / overall average × 100.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), ["A", "B", "C"], two, p), "groupAverageCosts", "groupAverageCosts has 2 values but groupIds has 3.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), [], [], p), "groupIds", "the group table is empty: a point payment needs at least one group.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), ["A", " "], two, p), "groupIds", "groups[1].id is empty: every group needs an id.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), ["A", null!], two, p), "groupIds", "groups[1].id is empty: every group needs an id.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), ["A", "B", "A"], [.. two, Money.FromYuan(3)], p), "groupIds",
            "groups[2].id 'A' duplicates groups[0]: group ids must be unique within a scheme.");
        Refused(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), ["A", "B"], [Money.FromYuan(1), Money.Zero], p), "groupAverageCosts",
            "group 'B' average_cost 0.00元 must be > 0.");
        Assert.Equal("groupIds", Assert.Throws<ArgumentNullException>(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), null!, two, p)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1), ["A", "B"], two, null!)).ParamName);
    }

    [Fact]
    public void Group_table_lookups_and_their_range()
    {
        DrgGroupTable t = DrgExample.Table();
        Assert.Equal((DrgScheme.Employee, Money.FromYuan(10_000), 3), (t.Scheme, t.OverallAverageCost, t.Count));
        Assert.Equal(["GA", "GB", "GC"], t.Ids);
        Assert.Equal(1, t.IndexOf("GB"));
        Assert.Equal(-1, t.IndexOf("gb"));
        Assert.Equal("groupId", Assert.Throws<ArgumentNullException>(() => t.IndexOf(null!)).ParamName);
        Assert.Equal(Money.FromYuan(30_000), t.AverageCost(2));
        Assert.Equal(DrgPoints.FromPoints(300), t.BasePoints(2));
        Assert.Equal(Money.FromYuan(60_000), t.HighOutlierThreshold(2));
        Assert.Equal(Money.FromYuan(15_000), t.LowOutlierThreshold(2));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => t.AverageCost(3));
        Assert.Equal("group", e.ParamName);
        Assert.StartsWith("group 3 is outside the allowed range [0, 2].", e.Message);
        Assert.StartsWith("group -1 is outside the allowed range [0, 2].", Assert.Throws<ArgumentOutOfRangeException>(() => t.BasePoints(-1)).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => t.HighOutlierThreshold(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.LowOutlierThreshold(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.Classify(3, Money.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => t.ExplainBasePoints(3));
    }

    [Fact]
    public void Group_table_constants_of_the_hot_path()
    {
        // 4 decimals: a point unit is 10⁻⁴ point = 100 micro-points; K = 100 × 10⁴; 250% = 5/2; the re-pointing divides by 2 × overall.
        var p = new DrgPolicy(4, Rate.FromPercent(250), Rate.FromPercent(30), Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero);
        DrgGroupTable t = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(10_000), ["A", "B"], [Money.FromYuan(8_000), Money.FromYuan(333.33m)], p);
        Assert.Equal(100, t.UnitMicroPoints);
        Assert.Equal(1_000_000, t.ScaleK);
        Assert.Equal((5, 2), (t.HighNumerator, t.HighDenominator));
        Assert.Equal(2 * 1_000_000, t.RepointDenominator);
        Assert.Equal(800_000, t.MaxBaseUnits); // 80 points of A
        // A: 800,000 fen → 80 points; low ⌈800,000 × 30%⌉ = 240,000; high ⌊800,000 × 5/2⌋ = 2,000,000; offset 800,000 × 5 = 4,000,000.
        Assert.Equal(new DrgGroupTable.GroupRow(80_000_000, 800_000, 240_000, 2_000_000, 4_000_000), t.Rows[0]);
        // B: 33,333 fen → 3.3333 points; low ⌈9,999.9⌉ = 10,000; high ⌊83,332.5⌋ = 83,332; offset 166,665.
        Assert.Equal(new DrgGroupTable.GroupRow(3_333_300, 33_333, 10_000, 83_332, 166_665), t.Rows[1]);

        DrgGroupTable six = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(3), ["A"], [Money.FromYuan(1)], Policy(decimals: 6));
        Assert.Equal((1, 100_000_000), (six.UnitMicroPoints, six.ScaleK));
        Assert.Equal(33.333333m, six.BasePoints(0).Value);
        DrgGroupTable zero = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(3), ["A"], [Money.FromYuan(1)], Policy(decimals: 0));
        Assert.Equal((1_000_000, 100), (zero.UnitMicroPoints, zero.ScaleK));
        Assert.Equal(33m, zero.BasePoints(0).Value);
    }

    // ---------------------------------------------------------------- the kernel, mode by mode

    // Overall 1,000元, one group averaging 1,000元 (100 points), 0 decimals; > 2,000元 high, < 500元 low. Re-pointed:
    //  5元 → 0.5;  15元 → 1.5;  10.01元 → 1.001;  2,005元 → 100 + 5 / 1,000 × 100 = 100.5;  2,015元 → 101.5;
    //  2,000.01元 → 100.001;  1,500元 → 100 (normal);  4.99元 → 0.499;  5.01元 → 0.501;
    // then with factors: 1,000元 × 1/200 = 0.5; × 3/200 = 1.5; 15元 (1.5 → rounded) × 2; 1,000元 × 1.
    private static readonly decimal[] Yuan = [5, 15, 10.01m, 2_005, 2_015, 2_000.01m, 1_500, 4.99m, 5.01m];

    private static readonly decimal[] FactorYuan = [1_000, 1_000, 15, 1_000];

    private static readonly Fraction[] Extra = [Fraction.Create(1, 200), Fraction.Create(3, 200), Fraction.FromInteger(2), Fraction.One];

    public static TheoryData<MidpointRounding, decimal[], decimal[]> Modes => new()
    {
        { MidpointRounding.AwayFromZero, [1, 2, 1, 101, 102, 100, 100, 0, 1], [1, 2, 4, 100] },
        { MidpointRounding.ToEven, [0, 2, 1, 100, 102, 100, 100, 0, 1], [0, 2, 4, 100] },
        { MidpointRounding.ToPositiveInfinity, [1, 2, 2, 101, 102, 101, 100, 1, 1], [1, 2, 4, 100] },
        { MidpointRounding.ToZero, [0, 1, 1, 100, 101, 100, 100, 0, 0], [0, 1, 2, 100] },
        { MidpointRounding.ToNegativeInfinity, [0, 1, 1, 100, 101, 100, 100, 0, 0], [0, 1, 2, 100] },
    };

    private static DrgGroupTable ModeTable(MidpointRounding mode, long overallFen) =>
        DrgGroupTable.Create(DrgScheme.Employee, Money.FromFen(overallFen), ["X"], [Money.FromFen(overallFen)], Policy(decimals: 0, points: mode));

    [Theory]
    [MemberData(nameof(Modes))]
    public void Kernel_rounds_re_pointed_and_factored_points_with_the_mode(MidpointRounding mode, decimal[] plain, decimal[] factored)
    {
        DrgGroupTable t = ModeTable(mode, 100_000);
        Money[] costs = [.. Yuan.Select(Money.FromYuan)];
        var points = new DrgPoints[costs.Length];
        var institution = new DrgPoints[1];
        DrgPointTotals totals = DrgCasePoints.Compute(t, new DrgCases(new int[costs.Length], new int[costs.Length], costs), points, institution);
        Assert.Equal(plain, points.Select(p => p.Value));
        Assert.Equal(plain.Sum(), institution[0].Value);
        Assert.Equal((9L, 3L, 5L), (totals.Cases, totals.HighOutliers, totals.LowOutliers));

        // The same cases with factors 1, then four more (the factor kernel).
        Money[] all = [.. costs, .. FactorYuan.Select(Money.FromYuan)];
        Fraction[] factors = [.. Enumerable.Repeat(Fraction.One, costs.Length), .. Extra];
        var factoredPoints = new DrgPoints[all.Length];
        totals = DrgCasePoints.Compute(t, new DrgCases(new int[all.Length], new int[all.Length], all, factors), factoredPoints, institution);
        Assert.Equal([.. plain, .. factored], factoredPoints.Select(p => p.Value));
        Assert.Equal((13L, 3L, 6L), (totals.Cases, totals.HighOutliers, totals.LowOutliers));
        Assert.Equal(plain.Sum() + factored.Sum(), totals.Points.Value);

        // The scalar form: the same points, and the re-pointed base before the factor.
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(factoredPoints[i], DrgCasePoints.ForCase(t, 0, all[i], factors[i]).Points);
        }

        Assert.Equal(plain[1], DrgCasePoints.ForCase(t, 0, all[11], Extra[2]).BasePoints.Value);
        Assert.Equal(100m, DrgCasePoints.ForCase(t, 0, all[9], Extra[0]).BasePoints.Value);
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void Wide_kernel_rounds_the_same(MidpointRounding mode, decimal[] plain, decimal[] factored)
    {
        // Every cost and the overall average × 10⁷ (the same points), plus one case of 10¹⁷ fen: 100 + (10¹⁷ − 2 × 10¹²) / 10¹² × 100
        // = 9,999,900 points. 10¹⁷ × 100 no longer fits 64 bits, so the batch runs the wide outlier arithmetic.
        DrgGroupTable t = ModeTable(mode, 1_000_000_000_000);
        Money[] costs = [.. Yuan.Select(y => Money.FromFen((long)(y * 100) * 10_000_000)), .. FactorYuan.Select(y => Money.FromFen((long)(y * 100) * 10_000_000)), Money.FromFen(100_000_000_000_000_000)];
        Fraction[] factors = [.. Enumerable.Repeat(Fraction.One, Yuan.Length), .. Extra, Fraction.One];
        Assert.False(DrgCasePoints.Validate(t, new DrgCases(new int[costs.Length], new int[costs.Length], costs, factors), 1).OutliersFitInt64);

        var points = new DrgPoints[costs.Length];
        var institution = new DrgPoints[1];
        DrgPointTotals totals = DrgCasePoints.Compute(t, new DrgCases(new int[costs.Length], new int[costs.Length], costs, factors), points, institution);
        Assert.Equal([.. plain, .. factored, 9_999_900m], points.Select(p => p.Value));
        Assert.Equal((14L, 4L, 6L), (totals.Cases, totals.HighOutliers, totals.LowOutliers));

        // Without factors: the plain cases and the big one.
        Money[] plainCosts = [.. costs[..Yuan.Length], costs[^1]];
        var plainPoints = new DrgPoints[plainCosts.Length];
        DrgCasePoints.Compute(t, new DrgCases(new int[plainCosts.Length], new int[plainCosts.Length], plainCosts), plainPoints, institution);
        Assert.Equal([.. plain, 9_999_900m], plainPoints.Select(p => p.Value));
        Assert.Equal(plain.Sum() + 9_999_900m, institution[0].Value);
        Assert.Equal(DrgCaseKind.HighOutlier, DrgCasePoints.ForCase(t, 0, costs[^1], Fraction.One).Kind);
        Assert.Equal(plain[3], DrgCasePoints.ForCase(t, 0, costs[3], Fraction.One).BasePoints.Value);
        Assert.Equal(plain[0], DrgCasePoints.ForCase(t, 0, costs[0], Fraction.One).BasePoints.Value);
    }

    [Fact]
    public void Case_results_name_the_kind_and_the_base()
    {
        DrgGroupTable t = DrgExample.Table();
        DrgCaseResult high = DrgCasePoints.ForCase(t, 2, Money.FromYuan(75_000), Fraction.FromDecimal(1.1m));
        Assert.Equal((DrgCaseKind.HighOutlier, 450m, 495m), (high.Kind, high.BasePoints.Value, high.Points.Value));
        DrgCaseResult low = DrgCasePoints.ForCase(t, 0, Money.FromYuan(3_000), Fraction.One);
        Assert.Equal((DrgCaseKind.LowOutlier, 30m, 30m), (low.Kind, low.BasePoints.Value, low.Points.Value));
        DrgCaseResult normal = DrgCasePoints.ForCase(t, 1, Money.FromYuan(16_000), Fraction.FromDecimal(1.2m));
        Assert.Equal((DrgCaseKind.Normal, 150m, 180m), (normal.Kind, normal.BasePoints.Value, normal.Points.Value));
        Assert.Equal("180 points (Normal)", normal.ToString());
        Assert.Equal("495 points (HighOutlier)", high.ToString());
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => DrgCasePoints.ForCase(null!, 0, Money.Zero, Fraction.One)).ParamName);
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => DrgCasePoints.Compute(null!, default, default, default)).ParamName);
    }

    // ---------------------------------------------------------------- batches: validation at every position

    [Fact]
    public void Batches_refuse_spans_of_other_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => new DrgCases(new int[2], new int[1], new Money[2]));
        Assert.Equal("costs", e.ParamName);
        Assert.Equal("a batch needs one group, institution and cost per case: 2 groups, 1 institutions, 2 costs.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => new DrgCases(new int[2], new int[2], new Money[3]));
        Assert.Equal("a batch needs one group, institution and cost per case: 2 groups, 2 institutions, 3 costs.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => new DrgCases(new int[2], new int[2], new Money[2], new Fraction[1]));
        Assert.Equal("factors", e.ParamName);
        Assert.Equal("factors has 1 values for 2 cases: give one per case, or none for all 1.", WithoutParameter(e));

        var cases = new DrgCases([0, 1, 2], [0, 0, 1], [Money.FromYuan(1), Money.FromYuan(2), Money.FromYuan(3)], [Fraction.One, Fraction.FromInteger(2), Fraction.FromInteger(3)]);
        DrgCases tail = cases.Slice(1, 2);
        Assert.Equal(2, tail.Count);
        Assert.Equal([1, 2], tail.Groups.ToArray());
        Assert.Equal([0, 1], tail.Institutions.ToArray());
        Assert.Equal([Money.FromYuan(2), Money.FromYuan(3)], tail.Costs.ToArray());
        Assert.Equal([Fraction.FromInteger(2), Fraction.FromInteger(3)], tail.Factors.ToArray());
        Assert.True(new DrgCases([0, 1], [0, 0], [Money.Zero, Money.Zero]).Slice(1, 1).Factors.IsEmpty);

        DrgGroupTable t = DrgExample.Table();
        e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(t, new DrgCases([0, 1, 2], [0, 0, 1], [Money.FromYuan(1), Money.FromYuan(2), Money.FromYuan(3)]), new DrgPoints[2], new DrgPoints[2]));
        Assert.Equal("casePoints", e.ParamName);
        Assert.Equal("casePoints has length 2 for 3 cases: give one per case, or an empty span.", WithoutParameter(e));
    }

    [Theory]
    [InlineData(1, 0, -1)]
    [InlineData(9, 8, 3)]
    [InlineData(16, 3, 3)]
    [InlineData(16, 12, 7)]
    [InlineData(16, 15, int.MinValue)]
    public void Out_of_range_groups_are_named_at_any_position(int count, int bad, int value)
    {
        int[] groups = new int[count];
        groups[bad] = value;
        var e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(DrgExample.Table(), new DrgCases(groups, new int[count], new Money[count]), default, new DrgPoints[1]));
        Assert.Equal("cases", e.ParamName);
        Assert.Equal($"cases[{bad}].group {value} is not a group of the Employee table (0–2).", WithoutParameter(e));
    }

    [Theory]
    [InlineData(3, 2)]
    [InlineData(10, 9)]
    [InlineData(16, 8)]
    public void Out_of_range_institutions_are_named_at_any_position(int count, int bad)
    {
        int[] owners = Enumerable.Range(0, count).Select(i => i % 3).ToArray();
        owners[bad] = 3;
        var e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(DrgExample.Table(), new DrgCases(new int[count], owners, new Money[count]), default, new DrgPoints[3]));
        Assert.Equal($"cases[{bad}].institution 3 is not one of the 3 institutions (0–2).", WithoutParameter(e));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(5, 1)]
    [InlineData(5, 4)]
    [InlineData(10, 0)]
    [InlineData(10, 5)]
    [InlineData(10, 9)]
    public void Negative_costs_are_named_at_any_position(int count, int bad)
    {
        Money[] costs = [.. Enumerable.Repeat(Money.FromYuan(8_000), count)];
        costs[bad] = Money.FromYuan(-2.5m);
        var e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(DrgExample.Table(), new DrgCases(new int[count], new int[count], costs), default, new DrgPoints[1]));
        Assert.Equal($"cases[{bad}].cost -2.50元 is negative: a case cost must be ≥ 0.", WithoutParameter(e));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 0)]
    [InlineData(9, 8)]
    [InlineData(9, 3)]
    public void Factors_of_zero_or_less_are_named_at_any_position(int count, int bad)
    {
        Fraction[] factors = [.. Enumerable.Repeat(Fraction.FromDecimal(1.5m), count)];
        factors[bad] = bad % 2 == 0 ? Fraction.Zero : Fraction.Create(-2, 3);
        var e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(DrgExample.Table(), new DrgCases(new int[count], new int[count], new Money[count], factors), default, new DrgPoints[1]));
        string shown = bad % 2 == 0 ? "0" : "-2/3";
        Assert.Equal($"cases[{bad}].factor {shown} must be > 0: an adjustment factor multiplies the base points.", WithoutParameter(e));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 3)]
    [InlineData(8, 7)]
    [InlineData(10, 0)]
    [InlineData(10, 3)]
    [InlineData(10, 6)]
    [InlineData(10, 9)]
    public void The_largest_cost_is_found_at_any_position(int count, int at)
    {
        Money[] costs = [.. Enumerable.Range(0, count).Select(i => Money.FromFen(100 + i))];
        costs[at] = Money.FromFen(1_000_000);
        DrgCasePoints.BatchBounds b = DrgCasePoints.Validate(DrgExample.Table(), new DrgCases(new int[count], new int[count], costs), 1);
        Assert.Equal(1_000_000, b.MaxCost);
        Assert.True(b.OutliersFitInt64);
        Assert.Equal(new DrgCasePoints.BatchBounds(0, true), DrgCasePoints.Validate(DrgExample.Table(), default, 0));
    }

    [Fact]
    public void The_widest_outlier_arithmetic_is_decided_by_the_largest_cost()
    {
        // Example table: K = 10⁶, 200% = 2/1: cost × 10⁶ fits 64 bits up to 9,223,372,036,854 fen.
        DrgGroupTable t = DrgExample.Table();
        Assert.True(DrgCasePoints.Validate(t, new DrgCases([0], [0], [Money.FromFen(9_223_372_036_854)]), 1).OutliersFitInt64);
        Assert.False(DrgCasePoints.Validate(t, new DrgCases([0], [0], [Money.FromFen(9_223_372_036_855)]), 1).OutliersFitInt64);
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 0)]
    public void A_large_factor_anywhere_in_the_batch_is_refused_up_front(int count, int at)
    {
        // Cost 8,000元 (80 points): the bound is (3,000,000 max base units + 800,000 + 1) × 10¹¹ × 100 micro-points > 2⁶³.
        Fraction[] factors = [.. Enumerable.Repeat(Fraction.One, count)];
        factors[at] = Fraction.FromInteger(100_000_000_000);
        Money[] costs = [.. Enumerable.Repeat(Money.FromYuan(8_000), count)];
        var e = Assert.Throws<OverflowException>(() => DrgCasePoints.Compute(DrgExample.Table(), new DrgCases(new int[count], new int[count], costs, factors), default, new DrgPoints[1]));
        Assert.Equal($"the batch of {count} cases (largest cost 8,000.00元, largest factor ≤ 100000000000) could exceed the range of DrgPoints (9223372036854 points); split it.", e.Message);
    }

    [Fact]
    public void The_headroom_check_uses_the_exact_factor_ceiling_when_the_numerator_is_too_loose()
    {
        // Overall 0.01元, one group of 0.01元 (100 points, high above 0.02元). Cost 1,000元 = 100,000 fen:
        // 100 + (100,000 − 2) × 100 = 9,999,900 points, × 1,000,001/1,000,000 = 9,999,909.9999 points.
        // The numerator 1,000,001 bounds the points above 2⁶³ micro-points, the ceiling 2 does not: accepted.
        DrgGroupTable t = DrgGroupTable.Create(DrgScheme.Employee, Money.FromFen(1), ["X"], [Money.FromFen(1)], DrgExample.Policy());
        DrgCaseResult r = DrgCasePoints.ForCase(t, 0, Money.FromFen(100_000), Fraction.Create(1_000_001, 1_000_000));
        Assert.Equal(9_999_900m, r.BasePoints.Value);
        Assert.Equal(9_999_909.9999m, r.Points.Value);

        // Ceilings: 7/2 → 4 and 5 → 5 (a whole factor is its own ceiling).
        var e = Assert.Throws<OverflowException>(() => DrgCasePoints.Compute(t,
            new DrgCases([0, 0], [0, 0], [Money.FromFen(10_000_000_000_000), Money.FromFen(1)], [Fraction.Create(7, 2), Fraction.FromInteger(3)]), default, new DrgPoints[1]));
        Assert.Equal("the batch of 2 cases (largest cost 100,000,000,000.00元, largest factor ≤ 4) could exceed the range of DrgPoints (9223372036854 points); split it.", e.Message);
        e = Assert.Throws<OverflowException>(() => DrgCasePoints.ForCase(t, 0, Money.FromFen(10_000_000_000_000), Fraction.FromInteger(5)));
        Assert.Equal("the batch of 1 cases (largest cost 100,000,000,000.00元, largest factor ≤ 5) could exceed the range of DrgPoints (9223372036854 points); split it.", e.Message);
    }

    [Fact]
    public void The_headroom_is_exact_to_the_last_micro_point()
    {
        // 6 decimals (a unit is one micro-point, K = 10⁸), overall 1,000,000元 = 10⁸ fen, one group of 0.01元: base 1 unit, high
        // above 2 fen. A case of c fen: the bound is base 1 + c × K / overall + 1 = c + 2 units, a case at most (c + 2) × 1 + 1.
        // It fits while c + 3 ≤ 2⁶³ − 1; the points themselves are 1 + (c − 2) = c − 1 micro-points (the wide arithmetic).
        DrgGroupTable t = DrgGroupTable.Create(DrgScheme.Employee, Money.FromFen(100_000_000), ["X"], [Money.FromFen(1)], Policy(decimals: 6));
        const long c = long.MaxValue - 3;
        DrgCaseResult r = DrgCasePoints.ForCase(t, 0, Money.FromFen(c), Fraction.One);
        Assert.Equal(c - 1, r.Points.MicroPoints);
        Assert.Equal(c - 1, r.BasePoints.MicroPoints);
        var e = Assert.Throws<OverflowException>(() => DrgCasePoints.ForCase(t, 0, Money.FromFen(c + 1), Fraction.One));
        Assert.Equal("the batch of 1 cases (largest cost 92,233,720,368,547,758.05元, largest factor ≤ 1) could exceed the range of DrgPoints (9223372036854 points); split it.", e.Message);

        // With a factor 2 the bound c + 2 must stay within (2⁶³ − 1) / 2 = 2⁶² − 1, and then (2⁶² − 1) × 2 + 1 = 2⁶³ − 1 still fits:
        // c = 2⁶² − 3 gives 2 × (c − 1) = 2⁶³ − 8 micro-points; one fen more is refused.
        const long half = (1L << 62) - 3;
        Assert.Equal(long.MaxValue - 7, DrgCasePoints.ForCase(t, 0, Money.FromFen(half), Fraction.FromInteger(2)).Points.MicroPoints);
        Assert.Throws<OverflowException>(() => DrgCasePoints.ForCase(t, 0, Money.FromFen(half + 1), Fraction.FromInteger(2)));
    }

    [Fact]
    public void Many_cases_share_the_headroom()
    {
        // One case of 9,000,000 points (9 × 10¹² micro-points) fits; 1,100,000 cases of it could not (9.9 × 10¹⁸ > 2⁶³).
        DrgGroupTable t = DrgGroupTable.Create(DrgScheme.Employee, Money.FromFen(1), ["X"], [Money.FromFen(90_000)], DrgExample.Policy());
        Assert.Equal(9_000_000m, DrgCasePoints.ForCase(t, 0, Money.FromFen(90_000), Fraction.One).Points.Value);
        const int many = 1_100_000;
        Assert.Throws<OverflowException>(() => DrgCasePoints.Compute(t, new DrgCases(new int[many], new int[many], Enumerable.Repeat(Money.FromFen(90_000), many).ToArray()), default, new DrgPoints[1]));
    }

    [Fact]
    public void Compute_clears_the_institution_points_and_may_skip_case_points()
    {
        var institutions = new[] { DrgPoints.FromPoints(5), DrgPoints.FromPoints(6), DrgPoints.FromPoints(7) };
        DrgPointTotals totals = DrgCasePoints.Compute(DrgExample.Table(), DrgExample.Cases(), default, institutions);
        Assert.Equal([260m, 710m, 450m], institutions.Select(p => p.Value));
        Assert.Equal(1_420m, totals.Points.Value);
        Assert.Equal("8 cases, 1420 points (1 high, 1 low outliers)", totals.ToString());
        DrgPointTotals twice = totals + totals;
        Assert.Equal((16L, 2L, 2L, 2_840m), (twice.Cases, twice.HighOutliers, twice.LowOutliers, twice.Points.Value));
    }

    // ---------------------------------------------------------------- the partitioned form

    private static (int[] Groups, int[] Owners, Money[] Costs, Fraction[] Factors) Copies(int copies) =>
        ([.. Enumerable.Repeat(DrgExample.CaseGroups, copies).SelectMany(x => x)],
         [.. Enumerable.Repeat(DrgExample.CaseInstitutions, copies).SelectMany(x => x)],
         [.. Enumerable.Repeat(DrgExample.CaseCosts, copies).SelectMany(x => x)],
         [.. Enumerable.Repeat(DrgExample.CaseFactors, copies).SelectMany(x => x)]);

    [Theory]
    [InlineData(1_024, 2)]
    [InlineData(1_536, 3)]
    [InlineData(1_536, 256)]
    [InlineData(511, 2)]
    [InlineData(1_024, 1)]
    public void Partitioned_form_adds_up_like_the_sequential_one(int copies, int degree)
    {
        // Each copy of the example: 1,420 points (H1 260, H2 710, H3 450), one high and one low outlier.
        (int[] groups, int[] owners, Money[] costs, Fraction[] factors) = Copies(copies);
        var casePoints = new DrgPoints[groups.Length];
        var institutions = new[] { DrgPoints.FromPoints(1), DrgPoints.FromPoints(1), DrgPoints.FromPoints(1) };
        DrgPointTotals t = DrgCasePoints.ComputePartitioned(DrgExample.Table(), groups, owners, costs, factors, casePoints, institutions, degree);
        Assert.Equal([260m * copies, 710m * copies, 450m * copies], institutions.Select(p => p.Value));
        Assert.Equal((8L * copies, (long)copies, (long)copies, 1_420m * copies), (t.Cases, t.HighOutliers, t.LowOutliers, t.Points.Value));
        Assert.Equal(80m, casePoints[0].Value);
        Assert.Equal(300m, casePoints[^1].Value);
        Assert.Equal(450m, casePoints[(8 * (copies / 2)) + 3].Value);

        // Without case points and without factors (case 5 then gets 150 instead of 180).
        DrgPointTotals bare = DrgCasePoints.ComputePartitioned(DrgExample.Table(), groups, owners, costs, default, default, institutions, degree);
        Assert.Equal(1_390m * copies, bare.Points.Value);
        Assert.Equal([260m * copies, 680m * copies, 450m * copies], institutions.Select(p => p.Value));
    }

    [Fact]
    public void Partitioned_form_refuses_degrees_and_lengths()
    {
        (int[] groups, int[] owners, Money[] costs, Fraction[] factors) = Copies(1);
        DrgGroupTable t = DrgExample.Table();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DrgCasePoints.ComputePartitioned(t, groups, owners, costs, factors, default, new DrgPoints[3], 0));
        Assert.Equal("degreeOfParallelism", e.ParamName);
        Assert.StartsWith("degreeOfParallelism 0 is outside the allowed range [1, 256].", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => DrgCasePoints.ComputePartitioned(t, groups, owners, costs, factors, default, new DrgPoints[3], 257));
        var a = Assert.Throws<ArgumentException>(() => DrgCasePoints.ComputePartitioned(t, groups, owners, costs, factors, new DrgPoints[7], new DrgPoints[3], 2));
        Assert.Equal("casePoints", a.ParamName);
        Assert.Equal("casePoints has length 7 for 8 cases: give one per case, or an empty memory.", WithoutParameter(a));
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => DrgCasePoints.ComputePartitioned(null!, groups, owners, costs, factors, default, new DrgPoints[3], 2)).ParamName);
    }

    // ---------------------------------------------------------------- settled points and apportionment

    public static TheoryData<MidpointRounding, decimal[]> SettledModes => new()
    {
        // 1 × 1/3 = 0.33333…; 0.0001 × 1/2 = 0.00005; 0.0003 × 1/2 = 0.00015; 2 × 2/3 = 1.33333…
        { MidpointRounding.AwayFromZero, [0.3333m, 0.0001m, 0.0002m, 1.3333m] },
        { MidpointRounding.ToEven, [0.3333m, 0m, 0.0002m, 1.3333m] },
        { MidpointRounding.ToPositiveInfinity, [0.3334m, 0.0001m, 0.0002m, 1.3334m] },
        { MidpointRounding.ToZero, [0.3333m, 0m, 0.0001m, 1.3333m] },
        { MidpointRounding.ToNegativeInfinity, [0.3333m, 0m, 0.0001m, 1.3333m] },
    };

    [Theory]
    [MemberData(nameof(SettledModes))]
    public void Settled_points_round_with_the_point_mode(MidpointRounding mode, decimal[] expected)
    {
        DrgPoints[] points = [DrgPoints.FromPoints(1), DrgPoints.FromDecimal(0.0001m), DrgPoints.FromDecimal(0.0003m), DrgPoints.FromPoints(2)];
        Fraction[] factors = [Fraction.Create(1, 3), Fraction.Create(1, 2), Fraction.Create(1, 2), Fraction.Create(2, 3)];
        var settled = new DrgPoints[4];
        DrgPoints total = DrgPayment.SettledPoints(points, factors, Policy(points: mode), settled);
        Assert.Equal(expected, settled.Select(p => p.Value));
        Assert.Equal(expected.Sum(), total.Value);

        // To 2 decimals: 0.33, 0, 0 (0.00015 → 0.0002 is not a hundredth), 1.33 — except ceiling 0.34, 0.01, 0.01, 1.34.
        var two = new DrgPoints[4];
        DrgPayment.SettledPoints(points, factors, Policy(decimals: 2, points: mode), two);
        decimal[] hundredths = mode == MidpointRounding.ToPositiveInfinity ? [0.34m, 0.01m, 0.01m, 1.34m] : [0.33m, 0m, 0m, 1.33m];
        Assert.Equal(hundredths, two.Select(p => p.Value));
    }

    [Fact]
    public void Settled_points_refuse_lengths_factors_and_negative_points()
    {
        DrgPolicy p = Policy();
        DrgPoints[] points = [DrgPoints.FromPoints(1), DrgPoints.FromPoints(2), DrgPoints.FromPoints(3)];
        Fraction[] factors = [Fraction.One, Fraction.One, Fraction.One];
        var e = Assert.Throws<ArgumentException>(() => DrgPayment.SettledPoints(points, factors[..2], p, new DrgPoints[3]));
        Assert.Equal("settledPoints", e.ParamName);
        Assert.Equal("one factor and one settled count per institution: 3 institutions, 2 factors, 3 settled counts.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => DrgPayment.SettledPoints(points, factors, p, new DrgPoints[4]));
        Assert.Equal("one factor and one settled count per institution: 3 institutions, 3 factors, 4 settled counts.", WithoutParameter(e));

        e = Assert.Throws<ArgumentException>(() => DrgPayment.SettledPoints(points, [Fraction.One, Fraction.One, Fraction.Zero], p, new DrgPoints[3]));
        Assert.Equal("institutionFactors", e.ParamName);
        Assert.Equal("institutions[2].factor 0 must be > 0: an institution factor multiplies the institution's points.", WithoutParameter(e));

        e = Assert.Throws<ArgumentException>(() => DrgPayment.SettledPoints([DrgPoints.FromPoints(1), DrgPoints.FromMicroPoints(-1), DrgPoints.Zero], factors, p, new DrgPoints[3]));
        Assert.Equal("institutionPoints", e.ParamName);
        Assert.Equal("institutions[1] has -0.000001 points: points must be ≥ 0.", WithoutParameter(e));
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => DrgPayment.SettledPoints(points, factors, null!, new DrgPoints[3])).ParamName);
        Assert.Throws<OverflowException>(() => DrgPayment.SettledPoints([DrgPoints.FromMicroPoints(long.MaxValue / 2), DrgPoints.FromMicroPoints(long.MaxValue / 2)], [Fraction.FromInteger(2), Fraction.One], p, new DrgPoints[2]));
    }

    [Fact]
    public void Distribute_needs_the_points_the_value_divides_by()
    {
        DrgPointValue v = DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.Zero, DrgPoints.FromPoints(3));
        var payments = new Money[3];
        DrgPayment.Distribute(v, [DrgPoints.FromPoints(1), DrgPoints.FromPoints(1), DrgPoints.FromPoints(1)], payments);
        Assert.Equal([Money.FromYuan(3.34m), Money.FromYuan(3.33m), Money.FromYuan(3.33m)], payments); // 10 / 3: the earliest gets the spare fen

        var e = Assert.Throws<ArgumentException>(() => DrgPayment.Distribute(v, [DrgPoints.FromPoints(3)], new Money[2]));
        Assert.Equal("payments", e.ParamName);
        Assert.Equal("payments has length 2 for 1 institutions.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => DrgPayment.Distribute(v, [DrgPoints.FromPoints(2)], new Money[1]));
        Assert.Equal("settledPoints", e.ParamName);
        Assert.Equal("the settled points sum to 2 but the point value was computed over 3: distribute the same points the point value divides by.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => DrgPayment.Distribute(default, [], []));
        Assert.Equal("the settled points sum to 0 but the point value was computed over 0: distribute the same points the point value divides by.", WithoutParameter(e));
    }

    [Theory]
    [InlineData(2, 3, 3, 3, "one entry per institution in every institution span: 3 factors, 2 points, 3 settled, 3 payments.")]
    [InlineData(3, 2, 3, 3, "one entry per institution in every institution span: 3 factors, 3 points, 2 settled, 3 payments.")]
    [InlineData(3, 3, 4, 3, "one entry per institution in every institution span: 3 factors, 3 points, 3 settled, 4 payments.")]
    [InlineData(3, 3, 3, 2, "one entry per institution in every institution span: 2 factors, 3 points, 3 settled, 3 payments.")]
    public void Compute_refuses_institution_spans_of_other_lengths(int points, int settled, int payments, int factors, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => DrgPayment.Compute(DrgExample.Table(), DrgExample.Budget, null, DrgExample.Cases(),
            DrgExample.InstitutionFactors[..factors], default, new DrgPoints[points], new DrgPoints[settled], new Money[payments]));
        Assert.Equal("payments", e.ParamName);
        Assert.Equal(message, WithoutParameter(e));
    }

    [Fact]
    public void Compute_checks_case_points_the_reserve_and_the_factors()
    {
        DrgGroupTable t = DrgExample.Table();
        var e = Assert.Throws<ArgumentException>(() => DrgPayment.Compute(t, DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionFactors,
            new DrgPoints[9], new DrgPoints[3], new DrgPoints[3], new Money[3]));
        Assert.Equal("casePoints", e.ParamName);
        Assert.Equal("casePoints has length 9 for 8 cases: give one per case, or an empty span.", WithoutParameter(e));
        e = Assert.Throws<ArgumentOutOfRangeException>(() => DrgPayment.Compute(t, Money.FromYuan(10), Money.FromYuan(11), DrgExample.Cases(), DrgExample.InstitutionFactors,
            default, new DrgPoints[3], new DrgPoints[3], new Money[3]));
        Assert.Equal("reserve", e.ParamName);
        e = Assert.Throws<ArgumentException>(() => DrgPayment.Compute(t, DrgExample.Budget, null, DrgExample.Cases(), [Fraction.One, Fraction.Create(-1, 2), Fraction.One],
            default, new DrgPoints[3], new DrgPoints[3], new Money[3]));
        Assert.Equal("institutions[1].factor -0.5 must be > 0: an institution factor multiplies the institution's points.", WithoutParameter(e));
        Assert.Equal("table", Assert.Throws<ArgumentNullException>(() => DrgPayment.Compute(null!, DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionFactors,
            default, new DrgPoints[3], new DrgPoints[3], new Money[3])).ParamName);

        // A given reserve: 1,433 settled points share 160,005.00 − 5.00.
        var payments = new Money[3];
        DrgSchemeResult r = DrgPayment.Compute(t, DrgExample.Budget, Money.FromYuan(5), DrgExample.Cases(), DrgExample.InstitutionFactors,
            new DrgPoints[8], new DrgPoints[3], new DrgPoints[3], payments);
        Assert.Equal((Money.FromYuan(5), false, Money.FromYuan(160_000)), (r.PointValue.Reserve, r.PointValue.ReserveByRatio, r.PointValue.Distributable));
        Assert.Equal(Money.FromYuan(160_000), Money.Sum(payments));
        Assert.Equal((8L, 1L, 1L), (r.Totals.Cases, r.Totals.HighOutliers, r.Totals.LowOutliers));
    }

    [Fact]
    public void Calculate_refuses_ids_and_references_that_do_not_match()
    {
        DrgGroupTable t = DrgExample.Table();
        var e = Assert.Throws<ArgumentException>(() => DrgPayment.Calculate(t, DrgExample.Budget, null, DrgExample.Cases(), ["H1", "H2"], DrgExample.InstitutionFactors));
        Assert.Equal("institutionIds", e.ParamName);
        Assert.Equal("2 institution ids for 3 factors.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => DrgPayment.Calculate(t, DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionIds, DrgExample.InstitutionFactors, DrgExample.References[..2]));
        Assert.Equal("references", e.ParamName);
        Assert.Equal("2 reference amounts for 3 institutions: give one per institution, or none.", WithoutParameter(e));
        e = Assert.Throws<ArgumentException>(() => DrgPayment.Calculate(t, DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionIds, DrgExample.InstitutionFactors,
            [Money.FromYuan(1), Money.FromFen(-1), Money.FromYuan(1)]));
        Assert.Equal("references", e.ParamName);
        Assert.Equal("references[1] -0.01元 is negative: settlement amounts must be ≥ 0.", WithoutParameter(e));
        Assert.Equal("institutionIds", Assert.Throws<ArgumentNullException>(() => DrgPayment.Calculate(t, DrgExample.Budget, null, DrgExample.Cases(), null!, DrgExample.InstitutionFactors)).ParamName);

        // A null id is shown as its index; the result carries every column.
        DrgSchemePayment p = DrgPayment.Calculate(t, DrgExample.Budget, null, DrgExample.Cases(), ["H1", null!, "H3"], DrgExample.InstitutionFactors);
        Assert.Equal(["H1", "1", "H3"], p.InstitutionIds);
        Assert.Equal([3, 3, 2], p.CaseCounts);
        Assert.Equal([80m, 150m, 30m, 450m, 180m, 80m, 150m, 300m], p.CasePoints.Select(x => x.Value));
        Assert.Equal([DrgCaseKind.Normal, DrgCaseKind.Normal, DrgCaseKind.LowOutlier, DrgCaseKind.HighOutlier, DrgCaseKind.Normal, DrgCaseKind.Normal, DrgCaseKind.Normal, DrgCaseKind.Normal], p.CaseKinds);
        Assert.Equal([260m, 710m, 450m], p.InstitutionPoints.Select(x => x.Value));
        Assert.Equal([260m, 745.5m, 427.5m], p.SettledPoints.Select(x => x.Value));
        Assert.Equal(DrgExample.InstitutionFactors, p.InstitutionFactors);
        Assert.Equal((DrgScheme.Employee, t.Policy), (p.Scheme, p.Policy));
        Assert.Null(p.Settlements);
        Assert.Null(p.SettlementTotals);
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => p.ExplainInstitution(3));
        Assert.StartsWith("institution 3 is outside the allowed range [0, 2].", range.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => p.ExplainInstitution(-1));
    }

    [Fact]
    public void Calculate_pays_the_scaled_shares_when_the_given_reserve_is_short()
    {
        // A reserve of 1,000.00 instead of 5%: the pool (1,000 + the clawed-back surplus of H1 and H3) is below H2's share.
        DrgSchemePayment p = DrgPayment.Calculate(DrgExample.Table(), DrgExample.Budget, Money.FromYuan(1_000), DrgExample.Cases(),
            DrgExample.InstitutionIds, DrgExample.InstitutionFactors, DrgExample.References);
        DrgSettlementTotals t = p.SettlementTotals!.Value;
        DrgInstitutionSettlement h2 = p.Settlements![1];
        Assert.Equal(DrgSettlementOutcome.SharingScaled, t.Outcome);
        Assert.Equal(Money.FromYuan(1_000) + t.ClawedBack, t.Shared);
        Assert.Equal(t.Shared, h2.Shared);
        Assert.True(h2.Shared < h2.SharedRequested);
        Assert.Equal(h2.PointPayment + h2.Shared, h2.Final);
        Assert.Equal(Money.Zero, t.Unspent);
        Assert.Equal(DrgSettlementKind.Surplus, p.Settlements[0].Kind);
        Assert.Equal(Money.Zero, p.Settlements[0].Shared);
    }

    // ---------------------------------------------------------------- the year-end settlement

    [Fact]
    public void Settlement_of_one_institution_within_and_beyond_its_band()
    {
        DrgPolicy p = Policy();
        // Surplus 500 beyond the band 100 (10% of 1,000): eligible 100, retained 60, clawed back 440, final 560.
        DrgInstitutionSettlement s = DrgSettlement.ForInstitution(p, Money.FromYuan(1_000), Money.FromYuan(500));
        Assert.Equal((DrgSettlementKind.Surplus, Money.FromYuan(100), Money.FromYuan(100)), (s.Kind, s.Band, s.Eligible));
        Assert.Equal((Money.FromYuan(60), Money.FromYuan(440), Money.Zero, Money.Zero), (s.Retained, s.ClawedBack, s.SharedRequested, s.Shared));
        Assert.Equal((Money.FromYuan(560), Money.FromYuan(-440)), (s.Final, s.Adjustment));

        // Overrun 50 within the band 100: shared 70% = 35, final 1,035; overrun 200 beyond it: eligible 100, shared 70.
        s = DrgSettlement.ForInstitution(p, Money.FromYuan(1_000), Money.FromYuan(1_050));
        Assert.Equal((DrgSettlementKind.Overrun, Money.FromYuan(100), Money.FromYuan(50)), (s.Kind, s.Band, s.Eligible));
        Assert.Equal((Money.Zero, Money.Zero, Money.FromYuan(35), Money.FromYuan(35)), (s.Retained, s.ClawedBack, s.SharedRequested, s.Shared));
        Assert.Equal((Money.FromYuan(1_035), Money.FromYuan(35)), (s.Final, s.Adjustment));
        s = DrgSettlement.ForInstitution(p, Money.FromYuan(1_000), Money.FromYuan(1_200));
        Assert.Equal((Money.FromYuan(100), Money.FromYuan(70)), (s.Eligible, s.Shared));

        s = DrgSettlement.ForInstitution(p, Money.FromYuan(1_000), Money.FromYuan(1_000));
        Assert.Equal((DrgSettlementKind.Balanced, Money.Zero, Money.Zero, Money.FromYuan(1_000)), (s.Kind, s.Band, s.Eligible, s.Final));

        // 10% of 0.05元 = 0.005元: 四舍五入 a band of 0.01 (retained 60% × 0.01 → 0.01), to even 0 (nothing retained).
        s = DrgSettlement.ForInstitution(p, Money.FromFen(5), Money.Zero);
        Assert.Equal((Money.FromFen(1), Money.FromFen(1), Money.FromFen(1), Money.FromFen(4)), (s.Band, s.Eligible, s.Retained, s.ClawedBack));
        s = DrgSettlement.ForInstitution(Policy(money: MidpointRounding.ToEven), Money.FromFen(5), Money.Zero);
        Assert.Equal((Money.Zero, Money.Zero, Money.Zero, Money.FromFen(5)), (s.Band, s.Eligible, s.Retained, s.ClawedBack));
    }

    [Fact]
    public void Settlement_refuses_negative_amounts_and_other_lengths()
    {
        DrgPolicy p = Policy();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DrgSettlement.ForInstitution(p, Money.FromFen(-1), Money.Zero));
        Assert.Equal("pointPayment", e.ParamName);
        Assert.StartsWith("pointPayment -0.01元 is negative.", e.Message);
        e = Assert.Throws<ArgumentOutOfRangeException>(() => DrgSettlement.ForInstitution(p, Money.Zero, Money.FromFen(-1)));
        Assert.Equal("reference", e.ParamName);
        Assert.StartsWith("reference -0.01元 is negative: a reference amount must be ≥ 0.", e.Message);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => DrgSettlement.ForInstitution(null!, Money.Zero, Money.Zero)).ParamName);

        Money[] two = [Money.FromYuan(1), Money.FromYuan(2)];
        string Fails(Money[] payments, Money[] references, Money[] shared, Money[] finals, Money? reserve = null, string param = "references")
        {
            var a = Assert.ThrowsAny<ArgumentException>(() => DrgSettlement.Settle(p, reserve ?? Money.Zero, payments, references, shared, finals));
            Assert.Equal(param, a.ParamName);
            return WithoutParameter(a).Split(Environment.NewLine)[0];
        }

        Assert.Equal("one entry per institution: 2 point payments, 1 references, 2 shared, 2 final.", Fails(two, two[..1], new Money[2], new Money[2]));
        Assert.Equal("one entry per institution: 2 point payments, 2 references, 3 shared, 2 final.", Fails(two, two, new Money[3], new Money[2]));
        Assert.Equal("one entry per institution: 2 point payments, 2 references, 2 shared, 1 final.", Fails(two, two, new Money[2], new Money[1]));
        Assert.Equal("reserve -0.01元 is negative.", Fails(two, two, new Money[2], new Money[2], Money.FromFen(-1), "reserve"));
        Assert.Equal("pointPayments[1] -0.02元 is negative: settlement amounts must be ≥ 0.", Fails([Money.Zero, Money.FromFen(-2)], two, new Money[2], new Money[2], param: "pointPayments"));
        Assert.Equal("references[0] -0.03元 is negative: settlement amounts must be ≥ 0.", Fails(two, [Money.FromFen(-3), Money.Zero], new Money[2], new Money[2]));
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => DrgSettlement.Settle(null!, Money.Zero, two, two, new Money[2], new Money[2])).ParamName);
    }

    [Theory]
    [InlineData(70, "AllShared", 35, 35, 0)]
    [InlineData(71, "AllShared", 35, 35, 1)]
    [InlineData(69.99, "SharingScaled", 35, 34.99, 0)]
    [InlineData(34.99, "SharingScaled", 17.50, 17.49, 0)]
    public void Shares_are_paid_while_the_pool_lasts_then_apportioned(double reserveYuan, string outcome, double firstYuan, double secondYuan, double unspentYuan)
    {
        (decimal reserve, decimal first, decimal second, decimal unspent) = ((decimal)reserveYuan, (decimal)firstYuan, (decimal)secondYuan, (decimal)unspentYuan);
        // Two overruns of 50 within their bands of 100: 35 requested each, 70 in all; the earlier institution wins a tied fen.
        Money[] payments = [Money.FromYuan(1_000), Money.FromYuan(1_000)];
        Money[] references = [Money.FromYuan(1_050), Money.FromYuan(1_050)];
        var shared = new Money[2];
        var finals = new Money[2];
        DrgSettlementTotals t = DrgSettlement.Settle(Policy(), Money.FromYuan(reserve), payments, references, shared, finals);
        Assert.Equal(Enum.Parse<DrgSettlementOutcome>(outcome), t.Outcome);
        Assert.Equal([Money.FromYuan(first), Money.FromYuan(second)], shared);
        Assert.Equal([Money.FromYuan(1_000 + first), Money.FromYuan(1_000 + second)], finals);
        Assert.Equal((Money.FromYuan(70), Money.FromYuan(first + second)), (t.SharedRequested, t.Shared));
        Assert.Equal((Money.FromYuan(2_000), Money.FromYuan(reserve), Money.FromYuan(2_000 + first + second)), (t.PointPayments, t.Reserve, t.Final));
        Assert.Equal(Money.FromYuan(unspent), t.Unspent);
        Assert.Equal((0, 2, Money.Zero, Money.Zero), (t.SurplusInstitutions, t.OverrunInstitutions, t.Retained, t.ClawedBack));
    }

    [Fact]
    public void Clawed_back_surplus_joins_the_pool()
    {
        // H1 1,000 vs 500: retained 60, clawed back 440; H2 1,000 vs 1,050: 35 requested; H3 balanced. Pool 0 + 440 ≥ 35.
        Money[] payments = [Money.FromYuan(1_000), Money.FromYuan(1_000), Money.FromYuan(300)];
        Money[] references = [Money.FromYuan(500), Money.FromYuan(1_050), Money.FromYuan(300)];
        var shared = new Money[3];
        var finals = new Money[3];
        DrgSettlementTotals t = DrgSettlement.Settle(Policy(), Money.Zero, payments, references, shared, finals);
        Assert.Equal(DrgSettlementOutcome.AllShared, t.Outcome);
        Assert.Equal([Money.Zero, Money.FromYuan(35), Money.Zero], shared);
        Assert.Equal([Money.FromYuan(560), Money.FromYuan(1_035), Money.FromYuan(300)], finals);
        Assert.Equal((Money.FromYuan(60), Money.FromYuan(440), Money.FromYuan(35), Money.FromYuan(35)), (t.Retained, t.ClawedBack, t.SharedRequested, t.Shared));
        Assert.Equal((Money.FromYuan(2_300), Money.FromYuan(1_895), Money.FromYuan(405)), (t.PointPayments, t.Final, t.Unspent));
        Assert.Equal((1, 1), (t.SurplusInstitutions, t.OverrunInstitutions));
    }
}
