using System;
using FundMath.Pooling;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// Every refusal of a settlement input — the county's fields, the year's, the scalar entry points' own arguments and
/// the city's list — with the county, field, value and the exact words of the rule; and the values just inside each
/// rule, which must settle.
/// </summary>
public class PoolingInputBoundaryTests
{
    private static PoolingInputException County(PoolingCounty county, PoolingYear? year = null, int policyYear = 2023) =>
        Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(policyYear), year ?? Employee(2023), county, Money.Zero));

    [Fact]
    public void The_exception_composes_county_field_value_and_rule()
    {
        var city = new PoolingInputException(null, "Year", "2022", "a rule");
        Assert.Equal("Year 2022: a rule", city.Message);
        Assert.Equal(("Year", "2022", "a rule"), (city.Field, city.Value, city.Rule));
        Assert.Null(city.County);
        Assert.Equal("Year", city.ParamName);
        var county = new PoolingInputException("A县", "Deficit", "-1.00元", "a rule");
        Assert.Equal("county A县: Deficit -1.00元: a rule", county.Message);
        Assert.Equal("A县", county.County);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => new PoolingInputException(null, null!, "v", "r")).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => new PoolingInputException(null, "f", null!, "r")).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => new PoolingInputException(null, "f", "v", null!)).ParamName);
    }

    [Fact]
    public void A_county_needs_a_name()
    {
        Assert.Equal("Name missing: every county needs a name: results and errors are reported by it", County(default).Message);
        PoolingInputException blank = County(new PoolingCounty(" "));
        Assert.Equal("Name ' ': every county needs a name: results and errors are reported by it", blank.Message);
        Assert.Null(blank.County);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => new PoolingCounty(null!)).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => new PoolingCounty("A县") with { Name = null! }).ParamName);
    }

    [Fact]
    public void Each_negative_amount_is_refused_with_its_rule()
    {
        Money minus = Yuan(-0.01m);
        var a = new PoolingCounty("A县");
        Assert.Equal(
            "county A县: PreviousYearExpenditure -0.01元: an actual expenditure (上年度实际支出, the base of the 上划 quota, 四(二)7(2)/(3)) cannot be negative",
            County(a with { PreviousYearExpenditure = minus }).Message);
        Assert.Equal("county A县: PersonalAccountBalance -0.01元: a personal-account balance (个人账户结余) cannot be negative", County(a with { PersonalAccountBalance = minus }).Message);
        Assert.Equal(
            "county A县: PooledFinancing -0.01元: a financing base (当年统筹基金筹资总额, the base of the city treasury's 1% cap, 四(二)8(1)) cannot be negative",
            County(a with { PooledFinancing = minus }).Message);
        Assert.Equal(
            "county A县: Deficit -0.01元: a current deficit (当期缺口) is the amount by which expenditure exceeds income, so it is 0 or more; give a surplus as Surplus",
            County(a with { Deficit = minus }).Message);
        Assert.Equal(
            "county A县: Surplus -0.01元: a current surplus (当期结余) is the amount by which income exceeds expenditure, so it is 0 or more; give a deficit as Deficit",
            County(a with { Surplus = minus }).Message);
        Assert.Equal("county A县: Subsidy2021 -0.01元: a subsidy standard (财政补助标准, 元/人) cannot be negative", County(a with { Subsidy2021 = minus }).Message);

        // Zero everywhere is fine, and so is a negative accumulated balance (the county's own pre-pooling gap).
        CountySettlement ok = CountySettlement.Compute(Policy(2023), Employee(2023), a with { AccumulatedBalance = Yuan(-5m), Subsidy2021 = Money.Zero }, Money.Zero);
        Assert.Equal(Money.Zero, ok.UsableBalance);
        Assert.Equal(Yuan(-5m), ok.ClosingBalance);
    }

    [Fact]
    public void Personal_accounts_a_deficit_with_a_surplus_and_an_undefined_assessment_are_refused()
    {
        var a = new PoolingCounty("A县");
        Assert.Equal(
            "county A县: PersonalAccountBalance 0.01元: the resident scheme (居民医保) has no personal accounts (个人账户); give 0",
            County(a with { PersonalAccountBalance = Yuan(0.01m) }, Resident(2023)).Message);
        Assert.Equal(Yuan(0.01m), CountySettlement.Compute(Policy(2023), Employee(2023), a with { PersonalAccountBalance = Yuan(0.01m) }, Money.Zero).Input.PersonalAccountBalance);

        Assert.Equal(
            "county A县: Surplus 0.02元: a county has a current deficit or a current surplus in a year, not both (Deficit is 0.01元)",
            County(a with { Deficit = Yuan(0.01m), Surplus = Yuan(0.02m) }).Message);

        Assert.Equal("county A县: Assessment 2: not a defined CountyAssessment (GoodOrBetter or BelowGood)", County(a with { Assessment = (CountyAssessment)2 }).Message);
        Assert.Equal(Rate.FromPercent(25), CountySettlement.Compute(Policy(2023), Employee(2023), a with { Assessment = CountyAssessment.BelowGood, Deficit = Yuan(1m) }, Money.Zero).CollectedShare);
    }

    [Fact]
    public void The_year_must_match_the_policy_and_its_amounts_must_not_be_negative()
    {
        var a = new PoolingCounty("A县");
        Assert.Equal("Scheme 2: not a defined PooledScheme (Employee or Resident)", County(a, new PoolingYear(2023, (PooledScheme)2)).Message);
        Assert.Equal(
            "Year 2023: the policy was read on 2022-01-01; read it at the start of the settlement year (PoolingPolicy.FromParameters(set, new LocalDate(2023, 1, 1)))",
            County(a, Employee(2023), policyYear: 2022).Message);
        Assert.Equal(
            "CollectedFundOpening -0.01元: the collected fund (归集基金) never goes below zero, so its opening balance is 0 or more",
            County(a, Employee(2023) with { CollectedFundOpening = Yuan(-0.01m) }).Message);
        Assert.Equal("Interest -0.01元: interest income (利息收入) is an inflow, 0 or more", County(a, Employee(2023) with { Interest = Yuan(-0.01m) }).Message);
        Assert.Equal(
            "UnifiedSubsidyStandard -0.01元: a subsidy standard (财政补助标准, 元/人) cannot be negative",
            County(a, Employee(2023) with { UnifiedSubsidyStandard = Yuan(-0.01m) }).Message);

        // A policy read later in the same year is still the year's.
        var mid = PoolingPolicy.FromParameters(Lishui, new NodaTime.LocalDate(2023, 6, 30));
        Assert.Equal(2023, CountySettlement.Compute(mid, Employee(2023), a, Money.Zero).Year);
        Assert.Equal(PooledScheme.Resident, CountySettlement.Compute(Policy(2023), Resident(2023), a, Money.Zero).Scheme);
    }

    [Fact]
    public void A_transition_deficit_needs_both_standards_and_the_insured_only_when_there_is_an_excess()
    {
        var e = new PoolingCounty("E县") { Deficit = Yuan(1_000m) };
        Assert.Equal(
            "UnifiedSubsidyStandard missing: a county has a resident-scheme deficit in transition year 2023: it is first filled by the excess of its 2021 subsidy standard over the unified standard (四(二)8(2)); give the unified standard (元/人)",
            County(e with { Subsidy2021 = Yuan(700) }, Resident(2023)).Message);
        Assert.Equal(
            "county E县: Subsidy2021 missing: in the transition (2022–2024) a resident-scheme deficit is first filled by the excess of the county's 2021 subsidy standard over the unified one (四(二)8(2)); give the 2021 standard (元/人)",
            County(e, Resident(2023, unified: 670)).Message);
        Assert.Equal(
            "county E县: Insured missing: the transition fill is the subsidy excess (30.00元/人) × insured persons (四(二)8(2)); give the county's insured headcount",
            County(e with { Subsidy2021 = Yuan(700) }, Resident(2023, unified: 670)).Message);

        // No excess (equal standards): no headcount needed and nothing filled; the employee scheme has no transition.
        CountySettlement equal = CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670), e with { Subsidy2021 = Yuan(670) }, Money.Zero);
        Assert.Equal(Money.Zero, equal.TransitionFill);
        Assert.Equal(Yuan(300m), equal.CollectedFundDue);
        CountySettlement lower = CountySettlement.Compute(Policy(2023), Resident(2023, unified: 670), e with { Subsidy2021 = Yuan(600) }, Money.Zero);
        Assert.Equal(Money.Zero, lower.TransitionFill);
        Assert.Equal(Money.Zero, CountySettlement.Compute(Policy(2023), Employee(2023), e, Money.Zero).TransitionFill);
        Assert.Equal(Money.Zero, CountySettlement.Compute(Policy(2025), Resident(2025), e, Money.Zero).TransitionFill);
        // A surplus in a transition year needs no standard at all.
        Assert.Equal(Yuan(300m), CountySettlement.Compute(Policy(2023), Resident(2023), new PoolingCounty("E县") { Surplus = Yuan(1_000m) }, Money.Zero).SurplusKept);
        // The first and last transition years fill; the year before does not apply the rule.
        Assert.Equal(Yuan(100m), CountySettlement.Compute(Policy(2024), Resident(2024, unified: 670), e with { Subsidy2021 = Yuan(671), Insured = Headcount.FromPersons(100) }, Money.Zero).TransitionFill);
    }

    [Fact]
    public void The_scalar_county_settlement_checks_its_own_arguments()
    {
        var a = new PoolingCounty("A县") { AccumulatedBalance = Yuan(1m) };
        Assert.Throws<ArgumentNullException>(() => CountySettlement.Compute(null!, Employee(2023), a, Money.Zero));
        Assert.Equal(
            "collectedFundAvailable -0.01元: the collected fund never goes below zero, so what it has available is 0 or more",
            Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(2023), Employee(2023), a, Yuan(-0.01m))).Message);
        Assert.Equal(
            "county A县: topUpDue -0.01元: a top-up share is 0 or more",
            Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(2023), Employee(2023), a, Money.Zero, Yuan(-0.01m))).Message);
        Assert.Equal(
            "county A县: topUpDue 0.01元: the year-start top-up is not in force on 2022-01-01 (2023年起, 四(二)7(2)/(3))",
            Assert.Throws<PoolingInputException>(() => CountySettlement.Compute(Policy(2022), Employee(2022), a, Money.Zero, Yuan(0.01m))).Message);

        // In force: a top-up of 3.00 against a usable 1.00 → 1.00 from the balance, 2.00 appropriated.
        CountySettlement s = CountySettlement.Compute(Policy(2023), Employee(2023), a, Money.Zero, Yuan(3m));
        Assert.Equal((Yuan(3m), Yuan(1m), Yuan(2m)), (s.TopUp.Due, s.TopUp.FromBalance, s.TopUp.SpecialAppropriation));
        Assert.Equal(PoolingRules.YearStartTopUp | PoolingRules.TransferAppropriation, s.Rules);
        Assert.Equal(Money.Zero, s.ClosingBalance);
        CountySettlement covered = CountySettlement.Compute(Policy(2023), Employee(2023), a, Money.Zero, Yuan(1m));
        Assert.Equal(PoolingRules.YearStartTopUp, covered.Rules);
        Assert.Equal(PoolingRules.None, CountySettlement.Compute(Policy(2025), Employee(2025), a with { AccumulatedBalance = Money.Zero }, Money.Zero).Rules);
        Assert.Equal(PoolingRules.UpwardTransfer, CountySettlement.Compute(Policy(2022), Employee(2022), a with { AccumulatedBalance = Money.Zero }, Money.Zero).Rules); // a zero quota is still the transfer year
    }

    [Fact]
    public void The_scalar_transfer_and_top_up_check_their_own_arguments()
    {
        Assert.Throws<ArgumentNullException>(() => UpwardTransfer.Compute(null!, PooledScheme.Employee, Money.Zero, Money.Zero));
        Assert.Equal(
            "county A县: scheme 2: not a defined PooledScheme (Employee or Resident)",
            Assert.Throws<PoolingInputException>(() => UpwardTransfer.Compute(Policy(2022), (PooledScheme)2, Money.Zero, Money.Zero, county: "A县")).Message);
        Assert.Null(Assert.Throws<PoolingInputException>(() => UpwardTransfer.Compute(Policy(2022), (PooledScheme)2, Money.Zero, Money.Zero)).County);
        Assert.Equal("(unnamed county)", Assert.Throws<PoolingInputException>(() => UpwardTransfer.Compute(Policy(2022), PooledScheme.Employee, Yuan(-1m), Money.Zero)).County);
        Assert.Equal(
            "county A县: PersonalAccountBalance 1.00元: the resident scheme (居民医保) has no personal accounts (个人账户); give 0",
            Assert.Throws<PoolingInputException>(() => UpwardTransfer.Compute(Policy(2022), PooledScheme.Resident, Money.Zero, Yuan(5m), Yuan(1m), "A县")).Message);
        // The transfer is validated against the policy's own year: any policy date works.
        Assert.Equal(Yuan(3m), UpwardTransfer.Compute(Policy(2025), PooledScheme.Employee, Yuan(12m), Money.Zero).Quota);

        Assert.Throws<ArgumentNullException>(() => YearStartTopUp.Compute(null!, PooledScheme.Employee, Money.Zero, Money.Zero));
        Assert.Equal(
            "scheme 2: not a defined PooledScheme (Employee or Resident)",
            Assert.Throws<PoolingInputException>(() => YearStartTopUp.Compute(Policy(2023), (PooledScheme)2, Money.Zero, Money.Zero)).Message);
        Assert.Equal(
            "collectedFundBalance -0.01元: the collected fund (归集基金) never goes below zero",
            Assert.Throws<PoolingInputException>(() => YearStartTopUp.Compute(Policy(2023), PooledScheme.Employee, Yuan(-0.01m), Money.Zero)).Message);
        Assert.Equal(
            "cityPreviousYearExpenditure -0.01元: an actual expenditure (上年度实际支出) cannot be negative",
            Assert.Throws<PoolingInputException>(() => YearStartTopUp.Compute(Policy(2023), PooledScheme.Employee, Money.Zero, Yuan(-0.01m))).Message);
    }

    [Fact]
    public void Apportioning_a_top_up_checks_lengths_sign_and_headcounts()
    {
        Money[] two = [Yuan(9m), Yuan(9m)];
        ArgumentException lengths = Assert.Throws<ArgumentException>(() => YearStartTopUp.Apportion(Yuan(1m), [Headcount.FromPersons(1), Headcount.FromPersons(1), Headcount.FromPersons(1)], two));
        Assert.Equal("shares has room for 2 counties but previousYearInsured has 3; they must match. (Parameter 'shares')", lengths.Message);
        Assert.Equal(
            "shortfall -0.01元: a top-up shortfall is 0 or more",
            Assert.Throws<PoolingInputException>(() => YearStartTopUp.Apportion(Yuan(-0.01m), [Headcount.FromPersons(1), Headcount.FromPersons(1)], two)).Message);
        Assert.Equal(
            "previousYearInsured 0 persons in total: the shortfall 1.00元 is raised in proportion to previous-year insured headcounts (四(二)7(2)/(3)), and every county's is zero",
            Assert.Throws<PoolingInputException>(() => YearStartTopUp.Apportion(Yuan(1m), [Headcount.Zero, Headcount.Zero], two)).Message);

        // Nothing to raise: every share is cleared, whatever the headcounts.
        YearStartTopUp.Apportion(Money.Zero, [Headcount.Zero, Headcount.Zero], two);
        Assert.Equal([Money.Zero, Money.Zero], two);
        // 0.03 over 1 : 2 persons → 0.01 / 0.02.
        YearStartTopUp.Apportion(Yuan(0.03m), [Headcount.FromPersons(1), Headcount.FromPersons(2)], two);
        Assert.Equal([Yuan(0.01m), Yuan(0.02m)], two);
        // A check that raised nothing clears too.
        YearStartTopUp.Compute(Policy(2023), PooledScheme.Employee, Yuan(100m), Yuan(12m)).Apportion([Headcount.FromPersons(1), Headcount.FromPersons(2)], two);
        Assert.Equal([Money.Zero, Money.Zero], two);
    }

    [Fact]
    public void City_refusals_carry_their_full_words()
    {
        Assert.Throws<ArgumentNullException>(() => CitySettlement.Settle(null!, Employee(2023), CitySettlementTests.WellFundedCity(), new CountySettlement[3]));
        Assert.Equal(
            "results has room for 2 counties but counties has 3; they must match. (Parameter 'results')",
            Assert.Throws<ArgumentException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), CitySettlementTests.WellFundedCity(), new CountySettlement[2])).Message);
        Assert.Equal(
            "counties 0 counties: a city settlement needs at least one county (市本级 counts as one)",
            Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), [], [])).Message);

        PoolingCounty[] twice = [new("A县"), new("A县")];
        Assert.Equal(
            "county A县: Name 'A县': the name appears twice (counties 0 and 1); each county is settled once, so names must be unique",
            Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2022), Employee(2022), twice, new CountySettlement[2])).Message);
        PoolingCounty[] reversed = [new("A县"), new("C县"), new("B县")];
        Assert.Equal(
            "county B县: Name 'B县': counties must be in ordinal order of name (it follows 'C县' at index 2): the order is the tie-break of every split, so it is fixed, not taken from the input; call CitySettlement.SortByName first",
            Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2022), Employee(2022), reversed, new CountySettlement[3])).Message);

        // Ordinal, not culture order: "B" (0x42) sorts before "a" (0x61).
        PoolingCounty[] mixed = [new("a"), new("B")];
        CitySettlement.SortByName(mixed);
        Assert.Equal(["B", "a"], new[] { mixed[0].Name, mixed[1].Name });
        CitySettlement.Settle(Policy(2022), Employee(2022), mixed, new CountySettlement[2]);

        PoolingCounty[] zero = [new("A县") { PreviousYearExpenditure = Yuan(12m), PreviousYearInsured = Headcount.Zero }];
        PoolingInputException none = Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Employee(2023), zero, new CountySettlement[1]));
        Assert.Equal(
            "PreviousYearInsured 0 persons in total: the year-start shortfall 3.00元 is raised in proportion to previous-year insured headcounts (四(二)7(2)/(3)), and every county's is zero",
            none.Message);
        Assert.Null(none.County);
        // No shortfall (the fund already holds 3 months): zero headcounts are fine.
        Assert.Equal(TopUpOutcome.Sufficient, CitySettlement.Settle(Policy(2023), Employee(2023, 3m), zero, new CountySettlement[1]).TopUp.Outcome);
    }

    [Fact]
    public void The_city_needs_the_unified_standard_when_any_county_has_a_transition_deficit()
    {
        PoolingCounty[] counties =
        [
            new("A县") { Deficit = Yuan(10m), Subsidy2021 = Yuan(670), PreviousYearInsured = Headcount.FromPersons(1) },
            new("B县") { Surplus = Yuan(10m), PreviousYearInsured = Headcount.FromPersons(1) },
        ];
        PoolingInputException e = Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Resident(2023), counties, new CountySettlement[2]));
        Assert.Equal(
            "UnifiedSubsidyStandard missing: a county has a resident-scheme deficit in transition year 2023: it is first filled by the excess of its 2021 subsidy standard over the unified standard (四(二)8(2)); give the unified standard (元/人)",
            e.Message);
        Assert.Equal(
            "UnifiedSubsidyStandard",
            Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Resident(2023), [counties[1], counties[0] with { Name = "C县" }], new CountySettlement[2])).Field);

        // Two counties with a deficit need it as much as one does.
        PoolingCounty[] two = [counties[0], counties[0] with { Name = "B县" }];
        Assert.Equal(
            e.Message,
            Assert.Throws<PoolingInputException>(() => CitySettlement.Settle(Policy(2023), Resident(2023), two, new CountySettlement[2])).Message);

        // Outside the transition, in the employee scheme or without a deficit, no standard is needed.
        CitySettlement.Settle(Policy(2025), Resident(2025), counties, new CountySettlement[2]);
        CitySettlement.Settle(Policy(2023), Employee(2023), counties, new CountySettlement[2]);
        CitySettlement.Settle(Policy(2023), Resident(2023), [counties[1]], new CountySettlement[1]);
    }

    // H = 2^62 fen: each amount fits in Money, two of them do not. The city settlement makes one overflow check per
    // batch (a sum bounding every later sum), so each case below overflows there and nowhere else: without the check,
    // or with any of its terms subtracted, it would settle.
    private static readonly Money H = Money.FromFen(1L << 62);

    private static PoolingCounty Big(string name) => new(name) { PreviousYearInsured = Headcount.FromPersons(1) };

    public static TheoryData<string> OverflowCases => ["deficit+financing", "surplus+financing", "balance+financing", "accounts+financing", "two counties", "expenditure", "transfers", "opening", "interest"];

    [Theory]
    [MemberData(nameof(OverflowCases))]
    public void City_sums_that_exceed_the_money_range_are_refused_before_anything_is_written(string scenario)
    {
        (int year, PoolingYear inputs, PoolingCounty[] counties) = scenario switch
        {
            "deficit+financing" => (2025, Employee(2025), new[] { Big("A县") with { Deficit = H, PooledFinancing = H } }),
            "surplus+financing" => (2025, Employee(2025), [Big("A县") with { Surplus = H, PooledFinancing = H }]),
            "balance+financing" => (2025, Employee(2025), [Big("A县") with { AccumulatedBalance = -H, PooledFinancing = H }]),
            "accounts+financing" => (2025, Employee(2025), [Big("A县") with { PersonalAccountBalance = H, PooledFinancing = H }]),
            "two counties" => (2025, Employee(2025), [Big("A县") with { Deficit = H }, Big("B县") with { PooledFinancing = H }]),
            "expenditure" => (2025, Employee(2025), [Big("A县") with { PreviousYearExpenditure = H, PooledFinancing = H }]),
            // 2022: financing ¾H + expenditure H + the transfer quota H/4 = 2H.
            "transfers" => (2022, Employee(2022), [Big("A县") with { PreviousYearExpenditure = H, PooledFinancing = Money.FromFen(3L << 60) }]),
            "opening" => (2025, Employee(2025) with { CollectedFundOpening = H }, [Big("A县") with { PooledFinancing = H }]),
            _ => (2025, Employee(2025) with { Interest = H }, [Big("A县") with { PooledFinancing = H }]),
        };
        var results = new CountySettlement[counties.Length];
        Assert.Throws<OverflowException>(() => CitySettlement.Settle(Policy(year), inputs, counties, results));
        Assert.All(results, r => Assert.Null(r.Policy));
    }
}
