using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Yaml;

namespace FundMath.Cases;

/// <summary>
/// Runs case files — 案例运行器: reads each file, runs each case through its registered calculation with the
/// case's parameters, compares outputs with tolerance, and returns structured results. Never throws for bad
/// input: a malformed file or case becomes an <see cref="CaseOutcome.Error"/> result with file:line:column.
/// Files are read with FundMath.Yaml's <see cref="DataFiles.Load"/> (.yaml, .yml and .json) unless another loader
/// is given.
/// </summary>
public sealed class CaseRunner
{
    private readonly Func<string, DataNode> loader;

    /// <summary>Creates a runner.</summary>
    /// <param name="calculations">The registry (default: <see cref="CaseCalculations.CreateDefault"/>).</param>
    /// <param name="parameters">The base parameter set (default: <see cref="ParameterSet.NationalWithConventions"/>, the
    /// national rules with FundMath's conventions layer on top, so analysis cases get the bands and tolerance).</param>
    /// <param name="loader">Reads a file into a node (default: <see cref="DataFiles.Load"/>, YAML or JSON by extension).</param>
    public CaseRunner(CaseCalculations? calculations = null, ParameterSet? parameters = null, Func<string, DataNode>? loader = null)
    {
        Calculations = calculations ?? CaseCalculations.CreateDefault();
        this.parameters = parameters;
        this.loader = loader ?? (static path => DataFiles.Load(path));
    }

    private readonly ParameterSet? parameters;

    /// <summary>The calculations cases can name.</summary>
    public CaseCalculations Calculations { get; }

    /// <summary>The base parameter set cases run with.</summary>
    public ParameterSet Parameters => parameters ?? ParameterSet.NationalWithConventions;

    /// <summary>The extensions searched in folders.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".yaml", ".yml", ".json"];

    /// <summary>
    /// Files and folders to case files: a file is taken as is; a folder is searched recursively for .yaml, .yml
    /// and .json files. Sorted ordinally within each folder; duplicates removed.
    /// </summary>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> FindCaseFiles(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            IEnumerable<string> found;
            if (File.Exists(path))
            {
                found = [path];
            }
            else if (Directory.Exists(path))
            {
                found = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal);
            }
            else
            {
                throw new FileNotFoundException($"no file or folder '{path}'.", path);
            }

            foreach (string f in found)
            {
                if (seen.Add(Path.GetFullPath(f)))
                {
                    files.Add(f);
                }
            }
        }

        return files;
    }

    /// <summary>Runs every case file found under the paths (see <see cref="FindCaseFiles"/>); a missing path is an error result.</summary>
    public CaseRunReport RunPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var results = new List<CaseRunResult>();
        foreach (string path in paths)
        {
            IReadOnlyList<string> files;
            try
            {
                files = FindCaseFiles([path]);
            }
            catch (FileNotFoundException e)
            {
                results.Add(FileError(path, e.Message));
                continue;
            }

            foreach (string file in files)
            {
                results.AddRange(RunFile(file));
            }
        }

        return new CaseRunReport(results);
    }

    /// <summary>Runs one case file.</summary>
    public IReadOnlyList<CaseRunResult> RunFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        DataNode document;
        try
        {
            document = loader(path);
        }
        catch (DataFormatException e)
        {
            return [FileError(e.Location, e.Message)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return [FileError(path, $"{path}: cannot read the file: {e.Message}")];
        }

        return Run(document);
    }

    /// <summary>
    /// Runs every case of a case document (a mapping with <c>cases:</c>, or a sequence of cases). A mapping may name a
    /// <c>parameter_file:</c> — a regional parameter set such as <c>samples/parameters/lishui.yaml</c>, layered over
    /// <see cref="Parameters"/> for every case of the file. Its relative path is looked for beside the case file, then
    /// beside each parent folder in turn (nearest first), as MSBuild finds Directory.Build.props, so a suite finds the
    /// same file in the repository and where a build copied both.
    /// </summary>
    public IReadOnlyList<CaseRunResult> Run(DataNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        IReadOnlyList<DataNode> cases;
        ParameterSet baseSet = Parameters;
        try
        {
            if (document.IsSequence)
            {
                cases = document.Items;
            }
            else
            {
                document.ExpectKind(DataNodeKind.Mapping).EnsureOnly("description", "parameter_file", "cases");
                cases = document.Required("cases").AsSequence();
                if (document.Optional("parameter_file") is { } file)
                {
                    baseSet = LoadParameterFile(file, baseSet);
                }
            }

            if (cases.Count == 0)
            {
                throw document.Error("the file holds no cases");
            }
        }
        catch (DataFormatException e)
        {
            return [FileError(e.Location, e.Message)];
        }

        var results = new List<CaseRunResult>(cases.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        string stem = Path.GetFileNameWithoutExtension(document.Location.Source);
        for (int i = 0; i < cases.Count; i++)
        {
            DataNode node = cases[i];
            CaseDefinition definition;
            try
            {
                definition = CaseDefinition.Read(node, $"{stem}[{i}]");
                if (!ids.Add(definition.Id))
                {
                    throw (node.Optional("id") ?? node).Error($"duplicate case id '{definition.Id}'");
                }
            }
            catch (DataFormatException e)
            {
                string id = TryId(node) ?? $"{stem}[{i}]";
                results.Add(new CaseRunResult(id, TryCalculation(node), node.Location, CaseOutcome.Error, [], e.Message));
                continue;
            }

            results.Add(Run(definition, baseSet));
        }

        return results;
    }

    /// <summary>Runs one case.</summary>
    public CaseRunResult Run(CaseDefinition definition) => Run(definition, Parameters);

    /// <summary>
    /// Finds a relative path beside <paramref name="from"/>'s folder or the nearest parent folder that has it
    /// (an absolute path is taken as is); null when no folder has it.
    /// </summary>
    public static string? FindUpwards(string from, string relativePath)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        if (Path.IsPathRooted(relativePath))
        {
            return File.Exists(relativePath) ? relativePath : null;
        }

        for (DirectoryInfo? dir = new FileInfo(Path.GetFullPath(from)).Directory; dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private ParameterSet LoadParameterFile(DataNode file, ParameterSet baseSet)
    {
        string relative = file.AsString();
        string path = FindUpwards(file.Location.Source, relative)
            ?? throw file.Error($"parameter file '{relative}' not found beside {Path.GetFileName(file.Location.Source)} nor beside any parent folder");
        try
        {
            return ParameterSet.Read(loader(path), baseSet, Path.GetFileNameWithoutExtension(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw file.Error($"parameter file '{path}' cannot be used: {e.Message}", e);
        }
    }

    private CaseRunResult Run(CaseDefinition definition, ParameterSet baseSet)
    {
        ArgumentNullException.ThrowIfNull(definition);
        CaseResult actual;
        try
        {
            ICaseCalculation calculation = Calculations.Find(definition.Calculation)
                ?? throw definition.Node.Required("calculation").Error(
                    $"unknown calculation '{definition.Calculation}' (known: {string.Join(", ", Calculations.Names)})");
            ParameterSet set = definition.ParametersOver(baseSet);
            actual = calculation.Evaluate(definition.Inputs, set);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            string message = e is DataFormatException ? e.Message : $"{definition.Location}: {e.GetType().Name}: {e.Message}";
            return Error(definition, message);
        }

        var checks = new List<OutputCheck>(definition.Expected.Count);
        foreach (CaseExpectation expected in definition.Expected)
        {
            checks.Add(Compare(expected, actual));
        }

        return new CaseRunResult(definition.Id, definition.Calculation, definition.Location,
            checks.All(c => c.Passed) ? CaseOutcome.Passed : CaseOutcome.Failed, checks, null)
        {
            Description = definition.Description,
            Source = definition.Source,
        };
    }

    private static OutputCheck Compare(CaseExpectation expected, CaseResult actual)
    {
        string written = expected.Value.Text ?? expected.Value.DescribeSelf();
        if (!actual.TryGet(expected.Output, out CaseValue value))
        {
            string produced = string.Join(", ", actual.Outputs.Select(o => o.Key));
            return new OutputCheck(expected.Output, written, null, expected.Tolerance, false,
                $"the calculation produced no output '{expected.Output}' (outputs: {produced})", expected.Location, null);
        }

        var explanation = actual.ExplanationOf(expected.Output);
        try
        {
            CaseValue want = CaseValue.Read(expected.Value, value.Kind);
            if (value.Exact is not { } a || want.Exact is not { } w)
            {
                bool same = string.Equals(value.Text, want.Text, StringComparison.Ordinal);
                return new OutputCheck(expected.Output, want.Text, value.Text, expected.Tolerance, same, null, expected.Location, explanation);
            }

            Fraction diff = a - w;
            Fraction allowed = Allowed(expected.Tolerance, value.Kind, w);
            bool ok = diff.Abs().CompareTo(allowed) <= 0;
            string? difference = diff.Equals(Fraction.Zero) ? null : DescribeDifference(value.Kind, diff);
            return new OutputCheck(expected.Output, want.Text, value.Text, expected.Tolerance, ok, difference, expected.Location, explanation);
        }
        catch (Exception e) when (e is DataFormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            return new OutputCheck(expected.Output, written, value.Text, expected.Tolerance, false, e.Message, expected.Location, explanation);
        }
    }

    private static Fraction Allowed(CaseTolerance tolerance, CaseValueKind kind, Fraction expected)
    {
        Fraction allowed = Fraction.Zero;
        if (tolerance.Fen is { } fen)
        {
            if (kind != CaseValueKind.Money)
            {
                throw new InvalidOperationException($"tolerance_fen applies to money outputs; this output is {kind}.");
            }

            allowed = Max(allowed, Fraction.Create(fen, 100));
        }

        if (tolerance.Absolute is { } abs)
        {
            Fraction a = CaseValue.Read(abs, kind).Exact ?? Fraction.Zero;
            allowed = Max(allowed, a.Abs());
        }

        if (tolerance.Relative is { } rel)
        {
            allowed = Max(allowed, rel.Value * expected.Abs());
        }

        return allowed;
    }

    private static Fraction Max(Fraction a, Fraction b) => a.CompareTo(b) >= 0 ? a : b;

    private static string DescribeDifference(CaseValueKind kind, Fraction diff)
    {
        string sign = diff.CompareTo(Fraction.Zero) > 0 ? "+" : string.Empty;
        return kind switch
        {
            // In 元 with grouping, like the values above it: "+10,000,000.00元", "-0.01元".
            CaseValueKind.Money when (diff * Fraction.FromInteger(100)) is { IsInteger: true } fen =>
                sign + Money.FromFen(fen.Numerator).ToString("N2元", System.Globalization.CultureInfo.InvariantCulture),
            CaseValueKind.Rate or CaseValueKind.PercentagePoints =>
                sign + (diff * Fraction.FromInteger(100)).ToString("G", System.Globalization.CultureInfo.InvariantCulture) + "pp",
            _ => sign + diff.ToString("G", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static CaseRunResult Error(CaseDefinition d, string message) =>
        new(d.Id, d.Calculation, d.Location, CaseOutcome.Error, [], message) { Description = d.Description, Source = d.Source };

    private static CaseRunResult FileError(SourceLocation at, string message) =>
        new(Path.GetFileName(at.Source), string.Empty, at, CaseOutcome.Error, [], message);

    private static CaseRunResult FileError(string path, string message) => FileError(SourceLocation.OfSource(path), message);

    private static string? TryId(DataNode node) =>
        node.IsMapping && node.Optional("id") is { IsScalar: true, Text: { } id } ? id : null;

    private static string TryCalculation(DataNode node) =>
        node.IsMapping && node.Optional("calculation") is { IsScalar: true, Text: { } c } ? c : string.Empty;
}
