using System;
using System.IO;

namespace FundMath.Cases.Tests;

/// <summary>
/// A case file's <c>parameter_file:</c> layers a regional set over the national one for every case of the file; the
/// path is looked for beside the case file and then beside each parent folder (nearest first).
/// </summary>
public sealed class ParameterFileTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "fundmath-parameter-file-" + Guid.NewGuid().ToString("N"));

    public ParameterFileTests()
    {
        Directory.CreateDirectory(Path.Combine(root, "params"));
        Directory.CreateDirectory(Path.Combine(root, "suite", "deep"));
        File.WriteAllText(Path.Combine(root, "params", "city.yaml"), """
            name: city
            parameters:
              city.only_rate:
                description: a rate only the city defines
                unit: rate
                values:
                  2020-01-01: { value: 12.5%, cite: { document: city rule } }
            """);
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    private CaseRunReport RunSuite(string parameterFile)
    {
        string file = Path.Combine(root, "suite", "deep", "cases.yaml");
        File.WriteAllText(file, $$"""
            parameter_file: {{parameterFile}}
            cases:
              - id: city-rate
                calculation: parameters.lookup
                date: 2021-01-01
                inputs: { name: city.only_rate }
                expected: { value: 12.5%, citation: city rule }
              - id: national-still-there
                calculation: parameters.lookup
                date: 2021-06-30
                inputs: { name: resident.individual_contribution }
                expected: { value: 320 }
            """);
        return new CaseRunner().RunPaths([file]);
    }

    [Fact]
    public void Found_upwards_from_the_case_file_and_layered_over_the_national_set()
    {
        CaseRunReport report = RunSuite("params/city.yaml");
        Assert.True(report.AllPassed, CaseReporter.ToText(report));
        Assert.Equal(2, report.PassedCount);
    }

    [Fact]
    public void A_relative_path_from_the_case_file_works_too()
    {
        Assert.True(RunSuite("../../params/city.yaml").AllPassed);
    }

    [Fact]
    public void A_missing_parameter_file_is_an_error_with_its_location()
    {
        CaseRunReport report = RunSuite("params/nowhere.yaml");
        CaseRunResult r = Assert.Single(report.Results);
        Assert.Equal(CaseOutcome.Error, r.Outcome);
        Assert.Contains("cases.yaml:1:17: parameter_file: parameter file 'params/nowhere.yaml' not found beside cases.yaml nor beside any parent folder", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FindUpwards_prefers_the_nearest_folder()
    {
        File.WriteAllText(Path.Combine(root, "suite", "marker.txt"), "near");
        Directory.CreateDirectory(Path.Combine(root, "x"));
        File.WriteAllText(Path.Combine(root, "marker.txt"), "far");
        string? found = CaseRunner.FindUpwards(Path.Combine(root, "suite", "deep", "cases.yaml"), "marker.txt");
        Assert.Equal(Path.Combine(root, "suite", "marker.txt"), found);
        Assert.Null(CaseRunner.FindUpwards(Path.Combine(root, "suite", "deep", "cases.yaml"), "no-such-file.txt"));
    }
}
