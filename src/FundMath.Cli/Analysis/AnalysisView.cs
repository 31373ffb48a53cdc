using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Funds;
using FundMath.Cli.Views;
using FundMath.Explain;

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
            new Column("budget", "Budget", CellKind.Money, "亿元"),
            new Column("executed", "Executed", CellKind.Money, "亿元"),
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
            if (!execution.HasRate)
            {
                table.AddRow(Cell.Of(line.Fund), Cell.Of(lineName), Cell.Of(line.Budget, MoneyUnit.Yi, 2), Cell.Of(line.Executed, MoneyUnit.Yi, 2), Cell.Empty, Cell.Empty, Cell.Outcome(outcome, tone));
                continue;
            }

            table.AddRow(
                Cell.Of(line.Fund),
                Cell.Of(lineName),
                Cell.Of(line.Budget, MoneyUnit.Yi, 2),
                Cell.Of(line.Executed, MoneyUnit.Yi, 2),
                Cell.Of(execution.Rate),
                Cell.Of(execution.Deviation),
                Cell.Outcome(outcome, tone));
            bars.Add(new ChartBar(line.Fund + " " + lineName.Split(' ')[0], execution.Rate.ToPercent(2, MidpointRounding.AwayFromZero), execution.Rate.ToString("P2", CultureInfo.InvariantCulture), tone));
        }

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
        ViewTable table = section.AddTable(
            "months-of-cover",
            "Months of cover = (balance − prepayments − payables) / monthly expenditure",
            new Column("fund", "Fund", CellKind.Text),
            new Column("region", "Region", CellKind.Text),
            new Column("balance", "Balance", CellKind.Money, "亿元"),
            new Column("prepayments", "Prepaid", CellKind.Money, "亿元"),
            new Column("payables", "Payables", CellKind.Money, "亿元"),
            new Column("actualBalance", "Actual", CellKind.Money, "亿元"),
            new Column("monthlyExpenditure", "Per month", CellKind.Money, "亿元"),
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
                MonthlyExpenditure.PerMonth(cover.MonthlyExpenditure),
                settings.Bands);
            view.Explanations.Add(Named(cover.Fund + " " + cover.Region, result.Explain()));
            Money actual = result.ActualBalance;
            if (!result.HasMonths)
            {
                table.AddRow(Cell.Of(cover.Fund), Cell.Of(cover.Region), Cell.Of(cover.Balance, MoneyUnit.Yi, 2), Cell.Of(cover.Prepayments, MoneyUnit.Yi, 2), Cell.Of(cover.Payables, MoneyUnit.Yi, 2), Cell.Of(actual, MoneyUnit.Yi, 2), Cell.Of(cover.MonthlyExpenditure, MoneyUnit.Yi, 2), Cell.Empty, Cell.Empty, Cell.Empty, Cell.Band("NoExpenditure", Tone.Warning));
                continue;
            }

            table.AddRow(
                Cell.Of(cover.Fund),
                Cell.Of(cover.Region),
                Cell.Of(cover.Balance, MoneyUnit.Yi, 2),
                Cell.Of(cover.Prepayments, MoneyUnit.Yi, 2),
                Cell.Of(cover.Payables, MoneyUnit.Yi, 2),
                Cell.Of(actual, MoneyUnit.Yi, 2),
                Cell.Of(cover.MonthlyExpenditure, MoneyUnit.Yi, 2),
                Cell.Months(result.BookMonths),
                Cell.Months(result.Months),
                Cell.MonthsRounded(result.Months, settings.MonthsRounding),
                BandCell(result.Months, settings));
            if (result.DeductionsExceedBalance)
            {
                section.Notes.Add($"{cover.Fund} {cover.Region}: deductions exceed the balance; the actual balance is negative.");
            }
        }

        section.Notes.Add($"Bands: < {settings.LowerBand:G} months insufficient, {settings.LowerBand:G}–{settings.UpperBand:G} months, > {settings.UpperBand:G} months. Reports print months as integers and mix roundings (20.23/1.29 = 15.68 printed 15; 17.74/2.25 = 7.88 printed 8); --rounding chooses nearest or floor.");
    }

    public static void AddRegions(ReportView view, AnalysisInput input, AnalysisSettings settings)
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
            ViewTable table = section.AddTable(
                "regions-" + Slug(fund.Key),
                fund.Key + ": months of cover by region (total row from summed rows)",
                new Column("fund", "Fund", CellKind.Text, MachineOnly: true),
                new Column("region", "Region", CellKind.Text),
                new Column("balance", "Balance", CellKind.Money, "万元"),
                new Column("deductions", "Deductions", CellKind.Money, "万元"),
                new Column("actualBalance", "Actual balance", CellKind.Money, "万元"),
                new Column("monthlyExpenditure", "Per month", CellKind.Money, "万元", MachineOnly: true),
                new Column("months", "Months", CellKind.Months),
                new Column("printedMonths", "Printed months", CellKind.Integer),
                new Column("band", "Band", CellKind.Band));
            var bars = new List<ChartBar>();
            Money balance = default, actual = default, monthly = default;
            bool allMonthly = true;
            int below = 0, within = 0, above = 0;
            foreach (RegionInput region in fund)
            {
                balance += region.Balance;
                actual += region.ActualBalance;
                Fraction? months = null;
                if (region.MonthlyExpenditure is { } m && m.IsPositive)
                {
                    months = region.ActualBalance.DivideBy(m);
                    monthly += m;
                }
                else
                {
                    allMonthly = false;
                }

                Fraction judged = months ?? Fraction.FromInteger(region.PrintedMonths ?? 0);
                Cell band = BandCell(judged, settings);
                switch (BandIndex(judged, settings))
                {
                    case < 0: below++; break;
                    case 0: within++; break;
                    default: above++; break;
                }

                table.AddRow(
                    Cell.Of(region.Fund),
                    Cell.Of(region.Region),
                    Cell.Of(region.Balance, MoneyUnit.Wan, 2),
                    Cell.Of(region.Balance - region.ActualBalance, MoneyUnit.Wan, 2),
                    Cell.Of(region.ActualBalance, MoneyUnit.Wan, 2),
                    region.MonthlyExpenditure is { } perMonth ? Cell.Of(perMonth, MoneyUnit.Wan, 2) : Cell.Empty,
                    months is { } exact ? Cell.Months(exact) : Cell.Empty,
                    region.PrintedMonths is { } p ? Cell.Of(p) : Cell.Empty,
                    band);
                decimal value = months?.ToDecimal(2, MidpointRounding.AwayFromZero) ?? region.PrintedMonths ?? 0;
                string valueText = months is { } e2 ? e2.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
                bars.Add(new ChartBar(region.Region, value, valueText, band.Tone));
            }

            // The total row: from summed components, never from averaged months.
            Money? totalMonthly = allMonthly ? monthly : input.Cover.FirstOrDefault(c => c.Fund == fund.Key)?.MonthlyExpenditure;
            Fraction? totalMonths = totalMonthly is { IsPositive: true } tm ? actual.DivideBy(tm) : null;
            table.AddRow(
                Cell.Of(fund.Key),
                Cell.Of("合计 Total"),
                Cell.Of(balance, MoneyUnit.Wan, 2),
                Cell.Of(balance - actual, MoneyUnit.Wan, 2),
                Cell.Of(actual, MoneyUnit.Wan, 2),
                totalMonthly is { } totalPerMonth ? Cell.Of(totalPerMonth, MoneyUnit.Wan, 2) : Cell.Empty,
                totalMonths is { } t ? Cell.Months(t) : Cell.Empty,
                totalMonths is { } t2 ? Cell.MonthsRounded(t2, settings.MonthsRounding) : Cell.Empty,
                totalMonths is { } t3 ? BandCell(t3, settings) : Cell.Empty);
            if (!allMonthly)
            {
                section.Notes.Add($"{fund.Key}: the input gives no monthly expenditure per region, so region bands use the printed months" + (totalMonths is null ? "." : $"; the total row divides the summed actual balance by the fund's monthly expenditure {totalMonthly!.Value.ToString("F2亿元", CultureInfo.InvariantCulture)} (its printed months use --rounding {settings.RoundingName})."));
            }

            counts.AddRow(Cell.Of(fund.Key), Cell.Of(fund.Count()), Cell.Of(below), Cell.Of(within), Cell.Of(above));
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
