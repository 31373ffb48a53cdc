using System;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>A finding's explanation in full, with and without an expected interval; which locations it involves; and the result's counts.</summary>
public sealed class FindingBoundaryTests
{
    private static readonly FigureLocation P = new("s", "t", "r", "p");

    private static readonly FigureLocation A = new("s", "t", "r", "a");

    private static ReconciliationResult Mismatch()
    {
        // 10元 against 1.5 (nearest, [1.45, 1.55]) + 2.0 (floor, [2.0, 2.1]) = [3.45, 3.65], a mismatch; 1.29亿元 and 1.50亿元 printed for one figure: a double printing.
        var report = new ReportDocument("r")
        {
            Totals = [new TotalFigures("合计", new PrintedFigure(10m, FigureUnit.Yuan, P), [new PrintedFigure(1.5m, FigureUnit.Yuan, A), new PrintedFigure(2.0m, FigureUnit.Yuan, A with { Column = "b" }, null, PrintRounding.Floor)])],
            Repeated = [new RepeatedFigure("点值", [new PrintedFigure(1.29m, FigureUnit.Yi, P), new PrintedFigure(1.50m, FigureUnit.Yi, A)])],
        };
        return ReportChecker.Check(report);
    }

    [Fact]
    public void Explanation_of_a_mismatch_shows_each_figure_and_the_recomputed_interval()
    {
        Finding f = Mismatch().Findings[0];
        Assert.Equal(string.Join(Environment.NewLine,
            "Error Mismatch: s › t › r › p = 10元",
            "    10元 (s › t › r › p) does not match 合计: 合计 = Σ 分项: from 1.5元, 2.0元 it lies in [3.45, 3.65]元; rounding to the printed precision cannot explain the difference.",
            "    formula: 合计: 合计 = Σ 分项",
            "    rounding: interval arithmetic: nearest x ± p/2, floor [x, x + p], ceiling [x − p, x], 约 x ± p; outward bounds",
            "    note: recomputed from the other printed figures: [3.45, 3.65]元",
            "  - s › t › r › p = 10元  [input]",
            "      note: printed to 1元, Nearest: true value in [9.500, 10.500]元",
            "  - s › t › r › a = 1.5元  [input]",
            "      note: printed to 0.1元, Nearest: true value in [1.4500, 1.5500]元",
            "  - s › t › r › b = 2.0元  [input]",
            "      note: printed to 0.1元, Floor: true value in [2.0000, 2.1000]元",
            string.Empty), f.Explain().ToText());
        Assert.Equal("Error: " + f.Sentence, f.ToString());
    }

    [Fact]
    public void Explanation_without_an_expected_interval_has_no_note()
    {
        Finding f = Mismatch().Findings[1];
        Assert.Null(f.Expected);
        string text = f.Explain().ToText();
        Assert.StartsWith("Error DoublePrinting: s › t › r › p = 1.29亿元" + Environment.NewLine, text);
        Assert.DoesNotContain("note: recomputed", text);
        Assert.Contains("  - s › t › r › a = 1.50亿元  [input]" + Environment.NewLine + "      note: printed to 0.01亿元, Nearest: true value in [1.49500, 1.50500]亿元", text);
    }

    [Fact]
    public void A_finding_involves_the_locations_of_its_figures()
    {
        Finding f = Mismatch().Findings[0];
        Assert.True(f.Involves(new FigureLocation("s", "t", "r", "a")));
        Assert.True(f.Involves(P));
        Assert.False(f.Involves(new FigureLocation("s", "t", "r", "c")));
        Assert.Equal("location", Assert.Throws<ArgumentNullException>(() => f.Involves(null!)).ParamName);
        Assert.Equal(3, f.Figures.Count);
        Assert.Equal(FindingMessage.Mismatch, f.Message);
        Assert.Equal("10元", f.Arguments[0]);
    }

    [Fact]
    public void The_result_counts_errors_and_notes()
    {
        ReconciliationResult r = Mismatch();
        Assert.Equal((2, 0, 2, false), (r.ErrorCount, r.NoteCount, r.ChecksRun, r.IsConsistent));
        var note = new ReportDocument("r") { Repeated = [new RepeatedFigure("标准", [new PrintedFigure(380m, FigureUnit.YuanPerPerson, P), new PrintedFigure(350m, FigureUnit.YuanPerPerson, A)], RepeatedFigureKind.ContributionStandard)] };
        ReconciliationResult n = ReportChecker.Check(note);
        Assert.Equal((0, 1, false), (n.ErrorCount, n.NoteCount, n.IsConsistent));
        Assert.Equal(2, Finding.Decimals(new PrintedFigure(1.29m, FigureUnit.Yi, P)));
        Assert.Equal(0, Finding.Decimals(new PrintedFigure(129m, FigureUnit.Yi, P)));
        Assert.Empty(ReportChecker.Check(new ReportDocument("r")).Findings);
    }
}
