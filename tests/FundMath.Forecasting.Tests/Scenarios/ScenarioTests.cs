using System;
using System.Linq;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Scenarios;
using FundMath.Forecasting.Tests.Support;
using FundMath.Funds;

namespace FundMath.Forecasting.Tests.Scenarios;

public class ScenarioTests
{
    [Fact]
    public void Standard_scenarios_run_side_by_side_and_are_no_better_than_the_baseline()
    {
        ScenarioComparison c = ScenarioComparison.Compare(Zhuzhou2021.Model(), Scenario.Standard);
        Assert.Equal(["baseline", "faster-ageing", "cost-growth+2pp", "base-growth-1pp"], c.Results.Select(r => r.Scenario));
        foreach (ProjectionResult r in c.Results.Skip(1))
        {
            Assert.True(r.EmployeePooled!.FinalBalance <= c.Baseline.EmployeePooled!.FinalBalance);
            Assert.True((r.Resident!.Exhaustion.Year ?? int.MaxValue) <= (c.Baseline.Resident!.Exhaustion.Year ?? int.MaxValue));
        }

        // cost growth +2pp: retiree cost growth 6% → 8%
        Assert.Equal(0.08, c.Results[2].Model.Assumptions.RetiredCostGrowth, 12);
    }

    [Fact]
    public void Scenario_errors_name_the_scenario()
    {
        var bad = new Scenario("mass-retirement", [new AssumptionShift(AssumptionKind.RetirementRate, 0.6)]);
        var e = Assert.Throws<ForecastInputException>(() => ScenarioComparison.Compare(Zhuzhou2021.Model(), [bad]));
        Assert.Equal("scenario mass-retirement: assumption retirementRate: 0.64 is outside the allowed yearly share [0, 0.5]", e.Message);
        Assert.Contains("is named twice", Assert.Throws<ForecastInputException>(() => ScenarioComparison.Compare(Zhuzhou2021.Model(), [Scenario.Standard[0], Scenario.Standard[0]])).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tornado_rows_are_sorted_by_swing_and_move_in_the_pessimistic_direction()
    {
        var rows = Sensitivity.Tornado(Zhuzhou2021.Model(), FundKind.EmployeePooledFund);
        Assert.Equal(Sensitivity.EmployeeAssumptions.Count, rows.Count);
        for (int i = 1; i < rows.Count; i++)
        {
            Assert.True(rows[i - 1].Swing >= rows[i].Swing);
        }

        SensitivityRow cost = rows.Single(r => r.Assumption == "retiredCostGrowth");
        Assert.True(cost.FinalHigh < cost.FinalBaseline && cost.FinalBaseline < cost.FinalLow);
        SensitivityRow growth = rows.Single(r => r.Assumption == "contributionBaseGrowth");
        Assert.True(growth.FinalHigh > growth.FinalLow);
    }

    [Fact]
    public void Tornado_side_outside_the_range_is_reported_not_clamped()
    {
        // interest 0% moved down by 6pp would be −6%, below the allowed −5%
        var m = Zhuzhou2021.Model().With(Zhuzhou2021.Baseline with { InterestRate = 0 });
        SensitivityRow row = Sensitivity.Tornado(m, FundKind.ResidentBasic, 0.06).Single(r => r.Assumption == "interestRate");
        Assert.Null(row.FinalLow);
        Assert.NotNull(row.FinalHigh);
        Assert.StartsWith("lower side not run: assumption interestRate: -0.06 is outside", row.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Resident_tornado_covers_cohort_growth_of_every_cohort()
    {
        var rows = Sensitivity.Tornado(Zhuzhou2021.Model(), FundKind.ResidentBasic);
        Assert.Contains(rows, r => r.Assumption == "residentCohortGrowth");
        SensitivityRow cost = rows.Single(r => r.Assumption == "residentCostGrowth");
        Assert.True((cost.ExhaustionHigh ?? int.MaxValue) <= (cost.ExhaustionLow ?? int.MaxValue));
    }
}
