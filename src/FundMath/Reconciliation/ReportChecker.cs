using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FundMath.Reconciliation;

/// <summary>
/// Checks a published report's figures against each other with interval arithmetic — 报表勾稽校验. Each printed
/// figure x with precision p stands for an interval (nearest: [x − p/2, x + p/2]); each relation (total = Σ parts,
/// surplus = income − expenditure, rate = executed / budget, months = balance / monthly, growth, shares, repeated
/// printings) is recomputed as an exact interval from the other figures and compared with the printed one.
/// Disjoint intervals are an error unless a rounding the report does not otherwise use explains them (a note).
/// </summary>
public static class ReportChecker
{
    private static readonly Fraction Twelve = Fraction.FromInteger(12);

    /// <summary>Runs every check on <paramref name="report"/> and returns the findings (none for a consistent report).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ReconciliationResult Check(ReportDocument report)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var run = new Run(report.Period);
        foreach (StatementTable table in report.Statements)
        {
            CheckStatements(run, table);
            run.TablePeriod(table.Title, table.Period);
        }

        foreach (BudgetTable table in report.Budgets)
        {
            foreach (BudgetExecutionFigures row in table.Rows)
            {
                CheckBudget(run, row);
            }

            run.TablePeriod(table.Title, table.Period);
        }

        foreach (RegionTable table in report.Regions)
        {
            CheckRegions(run, table);
            run.TablePeriod(table.Title, table.Period);
        }

        foreach (MonthsOfCoverFigures months in report.MonthsOfCover)
        {
            CheckMonths(run, months);
        }

        foreach (ReportClaim claim in report.Claims)
        {
            ReportClaims.Check(run, report, claim);
        }

        foreach (CohortTable table in report.Cohorts)
        {
            CheckCohorts(run, table);
        }

        foreach (YearOnYearGroup group in report.YearOnYear)
        {
            CheckYearOnYear(run, group);
        }

        foreach (DeficitScanTable table in report.DeficitScans)
        {
            foreach (DeficitScanRow row in table.Rows)
            {
                run.Total(row.Regions, [row.DeficitRegions, row.SurplusRegions], "统筹区总数 = 收不抵支 + 未收不抵支");
                run.Quotient(ReconciliationCheck.Share, row.DeficitShare, row.DeficitRegions, row.Regions, "所占比例 = 收不抵支统筹区 / 统筹区总数");
                run.Quotient(ReconciliationCheck.Share, row.SurplusShare, row.SurplusRegions, row.Regions, "所占比例 = 未收不抵支统筹区 / 统筹区总数");
            }
        }

        foreach (TotalFigures total in report.Totals)
        {
            run.Total(total.Total, total.Parts, $"{total.Label}: 合计 = Σ 分项");
        }

        foreach (QuotientFigure quotient in report.Quotients)
        {
            run.Quotient(ReconciliationCheck.Quotient, quotient.Quotient, quotient.Numerator, quotient.Denominator, $"{quotient.Label} = {quotient.Numerator.Location.Column ?? "numerator"} / {quotient.Denominator.Location.Column ?? "denominator"}");
        }

        foreach (ProductFigure product in report.Products)
        {
            run.Checks++;
            run.Compare(ReconciliationCheck.Product, product.Product, product.Left.Interval * product.Right.Interval,
                $"{product.Label} = {product.Left.Text} × {product.Right.Text}", [product.Left, product.Right]);
        }

        foreach (RepeatedFigure repeated in report.Repeated)
        {
            run.Repeated(repeated);
        }

        run.ReportMixedMonthsRounding();
        return new ReconciliationResult(run.Findings, run.Checks) { Unchecked = run.Unchecked };
    }

    private static void CheckStatements(Run run, StatementTable table)
    {
        foreach (FundStatementFigures fund in table.Funds)
        {
            CheckFund(run, fund);
        }

        if (table.Total is not { } total)
        {
            return;
        }

        CheckFund(run, total);
        run.Total(total.Income, table.Funds.Select(f => f.Income).ToArray(), "合计收入 = Σ 各基金收入");
        run.Total(total.Expenditure, table.Funds.Select(f => f.Expenditure).ToArray(), "合计支出 = Σ 各基金支出");
        run.Total(total.CurrentSurplus, table.Funds.Select(f => f.CurrentSurplus).ToArray(), "合计当期结余 = Σ 各基金当期结余");
        run.Total(total.AccumulatedBalance, table.Funds.Select(f => f.AccumulatedBalance).ToArray(), "合计累计结余 = Σ 各基金累计结余");
    }

    private static void CheckFund(Run run, FundStatementFigures fund)
    {
        run.Growth(fund.IncomeGrowth, fund.Income, fund.PreviousIncome, $"{fund.Fund} 收入同比增幅 = 本期收入 / 上年同期收入 − 1", "income");
        run.Growth(fund.ExpenditureGrowth, fund.Expenditure, fund.PreviousExpenditure, $"{fund.Fund} 支出同比增幅 = 本期支出 / 上年同期支出 − 1", "expenditure");
        if (fund is { CurrentSurplus: { } surplus, Income: { } income, Expenditure: { } expenditure })
        {
            run.Checks++;
            run.Compare(ReconciliationCheck.Surplus, surplus, income.Interval - expenditure.Interval,
                $"{fund.Fund} 当期结余 = 收入 − 支出", [income, expenditure]);
        }

        if (fund.Components.Count == 0)
        {
            return;
        }

        run.Total(fund.CurrentSurplus, fund.Components.Select(c => c.CurrentSurplus).ToArray(), $"{fund.Fund} 当期结余 = Σ 统筹基金/个人账户");
        run.Total(fund.AccumulatedBalance, fund.Components.Select(c => c.AccumulatedBalance).ToArray(), $"{fund.Fund} 累计结余 = Σ 统筹基金/个人账户");
        foreach (FundComponentFigures component in fund.Components)
        {
            run.Quotient(ReconciliationCheck.Share, component.ShareOfBalance, component.AccumulatedBalance, fund.AccumulatedBalance,
                $"{component.Name} 占比 = {component.Name} 累计结余 / {fund.Fund} 累计结余");
        }
    }

    private static void CheckBudget(Run run, BudgetExecutionFigures row)
    {
        string formula = $"{row.Fund} {row.Line} 执行率 = 执行数 / 预算数";
        bool tableOk = run.Quotient(ReconciliationCheck.ExecutionRate, row.Rate, row.Executed, row.Budget, formula);
        if (row.TextRate is not { } text)
        {
            return;
        }

        bool textOk = run.Quotient(ReconciliationCheck.ExecutionRate, text, row.Executed, row.Budget, formula);
        run.Checks++;
        if (tableOk && textOk && !text.Interval.Intersects(row.Rate.Interval))
        {
            FigureInterval expected = row.Executed.Interval / row.Budget.Interval;
            int d = Finding.Decimals(text) + 2;
            run.Add(new Finding(ReconciliationCheck.Repeated, FindingKind.DoublePrinting, FindingSeverity.Error, text, expected, formula,
                [text, row.Rate, row.Executed, row.Budget],
                $"{row.Fund} {row.Line} 执行率 is printed twice with different values: {row.Rate.Text} ({row.Rate.Location}) and {text.Text} ({text.Location}). " +
                $"{row.Executed.Text} / {row.Budget.Text} lies in {expected.Format(FigureUnit.Percent, d)} given the printed precision, so each value alone is explainable by rounding, but the two printings disagree beyond their precision and arithmetic cannot tell which one is wrong; print one value.",
                FindingMessage.RateDoublePrinted, [row.Fund, row.Line, row.Rate.Text, row.Rate.Location.ToString(), text.Text, text.Location.ToString(), row.Executed.Text, row.Budget.Text, expected.Format(FigureUnit.Percent, d)]));
        }
    }

    private static void CheckRegions(Run run, RegionTable table)
    {
        RegionIdentities.Check(run, table);
        if (table.Total is not { } total)
        {
            return;
        }

        for (int c = 0; c < table.Columns.Count; c++)
        {
            if (!table.Columns[c].Summable || c >= total.Values.Count)
            {
                continue;
            }

            int column = c;
            PrintedFigure?[] parts = table.Rows.Select(r => column < r.Values.Count ? r.Values[column] : null).ToArray();
            run.Total(total.Values[c], parts, $"{table.Columns[c].Name} 合计 = Σ 各市县区", skipMissingParts: true);
        }
    }

    private static void CheckMonths(Run run, MonthsOfCoverFigures months)
    {
        if (months.DeductionsTotal is { } deductionsTotal)
        {
            run.Total(deductionsTotal, months.Deductions.ToArray(), $"{months.Fund} 扣除项合计 = Σ 扣除项");
        }

        if (months.ActualBalance is { } actual)
        {
            FigureInterval expected = months.Balance.Interval;
            foreach (PrintedFigure deduction in months.Deductions)
            {
                expected -= deduction.Interval;
            }

            if (months.Deductions.Count == 0 && months.DeductionsTotal is { } onlyTotal)
            {
                expected -= onlyTotal.Interval;
            }

            run.Checks++;
            run.Compare(ReconciliationCheck.ActualBalance, actual, expected, $"{months.Fund} 实际结余 = 期末累计结余 − Σ 扣除项",
                [months.Balance, .. months.Deductions.Count == 0 && months.DeductionsTotal is { } t ? [t] : months.Deductions]);
        }

        if (months.AnnualExpenditure is { } annual && months.MonthlyExpenditure is { } printedMonthly)
        {
            run.Checks++;
            run.Compare(ReconciliationCheck.MonthlyExpenditure, printedMonthly, annual.Interval.Scale(Fraction.One / Twelve),
                $"{months.Fund} 月平均支出 = 年度支出 / 12", [annual]);
        }

        FigureInterval? monthly = run.Monthly(months.MonthlyExpenditure, months.Expenditure, months.Fund, out PrintedFigure[] monthlyInputs, out string monthlyText);
        if (monthly is null && months.AnnualExpenditure is { } annualOnly)
        {
            monthly = annualOnly.Interval.Scale(Fraction.One / Twelve);
            monthlyInputs = [annualOnly];
            monthlyText = $"({annualOnly.Text} / 12)";
        }

        if (monthly is not { } perMonth)
        {
            run.NotChecked(months.ActualMonths ?? months.BookMonths, "no monthly expenditure is printed and the report has no period to derive it from the period's expenditure (add period:)", UncheckedMessage.NoMonthlyExpenditure);
            return;
        }

        run.Months(months.BookMonths, months.Balance, perMonth, monthlyInputs, monthlyText, $"{months.Fund} 账面可支付月数 = 期末累计结余 / 月平均支出");
        if (months.ActualBalance is { } actualBalance)
        {
            run.Months(months.ActualMonths, actualBalance, perMonth, monthlyInputs, monthlyText, $"{months.Fund} 实际可支付月数 = 实际结余 / 月平均支出");
        }
    }

    private static void CheckCohorts(Run run, CohortTable table)
    {
        foreach (CohortRow row in table.Rows)
        {
            run.Quotient(ReconciliationCheck.Share, row.Share, row.Count, table.Total, $"{table.Title}: {row.Name} 占比 = {row.Name} / 合计");
        }

        if (!table.IsPartition)
        {
            return;
        }

        run.Total(table.Total, table.Rows.Select(r => r.Count).ToArray(), $"{table.Title}: 合计 = Σ 各人群");
        if (table.Rows.Count > 0 && table.Rows.All(r => r.Share is not null))
        {
            PrintedFigure[] shares = table.Rows.Select(r => r.Share!).ToArray();
            var hundred = new PrintedFigure(100m, FigureUnit.Percent, new FigureLocation(table.Title, null, "合计", "占比 (100% by definition)"), 0.000001m);
            run.Total(hundred, shares, $"{table.Title}: Σ 占比 = 100%", exactTotal: true);
        }
    }

    private static void CheckYearOnYear(Run run, YearOnYearGroup group)
    {
        CheckGrowth(run, group.Total);
        foreach (YearOnYearFigure part in group.Parts)
        {
            CheckGrowth(run, part);
        }

        if (group.Parts.Count == 0)
        {
            return;
        }

        run.Total(group.Total.Current, group.Parts.Select(p => p.Current).ToArray(), $"{group.Title}: 合计 = Σ 分项");
        if (group.Total.Growth is not { } totalGrowth)
        {
            return;
        }

        if (group.Parts.FirstOrDefault(p => p.Growth is null && p.Previous is null) is { } unknown)
        {
            run.NotChecked(totalGrowth, $"{group.Title}: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: {unknown.Label} prints neither its previous figure nor its growth, so the total's growth rate is not checked", UncheckedMessage.TotalGrowthPartUnknown, group.Title, unknown.Label);
            return;
        }

        // previous_i = current_i / (1 + growth_i): monotone in each argument, so the corners give the exact hull.
        FigureInterval previous = FigureInterval.Exactly(Fraction.Zero);
        foreach (YearOnYearFigure part in group.Parts)
        {
            FigureInterval partPrevious;
            if (part.Previous is { } printedPrevious)
            {
                partPrevious = printedPrevious.Interval;
            }
            else
            {
                FigureInterval onePlus = part.Growth!.Interval + Fraction.One;
                if (onePlus.ContainsZero)
                {
                    run.NotChecked(totalGrowth, $"{group.Title}: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: the growth {part.Growth.Text} of {part.Label} ({part.Growth.Location}) may be −100%, so its previous figure and the total's growth rate are not checked", UncheckedMessage.TotalGrowthPartMayBeMinusWhole, group.Title, part.Growth.Text, part.Label, part.Growth.Location.ToString());
                    return;
                }

                partPrevious = part.Current.Interval / onePlus;
            }

            previous += partPrevious;
        }

        if (previous.ContainsZero)
        {
            run.NotChecked(totalGrowth, $"{group.Title}: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: the parts' previous figures may sum to zero, so the total's growth rate is not checked", UncheckedMessage.TotalGrowthPreviousMayBeZero, group.Title);
            return;
        }

        run.Checks++;
        PrintedFigure[] inputs = [group.Total.Current, .. group.Parts.SelectMany(p => new[] { p.Current, p.Growth ?? p.Previous! })];
        run.Compare(ReconciliationCheck.Growth, totalGrowth, (group.Total.Current.Interval / previous) - Fraction.One,
            $"{group.Title}: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1", inputs);
    }

    private static void CheckGrowth(Run run, YearOnYearFigure figure)
    {
        string label = figure.Label;
        if (figure is { Previous: { } previous, Change: { } change })
        {
            run.Checks++;
            run.Compare(ReconciliationCheck.Growth, change, figure.Current.Interval - previous.Interval, $"{label} 增减额 = 本期 − 上期", [figure.Current, previous]);
        }

        if (figure.Growth is not { } growth)
        {
            return;
        }

        if (figure.Previous is null && figure.Change is null)
        {
            run.NotChecked(growth, "no previous-period figure or change is printed, so the growth rate is not checked", UncheckedMessage.GrowthNoPrevious);
            return;
        }

        if (figure.Previous is { } prev)
        {
            if (prev.Interval.ContainsZero)
            {
                run.NotChecked(growth, $"{label} 同比增长率 = 本期 / 上期 − 1: the previous figure {prev.Text} ({prev.Location}) may be zero at its printed precision, so the growth rate is not checked", UncheckedMessage.GrowthPreviousMayBeZero, label, prev.Text, prev.Location.ToString());
                return;
            }

            run.Checks++;
            run.Compare(ReconciliationCheck.Growth, growth, (figure.Current.Interval / prev.Interval) - Fraction.One,
                $"{label} 同比增长率 = 本期 / 上期 − 1", [figure.Current, prev]);
        }
        else if (figure.Change is { } ch)
        {
            // growth = change / (current − change): monotone in each of change and current while the divisor keeps its sign.
            FigureInterval divisor = figure.Current.Interval - ch.Interval;
            if (divisor.ContainsZero)
            {
                run.NotChecked(growth, $"{label} 同比增长率 = 增减额 / (本期 − 增减额): 本期 {figure.Current.Text} − 增减额 {ch.Text} may be zero at the printed precision, so the growth rate is not checked", UncheckedMessage.GrowthChangeDivisorMayBeZero, label, figure.Current.Text, ch.Text);
                return;
            }

            FigureInterval c = figure.Current.Interval, d = ch.Interval;
            Fraction[] corners =
            [
                d.Low / (c.Low - d.Low), d.Low / (c.High - d.Low), d.High / (c.Low - d.High), d.High / (c.High - d.High),
            ];
            run.Checks++;
            run.Compare(ReconciliationCheck.Growth, growth, FigureInterval.Create(corners.Min(), corners.Max()),
                $"{label} 同比增长率 = 增减额 / (本期 − 增减额)", [figure.Current, ch]);
        }
    }

    internal sealed class Run
    {
        private readonly List<MonthsObservation> months = [];

        internal Run(ReportingPeriod? period) => Period = period;

        /// <summary>The report's period, or null.</summary>
        internal ReportingPeriod? Period { get; }

        internal List<Finding> Findings { get; } = [];

        internal List<UncheckedFigure> Unchecked { get; } = [];

        internal int Checks { get; set; }

        internal void Add(Finding finding) => Findings.Add(finding);

        internal void NotChecked(PrintedFigure? figure, string reason, UncheckedMessage message, params string[] arguments)
        {
            if (figure is not null)
            {
                Unchecked.Add(new UncheckedFigure(figure, reason) { Message = message, Arguments = arguments });
            }
        }

        /// <summary>同比增幅 = 本期 / 上年同期 − 1, or an unchecked figure when the previous figure is not printed.</summary>
        internal void Growth(PrintedFigure? growth, PrintedFigure? current, PrintedFigure? previous, string formula, string what)
        {
            if (growth is null)
            {
                return;
            }

            if (current is null || previous is null)
            {
                string field = $"previous{char.ToUpperInvariant(what[0])}{what[1..]}";
                if (current is null)
                {
                    NotChecked(growth, $"the {what} itself is not printed, so its growth rate is not checked", UncheckedMessage.GrowthCurrentNotPrinted, what);
                }
                else
                {
                    NotChecked(growth, $"no previous-period {what} is printed ({field}), so the growth rate is not checked", UncheckedMessage.GrowthPreviousNotPrinted, what, field);
                }

                return;
            }

            if (previous.Interval.ContainsZero)
            {
                NotChecked(growth, $"the previous-period {what} may be zero, so a growth rate is not meaningful", UncheckedMessage.GrowthPreviousFundMayBeZero, what);
                return;
            }

            Checks++;
            Compare(ReconciliationCheck.Growth, growth, (current.Interval / previous.Interval) - Fraction.One, formula, [current, previous]);
        }

        /// <summary>
        /// The monthly expenditure: the printed one, checked against the period's expenditure / the period's months
        /// when both are printed; or derived from the period's expenditure; or null.
        /// </summary>
        internal FigureInterval? Monthly(PrintedFigure? printed, PrintedFigure? periodExpenditure, string label, out PrintedFigure[] inputs, out string text)
        {
            FigureInterval? derived = null;
            if (periodExpenditure is { } expenditure)
            {
                if (Period is { } period)
                {
                    derived = expenditure.Interval.Scale(Fraction.Create(1, period.MonthCount));
                }
                else
                {
                    NotChecked(expenditure, "the report has no period, so the monthly expenditure cannot be derived from the period's expenditure (add period:)", UncheckedMessage.NoPeriodForMonthlyExpenditure);
                }
            }

            if (printed is not null)
            {
                if (derived is { } d && Period is { } p)
                {
                    Checks++;
                    Compare(ReconciliationCheck.MonthlyExpenditure, printed, d,
                        string.Create(CultureInfo.InvariantCulture, $"{label} 月平均支出 = 本期支出 / {p.MonthCount} ({p})"), [periodExpenditure!]);
                }

                inputs = [printed];
                text = printed.Text;
                return printed.Interval;
            }

            inputs = derived is null ? [] : [periodExpenditure!];
            text = derived is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"({periodExpenditure!.Text} / {Period!.Value.MonthCount})");
            return derived;
        }

        /// <summary>A table's stated period must be the report's period or its last month (a balance "as at").</summary>
        internal void TablePeriod(string table, ReportingPeriod? stated)
        {
            if (stated is not { } tablePeriod || Period is not { } period)
            {
                return;
            }

            Checks++;
            if (tablePeriod == period || (tablePeriod.Kind == PeriodKind.Month && tablePeriod.LastMonth == period.LastMonth))
            {
                return;
            }

            var location = new FigureLocation(table, table, null, "报告期");
            PrintedFigure progress = ProgressFigure(tablePeriod, location);
            Add(new Finding(ReconciliationCheck.Period, FindingKind.Mismatch, FindingSeverity.Error, progress,
                FigureInterval.Exactly(Fraction.FromDecimal(period.TimeProgress.ToPercent(6, MidpointRounding.AwayFromZero)) / Fraction.FromInteger(100)),
                "表内报告期 = 报告期", [progress],
                $"The table '{table}' states the period {tablePeriod} but the report's period is {period}: its figures belong to another period (time progress {progress.Text} instead of {period.TimeProgress.ToString("P2", CultureInfo.InvariantCulture)}).",
                FindingMessage.TablePeriod, [table.ToString(), tablePeriod.ToString(), period.ToString(), progress.Text, period.TimeProgress.ToString("P2", CultureInfo.InvariantCulture)]));
        }

        /// <summary>A period as the printed figure its judgements hang on: its time progress (时间进度), exact.</summary>
        internal static PrintedFigure ProgressFigure(ReportingPeriod period, FigureLocation location) =>
            new(period.TimeProgress.ToPercent(2, MidpointRounding.AwayFromZero), FigureUnit.Percent, location, 0m);

        internal void Total(PrintedFigure? total, IReadOnlyList<PrintedFigure?> parts, string formula, bool skipMissingParts = false, bool exactTotal = false, ReconciliationCheck check = ReconciliationCheck.Total)
        {
            if (total is null || parts.Count == 0 || (!skipMissingParts && parts.Any(p => p is null)))
            {
                return;
            }

            PrintedFigure[] present = parts.Where(p => p is not null).Select(p => p!).ToArray();
            if (present.Length == 0)
            {
                return;
            }

            FigureInterval sum = FigureInterval.Exactly(Fraction.Zero);
            foreach (PrintedFigure part in present)
            {
                sum += part.Interval;
            }

            Checks++;
            if (exactTotal)
            {
                // The total is 100% by definition: the sum of the printed parts must be able to reach it.
                if (!sum.Contains(total.Value))
                {
                    PrintedFigure first = present[0];
                    int d = Finding.Decimals(first) + 1;
                    Add(new Finding(ReconciliationCheck.Share, FindingKind.Mismatch, FindingSeverity.Error, first, sum, formula, present,
                        $"The printed shares ({string.Join(" + ", present.Select(p => p.Text))}) cannot add up to 100%: their sum lies in {sum.Format(FigureUnit.Percent, d)} given the printed precision.",
                        FindingMessage.SharesCannotMakeWhole, [sum.Format(FigureUnit.Percent, d), .. present.Select(p => p.Text)]));
                }

                return;
            }

            Compare(check, total, sum, formula, present);
        }

        internal bool Quotient(ReconciliationCheck check, PrintedFigure? printed, PrintedFigure? numerator, PrintedFigure? denominator, string formula)
        {
            if (printed is null || numerator is null || denominator is null)
            {
                return true;
            }

            if (denominator.Interval.ContainsZero)
            {
                // A quotient whose denominator may be zero has no interval to compare with; say so rather than pass it over.
                NotChecked(printed, $"{formula}: the denominator {denominator.Text} ({denominator.Location}) may be zero at its printed precision, so the quotient is not checked", UncheckedMessage.QuotientDenominatorMayBeZero, formula, denominator.Text, denominator.Location.ToString());
                return true;
            }

            Checks++;
            return Compare(check, printed, numerator.Interval / denominator.Interval, formula, [numerator, denominator]);
        }

        internal bool Compare(ReconciliationCheck check, PrintedFigure printed, FigureInterval expected, string formula, IReadOnlyList<PrintedFigure> inputs)
        {
            if (printed.Interval.Intersects(expected))
            {
                return true;
            }

            int d = Finding.Decimals(printed) + 2;
            string range = expected.Format(printed.Unit, d);
            string inputsText = string.Join(", ", inputs.Select(i => i.Text));
            PrintedFigure[] figures = [printed, .. inputs];
            if (printed.Rounding == PrintRounding.Nearest && !printed.IsExact)
            {
                PrintRounding? directed = printed.IntervalFor(PrintRounding.Floor).Intersects(expected) ? PrintRounding.Floor
                    : printed.IntervalFor(PrintRounding.Ceiling).Intersects(expected) ? PrintRounding.Ceiling : null;
                if (directed is { } mode)
                {
                    Add(new Finding(check, FindingKind.DirectedRounding, FindingSeverity.Note, printed, expected, formula, figures,
                        $"{printed.Text} ({printed.Location}) agrees with {formula} (from {inputsText}: {range}) only if it was rounded {(mode == PrintRounding.Floor ? "down (truncated)" : "up")}, not to nearest as the report's other figures are.",
                        FindingMessage.DirectedRounding, [printed.Text, printed.Location.ToString(), formula, inputsText, range, mode.ToString()]));
                    return false;
                }
            }

            Add(new Finding(check, FindingKind.Mismatch, FindingSeverity.Error, printed, expected, formula, figures,
                $"{printed.Text} ({printed.Location}) does not match {formula}: from {inputsText} it lies in {range}; rounding to the printed precision cannot explain the difference.",
                FindingMessage.Mismatch, [printed.Text, printed.Location.ToString(), formula, inputsText, range]));
            return false;
        }

        internal void Months(PrintedFigure? printed, PrintedFigure balance, FigureInterval monthly, PrintedFigure[] monthlyInputs, string monthlyText, string formula)
        {
            if (printed is null)
            {
                return;
            }

            if (monthly.ContainsZero)
            {
                NotChecked(printed, "the monthly expenditure may be zero, so months of cover are not meaningful", UncheckedMessage.MonthlyExpenditureMayBeZero);
                return;
            }

            Checks++;
            FigureInterval expected = balance.Interval / monthly;
            PrintedFigure[] inputs = [balance, .. monthlyInputs];
            if (monthlyText.StartsWith('('))
            {
                formula += $", 月平均支出 = {monthlyText[1..^1]}";
            }

            if (printed.Rounding != PrintRounding.Approximate)
            {
                Compare(ReconciliationCheck.MonthsOfCover, printed, expected, formula, inputs);
                return;
            }

            bool nearest = printed.IntervalFor(PrintRounding.Nearest).Intersects(expected);
            bool floor = printed.IntervalFor(PrintRounding.Floor).Intersects(expected);
            bool ceiling = printed.IntervalFor(PrintRounding.Ceiling).Intersects(expected);
            if (!nearest && !floor && !ceiling)
            {
                Compare(ReconciliationCheck.MonthsOfCover, printed, expected, formula, inputs);
                return;
            }

            months.Add(new MonthsObservation(printed, balance, monthlyInputs, monthlyText, expected, nearest, floor, ceiling));
        }

        internal void ReportMixedMonthsRounding()
        {
            // One rounding (nearest, down or up) that explains every "约 N 个月" figure means the report is consistent.
            if (months.Count < 2 || months.All(m => m.Nearest) || months.All(m => m.Floor) || months.All(m => m.Ceiling))
            {
                return;
            }

            static string Fits(MonthsObservation m)
            {
                var modes = new List<string>();
                if (m.Nearest)
                {
                    modes.Add("to nearest");
                }

                if (m.Floor)
                {
                    modes.Add("down");
                }

                if (m.Ceiling)
                {
                    modes.Add("up");
                }

                return (modes.Count == 1 ? "only if rounded " : "if rounded ") + string.Join(" or ", modes);
            }

            MonthsObservation[] ordered = [.. months.Where(m => !m.Nearest), .. months.Where(m => m.Nearest)];
            MonthsObservation first = ordered[0];
            string parts = string.Join("; ", ordered.Select(m =>
                $"{m.Printed.Text} ({m.Printed.Location}: {m.Balance.Text} / {m.MonthlyText} ∈ {m.Expected.Format(FigureUnit.Months, 2)}) fits {Fits(m)}"));
            Add(new Finding(ReconciliationCheck.MonthsOfCover, FindingKind.MixedRounding, FindingSeverity.Note, first.Printed, first.Expected,
                "可支付月数 = 结余 / 月平均支出, printed as a whole number of months",
                ordered.SelectMany(m => (PrintedFigure[])[m.Printed, m.Balance, .. m.Monthly]).ToArray(),
                $"No single rounding explains every months-of-cover figure, so the report mixes roundings: {parts}. Each figure alone is explainable, but readers comparing them are misled; state one rounding (e.g. 向下取整) and use it throughout.",
                FindingMessage.MixedMonthsRounding,
                ordered.SelectMany(m => (string[])[m.Printed.Text, m.Printed.Location.ToString(), m.Balance.Text, m.MonthlyText, m.Expected.Format(FigureUnit.Months, 2),
                    string.Join(",", ((string?[])[m.Nearest ? "Nearest" : null, m.Floor ? "Floor" : null, m.Ceiling ? "Ceiling" : null]).Where(x => x is not null))]).ToArray()));
        }

        internal void Repeated(RepeatedFigure repeated)
        {
            if (repeated.Mentions.Count < 2)
            {
                return;
            }

            Checks++;
            if (CommonValue(repeated.Mentions.Select(m => m.Interval)))
            {
                return;
            }

            PrintedFigure first = repeated.Mentions[0];
            string mentions = string.Join(" and ", repeated.Mentions.Select(m => $"{m.Text} ({m.Location})"));
            string[] mentionArguments = repeated.Mentions.SelectMany(m => (string[])[m.Text, m.Location.ToString()]).ToArray();
            if (repeated.Kind == RepeatedFigureKind.ContributionStandard)
            {
                Add(new Finding(ReconciliationCheck.Repeated, FindingKind.ParameterPrintedTwice, FindingSeverity.Note, first, null, $"{repeated.Label}: one value", repeated.Mentions,
                    $"{repeated.Label} is printed with different values: {mentions}. The standard set for a year is often collected in that year for the next coverage year (collection year vs coverage year), which may explain it; say which year each value belongs to.",
                    FindingMessage.StandardPrintedTwice, [repeated.Label, .. mentionArguments]));
                return;
            }

            // Would a directed rounding of one mention reconcile them?
            for (int i = 0; i < repeated.Mentions.Count; i++)
            {
                PrintedFigure candidate = repeated.Mentions[i];
                if (candidate.Rounding != PrintRounding.Nearest || candidate.IsExact)
                {
                    continue;
                }

                foreach (PrintRounding mode in new[] { PrintRounding.Floor, PrintRounding.Ceiling })
                {
                    int index = i;
                    if (CommonValue(repeated.Mentions.Select((m, j) => j == index ? m.IntervalFor(mode) : m.Interval)))
                    {
                        Add(new Finding(ReconciliationCheck.Repeated, FindingKind.DirectedRounding, FindingSeverity.Note, candidate, null, $"{repeated.Label}: one value",
                            [candidate, .. repeated.Mentions.Where((_, j) => j != index)],
                            $"{repeated.Label} is printed as {mentions}; they agree only if {candidate.Text} was rounded {(mode == PrintRounding.Floor ? "down (truncated)" : "up")}, not to nearest as the report's other figures are.",
                            FindingMessage.RepeatedDirectedRounding, [repeated.Label, candidate.Text, mode.ToString(), .. mentionArguments]));
                        return;
                    }
                }
            }

            Add(new Finding(ReconciliationCheck.Repeated, FindingKind.DoublePrinting, FindingSeverity.Error, first, null, $"{repeated.Label}: one value", repeated.Mentions,
                $"{repeated.Label} is printed with different values: {mentions}. They disagree beyond their printed precision and no rounding reconciles them; arithmetic in the report cannot tell which one is wrong; print one value.",
                FindingMessage.RepeatedDoublePrinted, [repeated.Label, .. mentionArguments]));
        }

        private static bool CommonValue(IEnumerable<FigureInterval> intervals)
        {
            Fraction? low = null, high = null;
            foreach (FigureInterval interval in intervals)
            {
                low = low is { } l ? Fraction.Max(l, interval.Low) : interval.Low;
                high = high is { } h ? Fraction.Min(h, interval.High) : interval.High;
            }

            return low is { } lo && high is { } hi && lo <= hi;
        }
    }

    private sealed record MonthsObservation(PrintedFigure Printed, PrintedFigure Balance, PrintedFigure[] Monthly, string MonthlyText, FigureInterval Expected, bool Nearest, bool Floor, bool Ceiling);
}
