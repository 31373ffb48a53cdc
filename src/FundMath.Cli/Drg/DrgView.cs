using System;
using System.Globalization;
using FundMath.Cli.Views;
using FundMath.Drg;

namespace FundMath.Cli.Drg;

/// <summary>Builds the drg command's view: point values per scheme, payments per institution, totals and settlement.</summary>
internal static class DrgView
{
    public static ReportView Build(DrgInput input, DrgAnnualPayment payment, string source)
    {
        var view = new ReportView("drg", "fundmath drg — " + input.Title, source);
        DrgPolicy policy = payment.Policy;
        Section values = view.AddSection("point-values", "点值 Point values (按险种 per scheme)");
        values.Notes.Add($"rules on {input.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: {policy}");
        view.Chinese[values.Notes[^1]] = input.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 有效的规则：" + Output.ExplanationLocalizer.Sentence(policy.ToString());
        view.Chinese[values.Title] = "点值（按险种）";
        view.Chinese["payments are the distributable budget apportioned by total points (largest remainder): each scheme's payments sum to its distributable budget exactly"] =
            "支付为可分配预算按结算点数分配（最大余数法）：各险种支付之和恰为其可分配预算";
        view.Chinese["结余 Surplus"] = "结余";
        view.Chinese["超支 Overrun"] = "超支";
        view.Chinese["Balanced"] = "持平";
        view.Chinese["AllShared"] = "全部分担";
        view.Chinese["SharingScaled"] = "按比例分担";
        view.Chinese["NoSettlement"] = "未清算";
        foreach (DrgScheme scheme in System.Enum.GetValues<DrgScheme>())
        {
            view.Chinese[SchemeName(scheme) + " — 结算点数 = 机构点数 × 机构系数; 支付 = 结算点数 × 点值"] = SchemeName(scheme)[..4] + " — 结算点数 = 机构点数 × 机构系数；支付 = 结算点数 × 点值";
        }

        ViewTable table = values.AddTable(
            "point-values",
            "点值 = (年度点数付费预算 − 预留调节金) / 总点数",
            new Column("scheme", "Scheme", CellKind.Text),
            new Column("budget", "Budget", CellKind.Money, "元"),
            new Column("reserve", "Reserve", CellKind.Money, "元"),
            new Column("distributable", "Distributable", CellKind.Money, "元"),
            new Column("cases", "Cases", CellKind.Integer),
            new Column("highOutliers", "High outliers", CellKind.Integer),
            new Column("lowOutliers", "Low outliers", CellKind.Integer),
            new Column("points", "Case points", CellKind.Decimal),
            new Column("settledPoints", "Total points", CellKind.Decimal),
            new Column("pointValue", "Point value", CellKind.Decimal, "元/点"));
        foreach (DrgSchemePayment s in payment.Schemes)
        {
            DrgPointValue v = s.PointValue;
            DrgPointTotals t = s.Result.Totals;
            table.AddRow(
                Cell.Of(SchemeName(s.Scheme)),
                Cell.Of(v.Budget, MoneyUnit.Yuan, 2),
                Cell.Of(v.Reserve, MoneyUnit.Yuan, 2),
                Cell.Of(v.Distributable, MoneyUnit.Yuan, 2),
                Cell.Of(t.Cases),
                Cell.Of(t.HighOutliers),
                Cell.Of(t.LowOutliers),
                Points(t.Points, policy.PointDecimals),
                Points(v.TotalPoints, policy.PointDecimals),
                Cell.Decimal(v.YuanPerPoint(4, MidpointRounding.AwayFromZero), "F4"));
            view.Explanations.Add(s.ExplainPointValue());
        }

        Section institutions = view.AddSection("institutions", "机构点数付费 Payments per institution");
        institutions.Notes.Add("payments are the distributable budget apportioned by total points (largest remainder): each scheme's payments sum to its distributable budget exactly");
        foreach (DrgSchemePayment s in payment.Schemes)
        {
            bool settled = s.Settlements is not null;
            Column[] columns =
            [
                new("institution", "Institution", CellKind.Text),
                new("name", "Name", CellKind.Text),
                new("cases", "Cases", CellKind.Integer),
                new("points", "Points", CellKind.Decimal),
                new("factor", "Factor", CellKind.Decimal),
                new("settledPoints", "Total points", CellKind.Decimal),
                new("payment", "Point payment", CellKind.Money, "元"),
                .. settled
                    ? new Column[]
                    {
                        new("reference", "Reference", CellKind.Money, "元"),
                        new("position", "Position", CellKind.Outcome),
                        new("adjustment", "Retained / shared", CellKind.Money, "元"),
                        new("final", "Final", CellKind.Money, "元"),
                    }
                    : [],
            ];
            ViewTable rows = institutions.AddTable("institutions-" + DrgAnnualPayment.SchemeId(s.Scheme), SchemeName(s.Scheme) + " — 结算点数 = 机构点数 × 机构系数; 支付 = 结算点数 × 点值", columns);
            for (int k = 0; k < s.InstitutionIds.Count; k++)
            {
                if (s.CaseCounts[k] == 0 && !(settled && !s.Settlements![k].Reference.IsZero))
                {
                    continue;
                }

                Cell[] cells =
                [
                    Cell.Of(s.InstitutionIds[k]),
                    Cell.Of(payment.Institutions[k].Name ?? string.Empty),
                    Cell.Of(s.CaseCounts[k]),
                    Points(s.InstitutionPoints[k], policy.PointDecimals),
                    Factor(s.InstitutionFactors[k]),
                    Points(s.SettledPoints[k], policy.PointDecimals),
                    Cell.Of(s.Payments[k], MoneyUnit.Yuan, 2),
                    .. settled ? SettlementCells(s.Settlements![k]) : [],
                ];
                rows.AddRow(cells);
                view.Explanations.Add(s.ExplainInstitution(k));
            }
        }

        Section totals = view.AddSection("totals", "合计 Totals");
        ViewTable sums = totals.AddTable(
            "totals",
            "Σ payments = distributable budget; Σ final + unspent = budget",
            new Column("scheme", "Scheme", CellKind.Text),
            new Column("payments", "Σ point payments", CellKind.Money, "元"),
            new Column("retained", "Surplus retained", CellKind.Money, "元"),
            new Column("clawedBack", "Surplus clawed back", CellKind.Money, "元"),
            new Column("shared", "Overrun shared", CellKind.Money, "元"),
            new Column("final", "Σ final", CellKind.Money, "元"),
            new Column("unspent", "Unspent", CellKind.Money, "元"),
            new Column("outcome", "Settlement", CellKind.Outcome));
        foreach (DrgSchemePayment s in payment.Schemes)
        {
            Money paid = Money.Zero;
            foreach (Money m in s.Payments)
            {
                paid += m;
            }

            if (s.SettlementTotals is { } t)
            {
                sums.AddRow(Cell.Of(SchemeName(s.Scheme)), Cell.Of(paid, MoneyUnit.Yuan, 2), Cell.Of(t.Retained, MoneyUnit.Yuan, 2), Cell.Of(t.ClawedBack, MoneyUnit.Yuan, 2),
                    Cell.Of(t.Shared, MoneyUnit.Yuan, 2), Cell.Of(t.Final, MoneyUnit.Yuan, 2), Cell.Of(t.Unspent, MoneyUnit.Yuan, 2),
                    Cell.Outcome(t.Outcome.ToString(), t.Outcome == DrgSettlementOutcome.AllShared ? Tone.Good : Tone.Warning));
            }
            else
            {
                Money unspent = s.PointValue.Reserve;
                sums.AddRow(Cell.Of(SchemeName(s.Scheme)), Cell.Of(paid, MoneyUnit.Yuan, 2), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Of(paid, MoneyUnit.Yuan, 2),
                    Cell.Of(unspent, MoneyUnit.Yuan, 2), Cell.Outcome("NoSettlement", Tone.Info));
            }
        }

        return view;
    }

    private static Cell[] SettlementCells(DrgInstitutionSettlement s) =>
    [
        Cell.Of(s.Reference, MoneyUnit.Yuan, 2),
        Cell.Outcome(s.Kind switch { DrgSettlementKind.Surplus => "结余 Surplus", DrgSettlementKind.Overrun => "超支 Overrun", _ => "Balanced" },
            s.Kind == DrgSettlementKind.Overrun ? Tone.Warning : Tone.Good),
        Cell.Of(s.Kind == DrgSettlementKind.Surplus ? s.Retained : s.Shared, MoneyUnit.Yuan, 2),
        Cell.Of(s.Final, MoneyUnit.Yuan, 2),
    ];

    private static Cell Points(DrgPoints points, int decimals) =>
        Cell.Decimal(decimal.Round(points.Round(decimals, MidpointRounding.AwayFromZero).Value, decimals), "N" + decimals.ToString(CultureInfo.InvariantCulture));

    private static Cell Factor(Fraction factor) =>
        Cell.Decimal(factor.ToDecimal(6, MidpointRounding.AwayFromZero), "0.######");

    internal static string SchemeName(DrgScheme scheme) => scheme == DrgScheme.Employee ? "职工医保 employee" : "居民医保 resident";
}
