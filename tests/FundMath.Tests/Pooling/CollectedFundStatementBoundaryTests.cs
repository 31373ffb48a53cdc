using System;
using FundMath.Pooling;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The collected fund's year at its edges: a fund short in the transfer year (transfers and interest count towards
/// what it can pay) and in a top-up year (the shortfall counts), every city total, the sentences with and without
/// the pro-rata clause, the funding of an amount owed, and the rebuild from parts (FundMath.Serialization's form)
/// with each rule it checks, the values on each rule's edge accepted.
/// </summary>
public class CollectedFundStatementBoundaryTests
{
    private static readonly PoolingCounty OneDeficit = new("A县")
    {
        PreviousYearExpenditure = Yuan(120m),
        PreviousYearInsured = Headcount.FromPersons(1),
        PooledFinancing = Yuan(10_000m),
        Deficit = Yuan(1_000m),
    };

    private static (CollectedFundStatement Fund, CountySettlement[] Counties) Settle(int year, PoolingYear inputs, params PoolingCounty[] counties)
    {
        var results = new CountySettlement[counties.Length];
        return (CitySettlement.Settle(Policy(year), inputs, counties, results), results);
    }

    // Employee 2022: quota 120.00 × 3/12 = 30.00 (all appropriated: no balance) + interest 5.00 = 35.00 for a due of
    // 30% × 1,000.00 = 300.00 → paid 35.00 (11.67%), unpaid 265.00: city 20% = 53.00 (cap 100.00), county 212.00.
    [Fact]
    public void In_the_transfer_year_the_transfers_and_the_interest_are_what_a_short_fund_pays()
    {
        (CollectedFundStatement fund, CountySettlement[] c) = Settle(2022, Employee(2022) with { Interest = Yuan(5m) }, OneDeficit);
        Assert.Equal(Yuan(30m), fund.InitialTransfers);
        Assert.Equal(Yuan(35m), fund.Inflows);
        Assert.Equal(Yuan(35m), fund.Available);
        Assert.Equal(Yuan(35m), c[0].CollectedFundPaid);
        Assert.Equal(Yuan(35m), fund.Outflows);
        Assert.Equal(Yuan(265m), fund.Unpaid);
        Assert.Equal(Money.Zero, fund.Closing);
        Assert.Equal(CollectedFundOutcome.PaidProRata, fund.Outcome);
        Assert.Equal(Rate.Of(Yuan(35m), Yuan(300m)), fund.PaidRatio);
        Assert.Equal((Yuan(53m), Yuan(212m)), (fund.CityTreasury, fund.CountyTreasuries));
        Assert.Equal(Yuan(30m), fund.TransferAppropriations);
        Assert.Equal(Yuan(700m), fund.CountyAppropriations);
        Assert.Equal((2022, PooledScheme.Employee, 1), (fund.Year, fund.Scheme, fund.Counties));
        Assert.Equal(
            "职工医保2022年归集基金：期初0.00元，流入35.00元（上划30.00元、年初补充上划0.00元、过渡期结余纳入0.00元、利息5.00元），支付缺口分担35.00元，期末0.00元；应担300.00元，按应担比例支付11.67%，不足265.00元由市财政承担53.00元、县财政承担212.00元。",
            fund.ToChineseSentence());
        Assert.Equal(
            "employee fund 2022 collected fund: opening 0.00元, inflows 35.00元 (transfers 30.00元, year-start top-ups 0.00元, transition surpluses 0.00元, interest 5.00元), deficit shares paid 35.00元, closing 0.00元; 300.00元 was due, paid pro rata at 11.67%, the 265.00元 unpaid borne by the city treasury (53.00元) and the county treasuries (212.00元).",
            fund.ToEnglishSentence());
        Assert.Equal(fund.ToEnglishSentence(), fund.ToString());
        Assert.Equal(FundMath.Funds.RollForwardOutcome.Holds, fund.RollForward.Outcome);
    }

    // Employee 2023 with an empty fund: 3 months of 120.00 = 30.00 raised from A县 (appropriated), and the fund pays
    // those 30.00 of its 300.00 due: unpaid 270.00, city 54.00, county 216.00.
    [Fact]
    public void In_a_top_up_year_the_shortfall_raised_is_what_a_short_fund_pays()
    {
        (CollectedFundStatement fund, CountySettlement[] c) = Settle(2023, Employee(2023), OneDeficit);
        Assert.Equal(Yuan(30m), fund.TopUps);
        Assert.Equal(Yuan(30m), c[0].TopUp.SpecialAppropriation);
        Assert.Equal(Yuan(30m), c[0].CollectedFundPaid);
        Assert.Equal(Money.Zero, fund.Closing);
        Assert.Equal((Yuan(54m), Yuan(216m)), (fund.CityTreasury, fund.CountyTreasuries));
        Assert.Equal(Yuan(30m), fund.TransferAppropriations);
    }

    [Fact]
    public void An_empty_fund_with_nothing_due_pays_nothing()
    {
        // 2025: no transfer, no transition; A县 has no expenditure (no top-up), no deficit; the fund holds 0.00 and owes 0.00.
        (CollectedFundStatement fund, CountySettlement[] c) = Settle(2025, Employee(2025), new PoolingCounty("A县") { PreviousYearInsured = Headcount.FromPersons(1), Surplus = Yuan(1m) });
        Assert.Equal((Money.Zero, Money.Zero, Money.Zero), (fund.Available, fund.SharesDue, fund.Outflows));
        Assert.Equal(CollectedFundOutcome.NothingDue, fund.Outcome);
        Assert.Equal(Money.Zero, c[0].CollectedFundPaid);
    }

    [Fact]
    public void Every_city_total_adds_the_counties()
    {
        var results = new CountySettlement[3];
        CollectedFundStatement fund = CitySettlement.Settle(Policy(2023), Resident(2023, 10_000_000m, unified: 670), CitySettlementTests.ShortCity(), results);
        // A县 40,000,000.00 + B县 10,000,000.00; balances 25,000,000.00 + 3,000,000.00; appropriations 3,000,000.00 + 4,500,000.00.
        Assert.Equal(Yuan(50_000_000m), fund.TotalDeficit);
        Assert.Equal(Money.Zero, fund.TransitionFills);
        Assert.Equal(Yuan(28_000_000m), fund.CountyBalances);
        Assert.Equal(Yuan(7_500_000m), fund.CountyAppropriations);
        Assert.Equal(Yuan(665_517.24m), fund.CityTreasury);     // 600,000.00 + 65,517.24
        Assert.Equal(Yuan(3_134_482.76m), fund.CountyTreasuries); // 2,544,827.59 + 589,655.17
        Assert.Equal(Yuan(28_965.52m), fund.CapCutOffs);
        Assert.Equal(Yuan(1_000_000m), fund.TotalSurplus);
        Assert.Equal(Money.Zero, fund.TransferAppropriations);
        Assert.Equal(Yuan(14_500_000m), fund.SharesDue);
        Assert.Equal(Yuan(10_000_000m), fund.Opening);
        Assert.Equal(Yuan(700_000m), fund.SurplusInflows);

        // Two transition fills add up too: (700 − 670) × 100 = 3,000.00 and (680 − 670) × 100 = 1,000.00.
        PoolingCounty[] filled =
        [
            new("A县") { Deficit = Yuan(10_000m), Subsidy2021 = Yuan(700), Insured = Headcount.FromPersons(100), PreviousYearInsured = Headcount.FromPersons(1) },
            new("B县") { Deficit = Yuan(10_000m), Subsidy2021 = Yuan(680), Insured = Headcount.FromPersons(100), PreviousYearInsured = Headcount.FromPersons(1) },
        ];
        Assert.Equal(Yuan(4_000m), CitySettlement.Settle(Policy(2023), Resident(2023, unified: 670), filled, new CountySettlement[2]).TransitionFills);

        // The 2022 transfer year of the well-funded city: 30,000,000.00 in, 1,400,000.00 surplus, 5,100,000.00 out.
        PoolingCounty[] counties = CitySettlementTests.WellFundedCity();
        counties[2] = counties[2] with { AccumulatedBalance = Yuan(5_000_000m) };
        CollectedFundStatement transfer = CitySettlement.Settle(Policy(2022), Employee(2022), counties, new CountySettlement[3]);
        Assert.Equal(Yuan(31_400_000m), transfer.Inflows);
        Assert.Equal(Yuan(26_300_000m), transfer.Closing);
        Assert.Equal(CollectedFundOutcome.PaidInFull, transfer.Outcome);
        Assert.Equal(Rate.OneHundredPercent, transfer.PaidRatio);
        Assert.Equal(Yuan(2_500_000m) + Yuan(900_000m), transfer.TransferAppropriations + transfer.CountyAppropriations);
        Assert.Equal(
            "职工医保2022年归集基金：期初0.00元，流入31,400,000.00元（上划30,000,000.00元、年初补充上划0.00元、过渡期结余纳入1,400,000.00元、利息0.00元），支付缺口分担5,100,000.00元，期末26,300,000.00元。",
            transfer.ToChineseSentence());
        Assert.Equal(
            "employee fund 2022 collected fund: opening 0.00元, inflows 31,400,000.00元 (transfers 30,000,000.00元, year-start top-ups 0.00元, transition surpluses 1,400,000.00元, interest 0.00元), deficit shares paid 5,100,000.00元, closing 26,300,000.00元.",
            transfer.ToEnglishSentence());
    }

    [Fact]
    public void A_deficit_filled_whole_by_the_transition_leaves_nothing_to_share()
    {
        // (671 − 670) × 1,000 = 1,000.00 ≥ the 100.00 deficit: filled whole, nothing due from anyone.
        CountySettlement s = CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670),
            new PoolingCounty("F县") { Deficit = Yuan(100m), Subsidy2021 = Yuan(671), Insured = Headcount.FromPersons(1_000) }, Money.Zero);
        Assert.Equal(Yuan(100m), s.TransitionFill);
        Assert.Equal("F县居民医保2023年：当期缺口100.00元：过渡期财政补助标准差额先弥补100.00元，归集基金承担0.00元（30%），缺口地承担0.00元（70%，无）。", s.ToChineseSentence());
        Assert.Equal("F县, resident fund, 2023: current deficit 100.00元 — the transition subsidy difference filled 100.00元 first, collected fund 0.00元 (30%), county 0.00元 (70%: nothing).", s.ToEnglishSentence());
        Assert.Equal(FundingSource.NothingDue, s.CountyPart.Source);
    }

    [Fact]
    public void A_county_funding_names_its_source_and_compares_by_value()
    {
        Money usable = Yuan(10m);
        CountyFunding all = CountyFunding.Draw(Yuan(4m), ref usable);
        Assert.Equal(Yuan(6m), usable);
        CountyFunding part = CountyFunding.Draw(Yuan(10m), ref usable);
        Assert.Equal(Money.Zero, usable);
        CountyFunding none = CountyFunding.Draw(Yuan(3m), ref usable);
        CountyFunding nothing = CountyFunding.Draw(Money.Zero, ref usable);
        Assert.Equal(
            [FundingSource.Balance, FundingSource.BalanceAndAppropriation, FundingSource.Appropriation, FundingSource.NothingDue],
            new[] { all.Source, part.Source, none.Source, nothing.Source });
        Assert.Equal((Yuan(10m), Yuan(6m), Yuan(4m)), (part.Due, part.FromBalance, part.SpecialAppropriation));
        Assert.Equal("10.00元 = 6.00元 from balance + 4.00元 special appropriation", part.ToString());
        Assert.Equal(CountyFunding.None, nothing);
        Assert.True(CountyFunding.None == default);

        Money again = Yuan(10m);
        CountyFunding same = CountyFunding.Draw(Yuan(4m), ref again);
        Assert.True(all == same);
        Assert.False(all != same);
        Assert.True(all.Equals((object)same));
        Assert.False(all.Equals((object)"4.00元"));
        Assert.Equal(all.GetHashCode(), same.GetHashCode());
        Assert.True(all != part);
        Assert.False(all == part);
        // Same due, another split: not equal.
        Money less = Yuan(1m);
        Assert.NotEqual(all, CountyFunding.Draw(Yuan(4m), ref less));
    }

    // ---------------------------------------------------------------- FromParts (the JSON form)

    private static CollectedFundStatement Rebuild(PoolingPolicy policy, in PoolingYear year, in CollectedFundStatement f, int? counties = null, Money? initialTransfers = null,
        YearStartTopUp? topUp = null, Money? surplusInflows = null, Money? sharesDue = null, Money? outflows = null, CityTotals? totals = null) =>
        CollectedFundStatement.FromParts(policy, year, counties ?? f.Counties, initialTransfers ?? f.InitialTransfers, topUp ?? f.TopUp, surplusInflows ?? f.SurplusInflows,
            sharesDue ?? f.SharesDue, outflows ?? f.Outflows, totals ?? f.Totals);

    private static string Refused(PoolingPolicy policy, PoolingYear year, in CollectedFundStatement f, int? counties = null, Money? initialTransfers = null,
        YearStartTopUp? topUp = null, Money? surplusInflows = null, Money? sharesDue = null, Money? outflows = null, CityTotals? totals = null)
    {
        CollectedFundStatement copy = f;
        return Assert.Throws<PoolingInputException>(() => Rebuild(policy, year, copy, counties, initialTransfers, topUp, surplusInflows, sharesDue, outflows, totals)).Message;
    }

    private static readonly PoolingYear ShortYear = Resident(2023, 10_000_000m, unified: 670);

    private static CollectedFundStatement Short() =>
        CitySettlement.Settle(Policy(2023), ShortYear, CitySettlementTests.ShortCity(), new CountySettlement[3]);

    private static readonly PoolingYear WellYear = Employee(2023, 18_123_456.79m) with { Interest = Yuan(100_000m) };

    private static CollectedFundStatement Well() =>
        CitySettlement.Settle(Policy(2023), WellYear, CitySettlementTests.WellFundedCity(), new CountySettlement[3]);

    [Fact]
    public void Every_settled_statement_rebuilds_from_its_parts()
    {
        CollectedFundStatement s = Short();
        CollectedFundStatement r = Rebuild(Policy(2023), ShortYear, s);
        Assert.Equal((s.Closing, s.Available, s.Outcome, s.CityTreasury), (r.Closing, r.Available, r.Outcome, r.CityTreasury));
        Assert.Equal(s.ToEnglishSentence(), r.ToEnglishSentence());
        CollectedFundStatement w = Well();
        Assert.Equal(w.Closing, Rebuild(Policy(2023), WellYear, w).Closing);
        (CollectedFundStatement transfer, _) = Settle(2022, Employee(2022) with { Interest = Yuan(5m) }, OneDeficit);
        Assert.Equal(transfer.Unpaid, Rebuild(Policy(2022), Employee(2022) with { Interest = Yuan(5m) }, transfer).Unpaid);
        (CollectedFundStatement topUp, _) = Settle(2023, Employee(2023), OneDeficit);
        Assert.Equal(topUp.TopUps, Rebuild(Policy(2023), Employee(2023), topUp).TopUps);
        Assert.Throws<ArgumentNullException>(() => Rebuild(null!, ShortYear, s));
        Assert.Equal("Year", Assert.Throws<PoolingInputException>(() => Rebuild(Policy(2022), ShortYear, s)).Field);
    }

    [Fact]
    public void A_rebuild_needs_a_county()
    {
        CollectedFundStatement s = Short();
        Assert.Equal("Counties 0: a city settlement has at least one county (市本级 counts as one)", Refused(Policy(2023), ShortYear, s, counties: 0));
        Assert.Equal(1, Rebuild(Policy(2023), ShortYear, s, counties: 1).Counties);
    }

    [Theory]
    [InlineData("InitialTransfers")]
    [InlineData("SurplusInflows")]
    [InlineData("SharesDue")]
    [InlineData("Outflows")]
    [InlineData("TotalDeficit")]
    [InlineData("TransitionFills")]
    [InlineData("CountyBalances")]
    [InlineData("CountyAppropriations")]
    [InlineData("CityTreasury")]
    [InlineData("CountyTreasuries")]
    [InlineData("CapCutOffs")]
    [InlineData("TotalSurplus")]
    [InlineData("TransferAppropriations")]
    public void A_rebuild_refuses_a_negative_amount_by_name(string name)
    {
        CollectedFundStatement s = Short();
        Money minus = Yuan(-0.01m);
        CityTotals t = s.Totals;
        switch (name)
        {
            case "TotalDeficit": t.Deficit = minus; break;
            case "TransitionFills": t.TransitionFill = minus; break;
            case "CountyBalances": t.CountyBalance = minus; break;
            case "CountyAppropriations": t.CountyAppropriation = minus; break;
            case "CityTreasury": t.CityTreasury = minus; break;
            case "CountyTreasuries": t.CountyTreasury = minus; break;
            case "CapCutOffs": t.CapCutOff = minus; break;
            case "TotalSurplus": t.Surplus = minus; break;
            case "TransferAppropriations": t.TransferAppropriation = minus; break;
        }

        string message = Refused(Policy(2023), ShortYear, s,
            initialTransfers: name == "InitialTransfers" ? minus : null,
            surplusInflows: name == "SurplusInflows" ? minus : null,
            sharesDue: name == "SharesDue" ? minus : null,
            outflows: name == "Outflows" ? minus : null,
            totals: t);
        Assert.Equal($"{name} -0.01元: every amount of a settlement is 0 or more", message);
    }

    [Fact]
    public void A_rebuild_refuses_a_top_up_check_of_another_scheme_or_balance()
    {
        CollectedFundStatement s = Short();
        string rule = "the year-start check reads the fund's opening 10,000,000.00元 + initial transfers 0.00元 = 10,000,000.00元";
        Assert.Equal("TopUp 10,000,000.00元: " + rule,
            Refused(Policy(2023), ShortYear, s, topUp: YearStartTopUp.Compute(Policy(2023), PooledScheme.Employee, Yuan(10_000_000m), Yuan(120_000_000m))));
        Assert.Equal("TopUp 9,999,999.99元: " + rule,
            Refused(Policy(2023), ShortYear, s, topUp: YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(9_999_999.99m), Yuan(120_000_000m))));

        // In the transfer year the check reads opening + transfers: 10.00 + 30.00 = 40.00, not the 39.99 given.
        PoolingYear transferYear = Employee(2022, 10m);
        (CollectedFundStatement transfer, _) = Settle(2022, transferYear, OneDeficit);
        Assert.Equal(Yuan(30m), transfer.InitialTransfers);
        Assert.Equal(
            "TopUp 39.99元: the year-start check reads the fund's opening 10.00元 + initial transfers 30.00元 = 40.00元",
            Refused(Policy(2022), transferYear, transfer, topUp: YearStartTopUp.Compute(Policy(2022), PooledScheme.Employee, Yuan(39.99m), Yuan(120m))));
    }

    [Fact]
    public void A_rebuild_refuses_transfers_and_surplus_inflows_out_of_their_years()
    {
        CollectedFundStatement s = Short();
        YearStartTopUp withTransfer = YearStartTopUp.Compute(Policy(2023), PooledScheme.Resident, Yuan(10_000_000.01m), Yuan(120_000_000m));
        Assert.Equal(
            "InitialTransfers 0.01元: the initial transfer (上划) is made in 2022 only, not in 2023",
            Refused(Policy(2023), ShortYear, s, initialTransfers: Yuan(0.01m), topUp: withTransfer));

        (CollectedFundStatement late, _) = Settle(2025, Employee(2025), new PoolingCounty("A县") { Surplus = Yuan(100m), PreviousYearInsured = Headcount.FromPersons(1) });
        Assert.Equal(
            "SurplusInflows 0.01元: surpluses flow into the collected fund only in the transition years (2022–2024), not in 2025",
            Refused(Policy(2025), Employee(2025), late, surplusInflows: Yuan(0.01m)));
        Assert.Equal(Yuan(100m), late.Closing + late.TotalSurplus);

        // At most the counties' surpluses (1,000,000.00): all of it may pass if the fund then pays all it has
        // (11,000,000.00 of 14,500,000.00 due; the treasuries bear the other 3,500,000.00).
        Assert.Equal(
            "SurplusInflows 1,000,000.01元: the surpluses passed to the fund cannot exceed the counties' surpluses 1,000,000.00元",
            Refused(Policy(2023), ShortYear, s, surplusInflows: Yuan(1_000_000.01m)));
        CityTotals t = s.Totals;
        t.CountyTreasury = Yuan(3_500_000m) - t.CityTreasury;
        Assert.Equal(Money.Zero, Rebuild(Policy(2023), ShortYear, s, surplusInflows: Yuan(1_000_000m), outflows: Yuan(11_000_000m), totals: t).Closing);
    }

    [Fact]
    public void A_rebuild_refuses_a_fund_that_pays_more_than_due_or_than_it_has_or_keeps_money_while_short()
    {
        CollectedFundStatement s = Short(); // due 14,500,000.00, has 10,700,000.00, paid 10,700,000.00
        CityTotals t = s.Totals;
        t.CountyTreasury -= Yuan(0.01m);
        Assert.Equal(
            "Outflows 10,700,000.01元: the fund pays at most its shares due 14,500,000.00元 and at most what it has, 10,700,000.00元",
            Refused(Policy(2023), ShortYear, s, outflows: Yuan(10_700_000.01m), totals: t));
        CityTotals u = s.Totals;
        u.CountyTreasury += Yuan(0.01m);
        Assert.Equal(
            "Outflows 10,699,999.99元: the fund paid less than its shares due 14,500,000.00元 but kept part of the 10,700,000.00元 it had; when it is short it pays all of it, pro rata",
            Refused(Policy(2023), ShortYear, s, outflows: Yuan(10_699_999.99m), totals: u));

        CollectedFundStatement w = Well(); // due 5,100,000.00, has 31,500,000.00, paid 5,100,000.00
        Assert.Equal(
            "Outflows 5,100,000.01元: the fund pays at most its shares due 5,100,000.00元 and at most what it has, 31,500,000.00元",
            Refused(Policy(2023), WellYear, w, outflows: Yuan(5_100_000.01m)));
    }

    [Fact]
    public void A_rebuild_checks_the_treasuries_the_cut_offs_the_deficits_and_the_appropriations()
    {
        CollectedFundStatement s = Short();
        CityTotals more = s.Totals;
        more.CountyTreasury += Yuan(0.01m);
        Assert.Equal(
            "CountyTreasuries 3,134,482.77元: the city treasury 665,517.24元 + the county treasuries 3,134,482.77元 = 3,800,000.01元 must bear exactly what the fund left unpaid, 3,800,000.00元",
            Refused(Policy(2023), ShortYear, s, totals: more));

        CityTotals cut = s.Totals;
        cut.CapCutOff = cut.CountyTreasury + Yuan(0.01m);
        Assert.Equal(
            "CapCutOffs 3,134,482.77元: what the caps cut off falls to the county treasuries, which bore only 3,134,482.76元",
            Refused(Policy(2023), ShortYear, s, totals: cut));
        cut.CapCutOff = cut.CountyTreasury;
        Assert.Equal(cut.CountyTreasury, Rebuild(Policy(2023), ShortYear, s, totals: cut).CapCutOffs);

        CityTotals deficit = s.Totals;
        deficit.Deficit += Yuan(0.01m);
        Assert.Equal(
            "TotalDeficit 50,000,000.01元: the deficits are borne by transition fills 0.00元 + the fund's shares due 14,500,000.00元 + the counties' balances 28,000,000.00元 + their appropriations 7,500,000.00元 = 50,000,000.00元, which must equal them",
            Refused(Policy(2023), ShortYear, s, totals: deficit));
        // Every part counts: a fill of 0.01 with 0.01 less from a balance adds up again.
        CityTotals moved = s.Totals;
        moved.TransitionFill = Yuan(0.01m);
        moved.CountyBalance -= Yuan(0.01m);
        Assert.Equal(Yuan(0.01m), Rebuild(Policy(2023), ShortYear, s, totals: moved).TransitionFills);
        CityTotals appropriated = s.Totals;
        appropriated.CountyAppropriation += Yuan(0.01m);
        appropriated.CountyBalance -= Yuan(0.01m);
        Assert.Equal(Yuan(7_500_000.01m), Rebuild(Policy(2023), ShortYear, s, totals: appropriated).CountyAppropriations);

        // Appropriations for transfers and top-ups: at most the top-up 11,876,543.21 raised (no transfers in 2023).
        CollectedFundStatement w = Well();
        CityTotals within = w.Totals;
        within.TransferAppropriation = Yuan(11_876_543.21m);
        Assert.Equal(Yuan(11_876_543.21m), Rebuild(Policy(2023), WellYear, w, totals: within).TransferAppropriations);
        within.TransferAppropriation = Yuan(11_876_543.22m);
        Assert.Equal(
            "TransferAppropriations 11,876,543.22元: appropriations for transfers and top-ups are part of them, 11,876,543.21元",
            Refused(Policy(2023), WellYear, w, totals: within));
        // In the transfer year the transfers count: 30.00 of quota, 30.00 appropriated is the edge.
        (CollectedFundStatement transfer, _) = Settle(2022, Employee(2022), OneDeficit);
        CityTotals edge = transfer.Totals;
        edge.TransferAppropriation = Yuan(30.01m);
        Assert.Equal(
            "TransferAppropriations 30.01元: appropriations for transfers and top-ups are part of them, 30.00元",
            Refused(Policy(2022), Employee(2022), transfer, totals: edge));
    }
}
