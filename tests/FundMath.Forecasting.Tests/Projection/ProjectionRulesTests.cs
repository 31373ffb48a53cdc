using System;
using System.Collections.Generic;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Tests.Support;

namespace FundMath.Forecasting.Tests.Projection;

public class ProjectionRulesTests
{
    [Fact]
    public void Balanced_zero_growth_fund_stays_flat()
    {
        // 1,000 residents × (600 + 300) = 900,000 元 income = benefits 900,000 元: surplus 0, the balance never moves.
        var model = ProjectionModel.Create(ProjectionTestData.Residents(Money.FromYuan(500_000), Money.FromYuan(900_000)), ProjectionTestData.ZeroGrowth, 10, ProjectionTestData.ConstantStandards(600, 300));
        FundProjection f = Projector.Run(model).Resident!;
        Assert.All(f.Years, y =>
        {
            Assert.Equal(Money.FromYuan(900_000), y.Income);
            Assert.Equal(Money.FromYuan(900_000), y.Expenditure);
            Assert.Equal(Money.FromYuan(500_000), y.Closing);
        });
        Assert.False(f.Exhaustion.Occurs);
        Assert.False(f.FirstCurrentDeficit.Occurs);
    }

    [Fact]
    public void Key_dates_follow_from_the_balance_arithmetic()
    {
        // Income 1,000 × (600 + 300) = 900,000 元, benefits 1,200,000 元: surplus −300,000 a year from 2022.
        // Balance 1,500,000: 2026 closes at 1,500,000 − 5 × 300,000 = 0 (used up, not below zero); 2027 at −300,000 → exhausted.
        // Months of cover: 2022 1,200,000 / 100,000 = 12 (above 6–9), 2023 9, 2024 6, 2025 3 → below the range from 2025.
        var model = ProjectionModel.Create(ProjectionTestData.Residents(Money.FromYuan(1_500_000), Money.FromYuan(1_200_000)), ProjectionTestData.ZeroGrowth, 8, ProjectionTestData.ConstantStandards(600, 300));
        FundProjection f = Projector.Run(model).Resident!;
        Assert.Equal(2022, f.FirstCurrentDeficit.Year);
        Assert.Equal(2027, f.Exhaustion.Year);
        Assert.Equal(Money.Zero, f.Years[4].Closing);
        Assert.Equal(2022, f.CoverOutsideReasonableRange.Year);
        Assert.Equal(2025, f.CoverBelowReasonableRange.Year);
        Assert.Equal("2027: 累计结余耗尽 — closing -30.00万元 = opening 0.00元 + surplus -30.00万元 is below zero", f.Exhaustion.Sentence);
        Assert.Equal("2025: 3.00 months of cover, below the reasonable range's 6 months", f.CoverBelowReasonableRange.Sentence);
    }

    [Fact]
    public void A_negative_balance_earns_no_interest()
    {
        // Deficit 300,000 a year on 100,000: 2022 closes at −200,000 + 5% × 100,000 = −195,000; 2023 earns nothing: −495,000.
        var model = ProjectionModel.Create(ProjectionTestData.Residents(Money.FromYuan(100_000), Money.FromYuan(1_200_000)), ProjectionTestData.ZeroGrowth with { InterestRate = 0.05 }, 2, ProjectionTestData.ConstantStandards(600, 300));
        FundProjection f = Projector.Run(model).Resident!;
        Assert.Equal(Money.FromYuan(-195_000), f.Years[0].Closing);
        Assert.Equal(Money.FromYuan(-495_000), f.Years[1].Closing);
    }

    [Theory]
    [InlineData(-1, "horizon: -1 years is negative: a projection runs forward at least 1 year")]
    [InlineData(0, "horizon: 0 years is zero: a projection runs forward at least 1 year")]
    [InlineData(51, "horizon: 51 years exceeds the limit of 50 years")]
    public void Horizons_outside_1_to_50_years_are_refused(int horizon, string message)
    {
        var e = Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(Zhuzhou2021.Start, Zhuzhou2021.Baseline, horizon));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NaN_and_infinite_assumptions_are_refused_by_name()
    {
        var nan = Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(Zhuzhou2021.Start, Zhuzhou2021.Baseline with { ContributionBaseGrowth = double.NaN }, 10));
        Assert.Equal("assumption contributionBaseGrowth: NaN is not a finite number (NaN and Infinity are refused)", nan.Message);
        var inf = Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(Zhuzhou2021.Start, Zhuzhou2021.Baseline with { InterestRate = double.NegativeInfinity }, 10));
        Assert.Equal("assumption interestRate: -Infinity is not a finite number (NaN and Infinity are refused)", inf.Message);
        var range = Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(Zhuzhou2021.Start, Zhuzhou2021.Baseline with { RetirementRate = 0.9 }, 10));
        Assert.Equal("assumption retirementRate: 0.9 is outside the allowed yearly share [0, 0.5]", range.Message);
    }

    [Fact]
    public void Unknown_cohort_names_are_refused_with_the_known_ones()
    {
        var a = Zhuzhou2021.Baseline with { ResidentCohortGrowth = new Dictionary<string, double> { ["elderly"] = 0.02 } };
        var e = Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(Zhuzhou2021.Start, a, 10));
        Assert.Equal("assumption residentCohortGrowth: cohort 'elderly' is not a resident cohort of the start position (cohorts: adults-under-60, aged-60-plus, college, students-children)", e.Message);

        var b = Zhuzhou2021.Baseline with { ResidentCohortCostGrowth = new Dictionary<string, double> { ["retired"] = 0.02 } };
        Assert.Contains("cohort 'retired' is not a resident cohort", Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(Zhuzhou2021.Start, b, 10)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_positions_are_checked()
    {
        ProjectionStart s = Zhuzhou2021.Start;
        Assert.Equal("start: no employee and no resident scheme leaves nothing to project: give employee, resident or both",
            Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(s with { Employee = null, Resident = null }, Zhuzhou2021.Baseline, 5)).Message);
        Assert.Equal("employee.pooledBalance: -1.00元 is negative: it must be 0 or more",
            Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(s with { Employee = s.Employee! with { PooledBalance = Money.FromYuan(-1) } }, Zhuzhou2021.Baseline, 5)).Message);
        var twice = s.Resident! with { Cohorts = [new("adults", Headcount.FromPersons(1), 1), new("adults", Headcount.FromPersons(2), 1)] };
        Assert.Equal("resident.cohorts: 'adults' is named twice: cohort names must be unique",
            Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(s with { Resident = twice }, Zhuzhou2021.Baseline with { ResidentCohortGrowth = new Dictionary<string, double>() }, 5)).Message);
        Assert.StartsWith("resident.individualContributionLag: 2 is neither 0",
            Assert.Throws<ForecastInputException>(() => ProjectionModel.Create(s with { Resident = s.Resident! with { IndividualContributionLag = 2 } }, Zhuzhou2021.Baseline, 5)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hold-last", ExtrapolationKind.HoldLastValue)]
    [InlineData("last-increment", ExtrapolationKind.LastIncrement)]
    [InlineData("linear-trend", ExtrapolationKind.LinearTrend)]
    [InlineData("growth:3%", ExtrapolationKind.ConstantGrowth)]
    public void Extrapolation_rules_parse_by_name(string text, ExtrapolationKind kind)
    {
        ExtrapolationRule rule = ExtrapolationRule.Parse(text);
        Assert.Equal(kind, rule.Kind);
        Assert.Equal(text, rule.ToString());
    }

    [Fact]
    public void Linear_trend_extrapolation_continues_the_fitted_national_standards()
    {
        // resident.individual_contribution 2018–2025: 220, 250, 280, 320, 350, 380, 400, 400 (national parameters).
        // Least squares: t̄ = 3.5, ȳ = 325, Σ(t − t̄)(y − ȳ) = 651… → slope 651.25… / 42; checked against Fit.Line by the fitter's own test.
        var m = ProjectionModel.Create(Zhuzhou2021.Start, Zhuzhou2021.Baseline with { IndividualExtrapolation = ExtrapolationRule.LinearTrend }, 10);
        double[] y = [220, 250, 280, 320, 350, 380, 400, 400];
        var (a, b) = MathNet.Numerics.Fit.Line([0, 1, 2, 3, 4, 5, 6, 7], y);
        Assert.Equal(Money.FromFen((long)Math.Round((a + (b * 8)) * 100, MidpointRounding.AwayFromZero)), m.Individual!.At(2026));
        Assert.Equal(Money.FromYuan(400), m.Individual.At(2025));
        Assert.Equal("extrapolation rule: 'yearly' is not a rule: use hold-last, last-increment, linear-trend or growth:R (e.g. growth:3%)",
            Assert.Throws<ForecastInputException>(() => ExtrapolationRule.Parse("yearly")).Message);
    }
}
