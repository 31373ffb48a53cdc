using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;

namespace FundMath.Cases;

/// <summary>
/// Assertions over FundMath case files for any test framework — 案例断言. <see cref="Passes(string)"/> runs the
/// case named by a key "relative/path.yaml#case-id" (as produced by the <c>[CaseFiles]</c> attribute of
/// FundMath.Testing.Xunit or FundMath.Testing.XunitV3) and throws <see cref="CaseFailedException"/> with the
/// failure diff when it does not pass. Each file is run once per process and cached.
/// </summary>
/// <remarks>
/// Case files are usually copied into the test output folder. When the test assembly carries the metadata
/// <see cref="ProjectDirectoryMetadataKey"/> (the adapters' build targets add it), a copied file is mapped back to
/// the byte-identical file in the project folder or one of its parents, and that source file is what runs: every
/// failure diff and every file:line:column message then points at the file you edit, not at the copy under bin/.
/// </remarks>
public static class CaseAssert
{
    /// <summary>
    /// The <see cref="AssemblyMetadataAttribute"/> key naming a test project's folder ("FundMath.Testing.ProjectDirectory").
    /// </summary>
    public const string ProjectDirectoryMetadataKey = "FundMath.Testing.ProjectDirectory";

    private static readonly ConcurrentDictionary<string, IReadOnlyList<CaseRunResult>> Runs = new(StringComparer.Ordinal);
    private static readonly Lazy<string[]> ProjectDirectories = new(FindProjectDirectories);
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
            ?? throw new ArgumentException($"no case '{id}' in {SourceOf(file)}.", nameof(caseKey));
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
        ArgumentNullException.ThrowIfNull(paths);
        var results = new List<CaseRunResult>();
        foreach (string path in paths.Select(Resolve))
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                results.AddRange(RunnerFactory().RunPaths([path]).Results);
                continue;
            }

            foreach (string file in CaseRunner.FindCaseFiles([path]))
            {
                results.AddRange(RunFile(file));
            }
        }

        var report = new CaseRunReport(results);
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

    /// <summary>
    /// The source of a case file copied under the test output folder: the byte-identical file at the same relative
    /// path in a test project's folder (<see cref="ProjectDirectoryMetadataKey"/>) or in one of its parents, nearest
    /// first; the file itself when there is none (not a copy, no metadata, or the source was edited since the build).
    /// </summary>
    public static string SourceOf(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        string full = System.IO.Path.GetFullPath(file);
        string output = System.IO.Path.GetFullPath(AppContext.BaseDirectory);
        string relative = System.IO.Path.GetRelativePath(output, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative) || !File.Exists(full))
        {
            return full;
        }

        byte[]? copy = null;
        foreach (string project in ProjectDirectories.Value)
        {
            for (DirectoryInfo? folder = new(project); folder is not null; folder = folder.Parent)
            {
                string candidate = System.IO.Path.Combine(folder.FullName, relative);
                if (!string.Equals(candidate, full, StringComparison.Ordinal) && File.Exists(candidate))
                {
                    copy ??= File.ReadAllBytes(full);
                    if (File.ReadAllBytes(candidate).AsSpan().SequenceEqual(copy))
                    {
                        return candidate;
                    }
                }
            }
        }

        return full;
    }

    /// <summary>
    /// The key of every case under a folder (searched recursively for .yaml, .yml, .json) or in a file — what the
    /// <c>[CaseFiles]</c> attributes yield, one test per key. A relative path is resolved with <see cref="Resolve"/>.
    /// A file that cannot be read still yields one key, which then fails with the file:line:column message.
    /// </summary>
    /// <exception cref="ArgumentException">Nothing is at the path, or it holds no case files.</exception>
    public static IReadOnlyList<string> Keys(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string root = Resolve(path);
        if (!File.Exists(root) && !Directory.Exists(root))
        {
            throw new ArgumentException($"case files '{path}': no file or folder at {root}.", nameof(path));
        }

        var keys = new List<string>();
        foreach (string file in CaseRunner.FindCaseFiles([root]))
        {
            foreach (CaseRunResult result in RunFile(file))
            {
                keys.Add(KeyOf(file, result));
            }
        }

        if (keys.Count == 0)
        {
            throw new ArgumentException($"case files '{path}': no .yaml, .yml or .json case files under {root}.", nameof(path));
        }

        return keys;
    }

    /// <summary>Runs a case file (its source when it is a copy, see <see cref="SourceOf"/>), once per process.</summary>
    private static IReadOnlyList<CaseRunResult> RunFile(string file) =>
        Runs.GetOrAdd(System.IO.Path.GetFullPath(file), f => RunnerFactory().RunFile(SourceOf(f)));

    /// <summary>The key of a result of <paramref name="file"/>: its path relative to the output folder, '#', its id.</summary>
    private static string KeyOf(string file, CaseRunResult result)
    {
        string full = System.IO.Path.GetFullPath(file);
        string relative = System.IO.Path.GetRelativePath(AppContext.BaseDirectory, full);
        string shown = relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
        return shown.Replace('\\', '/') + "#" + result.Id;
    }

    private static string[] FindProjectDirectories() =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => !a.IsDynamic)
            .SelectMany(a => a.GetCustomAttributes<AssemblyMetadataAttribute>())
            .Where(m => m.Key == ProjectDirectoryMetadataKey && !string.IsNullOrWhiteSpace(m.Value) && Directory.Exists(m.Value))
            .Select(m => System.IO.Path.GetFullPath(m.Value!))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
