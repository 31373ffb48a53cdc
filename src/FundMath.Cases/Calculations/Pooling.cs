using System.Collections.Generic;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Pooling;
using NodaTime;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for municipal pooling (市级统筹, 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8) —
/// 市级统筹案例计算: pooling.policy, pooling.upward_transfer, pooling.year_start_top_up, pooling.deficit_sharing,
/// pooling.transition_surplus, pooling.city_settlement. The rules are a city's, not national: a case file names the
/// city's set with <c>parameter_file: samples/parameters/lishui.yaml</c>. Dates default to 1 January of the case's
/// <c>year</c> (the rules in force at 年初).
/// </summary>
public static class Pooling
{
    private static readonly CaseInputSpec SchemeInput = new("scheme", CaseValueKind.Text, "employee (职工医保) or resident (居民医保)");
    private static readonly CaseInputSpec YearInput = new("year", CaseValueKind.Integer, "the settlement year; the policy is read on its 1 January");
    private static readonly CaseInputSpec ReadingInput = new("reading", CaseValueKind.Text, "how 减少5% is read: points (default) or share_of_share", Required: false);

    /// <summary>pooling.policy: the collected fund's and the city treasury's shares after the adjustments of 四(二)8(3).</summary>
    public static ICaseCalculation Policy { get; } = CaseCalculation.Create(
        "pooling.policy",
        "The adjusted shares: collected fund = 30% − (prior-year deficit ? 减少5% : 0) − (below 优良 ? 5pp : 0), both from the unadjusted share; county = the rest; city treasury = 20%, halved after a prior-year deficit.",
        [
            YearInput, ReadingInput,
            new("prior_year_deficit", CaseValueKind.Boolean, "上一年度已经出现当期收支缺口", Required: false),
            new("assessment", CaseValueKind.Text, "good (优良, default) or below_good", Required: false),
        ],
        static (i, parameters) =>
        {
            PoolingPolicy policy = ReadPolicy(i, parameters);
            bool prior = i.Has("prior_year_deficit") && i.Boolean("prior_year_deficit");
            CountyAssessment assessment = Assessment(i);
            Rate collected = policy.CollectedShareFor(prior, assessment);
            return new CaseResult()
                .Add("collected_share", collected, policy.Explain(PoolingParameters.CollectedFundShare.Name))
                .Add("county_share", Rate.FromProportion(Fraction.One - collected.Value))
                .Add("city_treasury_share", policy.CityTreasuryShareFor(prior))
                .Add("prior_deficit_cut", CaseValue.Of(policy.PriorDeficitReductionPoints));
        });

    /// <summary>pooling.upward_transfer: quota = previous-year expenditure × N/12, from the balance excluding personal accounts, the rest appropriated.</summary>
    public static ICaseCalculation UpwardTransfer { get; } = CaseCalculation.Create(
        "pooling.upward_transfer",
        "上划: quota = previous-year actual expenditure × months / 12 (四舍五入); paid from max(0, accumulated balance − pre-pooling personal accounts), the rest a special appropriation (当地财政安排专项资金补足).",
        [
            SchemeInput, YearInput,
            new("previous_year_expenditure", CaseValueKind.Money, "上年度实际支出, 元"),
            new("accumulated_balance", CaseValueKind.Money, "累计结余 as booked, 元"),
            new("personal_account_balance", CaseValueKind.Money, "其中统筹前个人账户结余, 元 (default 0)", Required: false),
        ],
        static (i, parameters) =>
        {
            PoolingPolicy policy = ReadPolicy(i, parameters);
            FundMath.Pooling.UpwardTransfer t = FundMath.Pooling.UpwardTransfer.Compute(policy, Scheme(i), i.Money("previous_year_expenditure"), i.Money("accumulated_balance"),
                i.Has("personal_account_balance") ? i.Money("personal_account_balance") : Money.Zero);
            return new CaseResult()
                .Add("quota", t.Quota, t.Explain())
                .Add("usable_balance", t.UsableBalance)
                .Add("from_balance", t.Funding.FromBalance)
                .Add("special_appropriation", t.Funding.SpecialAppropriation)
                .Add("retained_balance", t.RetainedBalance)
                .Add("source", CaseValue.Of(t.Funding.Source.ToString()))
                .Add("summary_zh", CaseValue.Of(t.ToChineseSentence()));
        });

    /// <summary>pooling.year_start_top_up: the capacity check at 年初 and the shortfall split by previous-year headcount.</summary>
    public static ICaseCalculation YearStartTopUp { get; } = CaseCalculation.Create(
        "pooling.year_start_top_up",
        "年初补充上划: capacity = balance ÷ (city previous-year expenditure ÷ 12); shortfall = max(0, expenditure × N/12 rounded up − balance), split by previous-year insured headcount (largest remainder; ties to the earlier name).",
        [
            SchemeInput, YearInput,
            new("collected_fund_balance", CaseValueKind.Money, "归集基金 at the start of the year, 元"),
            new("city_previous_year_expenditure", CaseValueKind.Money, "全市上年度实际支出, 元"),
            new("counties", CaseValueKind.Text, "a list of {name, previous_year_insured}; shares are given in ordinal name order", Required: false),
        ],
        static (i, parameters) =>
        {
            PoolingPolicy policy = ReadPolicy(i, parameters);
            FundMath.Pooling.YearStartTopUp check = FundMath.Pooling.YearStartTopUp.Compute(policy, Scheme(i), i.Money("collected_fund_balance"), i.Money("city_previous_year_expenditure"));
            var result = new CaseResult()
                .Add("outcome", CaseValue.Of(check.Outcome.ToString()), check.Explain())
                .Add("threshold", check.Threshold)
                .Add("shortfall", check.Shortfall)
                .Add("summary_zh", CaseValue.Of(check.ToChineseSentence()));
            if (check.CapacityMonths is { } months)
            {
                result.Add("capacity_months", CaseValue.Of(months));
            }

            if (i.Has("counties"))
            {
                (string Name, Headcount Insured)[] counties = ReadHeadcounts(i.Get("counties"));
                var weights = new Headcount[counties.Length];
                for (int k = 0; k < counties.Length; k++)
                {
                    weights[k] = counties[k].Insured;
                }

                var shares = new Money[counties.Length];
                check.Apportion(weights, shares);
                for (int k = 0; k < counties.Length; k++)
                {
                    result.Add($"shares[{k}]", shares[k]);
                    result.Add($"{counties[k].Name}.share", shares[k]);
                }
            }

            return result;
        });

    /// <summary>pooling.deficit_sharing: one county's deficit shared with a given amount available in the collected fund.</summary>
    public static ICaseCalculation DeficitSharing { get; } = CaseCalculation.Create(
        "pooling.deficit_sharing",
        "缺口分担 for one county: transition fill first (resident, 2022–2024); collected fund = rest × adjusted 30%, county the rest (balance first, then 财政专项补助); what the fund cannot pay: city treasury 20% (halved after a prior-year deficit) capped at 1% of 统筹基金筹资总额, county treasury the rest.",
        [
            SchemeInput, YearInput, ReadingInput,
            new("deficit", CaseValueKind.Money, "当期缺口, 元 (≥ 0)"),
            new("collected_fund_available", CaseValueKind.Money, "what the collected fund can pay towards this county's share, 元"),
            new("accumulated_balance", CaseValueKind.Money, "累计结余 as booked, 元", Required: false),
            new("personal_account_balance", CaseValueKind.Money, "其中统筹前个人账户结余, 元", Required: false),
            new("pooled_financing", CaseValueKind.Money, "当年统筹基金筹资总额, 元", Required: false),
            new("prior_year_deficit", CaseValueKind.Boolean, "上一年度已经出现当期收支缺口", Required: false),
            new("assessment", CaseValueKind.Text, "good (default) or below_good", Required: false),
            new("subsidy_2021", CaseValueKind.Money, "2021年财政补助标准, 元/人 (resident transition)", Required: false),
            new("unified_subsidy_standard", CaseValueKind.Money, "全市统筹后标准, 元/人 (resident transition)", Required: false),
            new("insured", CaseValueKind.Headcount, "参保人数 (resident transition)", Required: false),
        ],
        static (i, parameters) =>
        {
            PoolingPolicy policy = ReadPolicy(i, parameters);
            PoolingYear year = Year(i, policy);
            PoolingCounty county = County(i);
            CountySettlement s = CountySettlement.Compute(policy, year, county, i.Money("collected_fund_available"));
            return Outputs(new CaseResult(), string.Empty, s, s.Explain());
        });

    /// <summary>pooling.transition_surplus: a current surplus kept 30% / passed 70% in the transition, kept whole outside.</summary>
    public static ICaseCalculation TransitionSurplus { get; } = CaseCalculation.Create(
        "pooling.transition_surplus",
        "过渡期当期结余: kept = surplus × 30% (largest remainder, a half fen kept), to the collected fund = the rest; outside the transition the surplus is kept whole.",
        [SchemeInput, YearInput, new("surplus", CaseValueKind.Money, "当期结余, 元 (≥ 0)")],
        static (i, parameters) =>
        {
            PoolingPolicy policy = ReadPolicy(i, parameters);
            CountySettlement s = CountySettlement.Compute(policy, Year(i, policy), new PoolingCounty("county") { Surplus = i.Money("surplus") }, Money.Zero);
            return new CaseResult()
                .Add("kept", s.SurplusKept, s.Explain())
                .Add("to_collected_fund", s.SurplusToCollectedFund)
                .Add("rules", CaseValue.Of(s.Rules.ToString()));
        });

    /// <summary>pooling.city_settlement: a whole city (the format of <c>fundmath pool FILE</c>): the collected fund's year and every county.</summary>
    public static ICaseCalculation CitySettlement { get; } = CaseCalculation.Create(
        "pooling.city_settlement",
        "A city's year: transfers (in 2022), the year-start top-up by headcount, transition surpluses, then the collected fund's shares paid in full or pro rata to the shares due (largest remainder, ties to the earlier name); outputs the fund's roll-forward and '<county>.<line>' for every county.",
        [
            SchemeInput, YearInput, ReadingInput,
            new("counties", CaseValueKind.Text, "the counties, as in a pool file (docs/pooling.md)"),
            new("collected_fund", CaseValueKind.Text, "{opening, interest}", Required: false),
            new("unit", CaseValueKind.Text, "元 (default), 万元 or 亿元 for plain numbers", Required: false),
            new("unified_subsidy_standard", CaseValueKind.Money, "元/人", Required: false),
            new("headcounts", CaseValueKind.Text, "{name: previous-year insured}", Required: false),
        ],
        static (i, parameters) =>
        {
            DataNode document = WithoutCaseOnly(i.Node);
            PoolingCityDocument city = PoolingCityDocument.Read(document);
            PriorDeficitReading reading = i.Has("reading") ? Reading(i) : city.Reading ?? PriorDeficitReading.PercentagePoints;
            PoolingPolicy policy = PoolingPolicy.FromParameters(parameters, new LocalDate(city.Year.Year, 1, 1), reading);
            (CollectedFundStatement fund, CountySettlement[] counties) = city.Settle(policy);
            var result = new CaseResult()
                .Add("opening", fund.Opening, fund.Explain())
                .Add("initial_transfers", fund.InitialTransfers)
                .Add("top_ups", fund.TopUps, fund.TopUp.Explain())
                .Add("top_up_outcome", CaseValue.Of(fund.TopUp.Outcome.ToString()))
                .Add("surplus_inflows", fund.SurplusInflows)
                .Add("interest", fund.Interest)
                .Add("inflows", fund.Inflows)
                .Add("available", fund.Available)
                .Add("shares_due", fund.SharesDue)
                .Add("outflows", fund.Outflows)
                .Add("unpaid", fund.Unpaid)
                .Add("closing", fund.Closing)
                .Add("outcome", CaseValue.Of(fund.Outcome.ToString()))
                .Add("roll_forward", CaseValue.Of(fund.RollForward.Outcome.ToString()))
                .Add("city_treasury", fund.CityTreasury)
                .Add("county_treasuries", fund.CountyTreasuries)
                .Add("cap_cut_offs", fund.CapCutOffs)
                .Add("summary_zh", CaseValue.Of(fund.ToChineseSentence()));
            foreach (CountySettlement c in counties)
            {
                Outputs(result, c.Name + ".", c, c.Explain());
            }

            return result;
        });

    /// <summary>Every pooling calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } =
        [Policy, UpwardTransfer, YearStartTopUp, DeficitSharing, TransitionSurplus, CitySettlement];

    private static CaseResult Outputs(CaseResult result, string prefix, in CountySettlement s, FundMath.Explain.Explanation explanation) => result
        .Add(prefix + "collected_share", s.CollectedShare, explanation)
        .Add(prefix + "transition_fill", s.TransitionFill)
        .Add(prefix + "collected_fund_due", s.CollectedFundDue)
        .Add(prefix + "collected_fund_paid", s.CollectedFundPaid)
        .Add(prefix + "collected_fund_unpaid", s.CollectedFundUnpaid)
        .Add(prefix + "county_part", s.CountyPart.Due)
        .Add(prefix + "county_from_balance", s.CountyPart.FromBalance)
        .Add(prefix + "county_special_appropriation", s.CountyPart.SpecialAppropriation)
        .Add(prefix + "city_treasury_share", s.CityTreasuryShare)
        .Add(prefix + "city_treasury_due", s.CityTreasuryDue)
        .Add(prefix + "city_treasury_cap", s.CityTreasuryCap)
        .Add(prefix + "city_treasury_paid", s.CityTreasuryPaid)
        .Add(prefix + "cap_cut_off", s.CapCutOff)
        .Add(prefix + "county_treasury", s.CountyTreasury)
        .Add(prefix + "county_total", s.CountyTotal)
        .Add(prefix + "transfer", s.InitialTransfer.Due)
        .Add(prefix + "transfer_special_appropriation", s.InitialTransfer.SpecialAppropriation)
        .Add(prefix + "top_up", s.TopUp.Due)
        .Add(prefix + "top_up_special_appropriation", s.TopUp.SpecialAppropriation)
        .Add(prefix + "surplus_kept", s.SurplusKept)
        .Add(prefix + "surplus_to_collected_fund", s.SurplusToCollectedFund)
        .Add(prefix + "closing_balance", s.ClosingBalance)
        .Add(prefix + "rules", CaseValue.Of(s.Rules.ToString()))
        .Add(prefix + "summary_zh", CaseValue.Of(s.ToChineseSentence()))
        .Add(prefix + "summary_en", CaseValue.Of(s.ToEnglishSentence()));

    private static PoolingPolicy ReadPolicy(CaseInputs i, ParameterSet parameters) =>
        PoolingPolicy.FromParameters(parameters, new LocalDate(checked((int)i.Integer("year")), 1, 1), Reading(i));

    private static PriorDeficitReading Reading(CaseInputs i) =>
        i.Has("reading") ? PoolingCityDocument.ReadReading(i.Get("reading")) : PriorDeficitReading.PercentagePoints;

    private static PooledScheme Scheme(CaseInputs i) => i.Text("scheme") switch
    {
        "employee" => PooledScheme.Employee,
        "resident" => PooledScheme.Resident,
        string other => throw i.Get("scheme").Error($"'{other}' is not a scheme; use employee or resident"),
    };

    private static CountyAssessment Assessment(CaseInputs i) => !i.Has("assessment") ? CountyAssessment.GoodOrBetter : i.Text("assessment") switch
    {
        "good" => CountyAssessment.GoodOrBetter,
        "below_good" => CountyAssessment.BelowGood,
        string other => throw i.Get("assessment").Error($"'{other}' is not an assessment; use good or below_good"),
    };

    private static PoolingYear Year(CaseInputs i, PoolingPolicy policy) => new(policy.Date.Year, Scheme(i))
    {
        UnifiedSubsidyStandard = i.Has("unified_subsidy_standard") ? i.Money("unified_subsidy_standard") : null,
    };

    private static PoolingCounty County(CaseInputs i) => new(i.CaseId)
    {
        Deficit = i.Money("deficit"),
        AccumulatedBalance = i.Has("accumulated_balance") ? i.Money("accumulated_balance") : Money.Zero,
        PersonalAccountBalance = i.Has("personal_account_balance") ? i.Money("personal_account_balance") : Money.Zero,
        PooledFinancing = i.Has("pooled_financing") ? i.Money("pooled_financing") : Money.Zero,
        PriorYearDeficit = i.Has("prior_year_deficit") && i.Boolean("prior_year_deficit"),
        Assessment = Assessment(i),
        Subsidy2021 = i.Has("subsidy_2021") ? i.Money("subsidy_2021") : null,
        Insured = i.Has("insured") ? i.Headcount("insured") : null,
    };

    private static (string Name, Headcount Insured)[] ReadHeadcounts(DataNode list)
    {
        var counties = new List<(string Name, Headcount Insured)>();
        foreach (DataNode item in list.AsSequence())
        {
            item.ExpectKind(DataNodeKind.Mapping).EnsureOnly("name", "previous_year_insured");
            counties.Add((item.Required("name").AsString(), item.Required("previous_year_insured").AsHeadcount()));
        }

        counties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        return [.. counties];
    }

    // The city document's members are the case's inputs, less the case-only 'reading' (the document calls it prior_deficit_reading).
    private static DataNode WithoutCaseOnly(DataNode inputs)
    {
        var members = new List<DataMember>();
        foreach (DataMember m in inputs.Members)
        {
            if (m.Key != "reading")
            {
                members.Add(m);
            }
        }

        return DataNode.Mapping(members, inputs.Location, inputs.Path);
    }
}
