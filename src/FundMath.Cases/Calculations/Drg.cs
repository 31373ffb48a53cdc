using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Data;
using FundMath.Drg;

namespace FundMath.Cases;

/// <summary>
/// Case-file adapters for DRG/DIP point payment — 点数法案例计算: drg.case_points, drg.point_value,
/// drg.scheme_payment, drg.settlement. The rules a calculation uses are inputs (point_decimals, high_ratio,
/// low_ratio, reserve_ratio, surplus_band, surplus_retention, overrun_band, overrun_share, rounding); a rule the
/// calculation does not use may be left out.
/// </summary>
public static class Drg
{
    private static readonly CaseInputSpec[] OutlierRules =
    [
        new("point_decimals", CaseValueKind.Integer, "decimals points are rounded to, 0–6 (e.g. 4)"),
        new("high_ratio", CaseValueKind.Rate, "高倍率 threshold, e.g. 200%"),
        new("low_ratio", CaseValueKind.Rate, "低倍率 threshold, e.g. 50%"),
        new("rounding", CaseValueKind.Text, "a System.MidpointRounding name for points and money (default AwayFromZero)", Required: false),
    ];

    private static readonly CaseInputSpec[] SettlementRules =
    [
        new("surplus_band", CaseValueKind.Rate, "结余留用 band, share of the point payment, e.g. 10%"),
        new("surplus_retention", CaseValueKind.Rate, "结余留用比例, e.g. 60%"),
        new("overrun_band", CaseValueKind.Rate, "合理超支 band, e.g. 10%"),
        new("overrun_share", CaseValueKind.Rate, "合理超支分担比例, e.g. 70%"),
    ];

    /// <summary>drg.case_points: base points = group average / overall average × 100; outliers re-pointed; × factor.</summary>
    public static ICaseCalculation CasePoints { get; } = CaseCalculation.Create(
        "drg.case_points",
        "Case points = round(base points × factor); base points = round(group average / overall average × 100); high outlier (cost > average × high_ratio): base + (cost − average × high_ratio) / overall × 100; low outlier (cost < average × low_ratio): cost / overall × 100.",
        [
            new("overall_average_cost", CaseValueKind.Money, "全市住院均次费用, 元"),
            new("group_average_cost", CaseValueKind.Money, "病组例均费用, 元"),
            new("cost", CaseValueKind.Money, "the case's cost, 元"),
            new("factor", CaseValueKind.Fraction, "病例调整系数 (default 1)", Required: false),
            .. OutlierRules,
        ],
        static (i, _) =>
        {
            DrgPolicy policy = Policy(i, outliers: true, points: true, reserve: false, settlement: false);
            DrgGroupTable table = DrgGroupTable.Create(DrgScheme.Employee, i.Money("overall_average_cost"), ["group"], [i.Money("group_average_cost")], policy);
            Fraction factor = i.Has("factor") ? i.Fraction("factor") : Fraction.One;
            Money cost = i.Money("cost");
            DrgCaseResult r = DrgCasePoints.ForCase(table, 0, cost, factor);
            return new CaseResult()
                .Add("points", CaseValue.Of(r.Points.Value), DrgCasePoints.Explain(table, 0, cost, factor, i.CaseId))
                .Add("base_points", CaseValue.Of(table.BasePoints(0).Value))
                .Add("repointed_base", CaseValue.Of(r.BasePoints.Value))
                .Add("kind", CaseValue.Of(r.Kind.ToString()));
        });

    /// <summary>drg.point_value: point value = (budget − reserve) / Σ round(points × factor); payments apportioned to the fen.</summary>
    public static ICaseCalculation PointValue { get; } = CaseCalculation.Create(
        "drg.point_value",
        "Settled points = round(points × factor) per institution; point value = (budget − reserve) / Σ settled points; payments = the distributable budget apportioned by settled points (largest remainder); rounded_alone_sum = Σ round(settled × point value).",
        [
            new("budget", CaseValueKind.Money, "年度点数付费预算, 元"),
            new("reserve", CaseValueKind.Money, "预留调节金, 元 (or give reserve_ratio)", Required: false),
            new("reserve_ratio", CaseValueKind.Rate, "预留调节金比例 when no reserve is given", Required: false),
            new("points", CaseValueKind.Decimal, "list: each institution's points"),
            new("factors", CaseValueKind.Fraction, "list: each institution's factor (default all 1)", Required: false),
            new("point_decimals", CaseValueKind.Integer, "decimals points are rounded to, 0–6"),
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name (default AwayFromZero)", Required: false),
        ],
        static (i, _) =>
        {
            DrgPolicy policy = Policy(i, outliers: false, points: true, reserve: !i.Has("reserve"), settlement: false);
            DrgPoints[] points = [.. List(i, "points", static n => DrgPoints.FromDecimal(n.AsDecimal()))];
            Fraction[] factors = i.Has("factors") ? List(i, "factors", static n => n.AsFraction()) : [.. points.Select(_ => Fraction.One)];
            var settled = new DrgPoints[points.Length];
            var payments = new Money[points.Length];
            DrgPoints total = DrgPayment.SettledPoints(points, factors, policy, settled);
            DrgPointValue value = i.Has("reserve")
                ? DrgPointValue.Compute(DrgScheme.Employee, i.Money("budget"), i.Money("reserve"), total)
                : DrgPointValue.Compute(DrgScheme.Employee, i.Money("budget"), policy, total);
            DrgPayment.Distribute(value, settled, payments);
            Money alone = Money.Zero;
            foreach (DrgPoints s in settled)
            {
                alone += value.PaymentFor(s, policy.MoneyRounding);
            }

            var result = new CaseResult()
                .Add("point_value", CaseValue.Of(value.YuanPerPoint(4, MidpointRounding.AwayFromZero)), value.Explain(policy))
                .Add("reserve", value.Reserve)
                .Add("distributable", value.Distributable)
                .Add("total_points", CaseValue.Of(total.Value))
                .Add("payments_sum", Money.Sum(payments))
                .Add("rounded_alone_sum", alone);
            for (int k = 0; k < points.Length; k++)
            {
                result.Add($"settled[{k}]", CaseValue.Of(settled[k].Value)).Add($"payments[{k}]", payments[k]);
            }

            return result;
        });

    /// <summary>drg.scheme_payment: a whole scheme-year from parallel lists of groups, institutions and cases.</summary>
    public static ICaseCalculation SchemePayment { get; } = CaseCalculation.Create(
        "drg.scheme_payment",
        "One scheme-year: case points (outliers re-pointed, case factors), institution points × institution factor, point value, apportioned payments and (with references) the year-end settlement.",
        [
            new("budget", CaseValueKind.Money, "年度点数付费预算, 元"),
            new("reserve", CaseValueKind.Money, "预留调节金, 元 (or give reserve_ratio)", Required: false),
            new("reserve_ratio", CaseValueKind.Rate, "预留调节金比例 when no reserve is given", Required: false),
            new("overall_average_cost", CaseValueKind.Money, "全市住院均次费用, 元"),
            new("group_average_costs", CaseValueKind.Money, "list: each group's average cost"),
            new("institution_factors", CaseValueKind.Fraction, "list: each institution's factor"),
            new("case_groups", CaseValueKind.Integer, "list: each case's group index"),
            new("case_institutions", CaseValueKind.Integer, "list: each case's institution index"),
            new("case_costs", CaseValueKind.Money, "list: each case's cost"),
            new("case_factors", CaseValueKind.Fraction, "list: each case's factor (default all 1)", Required: false),
            new("references", CaseValueKind.Money, "list: each institution's reference amount for the settlement", Required: false),
            .. OutlierRules,
            .. SettlementRules.Select(r => r with { Required = false }),
        ],
        static (i, _) =>
        {
            bool settle = i.Has("references");
            DrgPolicy policy = Policy(i, outliers: true, points: true, reserve: !i.Has("reserve"), settlement: settle);
            Money[] averages = i.MoneyList("group_average_costs");
            DrgGroupTable table = DrgGroupTable.Create(DrgScheme.Employee, i.Money("overall_average_cost"),
                [.. averages.Select((_, g) => "G" + g.ToString(CultureInfo.InvariantCulture))], averages, policy);
            Fraction[] institutionFactors = List(i, "institution_factors", static n => n.AsFraction());
            int[] groups = [.. i.IntegerList("case_groups").Select(checked_int)];
            int[] owners = [.. i.IntegerList("case_institutions").Select(checked_int)];
            Money[] costs = i.MoneyList("case_costs");
            Fraction[] factors = i.Has("case_factors") ? List(i, "case_factors", static n => n.AsFraction()) : [];
            string[] ids = [.. institutionFactors.Select((_, k) => "H" + k.ToString(CultureInfo.InvariantCulture))];
            Money? reserve = i.Has("reserve") ? i.Money("reserve") : null;
            DrgSchemePayment p = DrgPayment.Calculate(table, i.Money("budget"), reserve, new DrgCases(groups, owners, costs, factors), ids,
                institutionFactors, settle ? i.MoneyList("references") : default);
            var result = new CaseResult()
                .Add("point_value", CaseValue.Of(p.PointValue.YuanPerPoint(4, MidpointRounding.AwayFromZero)), p.ExplainPointValue())
                .Add("reserve", p.PointValue.Reserve)
                .Add("distributable", p.PointValue.Distributable)
                .Add("case_points_total", CaseValue.Of(p.Result.Totals.Points.Value))
                .Add("total_points", CaseValue.Of(p.PointValue.TotalPoints.Value))
                .Add("high_outliers", CaseValue.Of(p.Result.Totals.HighOutliers))
                .Add("low_outliers", CaseValue.Of(p.Result.Totals.LowOutliers))
                .Add("payments_sum", Money.Sum([.. p.Payments]));
            for (int k = 0; k < p.Payments.Count; k++)
            {
                result.Add($"payments[{k}]", p.Payments[k], p.ExplainInstitution(k));
            }

            if (p.SettlementTotals is { } t)
            {
                for (int k = 0; k < p.Payments.Count; k++)
                {
                    result.Add($"finals[{k}]", p.Settlements![k].Final);
                }

                result.Add("final_sum", t.Final).Add("unspent", t.Unspent).Add("outcome", CaseValue.Of(t.Outcome.ToString()));
            }

            return result;

            static int checked_int(long v) => checked((int)v);
        });

    /// <summary>drg.settlement: one institution's 结余留用 / 合理超支分担 against its reference amount.</summary>
    public static ICaseCalculation Settlement { get; } = CaseCalculation.Create(
        "drg.settlement",
        "Surplus (payment > reference): retained = round(min(surplus, round(payment × surplus_band)) × surplus_retention), final = reference + retained; overrun: shared = round(min(overrun, round(payment × overrun_band)) × overrun_share), final = payment + shared.",
        [
            new("point_payment", CaseValueKind.Money, "点数付费金额, 元"),
            new("reference", CaseValueKind.Money, "参照金额 (e.g. 按项目结算金额), 元"),
            .. SettlementRules,
            new("rounding", CaseValueKind.Text, "a System.MidpointRounding name (default AwayFromZero)", Required: false),
        ],
        static (i, _) =>
        {
            DrgPolicy policy = Policy(i, outliers: false, points: false, reserve: false, settlement: true);
            DrgInstitutionSettlement s = DrgSettlement.ForInstitution(policy, i.Money("point_payment"), i.Money("reference"));
            return new CaseResult()
                .Add("final", s.Final, DrgSettlement.Explain(policy, s, i.CaseId))
                .Add("kind", CaseValue.Of(s.Kind.ToString()))
                .Add("band", s.Band)
                .Add("eligible", s.Eligible)
                .Add("retained", s.Retained)
                .Add("clawed_back", s.ClawedBack)
                .Add("shared", s.Shared);
        });

    /// <summary>Every DRG calculation.</summary>
    public static IReadOnlyList<ICaseCalculation> All { get; } = [CasePoints, PointValue, SchemePayment, Settlement];

    // Rules from inputs; a rule the calculation does not use is not read (and not needed in the case file).
    private static DrgPolicy Policy(CaseInputs i, bool outliers, bool points, bool reserve, bool settlement)
    {
        MidpointRounding mode = i.Rounding("rounding");
        long decimals = points ? i.Integer("point_decimals") : DrgPoints.MaxDecimals;
        if (decimals is < 0 or > DrgPoints.MaxDecimals)
        {
            throw i.Get("point_decimals").Error($"point_decimals {decimals} is outside 0–{DrgPoints.MaxDecimals}");
        }

        return new DrgPolicy(
            (int)decimals,
            outliers ? i.Rate("high_ratio") : Rate.OneHundredPercent,
            outliers ? i.Rate("low_ratio") : Rate.Zero,
            reserve ? i.Rate("reserve_ratio") : Rate.Zero,
            settlement ? i.Rate("surplus_band") : Rate.Zero,
            settlement ? i.Rate("surplus_retention") : Rate.Zero,
            settlement ? i.Rate("overrun_band") : Rate.Zero,
            settlement ? i.Rate("overrun_share") : Rate.Zero,
            mode,
            mode,
            new Citations.Citation("case file inputs"));
    }

    private static T[] List<T>(CaseInputs i, string name, Func<DataNode, T> read) => [.. i.Get(name).AsSequence().Select(read)];
}
