using System;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Forecasting.Fits;
using FundMath.Forecasting.Tests.Support;
using FundMath.Testing.Forecasting;

namespace FundMath.Forecasting.Tests.Fits;

public class TrendFitterTests
{
    // Tolerances (noise-free synthetic series): linear and log-linear parameters within 1e-9 relative to the
    // series' scale; the damped trend's φ within 1e-3 (golden-section search to 1e-10 on a flat error surface) and
    // its fitted values within 1e-6 of the series' scale.
    private static bool Close(double actual, double expected, double scale, double tolerance) =>
        Math.Abs(actual - expected) <= tolerance * Math.Max(1.0, scale);

    [FundMathProperty]
    public Property Linear_fit_recovers_intercept_and_slope() =>
        Prop.ForAll(ForecastArbitraries.LinearTrends(), c =>
        {
            TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("synthetic", 2000, c.Values), TrendModel.Linear);
            double scale = Math.Abs(c.Intercept) + (Math.Abs(c.Slope) * c.Values.Length);
            return Close(fit.Intercept, c.Intercept, scale, 1e-9) && Close(fit.Slope, c.Slope, scale, 1e-9)
                && (fit.RSquared is null ? c.Slope == 0 : fit.RSquared > 1 - 1e-9);
        });

    [FundMathProperty]
    public Property Log_linear_fit_recovers_the_constant_growth() =>
        Prop.ForAll(ForecastArbitraries.LogLinearTrends(), c =>
        {
            TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("synthetic", 2000, c.Values), TrendModel.LogLinear);
            return Close(fit.GrowthPerPeriod, c.Slope, 1, 1e-9) && Close(Math.Exp(fit.Intercept), c.Intercept, c.Intercept, 1e-9);
        });

    [FundMathProperty]
    public Property Damped_fit_recovers_the_damping_and_the_values() =>
        Prop.ForAll(ForecastArbitraries.DampedTrends(), c =>
        {
            TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("synthetic", 2000, c.Values), TrendModel.DampedTrend);
            double scale = c.Intercept + (c.Slope / (1 - c.Damping));
            bool values = true;
            for (int i = 0; i < c.Values.Length; i++)
            {
                values &= Close(fit.ValueAt(i), c.Values[i], scale, 1e-6);
            }

            return (values && Math.Abs(fit.Damping - c.Damping) <= 1e-3).Label($"φ̂ {fit.Damping} a {fit.Intercept} b {fit.Slope}");
        });

    [FundMathProperty]
    public Property Prediction_interval_contains_the_point_and_widens_with_the_step() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(-1000, 1000), 12).ToArbitrary(), noise =>
        {
            var y = new double[noise.Length];
            for (int i = 0; i < y.Length; i++)
            {
                y[i] = 100 + (5 * i) + noise[i];
            }

            TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("noisy", 2000, y), TrendModel.Linear);
            TrendPrediction p1 = fit.Predict(1), p5 = fit.Predict(5);
            return p1.Lower <= p1.Value && p1.Value <= p1.Upper && (p5.Upper - p5.Lower) >= (p1.Upper - p1.Lower);
        });

    [Fact]
    public void Textbook_regression_gives_the_hand_computed_statistics()
    {
        // y = 1, 3, 2, 5, 4 at t = 0…4: t̄ = 2, ȳ = 3, Σ(t − t̄)(y − ȳ) = 8, Σ(t − t̄)² = 10 → b = 0.8, a = 3 − 0.8·2 = 1.4.
        // Residuals −0.4, 0.8, −1.0, 1.2, −0.6: SSE = 3.6, SST = 10 → R² = 0.64, s = √(3.6/3) = 1.095445.
        // Next year (t = 5): 1.4 + 0.8·5 = 5.4 ± t(0.975, 3)·s·√(1 + 1/5 + 9/10) = 5.4 ± 3.182446·√(1.2 × 2.1) = 5.4 ± 5.051977.
        TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("textbook", 2017, [1, 3, 2, 5, 4]), TrendModel.Linear);
        Assert.Equal(1.4, fit.Intercept, 12);
        Assert.Equal(0.8, fit.Slope, 12);
        Assert.Equal(0.64, fit.RSquared!.Value, 12);
        Assert.Equal(Math.Sqrt(1.2), fit.ResidualStandardError, 12);
        Assert.Equal(3, fit.DegreesOfFreedom);
        TrendPrediction p = fit.Predict(1);
        Assert.Equal("2022", p.Period);
        Assert.Equal(5.4, p.Value, 10);
        Assert.Equal(5.4 - 5.051977, p.Lower, 5);
        Assert.Equal(5.4 + 5.051977, p.Upper, 5);
    }

    [Fact]
    public void National_subsidy_standards_fit_a_30_yuan_a_year_line()
    {
        // resident.fiscal_subsidy 2018–2025: 490, 520, 550, 580 (医保发〔2021〕32号), 610 (医保发〔2022〕20号), 640, 670, 700
        TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("resident.fiscal_subsidy", 2018, [490, 520, 550, 580, 610, 640, 670, 700]), TrendModel.Linear);
        Assert.Equal(490, fit.Intercept, 9);
        Assert.Equal(30, fit.Slope, 9);
        Assert.Equal(1.0, fit.RSquared!.Value, 12);
        Assert.Equal(730, fit.Predict(1).Value, 9); // 2026
        Assert.Equal("y = 490 + 30·t (t = 0 at 2018)", fit.Equation());
    }

    [Fact]
    public void Quarterly_series_label_periods_across_years()
    {
        var s = TrendSeries.Quarterly("q", 2021, 3, [1, 2, 3, 4]);
        Assert.Equal("2021Q3", s.PeriodLabel(0));
        Assert.Equal("2022Q2", s.PeriodLabel(3));
        TrendFit fit = TrendFitter.Fit(TrendSeries.Quarterly("growth", 2021, 1, [100, 110, 121, 133.1]), TrendModel.LogLinear);
        Assert.Equal(0.1, fit.GrowthPerPeriod, 9);
        Assert.Equal(Math.Pow(1.1, 4) - 1, fit.AnnualGrowth, 9);
        Assert.Equal("2022Q1", fit.Predict(1).Period);
    }

    [Fact]
    public void Constant_series_has_no_R_squared() =>
        Assert.Null(TrendFitter.Fit(TrendSeries.Yearly("flat", 2020, [5, 5, 5, 5]), TrendModel.Linear).RSquared);

    [Theory]
    [InlineData(TrendModel.Linear, 2, "series premiums: 2 points is fewer than the 3 a linear fit needs")]
    [InlineData(TrendModel.LogLinear, 2, "series premiums: 2 points is fewer than the 3 a log-linear fit needs")]
    [InlineData(TrendModel.DampedTrend, 3, "series premiums: 3 points is fewer than the 4 a damped-trend fit needs")]
    public void Too_few_points_are_refused_naming_series_count_and_rule(TrendModel model, int points, string message)
    {
        var e = Assert.Throws<ForecastInputException>(() => TrendFitter.Fit(TrendSeries.Yearly("premiums", 2020, new double[points]), model));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal("series premiums", e.Subject);
    }

    [Theory]
    [InlineData(double.NaN, "series income: value NaN at 2020 is not a finite number (NaN and Infinity are refused)")]
    [InlineData(double.PositiveInfinity, "series income: value +Infinity at 2020 is not a finite number (NaN and Infinity are refused)")]
    public void NaN_and_infinity_are_refused_with_the_period(double bad, string message)
    {
        var e = Assert.Throws<ForecastInputException>(() => TrendSeries.Yearly("income", 2019, [1, bad, 3]));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Log_linear_refuses_a_value_that_is_not_positive()
    {
        var e = Assert.Throws<ForecastInputException>(() => TrendFitter.Fit(TrendSeries.Yearly("cost", 2019, [1, 0, 3]), TrendModel.LogLinear));
        Assert.Equal("series cost: value 0 at 2020 is not positive: a log-linear (constant growth) fit takes logarithms", e.Message);
    }

    [Fact]
    public void Prediction_step_and_level_are_checked()
    {
        TrendFit fit = TrendFitter.Fit(TrendSeries.Yearly("s", 2019, [1, 2, 4]), TrendModel.Linear);
        Assert.Contains("forecast step 0 is outside 1–200", Assert.Throws<ForecastInputException>(() => fit.Predict(0)).Message, StringComparison.Ordinal);
        Assert.Contains("prediction level: NaN is not a finite number", Assert.Throws<ForecastInputException>(() => fit.Predict(1, double.NaN)).Message, StringComparison.Ordinal);
        Assert.Contains("prediction level: 1 is outside (0, 1)", Assert.Throws<ForecastInputException>(() => fit.Predict(1, 1.0)).Message, StringComparison.Ordinal);
    }
}
