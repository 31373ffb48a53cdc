using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Yaml;
using Xunit.Abstractions;

namespace FundMath.Cases.Tests;

public class CaseRunnerTests(ITestOutputHelper output)
{
    private static CaseRunReport RunYaml(string yaml, string name = "t.yaml")
    {
        var runner = new CaseRunner();
        return new CaseRunReport(runner.Run(YamlDataReader.Read(yaml, name)));
    }

    [Fact]
    public void Missing_input_is_an_error_naming_it_never_zero()
    {
        CaseRunReport report = RunYaml("""
            cases:
              - id: no-headcount
                calculation: money.per_capita_total
                inputs: { per_capita: 280 }
                expected: { total: 0 }
            """);
        CaseRunResult r = Assert.Single(report.Results);
        Assert.Equal(CaseOutcome.Error, r.Outcome);
        Assert.StartsWith("t.yaml:4:13: cases[0].inputs: missing input 'headcount'", r.Error);
    }

    [Fact]
    public void Every_missing_required_input_is_named_before_the_calculation_runs()
    {
        // drg.point_value declares budget, points, point_decimals required; reserve or reserve_ratio is an alternative.
        CaseRunReport report = RunYaml("""
            cases:
              - id: no-budget
                calculation: drg.point_value
                inputs: { reserve_ratio: 5% }
                expected: { point_value: 0 }
            """);
        CaseRunResult r = Assert.Single(report.Results);
        Assert.Equal(CaseOutcome.Error, r.Outcome);
        Assert.StartsWith("t.yaml:4:13: cases[0].inputs: missing inputs 'budget', 'points', 'point_decimals' for drg.point_value (required: budget, points, point_decimals)", r.Error);
    }

    [Fact]
    public void A_wrong_value_fails_with_a_diff_and_the_summary_line()
    {
        CaseRunReport report = RunYaml("""
            cases:
              - id: off-by-a-fen
                description: deliberately wrong
                source: test
                calculation: money.divide
                inputs: { amount: 38189万元, divisor: 1614507 }
                expected: { quotient: 236.55 }
              - id: ok
                calculation: money.divide
                inputs: { amount: 38189万元, divisor: 1614507 }
                expected: { quotient: 236.54 }
            """);
        string text = CaseReporter.ToText(report);
        output.WriteLine(text);
        Assert.Equal("1 passed, 1 failed", text.Split('\n')[^1]);
        Assert.Contains("FAIL off-by-a-fen (money.divide) at t.yaml:2:5", text);
        Assert.Contains("- expected: 236.55元 (exact)", text);
        Assert.Contains("+ actual:   236.54元", text);
        Assert.Contains("difference: -0.01元", text);
        Assert.Contains("quotient = 236.54元", text); // the explanation is shown
        OutputCheck check = Assert.Single(report["off-by-a-fen"].Checks);
        Assert.Equal(("236.55元", "236.54元", false), (check.Expected, check.Actual, check.Passed));
        Assert.Equal(new SourceLocation("t.yaml", 7, 27), check.Location);
    }

    [Theory]
    [InlineData("{ value: 236.55, tolerance_fen: 1 }", true)]
    [InlineData("{ value: 236.56, tolerance_fen: 1 }", false)]
    [InlineData("{ value: 236.60, absolute: 0.1 }", true)]
    [InlineData("{ value: 236.60, relative: 0.01% }", false)] // 0.0236…
    [InlineData("{ value: 236.60, relative: 0.03% }", true)]  // 0.0709…
    public void Tolerances_absolute_in_fen_or_value_units_or_relative(string expected, bool passes)
    {
        CaseRunReport report = RunYaml($"""
            - calculation: money.divide
              inputs: {"{"} amount: 38189万元, divisor: 1614507 {"}"}
              expected: {"{"} quotient: {expected} {"}"}
            """);
        Assert.Equal(passes, report.AllPassed);
    }

    [Fact]
    public void Malformed_files_and_cases_become_failures_with_locations()
    {
        string dir = Directory.CreateTempSubdirectory("fundmath-cases").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "broken.yaml"), "cases:\n  - id: x\n    calculation: [unclosed\n");
            File.WriteAllText(Path.Combine(dir, "unknown.json"), """{"cases": [{"id": "u", "calculation": "no.such", "expected": {"x": 1}}]}""");
            File.WriteAllText(Path.Combine(dir, "typo.yml"), "cases:\n  - id: t\n    calculaton: money.sum\n    expected: { total: 1 }\n  - id: fine\n    calculation: money.sum\n    inputs: { items: [1, 2] }\n    expected: { total: 3 }\n");
            File.WriteAllText(Path.Combine(dir, "notes.txt"), "ignored");
            CaseRunReport report = new CaseRunner().RunPaths([dir, Path.Combine(dir, "missing-folder")]);
            string text = CaseReporter.ToText(report);
            output.WriteLine(text);
            Assert.Equal(5, report.Results.Count);
            Assert.Equal("1 passed, 4 failed", report.Summary);
            Assert.Contains("broken.yaml:", report.Results[0].Error);
            Assert.Contains("typo.yml:3:5: cases[0]: unknown member 'calculaton'", report.Results[1].Error);
            Assert.Contains("unknown.json:1:39: cases[0].calculation: unknown calculation 'no.such'", report.Results[3].Error);
            Assert.True(report["fine"].Passed);
            Assert.Contains("missing-folder", report.Results[4].Error);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Missing_output_and_unknown_override_are_reported()
    {
        CaseRunReport report = RunYaml("""
            - id: wrong-output
              calculation: money.sum
              inputs: { items: [1] }
              expected: { sum: 1 }
            - id: unknown-param
              calculation: parameters.lookup
              date: 2021-01-01
              parameters: { resident.subsidy: 1 }
              inputs: { name: resident.fiscal_subsidy }
              expected: { value: 580 }
            - id: duplicate
              calculation: money.sum
              inputs: { items: [1] }
              expected: { total: 1 }
            - id: duplicate
              calculation: money.sum
              inputs: { items: [1] }
              expected: { total: 1 }
            """);
        Assert.Contains("produced no output 'sum' (outputs: total)", report["wrong-output"].Checks[0].Difference);
        Assert.StartsWith("t.yaml:8:17: [1].parameters: unknown parameter 'resident.subsidy'", report["unknown-param"].Error);
        Assert.Equal(CaseOutcome.Error, report.Results[3].Outcome);
        Assert.Contains("duplicate case id 'duplicate'", report.Results[3].Error);
    }

    [Fact]
    public void Parameter_overrides_apply_to_the_case_only()
    {
        CaseRunReport report = RunYaml("""
            - id: overridden
              calculation: parameters.lookup
              date: 2021-01-01
              parameters:
                employee.employer_rate: { value: 8.7%, cite: 株洲市2021年年度医疗保险基金财务报表及运行分析报告 }
              inputs: { name: employee.employer_rate }
              expected: { value: 8.7%, citation: 株洲市2021年年度医疗保险基金财务报表及运行分析报告 }
            - id: national
              calculation: parameters.lookup
              date: 2021-01-01
              inputs: { name: employee.employer_rate }
              expected: { value: 6% }
            - id: out-of-domain
              calculation: parameters.lookup
              date: 2021-01-01
              parameters: { employee.employer_rate: 150% }
              inputs: { name: employee.employer_rate }
              expected: { value: 150% }
            """);
        Assert.True(report["overridden"].Passed, CaseReporter.ToText(report));
        Assert.True(report["national"].Passed);
        Assert.Contains("value out of domain: 150%", report["out-of-domain"].Error);
    }

    [Fact]
    public void Default_runner_reads_yaml_and_json_by_extension_and_names_an_unknown_one()
    {
        string yaml = Path.Combine(GoldenCaseFileTests.CasesFolder, "foundation", "money.yaml");
        string json = Path.Combine(GoldenCaseFileTests.CasesFolder, "foundation", "time-progress.json");
        IReadOnlyList<CaseRunResult> fromYaml = new CaseRunner().RunFile(yaml);
        Assert.True(fromYaml.Count > 1 && fromYaml.All(r => r.Passed), string.Join("\n", fromYaml.Select(CaseReporter.Describe)));
        Assert.True(new CaseRunner().RunPaths([json]).AllPassed);

        string dir = Directory.CreateTempSubdirectory("fundmath-ext").FullName;
        try
        {
            string text = Path.Combine(dir, "cases.txt");
            File.WriteAllText(text, "- { calculation: money.sum, inputs: { items: [1] }, expected: { total: 1 } }\n");
            CaseRunResult r = Assert.Single(new CaseRunner().RunFile(text));
            Assert.Equal(CaseOutcome.Error, r.Outcome);
            Assert.Contains("unknown data file extension '.txt'", r.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_given_loader_replaces_the_default()
    {
        string yaml = Path.Combine(GoldenCaseFileTests.CasesFolder, "foundation", "money.yaml");
        var jsonOnly = new CaseRunner(loader: path => JsonDataReader.Read(File.ReadAllText(path), path));
        CaseRunResult r = Assert.Single(jsonOnly.RunFile(yaml));
        Assert.Equal(CaseOutcome.Error, r.Outcome);
        Assert.StartsWith(yaml + ":1:", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Registry_rejects_duplicates_and_lists_names()
    {
        CaseCalculations registry = CaseCalculations.CreateDefault();
        Assert.Contains("money.per_capita_total", registry.Names);
        Assert.Contains("parameters.lookup", registry.Names);
        Assert.Throws<ArgumentException>(() => registry.Add(Foundation.Sum));
        var custom = CaseCalculation.Create("custom.double", "x × 2", [new("x", CaseValueKind.Money, "元")],
            (i, _) => new CaseResult().Add("y", i.Money("x") * 2));
        registry.Add(custom);
        var runner = new CaseRunner(registry, ParameterSet.National, path => DataFiles.Load(path));
        var results = runner.Run(YamlDataReader.Read("- { calculation: custom.double, inputs: { x: 1.5 }, expected: { y: 3 } }", "c.yaml"));
        Assert.True(Assert.Single(results).Passed);
    }
}
