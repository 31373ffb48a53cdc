namespace FundMath.Tests.Funds;

using FundMath;
using FundMath.Funds;
using FundMath.Tests.Support;

public class FundAllocationTests
{
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.OfYear(2021);

    private readonly IncomeItem[] incomeItems =
    [
        new(IncomeLine.Premiums, Money.From(27.10m, MoneyUnit.Yi)),
        new(IncomeLine.FiscalSubsidy, Money.From(1.2m, MoneyUnit.Yi)),
        new(IncomeLine.RiskReserveProvision, Money.From(4.08m, MoneyUnit.Yi)),
    ];

    private readonly ExpenditureItem[] expenditureItems =
    [
        new(ExpenditureLine.Inpatient, Money.From(12.47m, MoneyUnit.Yi)),
        new(ExpenditureLine.PersonalAccount, Money.From(11.05m, MoneyUnit.Yi)),
        new(ExpenditureLine.Vaccine, Money.From(3.86m, MoneyUnit.Yi)),
    ];

    private readonly FundStatement[] regions = new FundStatement[64];

    public FundAllocationTests()
    {
        for (int i = 0; i < regions.Length; i++)
        {
            regions[i] = FundStatement.Create(FundKind.ResidentBasic, "R", Y2021, Money.FromYuan(i * 1000),
                IncomeLines.Of(premiums: Money.FromYuan(100 + i)), ExpenditureLines.Of(inpatient: Money.FromYuan(90 + (i % 7))));
        }
    }

    [Fact]
    public void Building_a_statement_from_line_items_allocates_nothing()
    {
        Money sink = Money.Zero;
        Allocations.AssertZero(() => sink += FundStatement.FromItems(FundKind.EmployeeBasic, "株洲市", Y2021, Money.FromYuan(1), incomeItems, expenditureItems).Closing, "FundStatement.FromItems");
        Assert.NotEqual(Money.Zero, sink);
    }

    [Fact]
    public void Merging_and_consolidating_allocate_nothing()
    {
        Money sink = Money.Zero;
        Allocations.AssertZero(() => sink += FundStatement.Consolidate(regions).Closing, "FundStatement.Consolidate(64)");
        Allocations.AssertZero(() => sink += (regions[0] + regions[1]).IncomeTotal, "FundStatement.Merge");
        Assert.NotEqual(Money.Zero, sink);
    }

    [Fact]
    public void Ratios_and_growth_allocate_nothing()
    {
        long sink = 0;
        Allocations.AssertZero(() => sink += regions[3].SurplusRatio.Rate.Value.Numerator, "SurplusRatio.Rate");
        Allocations.AssertZero(() => sink += regions[3].ComparedWith(regions[2]).Of(IncomeLine.Premiums).Rate.Value.Denominator, "MoneyGrowth.Rate");
        Allocations.AssertZero(() => sink += regions[3].AccumulatedBalance.PooledFund.Fen, "AccumulatedBalance");
        Assert.NotEqual(0, sink);
    }
}
