using System.Collections.Generic;
using System.Linq;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// The checker's relations one by one (<see cref="ReportChecker.Run"/>): for each scenario the number of checks run,
/// what each call returned, and every finding and unchecked figure in full — check, kind, severity, printed figure,
/// expected interval, formula, figures, message, arguments and sentence.
/// </summary>
public sealed partial class RunScenarioBoundaryTests
{
    private static PrintedFigure F(string text, string column = "c", FigureUnit? unit = null) =>
        PrintedFigure.Parse(text, new FigureLocation("s", "t", "r", column), unit);

    private static PrintedFigure Exact(decimal printed, FigureUnit unit, string column) => new(printed, unit, new FigureLocation("s", "t", "r", column), 0m);

    private static FigureInterval Between(decimal low, decimal high) => FigureInterval.Create(Fraction.FromDecimal(low), Fraction.FromDecimal(high));

    internal static string Describe(Finding f) =>
        $"{f.Check}|{f.Kind}|{f.Severity}|{f.Printed.Text}@{f.Printed.Location.Column}|{f.Expected}|{f.Formula}|{string.Join(",", f.Figures.Select(x => x.Text))}|{f.Message}|{string.Join("¦", f.Arguments)}|{f.Sentence}";

    internal static string Describe(UncheckedFigure u) =>
        $"unchecked {u.Figure.Text}@{u.Figure.Location.Column}|{u.Message}|{string.Join("¦", u.Arguments)}|{u.Reason}";

    private sealed class Scenario(ReportingPeriod? period)
    {
        public ReportChecker.Run Run { get; } = new(period);

        public List<string> Returns { get; } = [];

        public void Say(object? value) => Returns.Add(value?.ToString() ?? "null");
    }

    private static Dictionary<string, Scenario> All()
    {
        var all = new Dictionary<string, Scenario>();
        Scenario New(string name, ReportingPeriod? period = null) => all[name] = new Scenario(period);

        // ---- Compare: 10元 printed to the yuan stands for [9.5, 10.5].
        Scenario s = New("compare-intersects");
        s.Say(s.Run.Compare(ReconciliationCheck.Total, F("10元", "p"), Between(10.4m, 11m), "f", [F("1元", "a")]));
        s = New("compare-floor");
        s.Say(s.Run.Compare(ReconciliationCheck.Quotient, F("10元", "p"), Between(10.6m, 10.8m), "f", [F("1元", "a"), F("2元", "b")]));
        s = New("compare-ceiling");
        s.Say(s.Run.Compare(ReconciliationCheck.Surplus, F("10元", "p"), Between(9.2m, 9.4m), "f", [F("1元", "a")]));
        s = New("compare-mismatch");
        s.Say(s.Run.Compare(ReconciliationCheck.Growth, F("10元", "p"), Between(12m, 13m), "f", [F("1元", "a")]));
        s = New("compare-declared-floor");
        s.Say(s.Run.Compare(ReconciliationCheck.Total, new PrintedFigure(10m, FigureUnit.Yuan, new FigureLocation("s", "t", "r", "p"), null, PrintRounding.Floor), Between(9.2m, 9.4m), "f", []));
        s = New("compare-exact-count");
        s.Say(s.Run.Compare(ReconciliationCheck.Total, F("10人", "p"), Between(10.6m, 10.8m), "f", []));

        // ---- Total
        s = New("total-skipped");
        s.Run.Total(null, [F("1元")], "f");
        s.Run.Total(F("1元"), [], "f");
        s.Run.Total(F("1元"), [F("1元"), null], "f");
        s.Run.Total(F("1元"), [null, null], "f", skipMissingParts: true);
        s = New("total-skip-missing");
        s.Run.Total(F("3元", "total"), [F("1元", "a"), null, F("2元", "b")], "f", skipMissingParts: true);
        s = New("total-payables-mismatch");
        s.Run.Total(F("6元", "total"), [F("1元", "a"), F("2元", "b")], "f", check: ReconciliationCheck.Payables);
        s = New("total-exact-shares");
        s.Run.Total(new PrintedFigure(100m, FigureUnit.Percent, new FigureLocation("s", "t", "合计", "占比"), 0.000001m), [F("33.3%", "a"), F("66.7%", "b")], "Σ 占比 = 100%", exactTotal: true);
        s.Run.Total(new PrintedFigure(100m, FigureUnit.Percent, new FigureLocation("s", "t", "合计", "占比"), 0.000001m), [F("33.3%", "a"), F("66.5%", "b")], "Σ 占比 = 100%", exactTotal: true);

        // ---- Quotient
        s = New("quotient");
        s.Say(s.Run.Quotient(ReconciliationCheck.Share, null, F("1元"), F("2元"), "f"));
        s.Say(s.Run.Quotient(ReconciliationCheck.Share, F("50%"), null, F("2元"), "f"));
        s.Say(s.Run.Quotient(ReconciliationCheck.Share, F("50%"), F("1元"), null, "f"));
        s.Say(s.Run.Quotient(ReconciliationCheck.Share, F("50%", "q"), F("1.00亿元", "n"), F("0.00亿元", "d"), "f"));
        s.Say(s.Run.Quotient(ReconciliationCheck.Share, F("50%", "q"), F("1.00元", "n"), F("2.00元", "d"), "f"));
        s.Say(s.Run.Quotient(ReconciliationCheck.ExecutionRate, F("70%", "q"), F("1.00元", "n"), F("2.00元", "d"), "f"));

        // ---- Growth
        s = New("growth");
        s.Run.Growth(null, F("1元"), F("1元"), "f", "income");
        s.Run.Growth(F("10.0%", "g1"), null, F("1.00亿元"), "f", "income");
        s.Run.Growth(F("10.0%", "g2"), F("1.10亿元"), null, "f", "expenditure");
        s.Run.Growth(F("10.0%", "g3"), F("1.10亿元"), F("0.00亿元"), "f", "income");
        s.Run.Growth(F("10.0%", "g4"), F("1.10亿元"), F("1.00亿元"), "f ok", "income");
        s.Run.Growth(F("20.0%", "g5"), F("1.10亿元"), F("1.00亿元"), "f bad", "income");

        // ---- Monthly expenditure: 12.00亿元 over 12 months, 3.00亿元 over a quarter.
        s = New("monthly-derived", ReportingPeriod.OfYear(2021));
        s.Say(s.Run.Monthly(null, F("12.00亿元", "e"), "L", out PrintedFigure[] inputs, out string text));
        s.Say(string.Join(",", inputs.Select(i => i.Text)) + " " + text);
        s = New("monthly-printed", ReportingPeriod.OfYear(2021));
        s.Say(s.Run.Monthly(F("1.00亿元", "m"), F("12.00亿元", "e"), "L", out inputs, out text));
        s.Say(string.Join(",", inputs.Select(i => i.Text)) + " " + text);
        s.Say(s.Run.Monthly(F("1.10亿元", "m"), F("12.00亿元", "e"), "L", out inputs, out text));
        s = New("monthly-quarter", ReportingPeriod.OfQuarter(2021, 2));
        s.Say(s.Run.Monthly(null, F("3.00亿元", "e"), "L", out inputs, out text));
        s.Say(string.Join(",", inputs.Select(i => i.Text)) + " " + text);
        s.Say(s.Run.Monthly(F("1.50亿元", "m"), F("3.00亿元", "e"), "L", out _, out _));
        s = New("monthly-no-period");
        s.Say(s.Run.Monthly(null, F("12.00亿元", "e"), "L", out inputs, out text));
        s.Say(inputs.Length + " '" + text + "'");
        s.Say(s.Run.Monthly(F("1.00亿元", "m"), F("12.00亿元", "e2"), "L", out inputs, out text));
        s.Say(s.Run.Monthly(null, null, "L", out inputs, out text));
        s.Say(inputs.Length + " '" + text + "'");

        // ---- Table periods against a 2021 report.
        s = New("table-period", ReportingPeriod.OfYear(2021));
        s.Run.TablePeriod("a", null);
        s.Run.TablePeriod("b", ReportingPeriod.OfYear(2021));
        s.Run.TablePeriod("c", ReportingPeriod.OfMonth(2021, 12));
        s.Run.TablePeriod("d", ReportingPeriod.OfMonth(2021, 6));
        s.Run.TablePeriod("e", ReportingPeriod.OfQuarter(2021, 4));
        s.Run.TablePeriod("f", ReportingPeriod.OfYear(2020));
        s = New("table-period-without-report-period");
        s.Run.TablePeriod("a", ReportingPeriod.OfYear(2021));

        // ---- Months of cover: 20.23亿元 / [1.285, 1.295]亿元 ∈ [15.62, 15.75].
        FigureInterval monthly = F("1.29亿元").Interval;
        s = New("months");
        s.Run.Months(null, F("20.23亿元"), monthly, [F("1.29亿元", "m")], "1.29亿元", "f");
        s.Run.Months(F("约15个月", "z"), F("20.23亿元"), F("0.00亿元").Interval, [], "", "f");
        s.Run.Months(F("15.7个月", "ok"), F("20.23亿元", "b"), monthly, [F("1.29亿元", "m")], "1.29亿元", "f");
        s.Run.Months(F("16.7个月", "bad"), F("20.23亿元", "b"), monthly, [F("1.29亿元", "m")], "1.29亿元", "f");
        s.Run.Months(F("16.7个月", "derived"), F("20.23亿元", "b"), monthly, [F("15.48亿元", "e")], "(15.48亿元 / 12)", "g");
        s.Run.Months(F("约20个月", "far"), F("20.23亿元", "b"), monthly, [F("1.29亿元", "m")], "1.29亿元", "h");
        s.Run.ReportMixedMonthsRounding();

        // 约15 fits only rounding down, 约16 to nearest or up: no one rounding fits both.
        s = New("months-mixed");
        s.Run.Months(F("约16个月", "book"), F("20.23亿元", "b1"), monthly, [F("1.29亿元", "m")], "1.29亿元", "f");
        s.Run.Months(F("约15个月", "actual"), F("20.23亿元", "b2"), monthly, [F("1.29亿元", "m")], "1.29亿元", "g");
        s.Run.ReportMixedMonthsRounding();

        // Both fit rounding down: one rounding, no note; one figure alone: no note.
        s = New("months-one-rounding");
        s.Run.Months(F("约15个月", "a"), F("20.23亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.Months(F("约18个月", "b"), F("23.89亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.ReportMixedMonthsRounding();
        s = New("months-all-nearest");
        s.Run.Months(F("约16个月", "a"), F("20.23亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.Months(F("约16个月", "b"), F("20.23亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.ReportMixedMonthsRounding();
        s = New("months-all-up");
        s.Run.Months(F("约16个月", "a"), F("19.70亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.Months(F("约16个月", "b"), F("20.23亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.ReportMixedMonthsRounding();
        s = New("months-single");
        s.Run.Months(F("约15个月", "a"), F("20.23亿元"), monthly, [F("1.29亿元")], "1.29亿元", "f");
        s.Run.ReportMixedMonthsRounding();

        // ---- Repeated figures
        s = New("repeated");
        s.Run.Repeated(new RepeatedFigure("one", [F("1.29亿元")]));
        s.Run.Repeated(new RepeatedFigure("same", [F("1.29亿元", "x"), F("1.3亿元", "y")]));
        s.Run.Repeated(new RepeatedFigure("standard", [F("380元/人", "x"), F("350元/人", "y")], RepeatedFigureKind.ContributionStandard));
        s.Run.Repeated(new RepeatedFigure("down", [F("1.29亿元", "x"), F("1.2亿元", "y")]));
        s.Run.Repeated(new RepeatedFigure("up", [F("1.4亿元", "x"), F("1.34亿元", "y")]));
        s.Run.Repeated(new RepeatedFigure("apart", [F("1.29亿元", "x"), F("1.50亿元", "y")]));
        s.Run.Repeated(new RepeatedFigure("counts", [F("10人", "x"), F("11人", "y")]));
        s.Run.Repeated(new RepeatedFigure("exact", [Exact(1.2m, FigureUnit.Yi, "x"), F("1.29亿元", "y")]));
        return all;
    }

    private static string Render(Scenario s) =>
        string.Join("\n", (string[])[$"checks={s.Run.Checks}", .. s.Returns.Select(r => "=> " + r), .. s.Run.Findings.Select(Describe), .. s.Run.Unchecked.Select(Describe)]);

}
