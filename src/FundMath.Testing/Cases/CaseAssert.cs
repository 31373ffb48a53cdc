using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Cases;

namespace FundMath.Testing;

/// <summary>
/// Assertions over FundMath case files for any test framework — 案例断言. <see cref="Passes(string)"/> runs the
/// case named by a key "relative/path.yaml#case-id" (as produced by <see cref="CaseFilesAttribute"/>) and
/// throws <see cref="CaseFailedException"/> with the failure diff when it does not pass. Each file is run once
/// per process and cached.
/// </summary>
public static class CaseAssert
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<CaseRunResult>> Runs = new(StringComparer.Ordinal);
    private static Func<CaseRunner> runnerFactory = static () => new CaseRunner();

    /// <summary>
    /// How runners are made (default: every built-in calculation, the national parameters, YAML and JSON). Set it
    /// once, before tests run, to add your own calculations or a regional parameter set; clears the cache.
    /// </summary>
    public static Func<CaseRunner> RunnerFactory
    {
        get => runnerFactory;
        set
        {
            runnerFactory = value ?? throw new ArgumentNullException(nameof(value));
            Runs.Clear();
        }
    }

    /// <summary>Runs the case named by <paramref name="caseKey"/> ("path.yaml#id") and throws unless it passes.</summary>
    /// <exception cref="CaseFailedException">The case failed or could not run; the message is the failure diff.</exception>
    /// <exception cref="ArgumentException">The key is malformed or names no case.</exception>
    public static void Passes(string caseKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(caseKey);
        int hash = caseKey.LastIndexOf('#');
        if (hash <= 0 || hash == caseKey.Length - 1)
        {
            throw new ArgumentException($"case key '{caseKey}' must look like 'path/file.yaml#case-id'.", nameof(caseKey));
        }

        string file = Resolve(caseKey[..hash]);
        string id = caseKey[(hash + 1)..];
        CaseRunResult result = RunFile(file).FirstOrDefault(r => r.Id == id)
            ?? throw new ArgumentException($"no case '{id}' in {file}.", nameof(caseKey));
        Passes(result);
    }

    /// <summary>Throws unless the result passed.</summary>
    /// <exception cref="CaseFailedException">The case failed or could not run; the message is the failure diff.</exception>
    public static void Passes(CaseRunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Passed)
        {
            throw new CaseFailedException(result, CaseReporter.Describe(result).TrimEnd());
        }
    }

    /// <summary>Runs every case under the paths and throws listing every failure unless all pass.</summary>
    /// <exception cref="CaseFailedException">Some case failed; the message is the full report.</exception>
    public static CaseRunReport AllPass(params string[] paths)
    {
        CaseRunReport report = RunnerFactory().RunPaths(paths.Select(Resolve));
        if (!report.AllPassed)
        {
            throw new CaseFailedException(report.Failures.First(), CaseReporter.ToText(report));
        }

        return report;
    }

    /// <summary>A relative path resolved against the test assembly's folder (then the current folder).</summary>
    public static string Resolve(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (System.IO.Path.IsPathRooted(path))
        {
            return path;
        }

        string beside = System.IO.Path.Combine(AppContext.BaseDirectory, path);
        return File.Exists(beside) || Directory.Exists(beside) ? beside : System.IO.Path.GetFullPath(path);
    }

    internal static IReadOnlyList<CaseRunResult> RunFile(string file) =>
        Runs.GetOrAdd(System.IO.Path.GetFullPath(file), f => RunnerFactory().RunFile(f));

    internal static string KeyOf(string file, CaseRunResult result)
    {
        string full = System.IO.Path.GetFullPath(file);
        string relative = System.IO.Path.GetRelativePath(AppContext.BaseDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        return shown.Replace('\\', '/') + "#" + result.Id;
    }
}
