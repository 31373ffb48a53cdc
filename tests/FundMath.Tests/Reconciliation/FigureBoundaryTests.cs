using System;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// The edges of the figure model: interval arithmetic at every sign combination, the outward snap of long
/// denominators, the interval's equality and formats; a printed figure's refusals with their messages, each
/// rounding's interval, exact counts, conversions and texts; the unit table; and a location's path.
/// </summary>
public sealed class FigureBoundaryTests
{
    private static readonly FigureLocation At = new("test", "table", "row", "column");

    private static FigureInterval I(long low, long high) => FigureInterval.Create(Fraction.FromInteger(low), Fraction.FromInteger(high));

    private static Fraction Q(long numerator, long denominator) => Fraction.Create(numerator, denominator);

    // ---------------------------------------------------------------- FigureInterval

    [Fact]
    public void An_interval_contains_zero_when_its_bounds_straddle_or_touch_it()
    {
        Assert.True(I(0, 1).ContainsZero);
        Assert.True(I(-1, 0).ContainsZero);
        Assert.True(I(0, 0).ContainsZero);
        Assert.True(I(-1, 1).ContainsZero);
        Assert.False(I(1, 2).ContainsZero);
        Assert.False(I(-2, -1).ContainsZero);
        Assert.Equal(Fraction.FromInteger(3), I(-1, 2).Width);
        Assert.Equal(Fraction.Zero, default(FigureInterval).Width);
    }

    [Fact]
    public void Create_needs_low_at_most_high()
    {
        Assert.Equal(FigureInterval.Exactly(Fraction.One), FigureInterval.Create(Fraction.One, Fraction.One));
        var e = Assert.Throws<ArgumentException>(() => FigureInterval.Create(Fraction.One, Fraction.Zero));
        Assert.Equal("low", e.ParamName);
        Assert.StartsWith("low 1 exceeds high 0: an interval needs low ≤ high.", e.Message);
    }

    [Fact]
    public void Sums_differences_and_shifts()
    {
        Assert.Equal(I(4, 7), I(1, 2) + I(3, 5));
        Assert.Equal(I(-4, -1), I(1, 2) - I(3, 5));
        Assert.Equal(FigureInterval.Create(Q(3, 2), Q(5, 2)), I(1, 2) + Q(1, 2));
        Assert.Equal(FigureInterval.Create(Q(1, 2), Q(3, 2)), I(1, 2) - Q(1, 2));
        Assert.Equal(I(-2, -1), -I(1, 2));
        Assert.Equal(I(2, 4), I(1, 2).Scale(Fraction.FromInteger(2)));
        Assert.Equal(I(-4, -2), I(1, 2).Scale(Fraction.FromInteger(-2)));
        Assert.Equal(I(0, 0), I(1, 2).Scale(Fraction.Zero));
    }

    [Theory]
    [InlineData(1, 2, 3, 4, 3, 8)]
    [InlineData(-2, -1, 3, 4, -8, -3)]
    [InlineData(-2, -1, -4, -3, 3, 8)]
    [InlineData(1, 2, -4, -3, -8, -3)]
    [InlineData(-1, 2, -3, 4, -6, 8)]
    [InlineData(-3, 2, -1, 4, -12, 8)]
    public void Products_take_the_extreme_corner_products(long a, long b, long c, long d, long low, long high) =>
        Assert.Equal(I(low, high), I(a, b) * I(c, d));

    [Fact]
    public void Quotients_take_the_extreme_corner_quotients()
    {
        Assert.Equal(FigureInterval.Create(Q(1, 8), Q(1, 2)), I(1, 2) / I(4, 8));
        Assert.Equal(FigureInterval.Create(Q(-1, 2), Q(-1, 8)), I(-2, -1) / I(4, 8));
        Assert.Equal(FigureInterval.Create(Q(-1, 2), Q(-1, 8)), I(1, 2) / I(-8, -4));
        Assert.Equal(FigureInterval.Create(Q(1, 8), Q(1, 2)), I(-2, -1) / I(-8, -4));
        Assert.Equal(FigureInterval.Create(Q(-1, 4), Q(1, 2)), I(-1, 2) / I(4, 8));
        var e = Assert.Throws<DivideByZeroException>(() => I(1, 2) / I(-1, 1));
        Assert.Equal("Cannot divide [1, 2] by [-1, 1]: the divisor interval contains zero.", e.Message);
        Assert.Throws<DivideByZeroException>(() => I(1, 2) / I(0, 1));
        Assert.Throws<DivideByZeroException>(() => I(1, 2) / I(-1, 0));
    }

    [Fact]
    public void Intersections_include_their_bounds()
    {
        Assert.True(I(3, 5).Intersects(I(1, 3)));
        Assert.True(I(1, 3).Intersects(I(3, 5)));
        Assert.False(I(4, 5).Intersects(I(1, 3)));
        Assert.True(I(1, 5).Intersects(I(2, 3)));
        Assert.True(I(1, 3).Contains(Fraction.One));
        Assert.True(I(1, 3).Contains(Fraction.FromInteger(3)));
        Assert.False(I(1, 3).Contains(Fraction.Zero));
        Assert.False(I(1, 3).Contains(Fraction.FromInteger(4)));
        Assert.Equal(I(2, 3), I(2, 5).Intersect(I(1, 3)));
        Assert.Equal(I(2, 3), I(1, 3).Intersect(I(2, 5)));
        Assert.Equal(I(3, 3), I(1, 3).Intersect(I(3, 5)));
        var e = Assert.Throws<InvalidOperationException>(() => I(1, 2).Intersect(I(3, 4)));
        Assert.Equal("The intervals [1, 2] and [3, 4] do not intersect.", e.Message);
    }

    [Fact]
    public void Intervals_are_equal_by_both_bounds()
    {
        FigureInterval a = FigureInterval.Create(Q(1, 3), Q(1, 2));
        Assert.True(a == FigureInterval.Create(Q(2, 6), Q(2, 4)));
        Assert.False(a != FigureInterval.Create(Q(2, 6), Q(2, 4)));
        Assert.True(a != FigureInterval.Create(Q(1, 4), Q(1, 2)));
        Assert.True(a != FigureInterval.Create(Q(1, 3), Q(2, 3)));
        Assert.False(a.Equals(FigureInterval.Create(Q(1, 3), Q(2, 3))));
        Assert.True(a.Equals((object)FigureInterval.Create(Q(1, 3), Q(1, 2))));
        Assert.False(a.Equals((object)"[1/3, 1/2]"));
        Assert.False(a.Equals(null));
        Assert.Equal(a.GetHashCode(), FigureInterval.Create(Q(1, 3), Q(1, 2)).GetHashCode());
        Assert.Equal("[1/3, 1/2]", a.ToString());
        Assert.Equal(FigureInterval.Exactly(Fraction.Zero), default);
    }

    [Fact]
    public void Formats_round_half_away_from_zero_in_the_unit()
    {
        FigureInterval i = FigureInterval.Create(Fraction.FromDecimal(0.125m), Fraction.FromDecimal(0.135m));
        Assert.Equal("[0.13, 0.14]元", i.Format(FigureUnit.Yuan, 2));
        Assert.Equal("[12.5%, 13.5%]", i.Format(FigureUnit.Percent, 1));
        Assert.Equal("[0.0000125, 0.0000135]万元", i.Format(FigureUnit.Wan, 7));
        Assert.Equal("[-0.14, -0.13]元", (-i).Format(FigureUnit.Yuan, 2));
        Assert.Equal("[0, 0]个月", FigureInterval.Create(Fraction.FromDecimal(0.125m), Fraction.FromDecimal(0.135m)).Format(FigureUnit.Months, 0));
    }

    [Fact]
    public void Long_denominators_are_snapped_outward_to_fifteen_significant_digits()
    {
        const long big = 1_000_000_000_001; // just above the 10¹² denominator limit
        // 1/big ≈ 9.99…e−13: no integer digits, 12 decimals: [0, 10⁻¹²].
        FigureInterval tiny = FigureInterval.Create(Q(1, big), Q(1, big));
        Assert.Equal(Fraction.Zero, tiny.Low);
        Assert.Equal(Q(1, 1_000_000_000_000), tiny.High);

        // 123 + 1/big: 3 integer digits, 12 decimals.
        FigureInterval three = FigureInterval.Create(Q((123 * big) + 1, big), Q((123 * big) + 1, big));
        Assert.Equal(Fraction.FromInteger(123), three.Low);
        Assert.Equal(Fraction.FromDecimal(123.000000000001m), three.High);

        // 123,456 + 1/big: 6 integer digits, 9 decimals; negative the same digits, outward.
        FigureInterval six = FigureInterval.Create(Q((123_456 * big) + 1, big), Q((123_456 * big) + 1, big));
        Assert.Equal(Fraction.FromInteger(123_456), six.Low);
        Assert.Equal(Fraction.FromDecimal(123_456.000000001m), six.High);
        FigureInterval negative = FigureInterval.Create(Q(-((123_456 * big) + 1), big), Q(-((123_456 * big) + 1), big));
        Assert.Equal(Fraction.FromDecimal(-123_456.000000001m), negative.Low);
        Assert.Equal(Fraction.FromInteger(-123_456), negative.High);

        // A denominator of exactly 10¹² is kept.
        Assert.Equal(Q(1, 1_000_000_000_000), FigureInterval.Create(Q(1, 1_000_000_000_000), Q(1, 1_000_000_000_000)).Low);
    }

    // ---------------------------------------------------------------- PrintedFigure

    [Fact]
    public void A_printed_figure_keeps_what_it_was_given()
    {
        var f = new PrintedFigure(1.5m, FigureUnit.Wan, At, 0.1m, PrintRounding.Floor);
        Assert.Equal((1.5m, FigureUnit.Wan, 0.1m, PrintRounding.Floor), (f.Printed, f.Unit, f.Precision, f.Rounding));
        Assert.Same(At, f.Location);
        Assert.False(f.IsDash);
        Assert.False(f.IsExact);
        Assert.Equal(Fraction.FromInteger(15_000), f.Value);
        Assert.Equal(Fraction.FromInteger(1_000), f.BasePrecision);
        Assert.Equal(FigureInterval.Create(Fraction.FromInteger(15_000), Fraction.FromInteger(16_000)), f.Interval);
        Assert.Equal("1.5万元", f.Text);
        Assert.Equal("1.5万元 (test › table › row › column)", f.ToString());
        Assert.Equal(0.01m, new PrintedFigure(1.50m, FigureUnit.Wan, At).Precision);
    }

    [Fact]
    public void A_printed_figure_refuses_a_negative_precision_an_undefined_rounding_or_unit()
    {
        var e = Assert.Throws<ArgumentException>(() => new PrintedFigure(1m, FigureUnit.Yi, At, -0.01m));
        Assert.Equal("precision", e.ParamName);
        Assert.StartsWith("precision -0.01 of the figure at test › table › row › column is negative; write a positive precision, or 0 for an exact figure.", e.Message);
        e = Assert.Throws<ArgumentException>(() => new PrintedFigure(1m, FigureUnit.Yi, At, null, (PrintRounding)4));
        Assert.Equal("rounding", e.ParamName);
        Assert.StartsWith("rounding 4 is not a defined PrintRounding value.", e.Message);
        Assert.Throws<ArgumentException>(() => new PrintedFigure(1m, FigureUnit.Yi, At, null, (PrintRounding)(-1)));
        Assert.Equal(PrintRounding.Approximate, new PrintedFigure(1m, FigureUnit.Yi, At, null, PrintRounding.Approximate).Rounding);
        var u = Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedFigure(1m, (FigureUnit)15, At));
        Assert.Equal("unit", u.ParamName);
        Assert.StartsWith("unit 15 is not a defined FigureUnit.", u.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrintedFigure(1m, (FigureUnit)(-1), At));
        Assert.Equal("location", Assert.Throws<ArgumentNullException>(() => new PrintedFigure(1m, FigureUnit.Yi, null!)).ParamName);
        Assert.Equal(0m, new PrintedFigure(1m, FigureUnit.Yi, At, 0m).Precision);
    }

    [Theory]
    [InlineData(PrintRounding.Nearest, 9.5, 10.5)]
    [InlineData(PrintRounding.Floor, 10, 11)]
    [InlineData(PrintRounding.Ceiling, 9, 10)]
    [InlineData(PrintRounding.Approximate, 9, 11)]
    public void Each_rounding_gives_its_interval(PrintRounding rounding, double low, double high)
    {
        var f = new PrintedFigure(10m, FigureUnit.Yuan, At);
        Assert.Equal(FigureInterval.Create(Fraction.FromDecimal((decimal)low), Fraction.FromDecimal((decimal)high)), f.IntervalFor(rounding));
        Assert.Equal(f.IntervalFor(rounding), new PrintedFigure(10m, FigureUnit.Yuan, At, null, rounding).Interval);
        Assert.Equal(FigureInterval.Exactly(Fraction.FromInteger(10)), new PrintedFigure(10m, FigureUnit.Yuan, At, 0m).IntervalFor(rounding));
    }

    [Fact]
    public void Whole_counts_printed_to_the_unit_are_exact()
    {
        PrintedFigure persons = new(3m, FigureUnit.Persons, At);
        Assert.True(persons.IsExactCount);
        Assert.True(persons.IsExact);
        Assert.Equal(FigureInterval.Exactly(Fraction.FromInteger(3)), persons.Interval);
        Assert.Equal(I(3, 4), persons.IntervalFor(PrintRounding.Floor)); // a directed reading is not exact
        Assert.True(new PrintedFigure(6m, FigureUnit.Count, At).IsExactCount);
        Assert.False(new PrintedFigure(3m, FigureUnit.WanPersons, At).IsExactCount);
        Assert.False(new PrintedFigure(3.0m, FigureUnit.Persons, At).IsExactCount); // printed to 0.1
        Assert.False(new PrintedFigure(3m, FigureUnit.Persons, At, 1m, PrintRounding.Floor).IsExactCount);
        Assert.False(new PrintedFigure(3m, FigureUnit.Persons, At, 1m, PrintRounding.Approximate).IsExactCount);
        Assert.False(new PrintedFigure(3.5m, FigureUnit.Persons, At, 1m).IsExactCount);
        Assert.False(new PrintedFigure(3m, FigureUnit.Persons, At, 1m, PrintRounding.Floor).IsExact);
        Assert.False(new PrintedFigure(30m, FigureUnit.Persons, At, 10m).IsExactCount);
    }

    [Theory]
    [InlineData(FigureUnit.Yuan, 1.005, 101)]
    [InlineData(FigureUnit.Wan, 1.5, 1_500_000)]
    [InlineData(FigureUnit.Yi, 0.01, 100_000_000)]
    [InlineData(FigureUnit.YuanPerMonth, 2.5, 250)]
    [InlineData(FigureUnit.WanPerMonth, 2.5, 2_500_000)]
    [InlineData(FigureUnit.YiPerMonth, 2.5, 25_000_000_000)]
    [InlineData(FigureUnit.YuanPerPerson, 380, 38_000)]
    [InlineData(FigureUnit.YuanPerPersonMonth, 5054, 505_400)]
    public void Money_units_convert_to_fen_half_away_from_zero(FigureUnit unit, double printed, long fen) =>
        Assert.Equal(Money.FromFen(fen), new PrintedFigure((decimal)printed, unit, At).ToMoney());

    [Theory]
    [InlineData(FigureUnit.Percent)]
    [InlineData(FigureUnit.Persons)]
    [InlineData(FigureUnit.Months)]
    [InlineData(FigureUnit.Count)]
    public void Other_units_are_not_money(FigureUnit unit)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new PrintedFigure(2m, unit, At).ToMoney());
        Assert.Equal($"The figure 2{FigureUnits.Symbol(unit)} at test › table › row › column is printed in {unit}, not a unit convertible to Money.", e.Message);
    }

    [Fact]
    public void Rates_and_headcounts_convert_from_their_units_only()
    {
        Assert.Equal(Rate.FromPercent(12.5m), new PrintedFigure(12.5m, FigureUnit.Percent, At).ToRate());
        Assert.Equal("The figure 12.5万元 at test › table › row › column is printed in Wan, not a unit convertible to Rate.",
            Assert.Throws<InvalidOperationException>(() => new PrintedFigure(12.5m, FigureUnit.Wan, At).ToRate()).Message);
        Assert.Equal(Headcount.FromPersons(3), new PrintedFigure(3m, FigureUnit.Persons, At).ToHeadcount());
        Assert.Equal(Headcount.FromPersons(1), new PrintedFigure(0.00005m, FigureUnit.WanPersons, At).ToHeadcount()); // 0.5 person → 1
        Assert.Equal(Headcount.FromPersons(7), new PrintedFigure(7m, FigureUnit.Count, At).ToHeadcount());
        Assert.Equal(Headcount.FromPersons(20_000), new PrintedFigure(2m, FigureUnit.WanCount, At).ToHeadcount());
        Assert.Equal(Headcount.FromPersons(200_000_000), new PrintedFigure(2m, FigureUnit.YiCount, At).ToHeadcount());
        Assert.Equal("The figure 2个月 at test › table › row › column is printed in Months, not a unit convertible to Headcount.",
            Assert.Throws<InvalidOperationException>(() => new PrintedFigure(2m, FigureUnit.Months, At).ToHeadcount()).Message);
    }

    [Fact]
    public void Texts_of_figures()
    {
        Assert.Equal("约15个月", new PrintedFigure(15m, FigureUnit.Months, At, null, PrintRounding.Approximate).Text);
        Assert.Equal("15个月", new PrintedFigure(15m, FigureUnit.Months, At, null, PrintRounding.Floor).Text);
        Assert.Equal("6", new PrintedFigure(6m, FigureUnit.Count, At).Text);
        Assert.Equal("-1.93%", new PrintedFigure(-1.93m, FigureUnit.Percent, At).Text);
        PrintedFigure dash = PrintedFigure.Dash(FigureUnit.Yi, At);
        Assert.Equal(("-", true, true, 0m, FigureUnit.Yi), (dash.Text, dash.IsDash, dash.IsExact, dash.Precision, dash.Unit));
        Assert.Equal("- (test › table › row › column)", dash.ToString());
        Assert.Equal(0.01m, PrintedFigure.PrecisionOf(30.89m));
        Assert.Equal(1m, PrintedFigure.PrecisionOf(84_555m));
        Assert.Equal(0.001m, PrintedFigure.PrecisionOf(0.000m));
        Assert.Equal(3, PrintedFigure.PrecisionOf(0.000m).Scale);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("－")]
    [InlineData("–")]
    [InlineData(" - ")]
    public void Dashes_parse_as_exact_zeros_of_the_default_unit(string text)
    {
        PrintedFigure dash = PrintedFigure.Parse(text, At, FigureUnit.Wan);
        Assert.True(dash.IsDash);
        Assert.Equal(FigureUnit.Wan, dash.Unit);
        var e = Assert.Throws<FormatException>(() => PrintedFigure.Parse(text, At));
        Assert.Equal($"\"{text}\" (zero) has no unit and no default unit applies: give the table or column a unit.", e.Message);
    }

    [Fact]
    public void Parse_reads_approximations_signs_spaces_and_units()
    {
        PrintedFigure approx = PrintedFigure.Parse(" 约 15个月 ", At);
        Assert.Equal((15m, FigureUnit.Months, PrintRounding.Approximate, 1m), (approx.Printed, approx.Unit, approx.Rounding, approx.Precision));
        PrintedFigure spaced = PrintedFigure.Parse("30.89 亿元", At, FigureUnit.Wan);
        Assert.Equal((30.89m, FigureUnit.Yi, PrintRounding.Nearest), (spaced.Printed, spaced.Unit, spaced.Rounding));
        Assert.Equal(FigureUnit.Wan, PrintedFigure.Parse("30.89", At, FigureUnit.Wan).Unit);
        Assert.Equal(-1.93m, PrintedFigure.Parse("−1.93%", At).Printed);
        Assert.Same(At, PrintedFigure.Parse("1元", At).Location);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => PrintedFigure.Parse(null!, At)).ParamName);
        Assert.Equal("location", Assert.Throws<ArgumentNullException>(() => PrintedFigure.Parse("1元", null!)).ParamName);
    }

    [Fact]
    public void Parse_errors_quote_the_text()
    {
        var e = Assert.Throws<FormatException>(() => PrintedFigure.Parse("30.89", At));
        Assert.Equal("\"30.89\" has no unit and no default unit applies: write it as e.g. \"30.89亿元\".", e.Message);
        e = Assert.Throws<FormatException>(() => PrintedFigure.Parse("约30.89美元", At));
        Assert.Equal($"\"约30.89美元\": unknown unit \"美元\" at position 6; expected one of {FigureUnits.Accepted}.", e.Message);
        e = Assert.Throws<FormatException>(() => PrintedFigure.Parse("abc", At));
        Assert.StartsWith("\"abc\" is not a printed figure: expected a number such as \"30.89亿元\", \"110.09%\" or \"约15个月\" (", e.Message);
        Assert.EndsWith(")", e.Message);
        Assert.IsType<FormatException>(e.InnerException);
    }

    // ---------------------------------------------------------------- FigureUnits

    [Fact]
    public void The_unit_table()
    {
        Assert.Equal("元, 万元, 亿元, %, 人, 万人, 人次, 个月, 元/人, 元/月, 万元/月, 亿元/月, 元/人·月, 万人次, 亿人次", FigureUnits.Accepted);
        FigureUnit[] all = Enum.GetValues<FigureUnit>();
        string[] symbols = ["元", "万元", "亿元", "%", "人", "万人", "", "个月", "元/人", "元/月", "万元/月", "亿元/月", "元/人·月", "万人次", "亿人次"];
        Fraction[] scales =
        [
            Fraction.One, Fraction.FromInteger(10_000), Fraction.FromInteger(100_000_000), Q(1, 100), Fraction.One, Fraction.FromInteger(10_000), Fraction.One,
            Fraction.One, Fraction.One, Fraction.One, Fraction.FromInteger(10_000), Fraction.FromInteger(100_000_000), Fraction.One, Fraction.FromInteger(10_000),
            Fraction.FromInteger(100_000_000),
        ];
        Assert.Equal(15, all.Length);
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(symbols[i], FigureUnits.Symbol(all[i]));
            Assert.Equal(scales[i], FigureUnits.Scale(all[i]));
        }

        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => FigureUnits.Symbol((FigureUnit)15)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureUnits.Scale((FigureUnit)(-1)));
    }

    [Theory]
    [InlineData("元", FigureUnit.Yuan)]
    [InlineData("yuan", FigureUnit.Yuan)]
    [InlineData(" 万元 ", FigureUnit.Wan)]
    [InlineData("wan", FigureUnit.Wan)]
    [InlineData("yi", FigureUnit.Yi)]
    [InlineData("％", FigureUnit.Percent)]
    [InlineData("percent", FigureUnit.Percent)]
    [InlineData("persons", FigureUnit.Persons)]
    [InlineData("wan-persons", FigureUnit.WanPersons)]
    [InlineData("个", FigureUnit.Count)]
    [InlineData("家", FigureUnit.Count)]
    [InlineData("count", FigureUnit.Count)]
    [InlineData("月", FigureUnit.Months)]
    [InlineData("months", FigureUnit.Months)]
    [InlineData("元/人·年", FigureUnit.YuanPerPerson)]
    [InlineData("元/人/年", FigureUnit.YuanPerPerson)]
    [InlineData("yuan-per-person", FigureUnit.YuanPerPerson)]
    [InlineData("yuan-per-month", FigureUnit.YuanPerMonth)]
    [InlineData("wan-per-month", FigureUnit.WanPerMonth)]
    [InlineData("yi-per-month", FigureUnit.YiPerMonth)]
    [InlineData("元/人/月", FigureUnit.YuanPerPersonMonth)]
    [InlineData("yuan-per-person-month", FigureUnit.YuanPerPersonMonth)]
    [InlineData("万个", FigureUnit.WanCount)]
    [InlineData("wan-count", FigureUnit.WanCount)]
    [InlineData("yi-count", FigureUnit.YiCount)]
    public void Unit_spellings(string text, FigureUnit unit)
    {
        Assert.True(FigureUnits.TryParse(text, out FigureUnit parsed));
        Assert.Equal(unit, parsed);
    }

    [Fact]
    public void Unknown_units_are_not_read()
    {
        Assert.False(FigureUnits.TryParse("美元", out FigureUnit unit));
        Assert.Equal(FigureUnit.Yuan, unit);
        Assert.False(FigureUnits.TryParse(null!, out _));
        Assert.False(FigureUnits.TryParse("", out _));
    }

    [Fact]
    public void Unit_kinds()
    {
        FigureUnit[] money = [FigureUnit.Yuan, FigureUnit.Wan, FigureUnit.Yi, FigureUnit.YuanPerMonth, FigureUnit.WanPerMonth, FigureUnit.YiPerMonth];
        FigureUnit[] perMonth = [FigureUnit.YuanPerMonth, FigureUnit.WanPerMonth, FigureUnit.YiPerMonth];
        FigureUnit[] counts = [FigureUnit.Persons, FigureUnit.WanPersons, FigureUnit.Count, FigureUnit.WanCount, FigureUnit.YiCount];
        foreach (FigureUnit unit in Enum.GetValues<FigureUnit>())
        {
            Assert.Equal(Array.IndexOf(money, unit) >= 0, FigureUnits.IsMoney(unit));
            Assert.Equal(Array.IndexOf(perMonth, unit) >= 0, FigureUnits.IsPerMonth(unit));
            Assert.Equal(Array.IndexOf(counts, unit) >= 0, FigureUnits.IsCount(unit));
        }
    }

    // ---------------------------------------------------------------- FigureLocation

    [Fact]
    public void A_location_path_skips_missing_and_empty_parts()
    {
        Assert.Equal("s › r", new FigureLocation("s", null, "r").ToString());
        Assert.Equal("s › r › c", new FigureLocation("s", "", "r", "c").ToString());
        Assert.Equal("s › t", new FigureLocation("s", "t", "", null).ToString());
        Assert.Equal("s", new FigureLocation("s").ToString());
        Assert.Equal("f.yaml:1:2", (new FigureLocation("s") with { Source = "f.yaml:1:2" }).Source);
    }
}
