using System;
using System.Collections.Generic;
using FundMath.Contributions;
using FundMath.Data;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for the contribution calculations — 缴费计算. Names: contributions.premium_base,
/// contributions.employee_monthly, contributions.flexible_period, contributions.income_change,
/// contributions.subsidy_split, contributions.individual_share, contributions.special_budget,
/// contributions.resident_premium, contributions.personal_account.
/// </summary>
public static class Contributions
{
    /// <summary>contributions.premium_base: base = clamp(wage, reference × floor_ratio, reference × cap_ratio).</summary>
    public static ICaseCalculation PremiumBaseCase { get; } = CaseCalculation.Create(
        "contributions.premium_base",
        "Premium base: clamp(wage, reference × floor_ratio (rounded up), reference × cap_ratio (rounded down)); bound says Floor/Cap/None.",
        [
            new("reference_wage", CaseValueKind.Money, "reference monthly wage, 元"),
            new("floor_ratio", CaseValueKind.Rate, "e.g. 60%"),
            new("cap_ratio", CaseValueKind.Rate, "e.g. 300%"),
            new("wage", CaseValueKind.Money, "own previous-year average monthly wage, 元"),
        ],
        static (i, _) =>
        {
            var policy = new PremiumBasePolicy(i.Money("reference_wage"), i.Rate("floor_ratio"), i.Rate("cap_ratio"));
            Money wage = i.Money("wage");
            PremiumBaseResult r = PremiumBase.Compute(wage, policy);
            return new CaseResult()
                .Add("base", r.Base, PremiumBase.Explain(wage, policy))
                .Add("bound", CaseValue.Of(r.Bound.ToString()))
                .Add("floor", policy.Floor)
                .Add("cap", policy.Cap);
        });

    /// <summary>contributions.employee_monthly: employer = base × (medical + maternity), individual = base × individual.</summary>
    public static ICaseCalculation EmployeeMonthly { get; } = CaseCalculation.Create(
        "contributions.employee_monthly",
        "One person's monthly contributions, each rounded once to the fen with 'rounding'.",
        [
            new("base", CaseValueKind.Money, "premium base, 元"),
            new("employer_rate", CaseValueKind.Rate, "employer medical rate, e.g. 8.2%"),
            new("maternity_rate", CaseValueKind.Rate, "maternity rate merged into the employer rate, e.g. 0.5%"),
            new("individual_rate", CaseValueKind.Rate, "e.g. 2%"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name", Required: false),
        ],
        static (i, _) =>
        {
            var rates = new EmployeeRates(i.Rate("employer_rate"), i.Rate("maternity_rate"), i.Rate("individual_rate"));
            MidpointRounding mode = i.Rounding("rounding");
            EmployeeMonthlyContribution c = EmployeeContribution.ForMonth(i.Money("base"), rates, mode);
            return new CaseResult()
                .Add("employer", c.Employer, EmployeeContribution.Explain(i.Money("base"), rates, mode))
                .Add("maternity", c.Maternity)
                .Add("individual", c.Individual)
                .Add("total", c.Total);
        });

    /// <summary>contributions.flexible_period: month-by-month flexible-employment contributions with one relief window.</summary>
    public static ICaseCalculation FlexiblePeriod { get; } = CaseCalculation.Create(
        "contributions.flexible_period",
        "Flexible-employment contributions over a period: Σ months round(base × rate(m)), the relief window replacing the tier rate.",
        [
            new("floor", CaseValueKind.Money, "band floor, 元"),
            new("cap", CaseValueKind.Money, "band cap, 元"),
            new("base", CaseValueKind.Money, "chosen base, 元"),
            new("tier", CaseValueKind.Rate, "e.g. 6%"),
            new("relief_rate", CaseValueKind.Rate, "e.g. 3%"),
            new("relief_from", CaseValueKind.Date, "first day of the first relief month"),
            new("relief_to", CaseValueKind.Date, "a day in the last relief month"),
            new("period", CaseValueKind.Period, "e.g. 2021; default: the case period", Required: false),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name", Required: false),
        ],
        static (i, _) =>
        {
            Rate tier = i.Rate("tier");
            NodaTime.LocalDate from = i.Date("relief_from", orCaseDate: false), to = i.Date("relief_to", orCaseDate: false);
            var relief = ReliefWindow.FromMonths(new NodaTime.YearMonth(from.Year, from.Month), new NodaTime.YearMonth(to.Year, to.Month), tier, i.Rate("relief_rate"));
            var policy = new FlexibleEmploymentPolicy(PremiumBasePolicy.FromAmounts(i.Money("floor"), i.Money("cap")), [tier], [relief]);
            MidpointRounding mode = i.Rounding("rounding");
            ReportingPeriod period = i.Period("period");
            FlexiblePeriodContribution r = policy.ForPeriod(i.Money("base"), tier, period, mode);
            return new CaseResult()
                .Add("charged", r.Charged, policy.Explain(i.Money("base"), tier, period, mode))
                .Add("relieved", r.Relieved)
                .Add("relief_months", CaseValue.Of((long)r.ReliefMonths));
        });

    /// <summary>contributions.income_change: decomposition of Income₁ − Income₀ into headcount, base and rate effects.</summary>
    public static ICaseCalculation IncomeChange { get; } = CaseCalculation.Create(
        "contributions.income_change",
        "Premium income change = headcount + base + rate effects (Shapley or Sequential), exact to the fen.",
        [
            new("persons_previous", CaseValueKind.Headcount, "payers, previous year"),
            new("base_previous", CaseValueKind.Money, "average monthly base, previous year"),
            new("rate_previous", CaseValueKind.Rate, "combined rate, previous year"),
            new("persons_current", CaseValueKind.Headcount, "payers, current year"),
            new("base_current", CaseValueKind.Money, "average monthly base, current year"),
            new("rate_current", CaseValueKind.Rate, "combined rate, current year"),
            new("months", CaseValueKind.Integer, "months paid per person (default 12)", Required: false),
            new("method", CaseValueKind.Text, "Shapley (default) or Sequential", Required: false),
        ],
        static (i, _) =>
        {
            int months = i.Has("months") ? (int)i.Integer("months") : 12;
            DecompositionMethod method = i.Has("method") ? Enum.Parse<DecompositionMethod>(i.Text("method")) : DecompositionMethod.Shapley;
            var p0 = new PayingPopulation(i.Headcount("persons_previous"), months, i.Money("base_previous"), i.Rate("rate_previous"));
            var p1 = new PayingPopulation(i.Headcount("persons_current"), months, i.Money("base_current"), i.Rate("rate_current"));
            PremiumIncomeChange c = PremiumIncome.Decompose(p0, p1, method, MidpointRounding.AwayFromZero);
            return new CaseResult()
                .Add("change", c.Change, PremiumIncome.Explain(p0, p1, method, MidpointRounding.AwayFromZero))
                .Add("headcount_effect", c.HeadcountEffect)
                .Add("base_effect", c.BaseEffect)
                .Add("rate_effect", c.RateEffect);
        });

    /// <summary>contributions.subsidy_split: central = total × central share; local split by level_1..level_3 shares.</summary>
    public static ICaseCalculation SubsidySplitCase { get; } = CaseCalculation.Create(
        "contributions.subsidy_split",
        "Resident subsidy split: total = per_capita × persons; central by tier share; local by level shares (largest remainder).",
        [
            new("per_capita", CaseValueKind.Money, "e.g. 610"),
            new("persons", CaseValueKind.Headcount, "persons subsidised"),
            new("central_share", CaseValueKind.Rate, "e.g. 80%"),
            new("level_1", CaseValueKind.Rate, "share of the local part, e.g. 75%", Required: false),
            new("level_2", CaseValueKind.Rate, "share of the local part", Required: false),
            new("level_3", CaseValueKind.Rate, "share of the local part", Required: false),
        ],
        static (i, _) =>
        {
            var shares = new List<Rate>();
            foreach (string name in new[] { "level_1", "level_2", "level_3" })
            {
                if (i.Has(name))
                {
                    shares.Add(i.Rate(name));
                }
            }

            var parts = new Money[shares.Count];
            SubsidySplitResult r = SubsidySplit.Split(i.Money("per_capita"), i.Headcount("persons"), i.Rate("central_share"), shares.ToArray(), parts);
            var result = new CaseResult().Add("total", r.Total).Add("central", r.Central).Add("local", r.Local);
            for (int k = 0; k < parts.Length; k++)
            {
                result.Add($"level_{k + 1}", parts[k]);
            }

            return result;
        });

    /// <summary>contributions.individual_share: individual ≥ minimum_share × (individual + subsidy), exactly.</summary>
    public static ICaseCalculation IndividualShare { get; } = CaseCalculation.Create(
        "contributions.individual_share",
        "Individual share of per-capita funding checked exactly against minimum_share (e.g. 1/3).",
        [
            new("individual", CaseValueKind.Money, "individual contribution, 元"),
            new("subsidy", CaseValueKind.Money, "per-capita subsidy, 元"),
            new("minimum_share", CaseValueKind.Rate, "e.g. \"1/3\""),
        ],
        static (i, _) =>
        {
            var s = new ResidentFundingStandard(2000, 2000, i.Money("individual"), i.Money("subsidy"));
            IndividualShareCheck c = s.CheckIndividualShare(i.Rate("minimum_share"));
            return new CaseResult().Add("share", c.Share).Add("outcome", CaseValue.Of(c.Outcome.ToString()));
        });

    /// <summary>contributions.special_budget: per-capita special budget (新冠疫苗专项) reserved per period.</summary>
    public static ICaseCalculation SpecialBudget { get; } = CaseCalculation.Create(
        "contributions.special_budget",
        "Per-capita special budget: budgets[k] = round(headcount × Σ items × shares[k]); total = Σ budgets.",
        [
            new("headcount", CaseValueKind.Headcount, "核算人数, e.g. insured at the prior year-end"),
            new("items", CaseValueKind.Money, "list: per-capita items, e.g. [180, 20]"),
            new("shares", CaseValueKind.Rate, "list: share of the headcount reserved in each period, e.g. [40%, 40%]"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name", Required: false),
        ],
        static (i, _) =>
        {
            Rate[] shares = i.RateList("shares");
            var budgets = new Money[shares.Length];
            Money total = PerCapitaSpecialBudget.Compute(i.Headcount("headcount"), i.MoneyList("items"), shares, budgets, i.Rounding("rounding"));
            var result = new CaseResult().Add("total", total);
            for (int k = 0; k < budgets.Length; k++)
            {
                result.Add($"budgets[{k}]", budgets[k]);
            }

            return result;
        });

    /// <summary>contributions.resident_premium: resident premium income with assistance-funded enrolment (医疗救助资助参保).</summary>
    public static ICaseCalculation ResidentPremiumCase { get; } = CaseCalculation.Create(
        "contributions.resident_premium",
        "Resident premium income: gross = Σ persons × individual_contribution; assistance per person = premium (full) | min(amount, premium) | round(premium × ratio); personally_paid = gross − assistance_paid.",
        [
            new("individual_contribution", CaseValueKind.Money, "个人缴费标准, 元"),
            new("cohorts", CaseValueKind.Text, "list of { persons, category (None, ExtremePoverty, Orphan, MinimumLivingAllowance, Monitored, Other), and for assisted categories exactly one of full: true, amount, ratio }"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name for ratio-based assistance", Required: false),
        ],
        static (i, _) =>
        {
            IReadOnlyList<DataNode> nodes = i.Get("cohorts").AsSequence();
            var cohorts = new ResidentCohort[nodes.Count];
            var rules = new List<AssistanceEnrolmentRule>();
            for (int k = 0; k < nodes.Count; k++)
            {
                DataNode node = nodes[k].EnsureOnly("persons", "category", "full", "amount", "ratio");
                DataNode categoryNode = node.Required("category");
                if (!Enum.TryParse(categoryNode.AsString(), ignoreCase: false, out AssistanceCategory category) || !Enum.IsDefined(category))
                {
                    throw categoryNode.Error($"expected an assistance category ({string.Join(", ", Enum.GetNames<AssistanceCategory>())})");
                }

                cohorts[k] = new ResidentCohort(node.Required("persons").AsHeadcount(), category);
                int given = (node.Has("full") ? 1 : 0) + (node.Has("amount") ? 1 : 0) + (node.Has("ratio") ? 1 : 0);
                if (category == AssistanceCategory.None)
                {
                    if (given != 0)
                    {
                        throw node.Error("category None pays the full premium; it takes no full/amount/ratio");
                    }

                    continue;
                }

                if (given != 1)
                {
                    throw node.Error($"category {category} needs exactly one of full: true, amount or ratio (missing is not zero)");
                }

                if (rules.Exists(r => r.Category == category))
                {
                    throw node.Error($"category {category} appears twice; give each assisted category once");
                }

                if (node.Has("full") && !node.Required("full").AsBool())
                {
                    throw node.Required("full").Error("full: false is not a rule; give amount or ratio instead");
                }

                rules.Add(node.Has("full") ? AssistanceEnrolmentRule.Full(category)
                    : node.Has("amount") ? AssistanceEnrolmentRule.Fixed(category, node.Required("amount").AsMoney())
                    : AssistanceEnrolmentRule.OfRatio(category, node.Required("ratio").AsRate()));
            }

            Money contribution = i.Money("individual_contribution");
            MidpointRounding mode = i.Rounding("rounding");
            ResidentPremiumIncome r = ResidentPremium.Compute(cohorts, contribution, rules.ToArray(), mode);
            return new CaseResult()
                .Add("persons", CaseValue.Of(r.Persons))
                .Add("gross", r.Gross, ResidentPremium.Explain(cohorts, contribution, rules.ToArray(), mode))
                .Add("assistance_paid", r.AssistancePaid)
                .Add("personally_paid", r.PersonallyPaid);
        });

    /// <summary>contributions.personal_account: 个人账户计入 — individual to accounts, employer to the pool, retiree credits out of the pool.</summary>
    public static ICaseCalculation PersonalAccountCase { get; } = CaseCalculation.Create(
        "contributions.personal_account",
        "Personal-account split (国办发〔2021〕14号): accounts = in-service individual + retirees × months × retiree_monthly_credit; pool net = employer − retiree credits.",
        [
            new("employer", CaseValueKind.Money, "in-service employer contributions for the period (incl. maternity), 元"),
            new("individual", CaseValueKind.Money, "in-service individual contributions for the period, 元"),
            new("retirees", CaseValueKind.Headcount, "retirees credited"),
            new("months", CaseValueKind.Integer, "months credited per retiree (0–12)"),
            new("retiree_monthly_credit", CaseValueKind.Money, "退休人员月定额划入, 元 per retiree per month"),
        ],
        static (i, _) =>
        {
            var policy = new PersonalAccountPolicy(i.Money("retiree_monthly_credit"), 0);
            var staff = new ContributionTotals(0, Money.Zero, i.Money("employer"), Money.Zero, i.Money("individual"));
            Headcount retirees = i.Headcount("retirees");
            int months = checked((int)i.Integer("months"));
            AccountSplit s = policy.Split(staff, retirees, months);
            return new CaseResult()
                .Add("personal_accounts", s.PersonalAccounts, policy.Explain(staff, retirees, months))
                .Add("pool_net", s.PooledFundNet)
                .Add("retiree_credits", s.RetireeCredits)
                .Add("in_service_to_account", s.InServiceToAccount);
        });

    /// <summary>contributions.annual_income: Σ persons (base × rate, rounded per person per month) × months paid.</summary>
    public static ICaseCalculation AnnualIncome { get; } = CaseCalculation.Create(
        "contributions.annual_income",
        "Annual premium income of a population: Σ over persons of round(base × rate) × months paid (0–12), as collection systems compute it.",
        [
            new("bases", CaseValueKind.Money, "list of monthly premium bases, 元"),
            new("months", CaseValueKind.Integer, "list of months paid in the year (0–12), one per base"),
            new("rate", CaseValueKind.Rate, "contribution rate (0–100%)"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name (default AwayFromZero)", Required: false),
        ],
        static (i, _) =>
        {
            Money[] bases = i.MoneyList("bases");
            long[] monthList = i.IntegerList("months");
            if (monthList.Length != bases.Length)
            {
                throw i.Get("months").Error($"months has {monthList.Length} entries but bases has {bases.Length}; give one per person");
            }

            int[] months = new int[monthList.Length];
            for (int k = 0; k < months.Length; k++)
            {
                months[k] = monthList[k] is >= 0 and <= 12
                    ? (int)monthList[k]
                    : throw i.Get("months").Error($"months[{k}] {monthList[k]} is outside 0–12");
            }

            Money income = PremiumIncome.Annual(bases, months, i.Rate("rate"), i.Rounding("rounding"));
            return new CaseResult().Add("income", income).Add("persons", CaseValue.Of((long)bases.Length));
        });

    /// <summary>Every contribution case calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } = [PremiumBaseCase, EmployeeMonthly, FlexiblePeriod, IncomeChange, SubsidySplitCase, IndividualShare, SpecialBudget, ResidentPremiumCase, PersonalAccountCase, AnnualIncome];
}
