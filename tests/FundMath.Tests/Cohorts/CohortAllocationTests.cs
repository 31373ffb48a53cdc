namespace FundMath.Tests.Cohorts;

using System;
using FundMath;
using FundMath.Cohorts;
using FundMath.Tests.Support;

public class CohortAllocationTests
{
    private readonly Headcount[] parts = [Headcount.FromPersons(2_269_284), Headcount.FromPersons(637_103), Headcount.FromPersons(113_426)];
    private readonly Rate[] exact = new Rate[3];
    private readonly Rate[] naive = new Rate[3];
    private readonly Rate[] apportioned = new Rate[3];
    private readonly Utilisation[] cohorts =
    [
        Utilisation.Empty.With(ServiceCategory.Inpatient, 50_405, Money.From(45_805m, MoneyUnit.Wan)),
        Utilisation.Empty.With(ServiceCategory.Inpatient, 124_759, Money.From(127_654m, MoneyUnit.Wan)),
    ];

    [Fact]
    public void Structure_shares_allocate_nothing()
    {
        long sink = 0;
        Allocations.AssertZero(() => sink += StructureShares.Compute(Headcount.FromPersons(3_019_813), parts, true, 2, MidpointRounding.AwayFromZero, exact, naive, apportioned).NaiveDisplaySum.Value.Numerator, "StructureShares.Compute");
        Assert.NotEqual(0, sink);
    }

    [Fact]
    public void Merging_well_known_counts_and_utilisation_allocates_nothing()
    {
        CohortCounts a = CohortCounts.Empty.With(CohortCategory.Insured, 100).With(CohortCategory.Retired, 40);
        CohortCounts b = CohortCounts.Empty.With(CohortCategory.Insured, 7).With(CohortCategory.Retired, 3);
        long sink = 0;
        Allocations.AssertZero(() => sink += (a + b)[CohortCategory.Retired].Persons, "CohortCounts.Merge");
        Allocations.AssertZero(() => sink += (cohorts[0] + cohorts[1]).Cases(ServiceCategory.Inpatient), "Utilisation.Merge");
        Allocations.AssertZero(() => sink += cohorts[1].CostPerCase(ServiceCategory.Inpatient, MidpointRounding.AwayFromZero).Value.Fen, "Utilisation.CostPerCase");
        Allocations.AssertZero(() => sink += SupportRatio.Of(a).InServicePerRetiree.Denominator, "SupportRatio");
        Assert.NotEqual(0, sink);
    }

    [Fact]
    public void Cohort_shares_of_cost_allocate_nothing()
    {
        var cost = new Rate[2];
        var cases = new Rate[2];
        Allocations.AssertZero(() => Utilisation.Shares(cohorts, ServiceCategory.Inpatient, cost, cases), "Utilisation.Shares");
        Assert.Equal(Rate.OneHundredPercent, cost[0] + cost[1]);
    }
}
