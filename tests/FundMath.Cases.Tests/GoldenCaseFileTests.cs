using System;
using System.IO;
using System.Linq;
using Xunit.Abstractions;

namespace FundMath.Cases.Tests;

/// <summary>Runs every case file under tests/cases (copied next to the test assembly by the csproj).</summary>
public class GoldenCaseFileTests(ITestOutputHelper output)
{
    public static string CasesFolder => Path.Combine(AppContext.BaseDirectory, "cases");

    [Fact]
    public void Every_case_file_under_tests_cases_passes()
    {
        CaseRunReport report = new CaseRunner().RunPaths([CasesFolder]);
        output.WriteLine(CaseReporter.ToText(report, listPassed: true));
        Assert.True(report.Results.Count >= 20, $"expected the golden suite, found {report.Results.Count} cases");
        Assert.True(report.AllPassed, CaseReporter.ToText(report));
    }

    [Fact]
    public void The_suite_includes_yaml_and_json_files_from_subfolders()
    {
        var files = CaseRunner.FindCaseFiles([CasesFolder]);
        Assert.Contains(files, f => f.EndsWith(".json", StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains(Path.Combine("cases", "policies"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.Contains(Path.Combine("cases", "foundation"), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_registered_calculation_has_a_golden_case()
    {
        // Every calculation FundMath offers is reachable from a case: a new adapter without a case fails here.
        CaseRunReport report = new CaseRunner().RunPaths([CasesFolder]);
        var used = report.Results.Select(r => r.Calculation).ToHashSet(StringComparer.Ordinal);
        string[] missing = CaseCalculations.CreateDefault().Names.Where(n => !used.Contains(n)).ToArray();
        Assert.True(missing.Length == 0, "no case under tests/cases for: " + string.Join(", ", missing));
    }
}
