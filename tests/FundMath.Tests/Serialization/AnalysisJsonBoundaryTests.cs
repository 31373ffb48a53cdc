namespace FundMath.Tests.Serialization;

using System;
using FundMath;
using FundMath.Analysis;
using FundMath.Cohorts;
using FundMath.Funds;
using FundMath.Pooling;
using FundMath.Ratios;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// The analysis results as JSON at the edges of what reading accepts: a deficit scan that some regions could give
/// (each deficit region at least 1 fen short), the judgements of budget execution and months of cover, monthly
/// expenditure over 0 and 1–1200 months, averages, county funding and the ratios with and without a rate.
/// </summary>
public class AnalysisJsonBoundaryTests
{
    private static string Scan(int regions, int deficitRegions, string deficit, string surplus) =>
        $"{{\"period\":\"2021\",\"regions\":{regions},\"deficitRegions\":{deficitRegions},\"deficitTotal\":{deficit},\"surplusTotal\":{surplus}}}";

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(3, -1)]
    [InlineData(3, 4)]
    [InlineData(0, 1)]
    public void A_scan_whose_counts_are_not_counts_of_regions_is_refused(int regions, int deficitRegions) =>
        Assert.Equal($"DeficitScan: deficitRegions {deficitRegions} of {regions} regions is not a count of regions.", Refused<DeficitScan>(Scan(regions, deficitRegions, "0.00", "0.00")));

    // Two deficit regions need at least 2 fen between them; none needs none; a surplus needs a region that is not in deficit.
    [Theory]
    [InlineData(3, 2, "0.01", "1.00", "DeficitScan: 2 deficit regions totalling 0.01 and 1 other regions totalling 1.00 cannot come from a scan.")]
    [InlineData(3, 0, "0.01", "1.00", "DeficitScan: 0 deficit regions totalling 0.01 and 3 other regions totalling 1.00 cannot come from a scan.")]
    [InlineData(3, 1, "1.00", "-0.01", "DeficitScan: 1 deficit regions totalling 1.00 and 2 other regions totalling -0.01 cannot come from a scan.")]
    [InlineData(2, 2, "1.00", "0.01", "DeficitScan: 2 deficit regions totalling 1.00 and 0 other regions totalling 0.01 cannot come from a scan.")]
    public void A_scan_no_regions_could_give_is_refused(int regions, int deficitRegions, string deficit, string surplus, string message)
    {
        string refused = Refused<DeficitScan>(Scan(regions, deficitRegions, deficit, surplus));
        Assert.Equal(message.Replace("totalling 0.01", $"totalling {Money.FromFen(1)}").Replace("totalling 1.00", $"totalling {Money.FromFen(100)}").Replace("totalling -0.01", $"totalling {Money.FromFen(-1)}"), refused);
    }

    [Fact]
    public void A_scan_at_the_edges_of_what_regions_give_is_read()
    {
        // 2 deficit regions of 1 fen each: 0.02 in deficit; 3 regions, the third with the surplus 1.00.
        DeficitScan tight = Read<DeficitScan>(Scan(3, 2, "0.02", "1.00"));
        Assert.Equal((3, 2, 1), (tight.Regions, tight.DeficitRegions, tight.SurplusRegions));
        Assert.Equal(Money.FromFen(2), tight.DeficitTotal);
        Assert.Equal(Money.FromFen(100), tight.SurplusTotal);
        Assert.Equal(Money.FromFen(98), tight.NetBalance);

        // Every region in deficit: 3 regions short by 5.00 between them, nothing in surplus.
        DeficitScan allShort = Read<DeficitScan>(Scan(3, 3, "5.00", "0.00"));
        Assert.Equal((3, 3, 0), (allShort.Regions, allShort.DeficitRegions, allShort.SurplusRegions));
        Assert.Equal(Money.FromFen(500), allShort.DeficitTotal);
        Assert.Equal(Money.FromFen(-500), allShort.NetBalance);
        Assert.Equal(Rate.OneHundredPercent, allShort.DeficitShare);

        // No deficit: the surplus is one region's, the others break even (a region at zero is not in deficit).
        DeficitScan none = Read<DeficitScan>(Scan(3, 0, "0.00", "7.00"));
        Assert.Equal((3, 0, 3), (none.Regions, none.DeficitRegions, none.SurplusRegions));
        Assert.Equal(Money.FromFen(700), none.SurplusTotal);
        Assert.Equal(Money.Zero, none.DeficitTotal);

        // Nothing at all: no region.
        DeficitScan empty = Read<DeficitScan>(Scan(0, 0, "0.00", "0.00"));
        Assert.Equal((0, 0, 0), (empty.Regions, empty.DeficitRegions, empty.SurplusRegions));
    }

    [Fact]
    public void A_scan_of_two_billion_regions_is_read_in_constant_memory()
    {
        // The count is a number in the file, not rows: 2,147,483,647 regions, 1 short by 0.05, the rest with 9.00.
        // Rebuilding it from one balance per region would allocate 16 GiB.
        string json = Scan(int.MaxValue, 1, "0.05", "9.00");
        Read<DeficitScan>(json);
        long before = GC.GetAllocatedBytesForCurrentThread();
        DeficitScan huge = Read<DeficitScan>(json);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.InRange(bytes, 0, 64 * 1024);
        Assert.Equal((int.MaxValue, 1, int.MaxValue - 1), (huge.Regions, huge.DeficitRegions, huge.SurplusRegions));
        Assert.Equal(Money.FromFen(5), huge.DeficitTotal);
        Assert.Equal(Money.FromFen(895), huge.NetBalance);
    }

    [Fact]
    public void A_scan_round_trips_its_totals()
    {
        // −120.00, −0.01, 300.00 and 0.00: 120.01 in deficit over 2 regions, 300.00 of surplus, net 179.99.
        DeficitScan scan = DeficitScan.Scan(ReportingPeriod.OfYear(2021), [Money.FromYuan(-120m), Money.FromYuan(-0.01m), Money.FromYuan(300m), Money.Zero]);
        string json = Write(scan);
        Assert.Equal("{\"period\":\"2021\",\"regions\":4,\"deficitRegions\":2,\"surplusRegions\":2,\"deficitTotal\":120.01,\"surplusTotal\":300.00,\"deficitShare\":\"50%\",\"surplusShare\":\"50%\",\"netBalance\":179.99}", json);
        DeficitScan back = Read<DeficitScan>(json);
        Assert.Equal(Money.FromYuan(120.01m), back.DeficitTotal);
        Assert.Equal(Money.FromYuan(179.99m), back.NetBalance);
    }

    [Fact]
    public void The_derived_members_of_a_scan_are_checked_when_present()
    {
        DeficitScan scan = Read<DeficitScan>(Scan(3, 2, "0.02", "1.00"));
        Assert.Equal(1, scan.SurplusRegions);
        string full = Write(scan);
        Assert.Equal("DeficitScan.surplusRegions is 2 but its inputs give 1; a derived member must agree with the inputs.", Refused<DeficitScan>(full.Replace("\"surplusRegions\":1", "\"surplusRegions\":2", StringComparison.Ordinal)));
        Assert.Equal("DeficitScan.netBalance is 0.99 but its inputs give 0.98; a derived member must agree with the inputs.".Replace("0.99", Money.FromFen(99).ToString()).Replace("0.98", Money.FromFen(98).ToString()),
            RefusedEdit(scan, j => j["netBalance"] = 0.99m));
        Assert.StartsWith("DeficitScan.deficitShare is ", RefusedEdit(scan, j => j["deficitShare"] = "50%"), StringComparison.Ordinal);
        Assert.StartsWith("DeficitScan.surplusShare is ", RefusedEdit(scan, j => j["surplusShare"] = "50%"), StringComparison.Ordinal);
        Assert.Equal("DeficitScan: unknown member 'shares'.", RefusedEdit(scan, j => j["shares"] = 1));
        Assert.Equal("DeficitScan: the member 'surplusTotal' is missing; it is required.", RefusedEdit(scan, j => j.Remove("surplusTotal")));
    }

    private static BudgetExecution Over => BudgetExecution.Evaluate(BudgetLine.TotalIncome, ReportingPeriod.OfYear(2021), Money.From(26.36m, MoneyUnit.Yi), Money.From(29.02m, MoneyUnit.Yi), Rate.OneHundredPercent, ToleranceBand.FivePoints);

    private static BudgetExecution NoBudget => BudgetExecution.Evaluate(BudgetLine.PremiumIncome, ReportingPeriod.OfYear(2021), Money.Zero, Money.From(1m, MoneyUnit.Yi), Rate.OneHundredPercent, ToleranceBand.FivePoints);

    [Fact]
    public void A_budget_execution_checks_its_outcome_rate_and_deviation()
    {
        Assert.Equal(Over, Read<BudgetExecution>(Write(Over)));
        Assert.Equal("BudgetExecution.outcome is Under but its inputs give Over; a derived member must agree with the inputs.", RefusedEdit(Over, j => j["outcome"] = "Under"));
        Assert.Equal($"BudgetExecution.rate is {Rate.OneHundredPercent} but its inputs give {Over.Rate}; a derived member must agree with the inputs.", RefusedEdit(Over, j => j["rate"] = "100%"));
        Assert.Equal($"BudgetExecution.deviation is {PercentagePoints.FromPoints(10m)} but its inputs give {Over.Deviation}; a derived member must agree with the inputs.", RefusedEdit(Over, j => j["deviation"] = "10pp"));
        // With a rate, the rate and deviation may be left out (they are derived).
        BudgetExecution bare = ReadEdit(Over, j => { j.Remove("rate"); j.Remove("deviation"); });
        Assert.Equal(Over.Rate, bare.Rate);
        Assert.Equal("BudgetExecution: unknown member 'ratio'.", RefusedEdit(Over, j => j["ratio"] = "1"));
        Assert.StartsWith("BudgetExecution: the members do not make a valid BudgetExecution: ", RefusedEdit(Over, j => j["expectedProgress"] = "-1%"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_budget_without_a_budget_has_no_rate_or_deviation()
    {
        Assert.Equal(NoBudget, Read<BudgetExecution>(Write(NoBudget)));
        Assert.Equal("BudgetExecution.rate must be absent: a NoBudget execution has no rate.", RefusedEdit(NoBudget, j => j["rate"] = "100%"));
        Assert.Equal("BudgetExecution.deviation must be absent: a NoBudget execution has no deviation.", RefusedEdit(NoBudget, j => j["deviation"] = "0pp"));
    }

    private static MonthsOfCover Covered => MonthsOfCover.Compute(ReportingPeriod.OfYear(2021), Money.From(23.89m, MoneyUnit.Yi), BalanceDeductions.Lumped(Money.Zero, Money.From(3.66m, MoneyUnit.Yi)), MonthlyExpenditure.PerMonth(Money.From(1.29m, MoneyUnit.Yi)), CoverBandPolicy.Default);

    private static MonthsOfCover NoExpenditure => MonthsOfCover.Compute(ReportingPeriod.OfYear(2021), Money.From(1m, MoneyUnit.Yi), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.Zero), CoverBandPolicy.Default);

    [Fact]
    public void Months_of_cover_check_every_judgement()
    {
        // (23.89 − 3.66)亿 / 1.29亿 = 2023/129 = 15.68… months: High (above 9), not reasonable.
        Assert.Equal(Covered, Read<MonthsOfCover>(Write(Covered)));
        Assert.Equal("MonthsOfCover.outcome is NoExpenditure but its inputs give Covered; a derived member must agree with the inputs.", RefusedEdit(Covered, j => j["outcome"] = "NoExpenditure"));
        Assert.Equal("MonthsOfCover.band disagrees with its inputs, which give High.", RefusedEdit(Covered, j => j["band"] = "Middle"));
        Assert.Equal("MonthsOfCover.isReasonable is True but its inputs give False; a derived member must agree with the inputs.", RefusedEdit(Covered, j => j["isReasonable"] = true));
        Assert.StartsWith("MonthsOfCover.actualBalance is ", RefusedEdit(Covered, j => j["actualBalance"] = 1), StringComparison.Ordinal);
        Assert.Equal($"MonthsOfCover.months is {Fraction.FromInteger(15)} but its inputs give {Fraction.Create(2023, 129)}; a derived member must agree with the inputs.", RefusedEdit(Covered, j => j["months"] = "15"));
        Assert.Equal($"MonthsOfCover.bookMonths is {Fraction.FromInteger(18)} but its inputs give {Fraction.Create(2389, 129)}; a derived member must agree with the inputs.", RefusedEdit(Covered, j => j["bookMonths"] = "18"));
        Assert.Equal("MonthsOfCover: the member 'band' is missing; it is required.", RefusedEdit(Covered, j => j.Remove("band")));
        MonthsOfCover bare = ReadEdit(Covered, j => { j.Remove("months"); j.Remove("bookMonths"); j.Remove("actualBalance"); j.Remove("isReasonable"); });
        Assert.Equal(Covered.Months, bare.Months);
        Assert.Equal("MonthsOfCover: unknown member 'month'.", RefusedEdit(Covered, j => j["month"] = "1"));
    }

    [Fact]
    public void Months_of_cover_without_expenditure_have_no_months()
    {
        Assert.Equal(NoExpenditure, Read<MonthsOfCover>(Write(NoExpenditure)));
        Assert.Equal("MonthsOfCover.months must be absent: a NoExpenditure result has no months.", RefusedEdit(NoExpenditure, j => j["months"] = "1"));
        Assert.Equal("MonthsOfCover.bookMonths must be absent: a NoExpenditure result has no months.", RefusedEdit(NoExpenditure, j => j["bookMonths"] = "1"));
        Assert.StartsWith("MonthsOfCover: the members do not make a valid MonthsOfCover: ", RefusedEdit(NoExpenditure, j => j["deductions"]!["otherPayables"] = -1), StringComparison.Ordinal);
    }

    [Fact]
    public void Monthly_expenditure_covers_none_or_1_to_1200_months()
    {
        Assert.Equal(default, Read<MonthlyExpenditure>("{\"expenditure\":0.00,\"months\":0}"));
        Assert.Equal("MonthlyExpenditure: months is 0 but expenditure is 0.01; an expenditure covers 1–1200 months.".Replace("0.01", Money.FromFen(1).ToString()), Refused<MonthlyExpenditure>("{\"expenditure\":0.01,\"months\":0}"));
        Assert.Equal(MonthlyExpenditure.OverMonths(Money.FromYuan(12m), 1), Read<MonthlyExpenditure>("{\"expenditure\":12.00,\"months\":1}"));
        Assert.Equal(MonthlyExpenditure.OverMonths(Money.FromYuan(12m), 1200), Read<MonthlyExpenditure>("{\"expenditure\":12.00,\"months\":1200}"));
        Assert.StartsWith("MonthlyExpenditure: the members do not make a valid MonthlyExpenditure: ", Refused<MonthlyExpenditure>("{\"expenditure\":12.00,\"months\":1201}"), StringComparison.Ordinal);
        Assert.StartsWith("MonthlyExpenditure: the members do not make a valid MonthlyExpenditure: ", Refused<MonthlyExpenditure>("{\"expenditure\":12.00,\"months\":-1}"), StringComparison.Ordinal);
        Assert.Equal("MonthlyExpenditure: unknown member 'm'.", Refused<MonthlyExpenditure>("{\"expenditure\":0.00,\"months\":0,\"m\":1}"));
        Assert.Equal("{\"expenditure\":12.00,\"months\":3}", Write(MonthlyExpenditure.OverMonths(Money.FromYuan(12m), 3)));
    }

    [Fact]
    public void An_average_is_read_by_the_mode_that_gives_its_value()
    {
        // 10.00 / 3 = 3.333…: 3.33 by most modes, 3.34 toward +∞; 3.35 by none.
        Assert.Equal(Money.FromYuan(3.33m), Read<Average>("{\"total\":10.00,\"units\":3,\"value\":3.33,\"outcome\":\"Meaningful\"}").Value);
        Assert.Equal(Money.FromYuan(3.34m), Read<Average>("{\"total\":10.00,\"units\":3,\"value\":3.34,\"outcome\":\"Meaningful\"}").Value);
        // −10.00 / 3 = −3.333…: −3.34 toward −∞ only (the last mode tried).
        Assert.Equal(Money.FromYuan(-3.34m), Read<Average>("{\"total\":-10.00,\"units\":3,\"value\":-3.34,\"outcome\":\"Meaningful\"}").Value);
        Assert.Equal($"Average: value {Money.FromYuan(3.35m):N2} 元 is not {Money.FromYuan(10m):N2} 元 / 3 rounded to the fen by any rounding mode.", Refused<Average>("{\"total\":10.00,\"units\":3,\"value\":3.35,\"outcome\":\"Meaningful\"}"));
        Assert.Equal("Average.outcome is NotMeaningful but its inputs give Meaningful; a derived member must agree with the inputs.", Refused<Average>("{\"total\":10.00,\"units\":3,\"value\":3.33,\"outcome\":\"NotMeaningful\"}"));
        Assert.Equal(RatioOutcome.NotMeaningful, Read<Average>("{\"total\":7.00,\"units\":0,\"value\":0.00,\"outcome\":\"NotMeaningful\"}").Outcome);
        Assert.StartsWith("Average: the members do not make a valid Average: ", Refused<Average>("{\"total\":7.00,\"units\":-1,\"value\":0.00,\"outcome\":\"NotMeaningful\"}"), StringComparison.Ordinal);
    }

    [Fact]
    public void County_funding_draws_between_nothing_and_what_is_due()
    {
        // 500.00 due, 300.00 from the balance: 200.00 appropriated.
        CountyFunding funding = Read<CountyFunding>("{\"due\":500.00,\"fromBalance\":300.00,\"specialAppropriation\":200.00,\"source\":\"BalanceAndAppropriation\"}");
        Assert.Equal(Money.FromYuan(200m), funding.SpecialAppropriation);
        Assert.Equal(FundingSource.BalanceAndAppropriation, funding.Source);
        // All of it from the balance (fromBalance = due is allowed).
        Assert.Equal(Money.Zero, Read<CountyFunding>("{\"due\":500.00,\"fromBalance\":500.00,\"specialAppropriation\":0.00,\"source\":\"Balance\"}").SpecialAppropriation);
        Assert.Equal($"CountyFunding: fromBalance {Money.FromYuan(500.01m):N2} 元 must be between 0 and what is due ({Money.FromYuan(500m):N2} 元).", Refused<CountyFunding>("{\"due\":500.00,\"fromBalance\":500.01,\"specialAppropriation\":0.00,\"source\":\"Balance\"}"));
        Assert.Equal($"CountyFunding: fromBalance {Money.FromYuan(-0.01m):N2} 元 must be between 0 and what is due ({Money.FromYuan(500m):N2} 元).", Refused<CountyFunding>("{\"due\":500.00,\"fromBalance\":-0.01,\"specialAppropriation\":500.01,\"source\":\"Appropriation\"}"));
        Assert.Equal($"CountyFunding: fromBalance {Money.FromYuan(-2m):N2} 元 must be between 0 and what is due ({Money.FromYuan(-1m):N2} 元).", Refused<CountyFunding>("{\"due\":-1.00,\"fromBalance\":-2.00,\"specialAppropriation\":1.00,\"source\":\"Appropriation\"}"));
        Assert.StartsWith("CountyFunding.specialAppropriation is ", Refused<CountyFunding>("{\"due\":500.00,\"fromBalance\":300.00,\"specialAppropriation\":100.00,\"source\":\"BalanceAndAppropriation\"}"), StringComparison.Ordinal);
        Assert.Equal("CountyFunding.source is Balance but its inputs give BalanceAndAppropriation; a derived member must agree with the inputs.", Refused<CountyFunding>("{\"due\":500.00,\"fromBalance\":300.00,\"specialAppropriation\":200.00,\"source\":\"Balance\"}"));
    }

    [Fact]
    public void Ratios_without_a_base_have_no_rate()
    {
        Assert.Equal("MoneyGrowth.rate must be absent: a growth from a zero base has no rate.", RefusedEdit(new MoneyGrowth(Money.FromYuan(1m), Money.Zero), j => j["rate"] = "100%"));
        Assert.Equal("HeadcountGrowth.rate must be absent: a growth from a zero base has no rate.", RefusedEdit(new HeadcountGrowth(Headcount.FromPersons(5), Headcount.Zero), j => j["rate"] = "100%"));
        Assert.Equal("SurplusRatio.rate must be absent: a surplus ratio of zero income has no rate.", RefusedEdit(new SurplusRatio(Money.FromYuan(1m), Money.Zero), j => j["rate"] = "100%"));
        Assert.Equal("SupportRatio.inServicePerRetiree must be absent: with no retirees the ratio is not meaningful.", RefusedEdit(new SupportRatio(Headcount.FromPersons(3), Headcount.Zero), j => j["inServicePerRetiree"] = "3"));
    }

    [Fact]
    public void Ratios_with_a_base_check_their_rate()
    {
        // 3.00 against 2.00: +1.00, +50%; 300 in service per 100 retired: 3; a surplus of 1 of income 4: 25%.
        Assert.Equal($"MoneyGrowth.rate is {Rate.FromPercent(49m)} but its inputs give {Rate.FromPercent(50m)}; a derived member must agree with the inputs.", RefusedEdit(new MoneyGrowth(Money.FromYuan(3m), Money.FromYuan(2m)), j => j["rate"] = "49%"));
        Assert.Equal("MoneyGrowth: the member 'rate' is missing; it is required.", RefusedEdit(new MoneyGrowth(Money.FromYuan(3m), Money.FromYuan(2m)), j => j.Remove("rate")));
        Assert.Equal($"HeadcountGrowth.rate is {Rate.FromPercent(49m)} but its inputs give {Rate.FromPercent(50m)}; a derived member must agree with the inputs.", RefusedEdit(new HeadcountGrowth(Headcount.FromPersons(3), Headcount.FromPersons(2)), j => j["rate"] = "49%"));
        Assert.Equal("HeadcountGrowth.change is 2 but its inputs give 1; a derived member must agree with the inputs.", RefusedEdit(new HeadcountGrowth(Headcount.FromPersons(3), Headcount.FromPersons(2)), j => j["change"] = 2));
        Assert.Equal($"SupportRatio.inServicePerRetiree is {Fraction.FromInteger(2)} but its inputs give {Fraction.FromInteger(3)}; a derived member must agree with the inputs.", RefusedEdit(new SupportRatio(Headcount.FromPersons(300), Headcount.FromPersons(100)), j => j["inServicePerRetiree"] = "2"));
        Assert.Equal($"SurplusRatio.rate is {Rate.FromPercent(20m)} but its inputs give {Rate.FromPercent(25m)}; a derived member must agree with the inputs.", RefusedEdit(new SurplusRatio(Money.FromYuan(1m), Money.FromYuan(4m)), j => j["rate"] = "20%"));
        Assert.Equal("SurplusRatio.outcome is NotMeaningful but its inputs give Meaningful; a derived member must agree with the inputs.", RefusedEdit(new SurplusRatio(Money.FromYuan(1m), Money.FromYuan(4m)), j => j["outcome"] = "NotMeaningful"));
        Assert.Equal(new SurplusRatio(Money.FromYuan(1m), Money.FromYuan(4m)), Read<SurplusRatio>(Write(new SurplusRatio(Money.FromYuan(1m), Money.FromYuan(4m)))));
    }

    [Fact]
    public void A_balance_with_shares_checks_them()
    {
        // 1.00 pooled and 3.00 personal: 25% and 75% of 4.00.
        var balance = new AccumulatedBalance(Money.FromYuan(1m), Money.FromYuan(3m));
        Assert.Equal("{\"pooledFund\":1.00,\"personalAccounts\":3.00,\"total\":4.00,\"sharesOutcome\":\"Meaningful\",\"pooledShare\":\"25%\",\"personalAccountShare\":\"75%\"}", Write(balance));
        Assert.Equal(balance, Read<AccumulatedBalance>(Write(balance)));
        Assert.Equal($"AccumulatedBalance.pooledShare is {Rate.FromPercent(75m)} but its inputs give {Rate.FromPercent(25m)}; a derived member must agree with the inputs.", RefusedEdit(balance, j => j["pooledShare"] = "75%"));
        Assert.Equal($"AccumulatedBalance.personalAccountShare is {Rate.FromPercent(25m)} but its inputs give {Rate.FromPercent(75m)}; a derived member must agree with the inputs.", RefusedEdit(balance, j => j["personalAccountShare"] = "25%"));
        Assert.Equal("AccumulatedBalance: the member 'pooledShare' is missing; it is required.", RefusedEdit(balance, j => j.Remove("pooledShare")));
    }
}
