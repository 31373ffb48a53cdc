using System;
using System.IO;
using FundMath.Drg;
using FundMath.Explain;
using FundMath.Policies;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Drg;

/// <summary>
/// The edges of the rules and value types of the point method: every refusal of <see cref="DrgPolicy"/> with its
/// parameter and message and the edge values it accepts, the reserve's rounding, the factor and point formats,
/// <see cref="DrgPoints"/> arithmetic and formats, and <see cref="DrgPointValue"/>'s refusals and roundings.
/// </summary>
public sealed class DrgRulesBoundaryTests
{
    private static DrgPolicy Policy(int decimals = 4, decimal high = 200, decimal low = 50, decimal reserve = 5, decimal surplusBand = 10,
        decimal retention = 60, decimal overrunBand = 10, decimal share = 70,
        MidpointRounding points = MidpointRounding.AwayFromZero, MidpointRounding money = MidpointRounding.AwayFromZero) =>
        new(decimals, Rate.FromPercent(high), Rate.FromPercent(low), Rate.FromPercent(reserve), Rate.FromPercent(surplusBand),
            Rate.FromPercent(retention), Rate.FromPercent(overrunBand), Rate.FromPercent(share), points, money);

    private static void Refused(Func<DrgPolicy> create, string param, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(create);
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(message, e.Message);
    }

    // ---------------------------------------------------------------- DrgPolicy

    [Fact]
    public void Policy_refuses_each_rule_by_name()
    {
        Refused(() => Policy(decimals: -1), "pointDecimals", "pointDecimals -1 is outside the allowed range [0, 6].");
        Refused(() => Policy(decimals: 7), "pointDecimals", "pointDecimals 7 is outside the allowed range [0, 6].");
        Refused(() => Policy(high: 99.99m), "highOutlierRatio", "highOutlierRatio 99.99% is below 100%: a high-cost outlier costs more than its group average.");
        Refused(() => Policy(low: -0.01m), "lowOutlierRatio", "lowOutlierRatio -0.01% is outside 0%–100%: a low-cost outlier costs less than its group average.");
        Refused(() => Policy(low: 100.01m), "lowOutlierRatio", "lowOutlierRatio 100.01% is outside 0%–100%: a low-cost outlier costs less than its group average.");
        Refused(() => Policy(reserve: -0.01m), "reserveRatio", "reserveRatio -0.01% must be at least 0% and below 100%: the reserve cannot take the whole budget.");
        Refused(() => Policy(reserve: 100), "reserveRatio", "reserveRatio 100% must be at least 0% and below 100%: the reserve cannot take the whole budget.");
        Refused(() => Policy(surplusBand: -0.01m), "surplusBand", "surplusBand -0.01% is negative: a band is a share ≥ 0% of the point payment.");
        Refused(() => Policy(overrunBand: -0.01m), "overrunBand", "overrunBand -0.01% is negative: a band is a share ≥ 0% of the point payment.");
        Refused(() => Policy(retention: -0.01m), "surplusRetention", "surplusRetention -0.01% is outside 0%–100%.");
        Refused(() => Policy(retention: 100.01m), "surplusRetention", "surplusRetention 100.01% is outside 0%–100%.");
        Refused(() => Policy(share: -0.01m), "overrunShare", "overrunShare -0.01% is outside 0%–100%.");
        Refused(() => Policy(share: 100.01m), "overrunShare", "overrunShare 100.01% is outside 0%–100%.");
        Refused(() => Policy(points: (MidpointRounding)5), "pointRounding", "rounding mode 5 is not a defined System.MidpointRounding value.");
        Refused(() => Policy(money: (MidpointRounding)(-1)), "moneyRounding", "rounding mode -1 is not a defined System.MidpointRounding value.");
    }

    [Fact]
    public void Policy_accepts_the_edges_of_each_rule()
    {
        DrgPolicy lowest = Policy(decimals: 0, high: 100, low: 0, reserve: 0, surplusBand: 0, retention: 0, overrunBand: 0, share: 0);
        Assert.Equal((0, Rate.OneHundredPercent, Rate.Zero, Rate.Zero), (lowest.PointDecimals, lowest.HighOutlierRatio, lowest.LowOutlierRatio, lowest.ReserveRatio));
        DrgPolicy highest = Policy(decimals: 6, high: 1_000, low: 100, reserve: 99.99m, surplusBand: 150, retention: 100, overrunBand: 150, share: 100);
        Assert.Equal(6, highest.PointDecimals);
        Assert.Equal(Rate.OneHundredPercent, highest.LowOutlierRatio);
        Assert.Equal(Rate.FromPercent(99.99m), highest.ReserveRatio);
        Assert.Equal((Rate.FromPercent(150), Rate.OneHundredPercent), (highest.SurplusBand, highest.SurplusRetention));
        Assert.Equal((Rate.FromPercent(150), Rate.OneHundredPercent), (highest.OverrunBand, highest.OverrunShare));
    }

    [Fact]
    public void Policy_keeps_every_value_and_WithRounding_only_changes_the_modes()
    {
        var citation = new FundMath.Citations.Citation("某市办法");
        var p = new DrgPolicy(3, Rate.FromPercent(250), Rate.FromPercent(40), Rate.FromPercent(6), Rate.FromPercent(11), Rate.FromPercent(61),
            Rate.FromPercent(12), Rate.FromPercent(71), MidpointRounding.ToEven, MidpointRounding.ToPositiveInfinity, citation);
        Assert.Equal(3, p.PointDecimals);
        Assert.Equal(Rate.FromPercent(250), p.HighOutlierRatio);
        Assert.Equal(Rate.FromPercent(40), p.LowOutlierRatio);
        Assert.Equal(Rate.FromPercent(6), p.ReserveRatio);
        Assert.Equal(Rate.FromPercent(11), p.SurplusBand);
        Assert.Equal(Rate.FromPercent(61), p.SurplusRetention);
        Assert.Equal(Rate.FromPercent(12), p.OverrunBand);
        Assert.Equal(Rate.FromPercent(71), p.OverrunShare);
        Assert.Equal(MidpointRounding.ToEven, p.PointRounding);
        Assert.Equal(MidpointRounding.ToPositiveInfinity, p.MoneyRounding);
        Assert.Same(citation, p.Citation);
        Assert.Null(p.Source);
        Assert.Equal(default, p.Date);
        Assert.Equal("points to 3 decimals (ToEven); outliers > 250% / < 40%; reserve 6%; surplus 61% within 11%; overrun 71% within 12%", p.ToString());

        DrgPolicy q = p.WithRounding(MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity);
        Assert.Equal((MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity), (q.PointRounding, q.MoneyRounding));
        Assert.Equal("points to 3 decimals (ToZero); outliers > 250% / < 40%; reserve 6%; surplus 61% within 11%; overrun 71% within 12%", q.ToString());
        Assert.Same(citation, q.Citation);
        Assert.Equal((p.ReserveRatio, p.SurplusRetention, p.OverrunShare), (q.ReserveRatio, q.SurplusRetention, q.OverrunShare));
    }

    [Fact]
    public void Policy_from_parameters_keeps_the_set_the_date_and_the_modes()
    {
        ParameterSet set = ParameterFiles.Load(Path.Combine(AppContext.BaseDirectory, "samples", "parameters", "drg-sample.yaml"));
        var date = new LocalDate(2023, 12, 31);
        DrgPolicy p = DrgPolicy.FromParameters(set, date, MidpointRounding.ToEven, MidpointRounding.ToZero);
        Assert.Same(set, p.Source);
        Assert.Equal(date, p.Date);
        Assert.Null(p.Citation);
        Assert.Equal((MidpointRounding.ToEven, MidpointRounding.ToZero), (p.PointRounding, p.MoneyRounding));
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => DrgPolicy.FromParameters(null!, date)).ParamName);

        // The explanation node cites the entry, with its note after the parameter name.
        Explanation node = p.DecimalsNode();
        Assert.Equal(("点数保留小数位 point decimals", "4 (ToEven)"), (node.Name, node.Value));
        Assert.Equal("drg.points.decimals: points to 4 decimals, 四舍五入", node.Note);
        Assert.Equal(new LocalDate(2022, 1, 1), node.EffectiveFrom);
        Assert.Contains("illustrative local convention", node.Citation!.Document);

        // An entry without a note is cited by its parameter name alone.
        Explanation band = p.Node("结余留用范围 surplus band", DrgParameters.SurplusBand, p.SurplusBand);
        Assert.Equal(("10%", "drg.settlement.surplus_band"), (band.Value, band.Note));
        Assert.Equal(new LocalDate(2022, 1, 1), band.EffectiveFrom);
    }

    private static ParameterSet WithDecimals(int decimals) => ParameterFiles.ReadYaml($$"""
        name: city
        parameters:
          drg.points.decimals: { unit: count, values: { 2022-01-01: { value: {{decimals}}, cite: { document: 某市办法 } } } }
          drg.outlier.high_ratio: { unit: ratio, values: { 2022-01-01: { value: 200%, cite: { document: 某市办法 } } } }
          drg.outlier.low_ratio: { unit: rate, values: { 2022-01-01: { value: 50%, cite: { document: 某市办法 } } } }
          drg.reserve_ratio: { unit: rate, values: { 2022-01-01: { value: 5%, cite: { document: 某市办法 } } } }
          drg.settlement.surplus_band: { unit: ratio, values: { 2022-01-01: { value: 10%, cite: { document: 某市办法 } } } }
          drg.settlement.surplus_retention: { unit: rate, values: { 2022-01-01: { value: 60%, cite: { document: 某市办法 } } } }
          drg.settlement.overrun_band: { unit: ratio, values: { 2022-01-01: { value: 10%, cite: { document: 某市办法 } } } }
          drg.settlement.overrun_share: { unit: rate, values: { 2022-01-01: { value: 70%, cite: { document: 某市办法 } } } }
        """, "city");

    [Fact]
    public void Policy_from_parameters_refuses_more_than_six_decimals()
    {
        var date = new LocalDate(2023, 1, 1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DrgPolicy.FromParameters(WithDecimals(7), date));
        Assert.Equal("drg.points.decimals", e.ParamName);
        Assert.StartsWith("drg.points.decimals 7 is above 6: points are exact to 10⁻⁶.", e.Message);
        Assert.Equal(6, DrgPolicy.FromParameters(WithDecimals(6), date).PointDecimals);
        Assert.Equal(0, DrgPolicy.FromParameters(WithDecimals(0), date).PointDecimals);
    }

    [Fact]
    public void Directly_given_rules_cite_themselves_in_explanations()
    {
        var citation = new FundMath.Citations.Citation("某市办法");
        DrgPolicy p = new(4, Rate.FromPercent(200), Rate.FromPercent(50), Rate.FromPercent(5), Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, citation: citation);
        Explanation node = p.Node("高倍率 high-outlier ratio", DrgParameters.HighOutlierRatio, p.HighOutlierRatio);
        Assert.Equal(("高倍率 high-outlier ratio", "200%", ExplanationKind.Parameter), (node.Name, node.Value, node.Kind));
        Assert.Equal("drg.outlier.high_ratio (given directly)", node.Note);
        Assert.Same(citation, node.Citation);
        Assert.Null(node.EffectiveFrom);
    }

    [Fact]
    public void Reserve_is_the_ratio_of_the_budget_rounded_with_the_money_mode()
    {
        // 5% × 0.10元 = 0.005元: 四舍五入 0.01元, to even 0.00元.
        Assert.Equal(Money.FromFen(1), Policy().ReserveFor(Money.FromFen(10)));
        Assert.Equal(Money.Zero, Policy(money: MidpointRounding.ToEven).ReserveFor(Money.FromFen(10)));
        Assert.Equal(Money.FromYuan(8_000.25m), Policy().ReserveFor(Money.FromYuan(160_005)));
        Assert.Equal(Money.Zero, Policy().ReserveFor(Money.Zero));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Policy().ReserveFor(Money.FromYuan(-1_234.5m)));
        Assert.Equal("budget", e.ParamName);
        Assert.StartsWith("budget -1234.50元 is negative: a point-payment budget must be ≥ 0.", e.Message);
    }

    [Theory]
    [InlineData(105, 100, "1.05")]
    [InlineData(1, 3, "1/3")]
    [InlineData(7, 6, "7/6")]
    [InlineData(1, 8, "0.125")]
    [InlineData(3, 20, "0.15")]
    [InlineData(1, 1024, "0.0009765625")]
    [InlineData(1, 1_000_000_000_000, "0.000000000001")]
    [InlineData(1, 1_099_511_627_776, "1/1099511627776")]
    [InlineData(3, 1, "3")]
    [InlineData(0, 1, "0")]
    public void Factors_show_as_decimals_when_they_terminate_within_twelve_places(long numerator, long denominator, string shown) =>
        Assert.Equal(shown, DrgPolicy.ShowFactor(Fraction.Create(numerator, denominator)));

    // ---------------------------------------------------------------- DrgPoints

    [Fact]
    public void Points_from_decimals_take_up_to_six_places_or_exact_trailing_zeros()
    {
        Assert.Equal(1_000_000, DrgPoints.FromDecimal(1.0000000m).MicroPoints); // scale 7, exact
        Assert.Equal(1_234_567, DrgPoints.FromDecimal(1.234567m).MicroPoints);
        Assert.Equal(-1_500_000, DrgPoints.FromDecimal(-1.5m).MicroPoints);
        Assert.Equal(1_000_000, DrgPoints.FromDecimal(1.00000000000m).MicroPoints);
        var e = Assert.Throws<ArgumentException>(() => DrgPoints.FromDecimal(1.0000001m));
        Assert.Equal("points", e.ParamName);
        Assert.StartsWith("points 1.0000001 have more than 6 decimals; round them first.", e.Message);
        Assert.Throws<OverflowException>(() => DrgPoints.FromDecimal(10_000_000_000_000m));
        Assert.Throws<OverflowException>(() => DrgPoints.FromPoints(9_223_372_036_855));
        Assert.Equal(9_223_372_036_854_000_000, DrgPoints.FromPoints(9_223_372_036_854).MicroPoints);
    }

    [Fact]
    public void Points_round_sum_and_subtract()
    {
        DrgPoints p = DrgPoints.FromDecimal(2.345678m);
        Assert.Equal(2.3457m, p.Round(4, MidpointRounding.AwayFromZero).Value);
        Assert.Equal(2.3456m, p.Round(4, MidpointRounding.ToZero).Value);
        Assert.Equal(3m, p.Round(0, MidpointRounding.ToPositiveInfinity).Value);
        Assert.Equal(p, p.Round(6, MidpointRounding.ToZero));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => p.Round(7, MidpointRounding.ToZero)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => p.Round(-1, MidpointRounding.ToZero)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => p.Round(2, (MidpointRounding)7)).ParamName);

        Assert.Equal(DrgPoints.FromDecimal(6.5m), DrgPoints.Sum([DrgPoints.FromPoints(1), DrgPoints.FromDecimal(2.5m), DrgPoints.FromPoints(3)]));
        Assert.Equal(DrgPoints.Zero, DrgPoints.Sum([]));
        Assert.Throws<OverflowException>(() => DrgPoints.Sum([DrgPoints.FromMicroPoints(long.MaxValue), DrgPoints.FromMicroPoints(1)]));
        Assert.Equal(DrgPoints.FromDecimal(-1.5m), DrgPoints.FromPoints(1) - DrgPoints.FromDecimal(2.5m));
        Assert.Throws<OverflowException>(() => DrgPoints.FromMicroPoints(long.MinValue) - DrgPoints.FromMicroPoints(1));
        Assert.Equal(DrgPoints.FromDecimal(3.5m), DrgPoints.FromPoints(1) + DrgPoints.FromDecimal(2.5m));
        Assert.Equal(DrgPoints.Zero, DrgPoints.AdditiveIdentity);
        Assert.Equal(Fraction.Create(7, 4), DrgPoints.FromDecimal(1.75m).ToFraction());
    }

    [Fact]
    public void Points_sign_and_comparison()
    {
        Assert.True(DrgPoints.Zero.IsZero);
        Assert.False(DrgPoints.FromMicroPoints(1).IsZero);
        Assert.True(DrgPoints.FromMicroPoints(-1).IsNegative);
        Assert.False(DrgPoints.Zero.IsNegative);
        DrgPoints one = DrgPoints.FromPoints(1);
        Assert.Equal(1, one.CompareTo((object?)null));
        Assert.Equal(0, one.CompareTo((object)DrgPoints.FromPoints(1)));
        Assert.True(one.CompareTo((object)DrgPoints.FromPoints(2)) < 0);
        var e = Assert.Throws<ArgumentException>(() => one.CompareTo((object)1));
        Assert.Equal("obj", e.ParamName);
        Assert.StartsWith("Object must be of type DrgPoints.", e.Message);
        Assert.True(one <= DrgPoints.FromPoints(1));
        Assert.True(one >= DrgPoints.FromPoints(1));
        Assert.False(one < DrgPoints.FromPoints(1));
        Assert.False(one > DrgPoints.FromPoints(1));
        Assert.NotEqual(one.GetHashCode(), DrgPoints.FromPoints(2).GetHashCode());
    }

    [Theory]
    [InlineData(null, "1234.5")]
    [InlineData("", "1234.5")]
    [InlineData("G", "1234.5")]
    [InlineData("F0", "1235")]
    [InlineData("F1", "1234.5")]
    [InlineData("F4", "1234.5000")]
    [InlineData("F6", "1234.500000")]
    [InlineData("N0", "1,235")]
    [InlineData("N2", "1,234.50")]
    [InlineData("N6", "1,234.500000")]
    public void Points_formats(string? format, string text) => Assert.Equal(text, DrgPoints.FromDecimal(1_234.5m).ToString(format, null));

    [Fact]
    public void Points_format_rounding_is_away_from_zero_and_exact_at_six()
    {
        Assert.Equal("0.123457", DrgPoints.FromDecimal(0.123457m).ToString("F6", null));
        Assert.Equal("0.12346", DrgPoints.FromDecimal(0.123455m).ToString("F5", null));
        Assert.Equal("-0.5", DrgPoints.FromDecimal(-0.5m).ToString());
        Assert.Equal("0", DrgPoints.Zero.ToString());
        Assert.Equal("150", DrgPoints.FromPoints(150).ToString());
    }

    [Theory]
    [InlineData("F7")]
    [InlineData("N9")]
    [InlineData("F")]
    [InlineData("F10")]
    [InlineData("F/")]
    [InlineData("X2")]
    [InlineData("g")]
    public void Points_refuse_other_formats(string format)
    {
        var e = Assert.Throws<FormatException>(() => DrgPoints.FromPoints(1).ToString(format, null));
        Assert.Equal($"Format '{format}' is not supported by DrgPoints: use G, F0–F6 or N0–N6.", e.Message);
    }

    // ---------------------------------------------------------------- DrgPointValue

    [Fact]
    public void Point_value_keeps_its_inputs()
    {
        DrgPointValue v = DrgPointValue.Compute(DrgScheme.Resident, Money.FromYuan(1_000), Money.FromYuan(100), DrgPoints.FromPoints(3));
        Assert.Equal(DrgScheme.Resident, v.Scheme);
        Assert.Equal(Money.FromYuan(1_000), v.Budget);
        Assert.Equal(Money.FromYuan(100), v.Reserve);
        Assert.False(v.ReserveByRatio);
        Assert.Equal(Money.FromYuan(900), v.Distributable);
        Assert.Equal(DrgPoints.FromPoints(3), v.TotalPoints);
        Assert.Equal("居民医保: 900.00元 / 3.0000点 = 300.0000元/点", v.ToString());

        DrgPointValue byRatio = DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(1_000), Policy(), DrgPoints.FromPoints(4));
        Assert.True(byRatio.ReserveByRatio);
        Assert.Equal(Money.FromYuan(50), byRatio.Reserve);
        Assert.Equal("职工医保: 950.00元 / 4.0000点 = 237.5000元/点", byRatio.ToString());
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(1), (DrgPolicy)null!, DrgPoints.FromPoints(1))).ParamName);

        // A reserve equal to the budget leaves 0 to distribute.
        Assert.Equal(Money.Zero, DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.FromYuan(10), DrgPoints.FromPoints(1)).Distributable);
    }

    [Fact]
    public void Point_value_refuses_bad_budgets_schemes_and_points()
    {
        static void Refused(Action compute, string param, string message)
        {
            var e = Assert.ThrowsAny<ArgumentException>(compute);
            Assert.Equal(param, e.ParamName);
            Assert.StartsWith(message, e.Message);
        }

        DrgPoints one = DrgPoints.FromPoints(1);
        Refused(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromFen(-1), Money.Zero, one), "budget", "budget -0.01元 is negative: a point-payment budget must be ≥ 0.");
        Refused(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.FromFen(-1), one), "reserve", "reserve -0.01元 is negative: the reserved adjustment fund must be ≥ 0.");
        Refused(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.FromYuan(10.01m), one), "reserve", "reserve 10.01元 exceeds the budget 10.00元: the reserved adjustment fund is part of the budget.");
        Refused(() => DrgPointValue.Compute((DrgScheme)3, Money.FromYuan(10), Money.Zero, one), "scheme", "scheme 3 is not a defined DrgScheme.");
        Refused(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.Zero, DrgPoints.Zero), "totalPoints",
            "total points of 职工医保 are 0: the point value (budget − reserve) / total points needs total points > 0.");
        Refused(() => DrgPointValue.Compute(DrgScheme.Resident, Money.FromYuan(10), Policy(), DrgPoints.FromMicroPoints(-1)), "totalPoints",
            "total points of 居民医保 are -0.000001: the point value (budget − reserve) / total points needs total points > 0.");
        Refused(() => DrgPointValue.Compute(DrgScheme.Resident, Money.FromFen(-1), Policy(), one), "budget", "budget -0.01元 is negative");

        // The smallest positive total is accepted.
        Assert.Equal(DrgPoints.FromMicroPoints(1), DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.Zero, DrgPoints.FromMicroPoints(1)).TotalPoints);
    }

    [Fact]
    public void Point_value_in_yuan_and_payments_round_as_asked()
    {
        // 152,004.75元 / 1,433 points = 106.074494068…元/点
        DrgPointValue v = DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(160_005), Money.FromYuan(8_000.25m), DrgPoints.FromPoints(1_433));
        Assert.Equal(106m, v.YuanPerPoint(0, MidpointRounding.AwayFromZero));
        Assert.Equal(106.07m, v.YuanPerPoint(2, MidpointRounding.ToZero));
        Assert.Equal(106.08m, v.YuanPerPoint(2, MidpointRounding.ToPositiveInfinity));
        Assert.Equal(106.074494068388m, v.YuanPerPoint(12, MidpointRounding.AwayFromZero));
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => v.YuanPerPoint(13, MidpointRounding.ToZero)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => v.YuanPerPoint(-1, MidpointRounding.ToZero)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => v.YuanPerPoint(2, (MidpointRounding)9)).ParamName);

        // 745.5 points: 152,004.75 × 745.5 / 1,433 = 79,078.5353…元
        DrgPoints h2 = DrgPoints.FromDecimal(745.5m);
        Assert.Equal(Money.FromYuan(79_078.54m), v.PaymentFor(h2, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.FromYuan(79_078.53m), v.PaymentFor(h2, MidpointRounding.ToZero));
        Assert.Equal(Money.Zero, v.PaymentFor(DrgPoints.Zero, MidpointRounding.ToZero));
        Assert.Equal(Money.FromYuan(152_004.75m), v.PaymentFor(DrgPoints.FromPoints(1_433), MidpointRounding.ToZero));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => v.PaymentFor(DrgPoints.FromDecimal(-1.5m), MidpointRounding.ToZero));
        Assert.Equal("points", e.ParamName);
        Assert.StartsWith("points -1.5 are negative.", e.Message);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => v.PaymentFor(h2, (MidpointRounding)9)).ParamName);

        // The empty value reads safely: no points, no value, no payment.
        Assert.Equal(0m, default(DrgPointValue).YuanPerPoint(4, MidpointRounding.AwayFromZero));
        Assert.Equal(Money.Zero, default(DrgPointValue).PaymentFor(h2, MidpointRounding.AwayFromZero));
    }
}
