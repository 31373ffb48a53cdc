using System.Collections.Generic;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Forecasting.Projection;
using FundMath.Policies;
using FundMath.Testing.Forecasting;
using NodaTime;

namespace FundMath.Forecasting.Tests.Projection;

/// <summary>Helpers shared by the projection tests.</summary>
internal static class ProjectionTestData
{
    public static ProjectionModel Model(ProjectionCase c) => ProjectionModel.Create(c.Start, c.Assumptions, c.Horizon);

    /// <summary>The national set with the resident standards held constant (one entry each, illustrative values).</summary>
    public static ParameterSet ConstantStandards(long subsidy, long individual)
    {
        var cite = new Citation("illustrative constant standard (test data)");
        return ParameterSet.NationalWithConventions.WithOverrides(
        [
            new Parameter("resident.fiscal_subsidy", ParameterUnit.YuanPerPersonYear, [new ParameterEntry(new LocalDate(2000, 1, 1), ParameterValue.FromMoney(Money.FromYuan(subsidy), ParameterUnit.YuanPerPersonYear), cite)]),
            new Parameter("resident.individual_contribution", ParameterUnit.YuanPerPersonYear, [new ParameterEntry(new LocalDate(2000, 1, 1), ParameterValue.FromMoney(Money.FromYuan(individual), ParameterUnit.YuanPerPersonYear), cite)]),
        ], "constant-standards");
    }

    /// <summary>Every growth, flow, interest and drawdown zero; utilisation 1.</summary>
    public static ProjectionAssumptions ZeroGrowth => new()
    {
        Name = "zero-growth",
        SubsidyExtrapolation = ExtrapolationRule.HoldLastValue,
        IndividualExtrapolation = ExtrapolationRule.HoldLastValue,
        ResidentCohortGrowth = new Dictionary<string, double>(),
    };

    /// <summary>A resident-only start: one cohort of 1,000 persons.</summary>
    public static ProjectionStart Residents(Money balance, Money benefits) => new()
    {
        Region = "test",
        BaseYear = 2021,
        Resident = new ResidentStart
        {
            Balance = balance,
            Benefits = benefits,
            Cohorts = [new ResidentCohortStart("adults", Headcount.FromPersons(1000), 1.0)],
        },
    };

    public static SourceLocation Nowhere => default;
}
