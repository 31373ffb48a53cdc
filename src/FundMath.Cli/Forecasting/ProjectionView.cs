using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Cli.Views;
using FundMath.Forecasting.Fits;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Scenarios;
using FundMath.Forecasting.Stress;
using FundMath.Funds;

namespace FundMath.Cli.Forecasting;

/// <summary>Builds the project command's view: start, projection table, key dates, scenarios, sensitivity, stress, trend fits, chart.</summary>
internal static class ProjectionView
{
    private const MoneyUnit Unit = MoneyUnit.Yi;

    public static void AddStart(ReportView view, ProjectionModel model)
    {
        Section section = view.AddSection("start", $"基期 Starting position ({model.Start.BaseYear}) and calibration");
        ViewTable t = section.AddTable("start", "Inputs of the base year and what the projection derives from them",
            new Column("item", "Item", CellKind.Text), new Column("value", "Value", CellKind.Text));
        if (model.Start.Employee is { } e)
        {
            t.AddRow(Cell.Of("统筹基金累计结余 pooled fund balance"), Cell.Of(e.PooledBalance.ToString("F2亿元", CultureInfo.InvariantCulture)));
            t.AddRow(Cell.Of("个人账户累计结余 personal accounts balance"), Cell.Of(e.PersonalAccountBalance.ToString("F2亿元", CultureInfo.InvariantCulture)));
            t.AddRow(Cell.Of("在职 / 退休 in service / retired"), Cell.Of($"{e.InService.Persons:N0} / {e.Retired.Persons:N0}"));
            t.AddRow(Cell.Of("征缴率 collection ratio (calibrated)"), Cell.Of(Pct(model.CollectionRatio)));
            t.AddRow(Cell.Of("人均统筹待遇 pooled benefits per person (calibrated)"), Cell.Of(string.Create(CultureInfo.InvariantCulture, $"in service {model.CostPerInService:F2} 元, retired {model.CostPerRetiree:F2} 元 a year")));
        }

        if (model.Start.Resident is { } r)
        {
            t.AddRow(Cell.Of("城乡居民医保累计结余 resident fund balance"), Cell.Of(r.Balance.ToString("F2亿元", CultureInfo.InvariantCulture)));
            t.AddRow(Cell.Of("居民参保人数 residents"), Cell.Of(string.Join(", ", r.Cohorts.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{c.Name} {c.Count.Persons:N0} ({model.ResidentCostPerCapita[i]:F2} 元)")))));
            t.AddRow(Cell.Of("人均财政补助 subsidy standard"), Cell.Of($"{model.Subsidy!.At(model.FirstYear):F2} → {model.Subsidy.At(model.LastYear):F2} 元 ({model.Assumptions.SubsidyExtrapolation} after {model.Subsidy.LastKnownYear})"));
            t.AddRow(Cell.Of("个人缴费 individual contribution collected"), Cell.Of($"{model.Individual!.At(model.FirstYear - r.IndividualContributionLag):F2} → {model.Individual.At(model.LastYear - r.IndividualContributionLag):F2} 元 (lag {r.IndividualContributionLag}, {model.Assumptions.IndividualExtrapolation} after {model.Individual.LastKnownYear})"));
        }
    }

    public static void AddProjection(ReportView view, ProjectionResult result)
    {
        Section section = view.AddSection("projection", $"基金收支预测 Projection, scenario {result.Scenario} (亿元; closing = opening + income − expenditure)");
        foreach (FundProjection f in result.Funds)
        {
            bool employee = f.Kind.Equals(FundKind.EmployeePooledFund);
            bool cover = !f.Kind.Equals(FundKind.EmployeePersonalAccounts);
            var columns = new List<Column>
            {
                new("year", "Year", CellKind.Integer),
                new("income", "Income", CellKind.Money, "亿元"),
                new("expenditure", "Expenditure", CellKind.Money, "亿元"),
                new("surplus", "Current surplus", CellKind.Money, "亿元"),
                new("closing", "Closing balance", CellKind.Money, "亿元"),
            };
            if (cover)
            {
                columns.Add(new("months", "Months of cover", CellKind.Months));
                columns.Add(new("band", "Band", CellKind.Band));
            }

            columns.Add(new("insured", "Insured", CellKind.Integer));
            if (employee)
            {
                columns.Add(new("supportRatio", "In service per retiree", CellKind.Months));
            }

            ViewTable t = section.AddTable(TableId(f.Kind), f.Kind.ChineseName + " " + f.Kind.EnglishName, [.. columns]);
            foreach (ProjectedYear y in f.Years)
            {
                var cells = new List<Cell> { YearCell(y.Year), Cell.Of(y.Income, Unit, 2), Cell.Of(y.Expenditure, Unit, 2), Cell.Of(y.CurrentSurplus, Unit, 2), Cell.Of(y.Closing, Unit, 2) };
                if (cover)
                {
                    cells.Add(y.Cover.HasMonths ? Cell.Months(y.Cover.Months) : Cell.Of("n/a"));
                    cells.Add(BandCell(y.Cover));
                }

                cells.Add(Cell.Of(y.Insured.Persons));
                if (employee)
                {
                    cells.Add(y.SupportRatio!.Value.TryGetValue(out Fraction ratio) ? Cell.Months(ratio) : Cell.Of("n/a"));
                }

                t.AddRow([.. cells]);
            }
        }

        section.Notes.Add($"Every amount is rounded to the fen ({result.Model.Rounding}) before it is summed; each year's closing balance is derived in exact money, so the roll-forward identity holds exactly.");
    }

    public static void AddKeyDates(ReportView view, ProjectionResult result)
    {
        Section section = view.AddSection("key-dates", "关键年份 Key dates");
        ViewTable t = section.AddTable("key-dates", "First current deficit (当期收不抵支), exhaustion (累计结余耗尽), months of cover leaving the reasonable range",
            new Column("fund", "Fund", CellKind.Text), new Column("keyDate", "Key date", CellKind.Text), new Column("year", "Year", CellKind.Integer),
            new Column("why", "Why", CellKind.Text, Detail: true));
        foreach (FundProjection f in result.Funds)
        {
            foreach (KeyDate k in f.KeyDates)
            {
                if (f.Kind.Equals(FundKind.EmployeePersonalAccounts) && k.Kind is KeyDateKind.CoverOutsideReasonableRange or KeyDateKind.CoverBelowReasonableRange)
                {
                    continue;
                }

                t.AddRow(Cell.Of(f.Kind.ChineseName), Cell.Of(ProjectionResult.KeyDateName(k.Kind)), Year(k.Year), Cell.Of(k.Sentence));
            }
        }
    }

    public static void AddScenarios(ReportView view, ScenarioComparison comparison)
    {
        Section section = view.AddSection("scenarios", "情景比较 Scenarios side by side");
        ViewTable t = section.AddTable("scenarios", "Each scenario is the baseline with the shifts shown",
            new Column("scenario", "Scenario", CellKind.Text), new Column("fund", "Fund", CellKind.Text),
            new Column("firstDeficit", "First deficit", CellKind.Integer), new Column("exhaustion", "Exhaustion", CellKind.Integer),
            new Column("finalBalance", "Final balance", CellKind.Money, "亿元"), new Column("finalMonths", "Final months", CellKind.Months),
            new Column("assumes", "Assumes", CellKind.Text, Detail: true));
        foreach (ProjectionResult r in comparison.Results)
        {
            foreach (FundProjection f in r.Funds.Where(f => !f.Kind.Equals(FundKind.EmployeePersonalAccounts)))
            {
                ProjectedYear last = f.Years[^1];
                t.AddRow(Cell.Of(r.Scenario), Cell.Of(f.Kind.ChineseName), Year(f.FirstCurrentDeficit.Year), Year(f.Exhaustion.Year),
                    Cell.Of(f.FinalBalance, Unit, 2), last.Cover.HasMonths ? Cell.Months(last.Cover.Months) : Cell.Of("n/a"),
                    Cell.Of(r.Model.Assumptions.Description ?? r.Scenario));
            }
        }
    }

    public static void AddSensitivity(ReportView view, ProjectionModel model, double delta)
    {
        Section section = view.AddSection("sensitivity", string.Create(CultureInfo.InvariantCulture, $"敏感性分析 Sensitivity of the exhaustion year (each assumption ±{delta * 100:0.##}pp; tornado order)"));
        foreach (FundKind kind in new[] { FundKind.EmployeePooledFund, FundKind.ResidentBasic })
        {
            if (kind.Equals(FundKind.EmployeePooledFund) ? model.Start.Employee is null : model.Start.Resident is null)
            {
                continue;
            }

            ViewTable t = section.AddTable("sensitivity-" + TableId(kind), kind.ChineseName,
                new Column("assumption", "Assumption", CellKind.Text),
                new Column("exhaustionLow", "Exhaustion (−)", CellKind.Integer), new Column("exhaustionBaseline", "Exhaustion", CellKind.Integer), new Column("exhaustionHigh", "Exhaustion (+)", CellKind.Integer),
                new Column("finalLow", "Final (−)", CellKind.Money, "亿元"), new Column("finalBaseline", "Final", CellKind.Money, "亿元"), new Column("finalHigh", "Final (+)", CellKind.Money, "亿元"),
                new Column("swing", "Swing", CellKind.Money, "亿元"), new Column("note", "Note", CellKind.Text, Detail: true));
            foreach (SensitivityRow row in Sensitivity.Tornado(model, kind, delta))
            {
                t.AddRow(Cell.Of(row.Assumption), Year(row.ExhaustionLow), Year(row.ExhaustionBaseline), Year(row.ExhaustionHigh),
                    row.FinalLow is { } lo ? Cell.Of(lo, Unit, 2) : Cell.Of("n/a"), Cell.Of(row.FinalBaseline, Unit, 2), row.FinalHigh is { } hi ? Cell.Of(hi, Unit, 2) : Cell.Of("n/a"),
                    Cell.Of(row.Swing, Unit, 2), Cell.Of(row.Note ?? string.Empty));
            }
        }

        section.Notes.Add("Exhaustion 'none' means not within the horizon.");
    }

    public static void AddStress(ReportView view, StressResult stress)
    {
        StressAssumptions s = stress.Settings;
        Section section = view.AddSection("stress", string.Create(CultureInfo.InvariantCulture,
            $"压力测试 Monte Carlo stress: {s.Paths:N0} paths, seed {s.Seed}; shocks σ: base growth {s.ContributionBaseGrowthSd * 100:0.##}pp, cost growth {s.CostGrowthSd * 100:0.##}pp, utilisation {s.UtilisationSd * 100:0.##}%"));
        foreach (FundStress f in stress.Funds)
        {
            ViewTable t = section.AddTable("stress-" + TableId(f.Kind), f.Kind.ChineseName + " — P5 / P50 / P95",
                new Column("year", "Year", CellKind.Integer),
                new Column("balanceP5", "Balance P5", CellKind.Money, "亿元"), new Column("balanceP50", "Balance P50", CellKind.Money, "亿元"), new Column("balanceP95", "Balance P95", CellKind.Money, "亿元"),
                new Column("monthsP5", "Months P5", CellKind.Months), new Column("monthsP50", "Months P50", CellKind.Months), new Column("monthsP95", "Months P95", CellKind.Months));
            for (int i = 0; i < f.Balance.Count; i++)
            {
                PercentileBand b = f.Balance[i];
                MonthsBand m = f.Months[i];
                t.AddRow(YearCell(b.Year), Cell.Of(b.P5, Unit, 2), Cell.Of(b.P50, Unit, 2), Cell.Of(b.P95, Unit, 2), MonthsCell(m.P5), MonthsCell(m.P50), MonthsCell(m.P95));
            }

            ExhaustionPercentiles e = f.Exhaustion;
            section.Notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"{f.Kind.ChineseName}: exhaustion year P5 {YearText(e.P5)}, P50 {YearText(e.P50)}, P95 {YearText(e.P95)}; exhausted by {stress.FirstYear + stress.Horizon - 1} on {e.ProbabilityWithinHorizon * 100:0.0}% of paths."));
        }

        section.Notes.Add("Percentiles are the empirical inverse CDF (MathNet QuantileDefinition.R1); a path's generator is seeded from (seed, path index), so the result does not depend on threads.");
    }

    public static void AddFits(ReportView view, IReadOnlyList<HistoryInput> history)
    {
        Section section = view.AddSection("trend-fits", "趋势拟合 Trend fits of the history (least squares, MathNet.Numerics; 95% prediction interval)");
        ViewTable t = section.AddTable("trend-fits", "Each series with each model it has enough points for",
            new Column("series", "Series", CellKind.Text), new Column("model", "Model", CellKind.Text), new Column("points", "Points", CellKind.Integer),
            new Column("rSquared", "R²", CellKind.Months), new Column("residualSe", "Residual SE", CellKind.Text),
            new Column("next", "Next period", CellKind.Text), new Column("forecast", "Forecast", CellKind.Text), new Column("lower", "Lower 95%", CellKind.Text), new Column("upper", "Upper 95%", CellKind.Text),
            new Column("equation", "Equation", CellKind.Text, Detail: true));
        foreach (HistoryInput h in history)
        {
            IEnumerable<TrendModel> models = h.Models.Count > 0 ? h.Models : Enum.GetValues<TrendModel>().Where(m => h.Series.Count >= TrendFitter.MinimumPoints(m) && (m != TrendModel.LogLinear || h.Series.Values.All(v => v > 0)));
            foreach (TrendModel m in models)
            {
                TrendFit fit = TrendFitter.Fit(h.Series, m);
                TrendPrediction p = fit.Predict(1);
                t.AddRow(Cell.Of(h.Series.Name), Cell.Of(TrendFitter.Name(m)), Cell.Of(h.Series.Count),
                    fit.RSquared is { } r2 ? new Cell(CellKind.Months, r2.ToString("F4", CultureInfo.InvariantCulture), decimal.Round((decimal)r2, 6)) : Cell.Of("n/a"),
                    Cell.Of(G(fit.ResidualStandardError)), Cell.Of(p.Period), Cell.Of(G(p.Value)), Cell.Of(G(p.Lower)), Cell.Of(G(p.Upper)), Cell.Of(fit.Equation()));
                view.Explanations.Add(fit.Explain());
            }
        }
    }

    /// <summary>One chart per fund with months of cover: the baseline closing balance, the stress P5–P95 band, deficit and exhaustion markers.</summary>
    public static void AddCharts(ReportView view, ProjectionResult result, StressResult? stress)
    {
        foreach (FundProjection f in result.Funds.Where(f => !f.Kind.Equals(FundKind.EmployeePersonalAccounts)))
        {
            FundStress? band = stress?.Funds.FirstOrDefault(s => s.Kind.Equals(f.Kind));
            var markers = new List<ChartMarker>();
            if (f.FirstCurrentDeficit.Year is { } d)
            {
                markers.Add(new ChartMarker(d, $"{d} 当期收不抵支", Tone.Warning));
            }

            if (f.Exhaustion.Year is { } x)
            {
                markers.Add(new ChartMarker(x, $"{x} 累计结余耗尽", Tone.Bad));
            }

            view.LineCharts.Add(new LineChartSpec("balance-" + TableId(f.Kind), f.Kind.ChineseName + " 期末累计结余 closing balance", "亿元",
                [.. f.Years.Select(y => y.Year)], $"{result.Scenario} projection", [.. f.Years.Select(y => Yi(y.Closing))],
                band is null ? null : "stress P5–P95", band is null ? null : [.. band.Balance.Select(b => Yi(b.P5))], band is null ? null : [.. band.Balance.Select(b => Yi(b.P95))],
                markers));
        }
    }

    private static decimal Yi(Money m) => m.ToUnit(MoneyUnit.Yi, 4, MidpointRounding.AwayFromZero);

    private static Cell BandCell(MonthsOfCover cover) => cover.Band switch
    {
        CoverBand.Warning => Cell.Band("< " + cover.Policy.WarningBelow, Tone.Bad),
        CoverBand.Middle => Cell.Band($"{cover.Policy.WarningBelow}–{cover.Policy.HighAbove}", cover.IsReasonable ? Tone.Good : Tone.Warning),
        CoverBand.High => Cell.Band("> " + cover.Policy.HighAbove, Tone.Info),
        _ => Cell.Band("n/a", Tone.None),
    };

    private static Cell MonthsCell(double months) => double.IsFinite(months)
        ? new Cell(CellKind.Months, months.ToString("F2", CultureInfo.InvariantCulture), decimal.Round((decimal)months, 2, MidpointRounding.AwayFromZero))
        : Cell.Of("n/a");

    private static Cell Year(int? year) => year is { } y ? YearCell(y) : Cell.Of("none");

    private static Cell YearCell(int year) => new(CellKind.Integer, year.ToString(CultureInfo.InvariantCulture), year);

    private static string YearText(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Pct(double v) => (v * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static string G(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

    private static string TableId(FundKind kind) => kind.Code.Replace('.', '-');
}
