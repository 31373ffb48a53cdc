using System.Collections.Generic;
using System.IO;
using FundMath.Cases;
using FundMath.Cli.Input;
using FundMath.Cli.Output;
using FundMath.Cli.Views;
using Spectre.Console;

namespace FundMath.Cli.Commands;

/// <summary><c>fundmath test PATH...</c>: runs case files; a diff per failing case; the last line is "N passed, N failed".</summary>
internal static class TestCommand
{
    public static CommandResult Run(IReadOnlyList<string> paths)
    {
        foreach (string path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                throw new InputException("no such file or folder.", path);
            }

            if (Directory.Exists(path) && CaseFilesIn(path) == 0)
            {
                // A run that checks nothing must not pass as "0 passed, 0 failed".
                throw new InputException($"no case files ({string.Join(", ", CaseRunner.Extensions)}) in this folder.", path);
            }
        }

        CaseRunReport report = RunWithProgress(paths);
        var view = new ReportView("test", "fundmath test — " + string.Join(" ", paths), string.Join(" ", paths));
        Section section = view.AddSection("cases", "Cases");
        ViewTable table = section.AddTable(
            "cases",
            "Case results",
            new Column("id", "Case", CellKind.Text),
            new Column("calculation", "Calculation", CellKind.Text),
            new Column("location", "Where", CellKind.Text),
            new Column("outcome", "Outcome", CellKind.Outcome),
            new Column("difference", "Difference", CellKind.Text, Detail: true));
        view.Chinese["Cases"] = "测试用例";
        view.Chinese["Case results"] = "各用例结果";
        view.Chinese["Case"] = "用例";
        view.Chinese["Calculation"] = "计算";
        view.Chinese["Difference"] = "差异";
        foreach (CaseRunResult result in report.Results)
        {
            string difference = result.Passed ? string.Empty : CaseReporter.Describe(result).Trim().Replace("\r\n", "\n", System.StringComparison.Ordinal);
            if (difference.Length > 0)
            {
                view.Chinese[difference] = CaseReportChinese.Describe(result).Trim().Replace("\r\n", "\n", System.StringComparison.Ordinal);
            }

            view.Chinese[result.Outcome.ToString()] = CaseReportChinese.Outcome(result.Outcome);
            table.AddRow(
                Cell.Of(result.Id),
                Cell.Of(result.Calculation),
                Cell.Of(result.Location.ToString()),
                Cell.Outcome(result.Outcome.ToString(), result.Passed ? Tone.Good : Tone.Bad),
                Cell.Of(difference));
            foreach (OutputCheck check in result.Checks)
            {
                if (check.Explanation is not null)
                {
                    view.Explanations.Add(check.Explanation);
                }
            }
        }

        section.Notes.Add(report.Summary);
        view.Chinese[report.Summary] = CaseReportChinese.Summary(report);
        string text = CaseReporter.ToText(report, listPassed: false).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
        string chinese = CaseReportChinese.ToText(report).Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
        return new CommandResult(view, report.AllPassed ? ExitCodes.Ok : ExitCodes.Findings, text, chinese);
    }

    private static int CaseFilesIn(string folder)
    {
        try
        {
            return CaseRunner.FindCaseFiles([folder]).Count;
        }
        catch (System.Exception e) when (e is IOException or System.UnauthorizedAccessException)
        {
            throw new InputException("cannot read the folder: " + e.Message, folder, inner: e);
        }
    }

    // On an interactive terminal a Spectre status line on stderr shows that a long run is working; redirected
    // output (scripts, CI, tests) gets no progress noise and stdout stays exactly the report.
    private static CaseRunReport RunWithProgress(IReadOnlyList<string> paths)
    {
        if (System.Console.IsErrorRedirected || System.Console.IsOutputRedirected)
        {
            return new CaseRunner().RunPaths(paths);
        }

        Spectre.Console.IAnsiConsole error = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(System.Console.Error),
        });
        CaseRunReport? report = null;
        error.Status().Start("Running case files…", _ => report = new CaseRunner().RunPaths(paths));
        return report!;
    }
}
