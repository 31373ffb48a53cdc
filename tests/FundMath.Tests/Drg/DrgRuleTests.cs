using System;
using System.IO;
using FundMath.Drg;
using FundMath.Policies;
using FundMath.Tests.Support;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Drg;

/// <summary>Rules from parameter data, boundaries of the outlier tests, rounding modes, and the points value type.</summary>
public sealed class DrgRuleTests
{
    private static readonly LocalDate Year2023 = new(2023, 12, 31);

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "parameters", name);

    [Fact]
    public void Sample_parameter_set_gives_the_documented_conventions_with_citations()
    {
        ParameterSet set = ParameterFiles.Load(Sample("drg-sample.yaml"));
        DrgPolicy p = DrgPolicy.FromParameters(set, Year2023);

        // samples/parameters/drg-sample.yaml: 4 decimals, > 200% / < 50%, reserve 5%, surplus 60% within 10%, overrun 70% within 10%
        Assert.Equal(4, p.PointDecimals);
        Assert.Equal(Rate.FromPercent(200), p.HighOutlierRatio);
        Assert.Equal(Rate.FromPercent(50), p.LowOutlierRatio);
        Assert.Equal(Rate.FromPercent(5), p.ReserveRatio);
        Assert.Equal(Rate.FromPercent(10), p.SurplusBand);
        Assert.Equal(Rate.FromPercent(60), p.SurplusRetention);
        Assert.Equal(Rate.FromPercent(10), p.OverrunBand);
        Assert.Equal(Rate.FromPercent(70), p.OverrunShare);
        Assert.Contains("illustrative local convention", DrgParameters.HighOutlierRatio.Entry(set, Year2023).Citation.Document);

        // Explanations cite each value's own entry (effective date and parameter name).
        string text = DrgPointValue.Compute(DrgScheme.Resident, Money.FromYuan(1_000), p, DrgPoints.FromPoints(10)).Explain(p).ToText();
        Assert.Contains("预留调节金比例 reserve ratio = 5%  [parameter, effective 2022-01-01, 本地约定（示例值） illustrative local convention 预留调节金]", text);
        Assert.Contains("drg.reserve_ratio", text);
    }

    [Fact]
    public void The_national_set_has_no_city_drg_rules_and_missing_is_never_zero()
    {
        var e = Assert.Throws<ParameterNotFoundException>(() => DrgPolicy.FromParameters(ParameterSet.National, Year2023));
        Assert.Equal("drg.points.decimals", e.ParameterName);
    }

    [Fact]
    public void A_city_overrides_one_value_and_keeps_the_rest()
    {
        ParameterSet sample = ParameterFiles.Load(Sample("drg-sample.yaml"));
        ParameterSet city = ParameterFiles.ReadYaml("""
            name: city
            parameters:
              drg.outlier.high_ratio:
                values:
                  2023-01-01: { value: 300%, cite: { document: 某市DRG付费办法（示例） } }
            """, "city", sample);
        DrgPolicy p = DrgPolicy.FromParameters(city, Year2023);
        Assert.Equal(Rate.FromPercent(300), p.HighOutlierRatio);
        Assert.Equal(Rate.FromPercent(50), p.LowOutlierRatio);

        // The layer that names a parameter owns its whole history: before 2023 the city has no high ratio (never a silent 200%).
        Assert.Throws<ParameterNotFoundException>(() => DrgPolicy.FromParameters(city, new LocalDate(2022, 6, 30)));
    }

    [Theory]
    [InlineData(7, 200, 50, 5, 10, 60, 10, 70, "pointDecimals 7 is outside the allowed range [0, 6]")]
    [InlineData(4, 99, 50, 5, 10, 60, 10, 70, "highOutlierRatio 99% is below 100%")]
    [InlineData(4, 200, 101, 5, 10, 60, 10, 70, "lowOutlierRatio 101% is outside 0%–100%")]
    [InlineData(4, 200, 50, 100, 10, 60, 10, 70, "reserveRatio 100% must be at least 0% and below 100%")]
    [InlineData(4, 200, 50, 5, -1, 60, 10, 70, "surplusBand -1% is negative")]
    [InlineData(4, 200, 50, 5, 10, 101, 10, 70, "surplusRetention 101% is outside 0%–100%")]
    [InlineData(4, 200, 50, 5, 10, 60, 10, -5, "overrunShare -5% is outside 0%–100%")]
    public void Rules_out_of_range_are_rejected_by_name(int decimals, int high, int low, int reserve, int surplusBand, int retention, int overrunBand, int share, string message)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => new DrgPolicy(decimals, Rate.FromPercent(high), Rate.FromPercent(low), Rate.FromPercent(reserve),
            Rate.FromPercent(surplusBand), Rate.FromPercent(retention), Rate.FromPercent(overrunBand), Rate.FromPercent(share)));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Outlier_thresholds_are_strict_and_exact_to_the_fen()
    {
        DrgGroupTable table = DrgExample.Table();

        // GA average 8,000: 16,000.00 is not a high outlier (not > 2×), 16,000.01 is; 4,000.00 is not low (not < 50%), 3,999.99 is.
        Assert.Equal(DrgCaseKind.Normal, table.Classify(0, Money.FromYuan(16_000)));
        Assert.Equal(DrgCaseKind.HighOutlier, table.Classify(0, Money.FromYuan(16_000.01m)));
        Assert.Equal(DrgCaseKind.Normal, table.Classify(0, Money.FromYuan(4_000)));
        Assert.Equal(DrgCaseKind.LowOutlier, table.Classify(0, Money.FromYuan(3_999.99m)));

        // 16,000.01: 80 + 0.01 / 10,000 × 100 = 80.0001; 3,999.99: 3,999.99 / 10,000 × 100 = 39.9999
        Assert.Equal(80.0001m, DrgCasePoints.ForCase(table, 0, Money.FromYuan(16_000.01m), Fraction.One).Points.Value);
        Assert.Equal(39.9999m, DrgCasePoints.ForCase(table, 0, Money.FromYuan(3_999.99m), Fraction.One).Points.Value);
    }

    [Fact]
    public void Fractional_thresholds_are_decided_exactly()
    {
        // Average 333.33元 × 250% = 833.325元: 833.32 is normal, 833.33 is high; × 30% = 99.999元: 99.99 is low, 100.00 normal.
        var policy = new DrgPolicy(4, Rate.FromPercent(250), Rate.FromPercent(30), Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero);
        DrgGroupTable table = DrgGroupTable.Create(DrgScheme.Resident, Money.FromYuan(1_000), ["X"], [Money.FromYuan(333.33m)], policy);
        Assert.Equal(DrgCaseKind.Normal, table.Classify(0, Money.FromYuan(833.32m)));
        Assert.Equal(DrgCaseKind.HighOutlier, table.Classify(0, Money.FromYuan(833.33m)));
        Assert.Equal(DrgCaseKind.LowOutlier, table.Classify(0, Money.FromYuan(99.99m)));
        Assert.Equal(DrgCaseKind.Normal, table.Classify(0, Money.FromYuan(100)));

        // Re-pointing uses the exact threshold: 33.333 + (833.33 − 833.325) / 1,000 × 100 = 33.333 + 0.0005 → 33.3335
        Assert.Equal(33.333m, table.BasePoints(0).Value);
        Assert.Equal(33.3335m, DrgCasePoints.ForCase(table, 0, Money.FromYuan(833.33m), Fraction.One).Points.Value);
    }

    [Theory]
    [InlineData(MidpointRounding.AwayFromZero, 2, 66.67)]
    [InlineData(MidpointRounding.ToZero, 2, 66.66)]
    [InlineData(MidpointRounding.ToPositiveInfinity, 0, 67)]
    [InlineData(MidpointRounding.ToNegativeInfinity, 0, 66)]
    public void Base_points_are_rounded_once_with_the_named_mode(MidpointRounding mode, int decimals, double expected)
    {
        // 2,000 / 3,000 × 100 = 66.666…
        var policy = new DrgPolicy(decimals, Rate.FromPercent(200), Rate.FromPercent(50), Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, mode);
        DrgGroupTable table = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(3_000), ["X"], [Money.FromYuan(2_000)], policy);
        Assert.Equal((decimal)expected, table.BasePoints(0).Value);
    }

    [Fact]
    public void Halves_follow_the_mode_ToEven_versus_AwayFromZero()
    {
        // Base 25 / 1,000 × 100 = 2.5 points; × 1.3 = 3.25, a tie at 1 decimal: AwayFromZero 3.3, ToEven 3.2.
        var away = new DrgPolicy(1, Rate.FromPercent(200), Rate.FromPercent(50), Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, Rate.Zero, MidpointRounding.AwayFromZero);
        var even = away.WithRounding(MidpointRounding.ToEven, MidpointRounding.AwayFromZero);
        DrgGroupTable a = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1_000), ["X"], [Money.FromYuan(25)], away);
        DrgGroupTable e = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(1_000), ["X"], [Money.FromYuan(25)], even);
        Fraction f = Fraction.FromDecimal(1.3m);
        Assert.Equal(2.5m, a.BasePoints(0).Value);
        Assert.Equal(3.3m, DrgCasePoints.ForCase(a, 0, Money.FromYuan(25), f).Points.Value);
        Assert.Equal(3.2m, DrgCasePoints.ForCase(e, 0, Money.FromYuan(25), f).Points.Value);
    }

    [Fact]
    public void Points_value_type_contract_and_formatting()
    {
        ValueTypeContract.AssertOrdering(DrgPoints.FromDecimal(150.5m), DrgPoints.FromMicroPoints(150_500_000), DrgPoints.FromPoints(151));
        Assert.Equal("150.5", DrgPoints.FromDecimal(150.5m).ToString());
        Assert.Equal("1,433.0000", DrgPoints.FromPoints(1_433).ToString("N4", null));
        Assert.Equal("0.0001", DrgPoints.FromDecimal(0.00005m).ToString("F4", null)); // 四舍五入 for display
        Assert.Equal(DrgPoints.FromDecimal(0.1235m), DrgPoints.FromDecimal(0.12345m).Round(4, MidpointRounding.AwayFromZero));
        Assert.Throws<ArgumentException>(() => DrgPoints.FromDecimal(0.0000001m));
        Assert.Throws<FormatException>(() => DrgPoints.FromPoints(1).ToString("P2", null));
        Assert.Throws<OverflowException>(() => DrgPoints.FromMicroPoints(long.MaxValue) + DrgPoints.FromMicroPoints(1));
    }
}
