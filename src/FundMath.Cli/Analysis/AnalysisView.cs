using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Cli.Views;
using FundMath.Explain;
using FundMath.Funds;
using FundMath.Reconciliation;

namespace FundMath.Cli.Analysis;

/// <summary>Builds the analyze command's view: statements, budget execution, months of cover, regions, deficit scan.</summary>
internal static class AnalysisView
{
    private static string LineName(BudgetLine line) => line switch
    {
        BudgetLine.TotalIncome => "本年收入 income",
        BudgetLine.PremiumIncome => "保险费收入 premium income",
        BudgetLine.TotalExpenditure => "本年支出 expenditure",
        _ => "保险待遇支出 benefit expenditure",
    };

    public static void AddStatements(ReportView view, AnalysisInput input)
    {
        if (input.Statements.Count == 0)
        {
            return;
        }

        Section section = view.AddSection("statements", "基金收支余 Fund statements");
        int index = 0;
        foreach (IGrouping<string, StatementInput> group in input.Statements.GroupBy(s => s.Table))
        {
            MoneyUnit unit = group.First().Unit;
            string unitName = FundMath.Cli.Input.DataNodeAmounts.UnitName(unit);
            ViewTable table = section.AddTable(
                index++ == 0 ? "statements" : "statements-" + index.ToString(CultureInfo.InvariantCulture),
                group.Key + " — 当期结余 = 收入 − 支出; 结余率 = 当期结余 / 收入",
                new Column("fund", "Fund", CellKind.Text),
                new Column("income", "Income", CellKind.Money, unitName),
                new Column("expenditure", "Expenditure", CellKind.Money, unitName),
                new Column("surplus", "Current surplus", CellKind.Money, unitName),
                new Column("surplusRatio", "Surplus ratio", CellKind.Rate),
                new Column("accumulated", "Accumulated", CellKind.Money, unitName));
            Money income = default, expenditure = default, accumulated = default;
            bool allAccumulated = true;
            foreach (StatementInput statement in group)
            {
                AddStatementRow(table, unit, statement.Fund, statement.Income, statement.Expenditure, statement.Accumulated);
                income += statement.Income;
                expenditure += statement.Expenditure;
                allAccumulated &= statement.Accumulated.HasValue;
                accumulated += statement.Accumulated ?? default;
            }

            if (group.Count() > 1)
            {
                AddStatementRow(table, unit, "合计 Total", income, expenditure, allAccumulated ? accumulated : null);
            }
        }
    }

    private static void AddStatementRow(ViewTable table, MoneyUnit unit, string fund, Money income, Money expenditure, Money? accumulated)
    {
        // The library owns the rule (当期结余率 = 当期结余 / 收入; not meaningful on zero income).
        var ratio = new SurplusRatio(income - expenditure, income);
        Money surplus = ratio.CurrentSurplus;
        table.AddRow(
            Cell.Of(fund),
            Cell.Of(income, unit, 2),
            Cell.Of(expenditure, unit, 2),
            Cell.Of(surplus, unit, 2),
            ratio.TryGetRate(out Rate rate) ? Cell.Of(rate) : Cell.Of("not meaningful"),
            accumulated is { } a ? Cell.Of(a, unit, 2) : Cell.Empty);
    }

    public static void AddBudgetExecution(ReportView view, AnalysisInput input, AnalysisSettings settings)
    {
        if (input.Budgets.Count == 0 || input.Period is not { } period)
        {
            return;
        }

        Rate expected = period.TimeProgress;
        Section section = view.AddSection("budget-execution", "预算执行率 Budget execution");
        ViewTable table = section.AddTable(
            "budget-execution",
            $"Execution rate = executed / budget, against expected progress {expected.ToString("P2", CultureInfo.InvariantCulture)} {settings.Tolerance.For(BudgetLine.TotalIncome)}",
            new Column("fund", "Fund", CellKind.Text),
            new Column("line", "Line", CellKind.Text),
            new Column("budget", "Budget", CellKind.Money, UnitName(input.Budgets[0].Unit)),
            new Column("executed", "Executed", CellKind.Money, UnitName(input.Budgets[0].Unit)),
            new Column("rate", "Rate", CellKind.Rate),
            new Column("deviation", "Deviation", CellKind.Points),
            new Column("outcome", "Outcome", CellKind.Outcome));
        var bars = new List<ChartBar>();
        foreach (BudgetLineInput line in input.Budgets)
        {
            string lineName = LineName(line.Line);
            var execution = BudgetExecution.Evaluate(line.Line, period, line.Budget, line.Executed, settings.Tolerance);
            (string outcome, Tone tone) = execution.Outcome switch
            {
                ExecutionOutcome.Over => ("Over", Tone.Bad),
                ExecutionOutcome.Under => ("Under", Tone.Warning),
                ExecutionOutcome.NoBudget => ("NoBudget", Tone.Warning),
                _ => ("Within", Tone.Good),
            };
            view.Explanations.Add(Named(line.Fund + " " + lineName, execution.Explain()));
            MoneyUnit unit = MoneyUnitOf(input.Budgets[0].Unit);
            if (!execution.HasRate)
            {
                table.AddRow(Cell.Of(line.Fund), Cell.Of(lineName), Cell.Of(line.Budget, unit, line.Decimals), Cell.Of(line.Executed, unit, line.Decimals), Cell.Empty, Cell.Empty, Cell.Outcome(outcome, tone));
                continue;
            }

            table.AddRow(
                Cell.Of(line.Fund),
                Cell.Of(lineName),
                Cell.Of(line.Budget, unit, line.Decimals),
                Cell.Of(line.Executed, unit, line.Decimals),
                Cell.Of(execution.Rate),
                Cell.Of(execution.Deviation),
                Cell.Outcome(outcome, tone));
            bars.Add(new ChartBar(line.Fund + " " + lineName.Split(' ')[0], execution.Rate.ToPercent(2, MidpointRounding.AwayFromZero), execution.Rate.ToString("P2", CultureInfo.InvariantCulture), tone));
        }

        Say(view, section, settings.ParametersNote, settings.ParametersNoteChinese);
        decimal expectedPercent = expected.ToPercent(2, MidpointRounding.AwayFromZero);
        ToleranceBand band = settings.Tolerance.For(BudgetLine.TotalIncome);
        decimal below = band.Below.ToPoints(2, MidpointRounding.AwayFromZero);
        decimal above = band.Above.ToPoints(2, MidpointRounding.AwayFromZero);
        view.Charts.Add(new ChartSpec(
            "budget-execution",
            "预算执行率 Budget execution against expected progress " + Number(expectedPercent) + "% " + band,
            "%",
            bars,
            [
                new ChartLine(expectedPercent - below, Number(expectedPercent - below) + "%"),
                new ChartLine(expectedPercent, Number(expectedPercent) + "%"),
                new ChartLine(expectedPercent + above, Number(expectedPercent + above) + "%"),
            ],
            [new ChartLegendEntry(Tone.Good, "Within"), new ChartLegendEntry(Tone.Bad, "Over"), new ChartLegendEntry(Tone.Warning, "Under")]));
    }

    public static void AddMonthsOfCover(ReportView view, AnalysisInput input, AnalysisSettings settings)
    {
        if (input.Cover.Count == 0 || input.Period is not { } period)
        {
            return;
        }

        Section section = view.AddSection("months-of-cover", "累计结余可支付月数 Months of cover");
        string unitName = UnitName(input.Cover[0].Unit);
        MoneyUnit unit = MoneyUnitOf(input.Cover[0].Unit);
        int decimals = input.Cover[0].Decimals;
        string coverTitle = $"Months of cover = (balance − prepayments − payables) / monthly expenditure; monthly = the period's expenditure / {period.MonthCount} when not printed";
        view.Chinese[coverTitle] = $"可支付月数 = （期末累计结余 − 一次性预缴款 − 应付未付款）/ 月平均基金支出；未印月平均支出时取期间支出 / {period.MonthCount}";
        ViewTable table = section.AddTable(
            "months-of-cover",
            coverTitle,
            new Column("fund", "Fund", CellKind.Text),
            new Column("region", "Region", CellKind.Text),
            new Column("balance", "Balance", CellKind.Money, unitName),
            new Column("prepayments", "Prepaid", CellKind.Money, unitName),
            new Column("payables", "Payables", CellKind.Money, unitName),
            new Column("actualBalance", "Actual", CellKind.Money, unitName),
            new Column("monthlyExpenditure", "Per month", CellKind.Money, unitName + "/月"),
            new Column("bookMonths", "Book", CellKind.Months),
            new Column("months", "Months", CellKind.Months),
            new Column("monthsRounded", "Printed (" + settings.RoundingName + ")", CellKind.Integer),
            new Column("band", "Band", CellKind.Band));
        foreach (CoverInput cover in input.Cover)
        {
            var result = MonthsOfCover.Compute(
                period,
                cover.Balance,
                BalanceDeductions.Lumped(cover.Prepayments, cover.Payables),
                cover.MonthlyExpenditure,
                settings.Bands);
            view.Explanations.Add(Named(cover.Fund + " " + cover.Region, result.Explain()));
            Money actual = result.ActualBalance;
            Cell perMonth = Cell.Of(cover.MonthlyExpenditure.Average(MidpointRounding.AwayFromZero), unit, decimals);
            if (!result.HasMonths)
            {
                table.AddRow(Cell.Of(cover.Fund), Cell.Of(cover.Region), Cell.Of(cover.Balance, unit, decimals), Cell.Of(cover.Prepayments, unit, decimals), Cell.Of(cover.Payables, unit, decimals), Cell.Of(actual, unit, decimals), perMonth, Cell.Empty, Cell.Empty, Cell.Empty, Cell.Band("NoExpenditure", Tone.Warning));
                continue;
            }

            table.AddRow(
                Cell.Of(cover.Fund),
                Cell.Of(cover.Region),
                Cell.Of(cover.Balance, unit, decimals),
                Cell.Of(cover.Prepayments, unit, decimals),
                Cell.Of(cover.Payables, unit, decimals),
                Cell.Of(actual, unit, decimals),
                perMonth,
                Cell.Months(result.BookMonths),
                Cell.Months(result.Months),
                Cell.MonthsRounded(result.Months, settings.MonthsRounding),
                BandCell(result.Months, settings));
            if (cover.MonthlyDerived)
            {
                string spent = cover.MonthlyExpenditure.Expenditure.Format(unit, decimals, MidpointRounding.AwayFromZero, grouping: true, withUnit: false);
                Say(view, section, string.Create(CultureInfo.InvariantCulture, $"{cover.Fund} {cover.Region}: the monthly expenditure is not printed; it is the period's expenditure {spent}{unitName} / {cover.MonthlyExpenditure.Months} months (exact; shown rounded)."),
                    string.Create(CultureInfo.InvariantCulture, $"{cover.Fund} {cover.Region}：未印月平均支出，取期间支出 {spent}{unitName} / {cover.MonthlyExpenditure.Months} 个月（按精确值计算，显示时舍入）。"));
            }

            if (result.DeductionsExceedBalance)
            {
                Say(view, section, $"{cover.Fund} {cover.Region}: deductions exceed the balance; the actual balance is negative.", $"{cover.Fund} {cover.Region}：扣除项超过累计结余，实际结余为负。");
            }
        }

        Say(view, section, settings.ParametersNote, settings.ParametersNoteChinese);
        Say(view, section, $"Bands: < {settings.LowerBand:G} months insufficient, {settings.LowerBand:G}–{settings.UpperBand:G} months, > {settings.UpperBand:G} months. Reports print months as integers and mix roundings (20.23/1.29 = 15.68 printed 15; 17.74/2.25 = 7.88 printed 8); --rounding chooses nearest or floor.",
            $"分档：低于 {settings.LowerBand:G} 个月为不足，{settings.LowerBand:G}–{settings.UpperBand:G} 个月，高于 {settings.UpperBand:G} 个月。报告把月数印为整数，且舍入方式不一（20.23/1.29 = 15.68 印为 15；17.74/2.25 = 7.88 印为 8）；--rounding nearest 为四舍五入，--rounding floor 为向下取整。");
    }

    public static void AddRegions(ReportView view, AnalysisInput input, AnalysisSettings settings, ReconciliationResult? findings)
    {
        if (input.Regions.Count == 0)
        {
            return;
        }

        Section section = view.AddSection("regions", "市县区累计结余分布 Regions");
        ViewTable counts = new(
            "band-counts",
            "Regions per band",
            [
                new Column("fund", "Fund", CellKind.Text),
                new Column("regions", "Regions", CellKind.Integer),
                new Column("below", "< " + settings.LowerBand.ToString("G", CultureInfo.InvariantCulture), CellKind.Integer),
                new Column("within", settings.LowerBand.ToString("G", CultureInfo.InvariantCulture) + "–" + settings.UpperBand.ToString("G", CultureInfo.InvariantCulture), CellKind.Integer),
                new Column("above", "> " + settings.UpperBand.ToString("G", CultureInfo.InvariantCulture), CellKind.Integer),
            ]);
        foreach (IGrouping<string, RegionInput> fund in input.Regions.GroupBy(r => r.Fund))
        {
            RegionInput[] rows = fund.Where(r => !r.IsPrintedTotal).ToArray();
            RegionInput? printedTotal = fund.FirstOrDefault(r => r.IsPrintedTotal);
            ViewTable table = section.AddTable(
                "regions-" + Slug(fund.Key),
                fund.Key + ": months of cover by region (total row from summed rows)",
                new Column("fund", "Fund", CellKind.Text, MachineOnly: true),
                new Column("region", "Region", CellKind.Text),
                new Column("balance", "Balance", CellKind.Money, "万元"),
                new Column("prepayments", "Prepaid", CellKind.Money, "万元"),
                new Column("payables", "Payables", CellKind.Money, "万元"),
                new Column("actualBalance", "Actual balance", CellKind.Money, "万元"),
                new Column("monthlyExpenditure", "Per month", CellKind.Money, "万元"),
                new Column("months", "Months", CellKind.Months),
                new Column("printedMonths", "Printed months", CellKind.Months),
                new Column("band", "Band", CellKind.Band),
                new Column("flag", "Flag", CellKind.Text));
            var bars = new List<ChartBar>();

            // The library computes every row in one batch and the total from summed components.
            bool computable = input.Period is not null && rows.All(r => r.MonthlyExpenditure is not null);
            MonthsOfCover[] results = new MonthsOfCover[rows.Length];
            if (computable)
            {
                MonthsOfCover.ComputeBatch(input.Period!.Value, rows.Select(r => r.Balance).ToArray(), rows.Select(r => r.Deductions).ToArray(),
                    rows.Select(r => r.MonthlyExpenditure!.Value).ToArray(), settings.Bands, results);
            }

            int below = 0, within = 0, above = 0;
            for (int i = 0; i < rows.Length; i++)
            {
                RegionInput region = rows[i];
                Fraction? months = computable && results[i].HasMonths ? results[i].Months
                    : input.Period is null && region.MonthlyExpenditure is { } m && MonthsOfCover.TryMonthsOf(region.ActualBalance, m, out Fraction quotient)
                        ? quotient // a CSV table has no period: the library's quotient alone
                        : null;
                Fraction judged = months ?? Fraction.FromDecimal(region.PrintedMonths ?? 0m);
                Cell band = BandCell(judged, settings);
                switch (BandIndex(judged, settings))
                {
                    case < 0: below++; break;
                    case 0: within++; break;
                    default: above++; break;
                }

                table.AddRow(RegionCells(region, months, band, Flag(region, findings)));
                decimal value = months?.ToDecimal(2, MidpointRounding.AwayFromZero) ?? region.PrintedMonths ?? 0;
                string valueText = months is { } e2 ? e2.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
                bars.Add(new ChartBar(region.Region, value, valueText, band.Tone));
            }

            // The total row: the library's total of the rows (summed components, never averaged months).
            Money balance = default, actual = default;
            foreach (RegionInput r in rows)
            {
                balance += r.Balance;
                actual += r.ActualBalance;
            }

            Fraction? totalMonths = null;
            if (computable && rows.Length > 0)
            {
                MonthsOfCover total = MonthsOfCover.Total(results, settings.Bands);
                totalMonths = total.HasMonths ? total.Months : null;
                actual = total.ActualBalance;
            }
            else if (input.Period is null && rows.Length > 0 && rows.All(r => r.MonthlyExpenditure is { Months: 1 }))
            {
                // A CSV table has no period: the library's total, the summed actual balance over the summed monthly expenditure.
                totalMonths = MonthsOfCover.TryTotalMonthsOf(rows.Select(r => r.ActualBalance).ToArray(), rows.Select(r => r.MonthlyExpenditure!.Value).ToArray(), out Fraction total)
                    ? total : null;
            }
            else if (input.Cover.FirstOrDefault(c => c.Fund == fund.Key) is { } fundCover && input.Period is { } period)
            {
                MonthsOfCover total = MonthsOfCover.Compute(period, balance, BalanceDeductions.Lumped(Money.Zero, balance - actual), fundCover.MonthlyExpenditure, settings.Bands);
                totalMonths = total.HasMonths ? total.Months : null;
            }

            table.AddRow(
                Cell.Of(fund.Key),
                Cell.Of("合计 Total"),
                Cell.Of(balance, MoneyUnit.Wan, 2),
                Cell.Empty,
                Cell.Empty,
                Cell.Of(actual, MoneyUnit.Wan, 2),
                Cell.Empty,
                totalMonths is { } t ? Cell.Months(t) : Cell.Empty,
                totalMonths is { } t2 ? Cell.MonthsRounded(t2, settings.MonthsRounding) : Cell.Empty,
                totalMonths is { } t3 ? BandCell(t3, settings) : Cell.Empty,
                Cell.Empty);
            if (printedTotal is not null)
            {
                string flag = Flag(printedTotal, findings);
                string b = printedTotal.BalanceFigure?.Text ?? "-", a = printedTotal.ActualFigure?.Text ?? "-", m = printedTotal.MonthsFigure?.Text ?? "-";
                Say(view, section, $"{fund.Key}: the printed 合计 row reads balance {b}, actual {a}, months {m}" +
                    (flag.Length == 0 ? "; it agrees with the rows at the printed precision." : $"; findings on it: {flag} (see the reconciliation findings)."),
                    $"{fund.Key}：印刷的合计行为期末累计结余 {b}，实际结余 {a}，可支付月数 {m}" +
                    (flag.Length == 0 ? "；按印刷精度与各行一致。" : $"；其问题：{ViewLocalizerFlags(flag)}（见报告核对）。"));
            }

            if (!computable)
            {
                Say(view, section, $"{fund.Key}: " + (input.Period is null
                    ? "the report has no period, so months of cover are not computed; region bands use the printed months"
                    : "the table gives no monthly expenditure per region (nor the period's expenditure), so region bands use the printed months") +
                    (totalMonths is null ? "." : $"; the total row divides the summed actual balance by the fund's monthly expenditure (its printed months use --rounding {settings.RoundingName})."),
                    $"{fund.Key}：" + (input.Period is null
                    ? "报告未给出报告期，不计算可支付月数；地区分档采用印刷的月数"
                    : "表中未给出各地区月平均支出（也未给出期间支出），地区分档采用印刷的月数") +
                    (totalMonths is null ? "。" : $"；合计行以各行实际结余之和除以该基金月平均支出（其整数月数按 --rounding {settings.RoundingName}，{(settings.RoundingName == "floor" ? "向下取整" : "四舍五入")}）。"));
            }

            if (rows.Any(r => r.DeductionsDerived))
            {
                Say(view, section, $"{fund.Key}: the table prints no deduction columns; the deductions are book balance − printed actual balance.",
                    $"{fund.Key}：表中未印扣除项各列，扣除项 = 期末累计结余 − 印刷的实际结余。");
            }

            counts.AddRow(Cell.Of(fund.Key), Cell.Of(rows.Length), Cell.Of(below), Cell.Of(within), Cell.Of(above));
            view.Charts.Add(new ChartSpec(
                "months-of-cover-" + Slug(fund.Key),
                fund.Key + " 可支付月数 months of cover by region",
                "months",
                bars,
                [
                    new ChartLine(settings.LowerBand.ToDecimal(2, MidpointRounding.AwayFromZero), settings.LowerBand.ToString("G", CultureInfo.InvariantCulture) + " months"),
                    new ChartLine(settings.UpperBand.ToDecimal(2, MidpointRounding.AwayFromZero), settings.UpperBand.ToString("G", CultureInfo.InvariantCulture) + " months"),
                ],
                [
                    new ChartLegendEntry(Tone.Bad, "< " + settings.LowerBand.ToString("G", CultureInfo.InvariantCulture) + " months"),
                    new ChartLegendEntry(Tone.Good, settings.LowerBand.ToString("G", CultureInfo.InvariantCulture) + "–" + settings.UpperBand.ToString("G", CultureInfo.InvariantCulture) + " months"),
                    new ChartLegendEntry(Tone.Info, "> " + settings.UpperBand.ToString("G", CultureInfo.InvariantCulture) + " months"),
                ]));
        }

        section.Tables.Add(counts);
    }

    private static Cell[] RegionCells(RegionInput region, Fraction? months, Cell band, string flag)
    {
        Cell Amount(PrintedFigure? printed, Money? fallback) =>
            printed is not null ? Cell.Printed(printed) : fallback is { } m ? Cell.Of(m, MoneyUnit.Wan, 2) : Cell.Empty;
        return
        [
            Cell.Of(region.Fund),
            Cell.Of(region.Region),
            Amount(region.BalanceFigure, region.Balance),
            Amount(region.PrepaymentsFigure, null),
            Amount(region.PayablesFigure, region.DeductionsDerived || region.PayablesFigure is not null ? null : region.Deductions.Payables),
            Amount(region.ActualFigure, region.ActualBalance),
            Amount(region.MonthlyFigure, region.MonthlyExpenditure?.Average(MidpointRounding.AwayFromZero)),
            months is { } exact ? Cell.Months(exact) : Cell.Empty,
            region.MonthsFigure is { } pm ? Cell.Printed(pm) : region.PrintedMonths is { } p ? PrintedMonthsCell(p) : Cell.Empty,
            band,
            flag.Length == 0 ? Cell.Empty : new Cell(CellKind.Text, flag, null, flag.StartsWith("Error", StringComparison.Ordinal) ? Tone.Bad : Tone.Warning),
        ];
    }

    /// <summary>A CSV row's printed months: a whole number as an integer, otherwise as printed ("15.68").</summary>
    private static Cell PrintedMonthsCell(decimal months) => months == decimal.Truncate(months) && Math.Abs(months) < 1_000_000_000_000m
        ? Cell.Of((long)months)
        : new Cell(CellKind.Months, months.ToString(CultureInfo.InvariantCulture), months);

    /// <summary>The checks that failed on this row's printed figures ("Error ActualBalance"), from the reconciliation.</summary>
    private static string Flag(RegionInput region, ReconciliationResult? findings)
    {
        if (findings is null)
        {
            return string.Empty;
        }

        PrintedFigure?[] own = [region.BalanceFigure, region.PrepaymentsFigure, region.PayablesFigure, region.ActualFigure, region.MonthlyFigure, region.MonthsFigure];
        var flags = findings.Findings
            .Where(f => f.Printed.Location.Row is not null && own.Any(o => o is not null && ReferenceEquals(o, f.Printed) || (o is not null && f.Printed.Location == o.Location)))
            .Select(f => $"{f.Severity} {f.Check}")
            .Distinct()
            .ToArray();
        return string.Join("; ", flags);
    }

    private static string UnitName(FigureUnit unit) => unit switch
    {
        FigureUnit.Yi or FigureUnit.YiPerMonth => "亿元",
        FigureUnit.Wan or FigureUnit.WanPerMonth => "万元",
        _ => "元",
    };

    private static MoneyUnit MoneyUnitOf(FigureUnit unit) => unit switch
    {
        FigureUnit.Yi or FigureUnit.YiPerMonth => MoneyUnit.Yi,
        FigureUnit.Wan or FigureUnit.WanPerMonth => MoneyUnit.Wan,
        _ => MoneyUnit.Yuan,
    };

    /// <summary>The report's period and its time progress (时间进度), which every judgement follows.</summary>
    public static void AddPeriod(ReportView view, ReportingPeriod? period)
    {
        Section section = view.AddSection("period", "报告期 Reporting period");
        if (period is not { } p)
        {
            Say(view, section, "The report states no period (period: or year:); budget execution and months of cover are not judged.", "报告未给出报告期（period: 或 year:），不判断预算执行率和可支付月数。");
            return;
        }

        ViewTable table = section.AddTable(
            "period",
            "The period every judgement follows: expected execution = time progress; monthly expenditure = the period's expenditure / its months",
            new Column("period", "Period", CellKind.Text),
            new Column("from", "From", CellKind.Text),
            new Column("to", "To", CellKind.Text),
            new Column("months", "Months", CellKind.Integer),
            new Column("timeProgress", "Time progress", CellKind.Rate));
        table.AddRow(
            Cell.Of(p.ToString()),
            Cell.Of(p.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Cell.Of(p.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Cell.Of(p.MonthCount),
            Cell.Of(p.TimeProgress));
    }

    /// <summary>What the analysis could not use (a section only when there is something to say).</summary>
    public static void AddWarnings(ReportView view, IReadOnlyList<string> warnings, IReadOnlyDictionary<string, string> chinese)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        Section section = view.AddSection("warnings", "未使用的输入 Warnings: input not analysed");
        section.Notes.AddRange(warnings);
        foreach (string warning in warnings)
        {
            if (chinese.TryGetValue(warning, out string? said))
            {
                view.Chinese[warning] = said;
            }
        }
    }

    public static void AddDeficitScan(ReportView view, AnalysisInput input)
    {
        if (input.Deficits.Count == 0)
        {
            return;
        }

        Section section = view.AddSection("deficit-scan", "收不抵支 Deficit scan");
        ViewTable table = section.AddTable(
            "deficit-scan",
            "Regions whose current income fell short of expenditure",
            new Column("year", "Year", CellKind.Integer),
            new Column("regions", "Regions", CellKind.Integer),
            new Column("deficitRegions", "In deficit", CellKind.Integer),
            new Column("deficitShare", "Share", CellKind.Rate),
            new Column("deficit", "Deficit", CellKind.Money, "万元"),
            new Column("surplusRegions", "In surplus", CellKind.Integer),
            new Column("surplusShare", "Share", CellKind.Rate),
            new Column("surplus", "Surplus", CellKind.Money, "万元"));
        foreach (DeficitYearInput year in input.Deficits)
        {
            int surplusRegions = year.Regions - year.DeficitRegions;
            table.AddRow(
                new Cell(CellKind.Integer, year.Year.ToString(CultureInfo.InvariantCulture), year.Year),
                Cell.Of(year.Regions),
                new Cell(CellKind.Integer, year.DeficitRegions.ToString(CultureInfo.InvariantCulture), year.DeficitRegions, year.DeficitRegions > 0 ? Tone.Bad : Tone.None),
                year.Regions > 0 ? Cell.Of(Rate.FromRatio(year.DeficitRegions, year.Regions)) : Cell.Empty,
                Cell.Of(year.Deficit, MoneyUnit.Wan, 0),
                Cell.Of(surplusRegions),
                year.Regions > 0 ? Cell.Of(Rate.FromRatio(surplusRegions, year.Regions)) : Cell.Empty,
                Cell.Of(year.Surplus, MoneyUnit.Wan, 0));
        }
    }

    /// <summary>A note with its Chinese (--lang zh), said by the builder that knows its figures.</summary>
    private static void Say(ReportView view, Section section, string english, string chinese)
    {
        section.Notes.Add(english);
        view.Chinese[english] = chinese;
    }

    /// <summary>"Error ActualBalance; Note Total" in Chinese: each severity and check by its Chinese name.</summary>
    private static string ViewLocalizerFlags(string flags) => FundMath.Cli.Output.ViewLocalizer.Flag(flags);

    /// <summary>Puts a library explanation under a node naming the fund (and line or region) it is about.</summary>
    private static Explanation Named(string subject, Explanation explanation) =>
        new(subject + ": " + explanation.Name, explanation.Value) { Inputs = [explanation] };

    internal static Cell BandCell(Fraction months, AnalysisSettings settings) => BandIndex(months, settings) switch
    {
        < 0 => Cell.Band("< " + settings.LowerBand.ToString("G", CultureInfo.InvariantCulture), Tone.Bad),
        0 => Cell.Band(settings.LowerBand.ToString("G", CultureInfo.InvariantCulture) + "–" + settings.UpperBand.ToString("G", CultureInfo.InvariantCulture), Tone.Good),
        _ => Cell.Band("> " + settings.UpperBand.ToString("G", CultureInfo.InvariantCulture), Tone.Info),
    };

    private static int BandIndex(Fraction months, AnalysisSettings settings) => settings.Bands.Classify(months) switch
    {
        CoverBand.Warning => -1,
        CoverBand.High => 1,
        _ => 0,
    };

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    internal static string Slug(string fund) => fund switch
    {
        "居民医保" or "城乡居民医保" or "城乡居民医保基金" => "resident",
        "职工医保统筹基金" => "employee-pooled",
        "职工医保" => "employee",
        _ => new string(fund.Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray()) is { Length: > 0 } s ? s : "fund-" + StableHash(fund),
    };

    private static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = unchecked((hash ^ c) * 16777619);
        }

        return (hash % 100000).ToString("D5", CultureInfo.InvariantCulture);
    }
}
