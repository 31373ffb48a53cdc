using System;
using System.Collections.Generic;
using FundMath.Cohorts;
using FundMath.Funds;
using FundMath.Ratios;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for fund statements, cohorts and utilisation — 基金收支与参保人群案例计算:
/// funds.statement, funds.consolidate, funds.balance_split, funds.growth, cohorts.structure_shares,
/// cohorts.support_ratio, utilisation.cost_per_case, utilisation.cohort_shares.
/// </summary>
public static class Funds
{
    private static readonly ReportingPeriod DefaultPeriod = ReportingPeriod.OfYear(2000);

    /// <summary>funds.statement: 当期结余 = 收入 − 支出; 期末 = 期初 + 当期结余 (checked against a reported closing balance).</summary>
    public static ICaseCalculation Statement { get; } = CaseCalculation.Create(
        "funds.statement",
        "当期结余 = income − expenditure; 期末累计结余 = opening + 当期结余, compared with a reported closing balance (identity reported, never hidden); 当期结余率 = surplus ÷ income; pooled/personal split of the closing balance.",
        [
            new("opening", CaseValueKind.Money, "期初累计结余, 元"),
            new("income", CaseValueKind.Money, "当期收入, 元"),
            new("expenditure", CaseValueKind.Money, "当期支出, 元"),
            new("reported_closing", CaseValueKind.Money, "期末累计结余 as printed, 元", Required: false),
            new("personal_accounts", CaseValueKind.Money, "个人账户期末结余 (employee fund), 元", Required: false),
            new("printed_surplus", CaseValueKind.Money, "当期结余 as printed, 元", Required: false),
        ],
        static (i, _) =>
        {
            Money income = i.Money("income");
            Money expenditure = i.Money("expenditure");
            Money opening = i.Money("opening");
            IncomeLines inc = IncomeLines.Of(other: income);
            ExpenditureLines exp = ExpenditureLines.Of(other: expenditure);
            FundStatement s = i.Has("reported_closing")
                ? FundStatement.FromReported(FundKind.Several, "case", DefaultPeriod, opening, inc, exp, i.Money("reported_closing"), IdentityMode.Report)
                : FundStatement.Create(FundKind.Several, "case", DefaultPeriod, opening, inc, exp);
            if (i.Has("personal_accounts"))
            {
                s = s.WithPersonalAccounts(Money.Zero, i.Money("personal_accounts"));
            }

            var result = new CaseResult()
                .Add("current_surplus", s.CurrentSurplus, s.ExplainSurplus())
                .Add("expected_closing", s.ExpectedClosing)
                .Add("closing", s.Closing, s.ExplainRollForward())
                .Add("roll_forward", CaseValue.Of(s.RollForward.Outcome.ToString()))
                .Add("closing_difference", s.RollForward.Difference)
                .Add("pooled_balance", s.PooledFundBalance)
                .Add("surplus_ratio_outcome", CaseValue.Of(s.SurplusRatio.Outcome.ToString()));
            if (s.SurplusRatio.TryGetRate(out Rate ratio))
            {
                result.Add("surplus_ratio", ratio, s.ExplainSurplusRatio());
            }

            if (i.Has("printed_surplus"))
            {
                PrintedComparison c = s.CompareSurplusWithPrinted(i.Money("printed_surplus"));
                result.Add("printed_surplus_difference", c.Difference);
            }

            return result;
        });

    /// <summary>funds.consolidate: the total row of several statements (Σ income, Σ expenditure, Σ closing; ratio of sums).</summary>
    public static ICaseCalculation Consolidate { get; } = CaseCalculation.Create(
        "funds.consolidate",
        "合计 = Σ rows: total income, expenditure, current surplus and closing balance; the total's 当期结余率 is computed from the sums, never averaged.",
        [
            new("incomes", CaseValueKind.Money, "list: 当期收入 of each row, 元"),
            new("expenditures", CaseValueKind.Money, "list: 当期支出 of each row, 元"),
            new("closings", CaseValueKind.Money, "list: 期末累计结余 of each row, 元"),
        ],
        static (i, _) =>
        {
            Money[] incomes = i.MoneyList("incomes");
            Money[] expenditures = i.MoneyList("expenditures");
            Money[] closings = i.MoneyList("closings");
            if (expenditures.Length != incomes.Length || closings.Length != incomes.Length)
            {
                throw i.Get("incomes").Error($"incomes, expenditures and closings must have the same length; they have {incomes.Length}, {expenditures.Length} and {closings.Length}");
            }

            var rows = new FundStatement[incomes.Length];
            for (int k = 0; k < rows.Length; k++)
            {
                Money opening = closings[k] - incomes[k] + expenditures[k];
                rows[k] = FundStatement.Create(FundKind.Several, "row" + k.ToString(System.Globalization.CultureInfo.InvariantCulture), DefaultPeriod, opening,
                    IncomeLines.Of(other: incomes[k]), ExpenditureLines.Of(other: expenditures[k]));
            }

            FundStatement total = FundStatement.Consolidate(rows);
            var result = new CaseResult()
                .Add("income", total.IncomeTotal)
                .Add("expenditure", total.ExpenditureTotal)
                .Add("current_surplus", total.CurrentSurplus, total.ExplainSurplus())
                .Add("closing", total.Closing);
            if (total.SurplusRatio.TryGetRate(out Rate ratio))
            {
                result.Add("surplus_ratio", ratio, total.ExplainSurplusRatio());
            }

            return result;
        });

    /// <summary>funds.balance_split: 累计结余 = 统筹基金 + 个人账户 with shares.</summary>
    public static ICaseCalculation BalanceSplit { get; } = CaseCalculation.Create(
        "funds.balance_split",
        "累计结余 = pooled fund + personal accounts; shares = part ÷ total (exact).",
        [
            new("pooled", CaseValueKind.Money, "统筹基金累计结余, 元"),
            new("personal", CaseValueKind.Money, "个人账户累计结余, 元"),
        ],
        static (i, _) =>
        {
            var b = new AccumulatedBalance(i.Money("pooled"), i.Money("personal"));
            if (b.Total.IsZero)
            {
                throw i.Get("pooled").Error("the balance is zero: shares are not meaningful");
            }

            return new CaseResult()
                .Add("total", b.Total, b.Explain())
                .Add("pooled_share", b.PooledShare)
                .Add("personal_share", b.PersonalAccountShare);
        });

    /// <summary>funds.growth: 同比增减额 = current − previous; 同比增长率 = change ÷ previous (zero base: NotMeaningfulZeroBase).</summary>
    public static ICaseCalculation Growth { get; } = CaseCalculation.Create(
        "funds.growth",
        "Year-on-year change = current − previous and growth rate = change ÷ |previous|; a zero base gives outcome NotMeaningfulZeroBase and no rate.",
        [
            new("current", CaseValueKind.Money, "本期, 元"),
            new("previous", CaseValueKind.Money, "上年同期, 元"),
        ],
        static (i, _) =>
        {
            var g = new MoneyGrowth(i.Money("current"), i.Money("previous"));
            var result = new CaseResult()
                .Add("change", g.Change)
                .Add("outcome", CaseValue.Of(g.Outcome.ToString()), g.Explain("growth"));
            if (g.TryGetRate(out Rate rate))
            {
                result.Add("rate", rate, g.Explain("growth"));
            }

            return result;
        });

    /// <summary>cohorts.structure_shares: exact, naive display and apportioned display shares of parts in a whole.</summary>
    public static ICaseCalculation StructureSharesCalculation { get; } = CaseCalculation.Create(
        "cohorts.structure_shares",
        "结构占比 shareᵢ = partᵢ ÷ whole: exact[i]; naive[i] rounded row by row; apportioned[i] (largest remainder, partitions only) summing to 100%; naive_sum, apportioned_sum and naive_excess.",
        [
            new("whole", CaseValueKind.Headcount, "参保人数 (the parent), persons"),
            new("parts", CaseValueKind.Integer, "list: persons in each part"),
            new("partition", CaseValueKind.Boolean, "true when the parts must add up to the whole"),
            new("decimals", CaseValueKind.Integer, "decimals of percent for display (e.g. 2)"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name (default AwayFromZero)", Required: false),
        ],
        static (i, _) =>
        {
            long[] raw = i.IntegerList("parts");
            var parts = new Headcount[raw.Length];
            for (int k = 0; k < raw.Length; k++)
            {
                if (raw[k] < 0)
                {
                    throw i.Get("parts").Error($"parts[{k}] is {raw[k]}: a headcount cannot be negative");
                }

                parts[k] = Headcount.FromPersons(raw[k]);
            }

            long decimals = i.Integer("decimals");
            if (decimals is < 0 or > 12)
            {
                throw i.Get("decimals").Error($"decimals must be 0–12; it is {decimals}");
            }

            var exact = new Rate[parts.Length];
            var naive = new Rate[parts.Length];
            var apportioned = new Rate[parts.Length];
            Headcount whole = i.Headcount("whole");
            bool partition = i.Boolean("partition");
            MidpointRounding mode = i.Rounding("rounding");
            StructureShares s = StructureShares.Compute(whole, parts, partition, (int)decimals, mode, exact, naive, apportioned);
            var names = new string[parts.Length];
            for (int k = 0; k < names.Length; k++)
            {
                names[k] = $"parts[{k}]";
            }

            var result = new CaseResult();
            for (int k = 0; k < parts.Length; k++)
            {
                result.Add($"exact[{k}]", exact[k]).Add($"naive[{k}]", naive[k]).Add($"apportioned[{k}]", apportioned[k]);
            }

            return result
                .Add("exact_sum", s.ExactSum)
                .Add("naive_sum", s.NaiveDisplaySum, StructureShares.Explain("structure", whole, parts, names, partition, (int)decimals, mode))
                .Add("apportioned_sum", s.ApportionedDisplaySum)
                .Add("naive_excess", CaseValue.Of(s.NaiveDisplayExcess));
        });

    /// <summary>cohorts.support_ratio: 在职退休比 = in service ÷ retired.</summary>
    public static ICaseCalculation SupportRatioCalculation { get; } = CaseCalculation.Create(
        "cohorts.support_ratio",
        "在职退休比 = in-service ÷ retired (an exact fraction); no retirees gives outcome NotMeaningful and no ratio.",
        [
            new("in_service", CaseValueKind.Headcount, "在职职工, persons"),
            new("retired", CaseValueKind.Headcount, "退休人员, persons"),
        ],
        static (i, _) =>
        {
            var r = new SupportRatio(i.Headcount("in_service"), i.Headcount("retired"));
            var result = new CaseResult().Add("outcome", CaseValue.Of(r.Outcome.ToString()));
            if (r.TryGetValue(out Fraction f))
            {
                result.Add("ratio", CaseValue.Of(f), r.Explain());
            }

            return result;
        });

    /// <summary>utilisation.cost_per_case: 次均费用 = cost ÷ cases, rounded to the fen.</summary>
    public static ICaseCalculation CostPerCase { get; } = CaseCalculation.Create(
        "utilisation.cost_per_case",
        "次均费用 = cost ÷ cases (visits or discharges), rounded to the fen with 'rounding' (default AwayFromZero); zero cases gives outcome NotMeaningful.",
        [
            new("cost", CaseValueKind.Money, "医疗费用, 元"),
            new("cases", CaseValueKind.Integer, "人次 (visits or discharges)"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name", Required: false),
        ],
        static (i, _) =>
        {
            long cases = i.Integer("cases");
            if (cases < 0)
            {
                throw i.Get("cases").Error($"cases is {cases}: it cannot be negative");
            }

            MidpointRounding mode = i.Rounding("rounding");
            Utilisation u = Utilisation.Empty.With(ServiceCategory.Outpatient, cases, i.Money("cost"));
            Average a = u.CostPerCase(ServiceCategory.Outpatient, mode);
            var result = new CaseResult().Add("outcome", CaseValue.Of(a.Outcome.ToString()));
            if (a.IsMeaningful)
            {
                result.Add("average", a.Value, u.ExplainCostPerCase(ServiceCategory.Outpatient, mode));
            }

            return result;
        });

    /// <summary>utilisation.cohort_shares: each cohort's share of cost and of cases (在职/退休 comparisons).</summary>
    public static ICaseCalculation CohortShares { get; } = CaseCalculation.Create(
        "utilisation.cohort_shares",
        "Each cohort's share of a service's cost (cost_shares[i] = costᵢ ÷ Σ cost) and cases (case_shares[i] = casesᵢ ÷ Σ cases), exact.",
        [
            new("costs", CaseValueKind.Money, "list: cost of each cohort, 元"),
            new("cases", CaseValueKind.Integer, "list: cases (discharges, visits) of each cohort"),
        ],
        static (i, _) =>
        {
            Money[] costs = i.MoneyList("costs");
            long[] cases = i.IntegerList("cases");
            if (costs.Length != cases.Length)
            {
                throw i.Get("cases").Error($"costs and cases must have the same length; they have {costs.Length} and {cases.Length}");
            }

            var cohorts = new Utilisation[costs.Length];
            for (int k = 0; k < cohorts.Length; k++)
            {
                cohorts[k] = Utilisation.Empty.With(ServiceCategory.Inpatient, cases[k], costs[k]);
            }

            var costShares = new Rate[cohorts.Length];
            var caseShares = new Rate[cohorts.Length];
            Utilisation.Shares(cohorts, ServiceCategory.Inpatient, costShares, caseShares);
            var result = new CaseResult();
            for (int k = 0; k < cohorts.Length; k++)
            {
                result.Add($"cost_shares[{k}]", costShares[k]).Add($"case_shares[{k}]", caseShares[k]);
            }

            return result;
        });

    /// <summary>Every fund, cohort and utilisation calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } =
        [Statement, Consolidate, BalanceSplit, Growth, StructureSharesCalculation, SupportRatioCalculation, CostPerCase, CohortShares];
}
