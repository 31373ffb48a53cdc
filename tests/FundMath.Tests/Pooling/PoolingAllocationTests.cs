using System;
using FundMath.Pooling;
using FundMath.Tests.Support;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>The settlement hot path allocates nothing: one county, a small city (stack scratch) and a large one (per-thread scratch).</summary>
public class PoolingAllocationTests
{
    private static PoolingCounty[] City(int n)
    {
        var counties = new PoolingCounty[n];
        var rng = new Random(2023);
        for (int i = 0; i < n; i++)
        {
            bool deficit = rng.Next(3) > 0;
            long amount = rng.NextInt64(0, 5_000_000_000);
            counties[i] = new PoolingCounty($"县{i:D5}")
            {
                PreviousYearExpenditure = Money.FromFen(rng.NextInt64(1_000_000_000, 100_000_000_000)),
                AccumulatedBalance = Money.FromFen(rng.NextInt64(0, 50_000_000_000)),
                PersonalAccountBalance = Money.FromFen(rng.NextInt64(0, 5_000_000_000)),
                PreviousYearInsured = Headcount.FromPersons(rng.Next(10_000, 900_000)),
                PooledFinancing = Money.FromFen(rng.NextInt64(1_000_000_000, 100_000_000_000)),
                Deficit = deficit ? Money.FromFen(amount) : Money.Zero,
                Surplus = deficit ? Money.Zero : Money.FromFen(amount),
                PriorYearDeficit = rng.Next(4) == 0,
                Assessment = rng.Next(5) == 0 ? CountyAssessment.BelowGood : CountyAssessment.GoodOrBetter,
            };
        }

        return counties;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    [InlineData(1_000)]
    public void City_settlement_allocates_nothing(int n)
    {
        PoolingPolicy policy = Policy(2023);
        PoolingYear year = Employee(2023, 1_000_000m);
        PoolingCounty[] counties = City(n);
        var results = new CountySettlement[n];
        Money closing = Money.Zero;
        Allocations.AssertZero(() => closing = CitySettlement.Settle(policy, year, counties, results).Closing, $"CitySettlement.Settle over {n} counties", iterations: 50);
        Assert.False(closing.IsNegative);
    }

    [Fact]
    public void County_rules_allocate_nothing()
    {
        PoolingPolicy policy = Policy(2022);
        PoolingCounty county = City(1)[0] with { Deficit = Yuan(10_000_000m), Surplus = Money.Zero };
        PoolingYear year = Employee(2022);
        Money sink = Money.Zero;
        Allocations.AssertZero(() => sink += CountySettlement.Compute(policy, year, county, Yuan(1_000m)).CountyTreasury, "CountySettlement.Compute");
        Allocations.AssertZero(() => sink += UpwardTransfer.Compute(policy, PooledScheme.Employee, Yuan(100_000_000m), Yuan(40_000_000m), Yuan(22_000_000m)).Quota, "UpwardTransfer.Compute");
        PoolingPolicy later = Policy(2023);
        var shares = new Money[3];
        Headcount[] headcounts = [Headcount.FromPersons(120_000), Headcount.FromPersons(120_000), Headcount.FromPersons(60_000)];
        Allocations.AssertZero(() =>
        {
            YearStartTopUp check = YearStartTopUp.Compute(later, PooledScheme.Employee, Yuan(18_123_456.79m), Yuan(120_000_000m));
            check.Apportion(headcounts, shares);
            sink += check.Shortfall;
        }, "YearStartTopUp.Compute + Apportion");
        Assert.True(sink.IsPositive);
        Assert.Equal(Yuan(11_876_543.21m), shares[0] + shares[1] + shares[2]);
    }
}
