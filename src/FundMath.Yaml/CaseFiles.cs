using System.Collections.Generic;
using FundMath.Cases;
using FundMath.Policies;

namespace FundMath.Yaml;

/// <summary>
/// Runs YAML and JSON case files — 案例文件: a <see cref="CaseRunner"/> wired to <see cref="DataFiles.Load"/>.
/// <c>CaseFiles.RunPaths(["tests/cases"])</c> is what <c>fundmath test PATH...</c> does.
/// </summary>
public static class CaseFiles
{
    /// <summary>A runner that reads .yaml, .yml and .json.</summary>
    public static CaseRunner CreateRunner(CaseCalculations? calculations = null, ParameterSet? parameters = null) =>
        new(calculations, parameters, DataFiles.Load);

    /// <summary>Runs every case file under the paths (files, or folders searched recursively).</summary>
    public static CaseRunReport RunPaths(IEnumerable<string> paths, CaseCalculations? calculations = null, ParameterSet? parameters = null) =>
        CreateRunner(calculations, parameters).RunPaths(paths);
}
