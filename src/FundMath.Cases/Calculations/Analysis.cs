using System;
using System.Collections.Generic;
using FundMath.Analysis;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for fund analysis — 基金分析案例计算: analysis.budget_execution and
/// analysis.months_of_cover, with their bands and tolerances from the policies' <c>FromParameters</c> over the
/// case's parameter set (national rules with FundMath's conventions layer unless the case says otherwise), and
/// analysis.deficit_scan.
/// </summary>
public static class Analysis
{
    /// <summary>analysis.budget_execution: 执行率 = executed ÷ budgeted against time progress ± the tolerance.</summary>
    public static ICaseCalculation BudgetExecution { get; } = CaseCalculation.Create(
        "analysis.budget_execution",
        "预算执行率 = executed ÷ budgeted, compared with the period's time progress (or the cumulative share of a seasonal 'profile') ± analysis.budget_execution.tolerance (the runner's default base layers FundMath's conventions: 株洲市's ±5pp).",
        [
            new("budgeted", CaseValueKind.Money, "全年预算数, 元"),
            new("executed", CaseValueKind.Money, "实际执行数, 元"),
            new("line", CaseValueKind.Text, "TotalIncome, PremiumIncome, TotalExpenditure or BenefitExpenditure (default TotalIncome)", Required: false),
            new("period", CaseValueKind.Period, "defaults to the case period", Required: false),
            new("profile", CaseValueKind.Rate, "list: twelve cumulative shares Jan…Dec ending at 100% (a seasonal profile); default straight-line time progress", Required: false),
        ],
        static (inputs, parameters) =>
        {
            ReportingPeriod period = inputs.Period("period");
            Rate expected = inputs.Has("profile") ? SeasonalProfile.FromCumulative(inputs.RateList("profile")).ExpectedAt(period) : period.TimeProgress;
            BudgetLine line = BudgetLine.TotalIncome;
            if (inputs.Has("line") && !Enum.TryParse(inputs.Text("line"), ignoreCase: false, out line))
            {
                throw inputs.Get("line").Error($"expected a budget line ({string.Join(", ", Enum.GetNames<BudgetLine>())})");
            }

            ToleranceBand tolerance = BudgetTolerancePolicy.FromParameters(parameters, period.End).For(line);
            FundMath.Analysis.BudgetExecution result = FundMath.Analysis.BudgetExecution.Evaluate(
                line, period, inputs.Money("budgeted"), inputs.Money("executed"), expected, tolerance);
            var outputs = new CaseResult().Add("outcome", CaseValue.Of(result.Outcome.ToString()), result.Explain())
                .Add("expected_progress", result.ExpectedProgress);
            if (result.HasRate)
            {
                outputs.Add("rate", result.Rate, result.Explain()).Add("deviation", CaseValue.Of(result.Deviation));
            }

            return outputs;
        });

    /// <summary>analysis.months_of_cover: 可支付月数 = (balance − deductions) ÷ monthly expenditure, banded.</summary>
    public static ICaseCalculation MonthsOfCover { get; } = CaseCalculation.Create(
        "analysis.months_of_cover",
        "累计结余可支付月数 = (balance − one-time prepayments − payables) ÷ monthly expenditure; bands from analysis.months_of_cover.*.",
        [
            new("balance", CaseValueKind.Money, "统筹基金期末累计结余 (book), 元"),
            new("monthly_expenditure", CaseValueKind.Money, "月平均基金支出, 元 (or give expenditure + months)", Required: false),
            new("expenditure", CaseValueKind.Money, "expenditure over 'months' months, 元", Required: false),
            new("months", CaseValueKind.Integer, "months the expenditure covers", Required: false),
            new("prepayments", CaseValueKind.Money, "一次性预缴款(补贴), 元 (default 0 only when 'payables' is also absent)", Required: false),
            new("payables", CaseValueKind.Money, "应付未付款, 元", Required: false),
            new("period", CaseValueKind.Period, "defaults to the case period", Required: false),
        ],
        static (inputs, parameters) =>
        {
            ReportingPeriod period = inputs.Period("period");
            MonthlyExpenditure monthly = inputs.Has("monthly_expenditure")
                ? MonthlyExpenditure.PerMonth(inputs.Money("monthly_expenditure"))
                : MonthlyExpenditure.OverMonths(inputs.Money("expenditure"), checked((int)inputs.Integer("months")));
            BalanceDeductions deductions = inputs.Has("prepayments") || inputs.Has("payables")
                ? BalanceDeductions.Lumped(inputs.Money("prepayments"), inputs.Money("payables"))
                : BalanceDeductions.None;
            CoverBandPolicy policy = CoverBandPolicy.FromParameters(parameters, period.End);
            FundMath.Analysis.MonthsOfCover result = FundMath.Analysis.MonthsOfCover.Compute(period, inputs.Money("balance"), deductions, monthly, policy);
            var outputs = new CaseResult().Add("outcome", CaseValue.Of(result.Outcome.ToString()), result.Explain())
                .Add("band", CaseValue.Of(result.Band.ToString()));
            if (result.HasMonths)
            {
                outputs.Add("months", CaseValue.Of(result.Months), result.Explain())
                    .Add("months_floor", CaseValue.Of(result.MonthsFloor))
                    .Add("months_nearest", CaseValue.Of(result.MonthsNearest))
                    .Add("reasonable", CaseValue.Of(result.IsReasonable));
            }

            return outputs;
        });

    /// <summary>analysis.deficit_scan: 当期收不抵支 — regions in deficit and their sums, against the rest.</summary>
    public static ICaseCalculation DeficitScan { get; } = CaseCalculation.Create(
        "analysis.deficit_scan",
        "当期收不抵支: a region is in deficit when income < expenditure; deficit_sum = Σ(expenditure − income) over those, surplus_sum = Σ(income − expenditure) over the rest; shares = count ÷ regions.",
        [
            new("balances", CaseValueKind.Money, "list: each region's 当期结余 (income − expenditure), 元; or give income + expenditure", Required: false),
            new("income", CaseValueKind.Money, "list: each region's 当期收入, 元", Required: false),
            new("expenditure", CaseValueKind.Money, "list: each region's 当期支出, 元 (same length as income)", Required: false),
            new("period", CaseValueKind.Period, "defaults to the case period", Required: false),
        ],
        static (inputs, _) =>
        {
            ReportingPeriod period = inputs.Period("period");
            if (inputs.Has("balances") && (inputs.Has("income") || inputs.Has("expenditure")))
            {
                throw inputs.Get("balances").Error("give either 'balances' or 'income' + 'expenditure', not both");
            }

            FundMath.Analysis.DeficitScan scan = inputs.Has("balances")
                ? FundMath.Analysis.DeficitScan.Scan(period, inputs.MoneyList("balances"))
                : FundMath.Analysis.DeficitScan.Scan(period, inputs.MoneyList("income"), inputs.MoneyList("expenditure"));
            return new CaseResult()
                .Add("regions", CaseValue.Of((long)scan.Regions))
                .Add("deficit_count", CaseValue.Of((long)scan.DeficitRegions), scan.Explain())
                .Add("deficit_share", scan.DeficitShare)
                .Add("deficit_sum", scan.DeficitTotal)
                .Add("surplus_count", CaseValue.Of((long)scan.SurplusRegions))
                .Add("surplus_share", scan.SurplusShare)
                .Add("surplus_sum", scan.SurplusTotal)
                .Add("net_balance", scan.NetBalance);
        });

    /// <summary>analysis.cover_band_counts: regions per months-of-cover band, and the change from a previous period.</summary>
    public static ICaseCalculation CoverBandCountsCase { get; } = CaseCalculation.Create(
        "analysis.cover_band_counts",
        "Counts of regions per band of months of cover (actual balance ÷ monthly expenditure; bands from analysis.months_of_cover.*), optionally the change from the previous period's rows.",
        [
            new("balances", CaseValueKind.Money, "list of actual balances (net of deductions), 元"),
            new("monthly_expenditures", CaseValueKind.Money, "list of average monthly expenditures, 元, one per balance"),
            new("previous_balances", CaseValueKind.Money, "the previous period's list, for the change in counts", Required: false),
            new("previous_monthly_expenditures", CaseValueKind.Money, "the previous period's monthly expenditures", Required: false),
            new("period", CaseValueKind.Period, "defaults to the case period", Required: false),
        ],
        static (inputs, parameters) =>
        {
            ReportingPeriod period = inputs.Period("period");
            var policy = CoverBandPolicy.FromParameters(parameters, period.End);
            CoverBandCounts current = Count(inputs, "balances", "monthly_expenditures", period, policy);
            var outputs = new CaseResult()
                .Add("regions", CaseValue.Of((long)current.Regions))
                .Add("warning", CaseValue.Of((long)current.Warning))
                .Add("middle", CaseValue.Of((long)current.Middle))
                .Add("high", CaseValue.Of((long)current.High))
                .Add("reasonable", CaseValue.Of((long)current.Reasonable));
            if (inputs.Has("previous_balances"))
            {
                CoverBandCounts change = current.ChangeFrom(Count(inputs, "previous_balances", "previous_monthly_expenditures", period, policy));
                outputs.Add("warning_change", CaseValue.Of((long)change.Warning))
                    .Add("middle_change", CaseValue.Of((long)change.Middle))
                    .Add("high_change", CaseValue.Of((long)change.High));
            }

            return outputs;
        });

    /// <summary>Every analysis calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } = [BudgetExecution, MonthsOfCover, DeficitScan, CoverBandCountsCase];

    private static CoverBandCounts Count(CaseInputs inputs, string balancesName, string monthlyName, ReportingPeriod period, CoverBandPolicy policy)
    {
        FundMath.Money[] balances = inputs.MoneyList(balancesName);
        FundMath.Money[] monthly = inputs.MoneyList(monthlyName);
        if (monthly.Length != balances.Length)
        {
            throw inputs.Get(monthlyName).Error($"{monthlyName} has {monthly.Length} entries but {balancesName} has {balances.Length}");
        }

        var rows = new FundMath.Analysis.MonthsOfCover[balances.Length];
        for (int k = 0; k < rows.Length; k++)
        {
            rows[k] = FundMath.Analysis.MonthsOfCover.Compute(period, balances[k], BalanceDeductions.None, MonthlyExpenditure.PerMonth(monthly[k]), policy);
        }

        return CoverBandCounts.Count(rows);
    }
}
