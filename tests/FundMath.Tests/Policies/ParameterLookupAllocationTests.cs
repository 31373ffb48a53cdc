using FundMath.Policies;
using FundMath.Tests.Support;
using NodaTime;

namespace FundMath.Tests.Policies;

using Money = global::FundMath.Money;

public class ParameterLookupAllocationTests
{
    [Fact]
    public void Typed_lookup_allocates_nothing()
    {
        ParameterSet set = ParameterSet.National;
        var date = new LocalDate(2021, 6, 30);
        Money sink = default;
        Rate rate = default;
        Allocations.AssertZero(() => _ = set.Get("resident.fiscal_subsidy"), "ParameterSet.Get");
        Allocations.AssertZero(() => sink = NationalParameters.Resident.IndividualContribution.At(set, date), "ParameterKey<Money>.At");
        Allocations.AssertZero(() => rate = NationalParameters.Resident.CentralSubsidyShare.At(set, "tier2", date), "ScaleKey<Rate>.At");
        Allocations.AssertZero(() => _ = set.Get("resident.fiscal_subsidy").At(date).Value.AsMoney(), "Parameter.At");
        Assert.Equal(Money.FromYuan(320), sink);
        Assert.Equal(Rate.FromPercent(60), rate);
    }
}
