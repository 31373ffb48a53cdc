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
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                results.Add(FileError(path, $"{path}: cannot read the folder: {e.Message}"));
                continue;
            }

            if (files.Count == 0)
            {
                // A run that finds nothing to check must not pass: a mistyped folder would otherwise be "0 failed".
                results.Add(FileError(path, $"{path}: no case files ({string.Join(", ", Extensions)}) in this folder"));
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
            RejectUnknownInputs(definition, calculation);
            RejectMissingInputs(definition, calculation);
            ParameterSet set = definition.ParametersOver(baseSet);
            actual = calculation.Evaluate(definition.Inputs, set);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Error(definition, e is DataFormatException ? e.Message : DomainError(definition, e));
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

    /// <summary>A misspelt input ("roundng:") would otherwise be ignored and its default used: every input must be declared.</summary>
    private static void RejectUnknownInputs(CaseDefinition definition, ICaseCalculation calculation)
    {
        DataNode inputs = definition.Inputs.Node;
        foreach (DataMember member in inputs.Members)
        {
            if (!calculation.Inputs.Any(spec => string.Equals(spec.Name, member.Key, StringComparison.Ordinal)))
            {
                throw new DataFormatException(member.KeyLocation, DataNode.ChildPath(inputs.Path, member.Key),
                    $"unknown input '{member.Key}' for {calculation.Name} (allowed: {string.Join(", ", calculation.Inputs.Select(i => i.Name))})");
            }
        }
    }

    /// <summary>
    /// Every input the calculation declares required must be given (the same declaration docs/cases.md is tested
    /// against); an optional one has a default or is one of alternatives, which the calculation itself checks.
    /// </summary>
    private static void RejectMissingInputs(CaseDefinition definition, ICaseCalculation calculation)
    {
        DataNode inputs = definition.Inputs.Node;
        string[] missing = calculation.Inputs.Where(spec => spec.Required && !inputs.Has(spec.Name)).Select(spec => spec.Name).ToArray();
        if (missing.Length > 0)
        {
            throw new DataFormatException(inputs.Location, inputs.Path,
                $"missing input{(missing.Length > 1 ? "s" : string.Empty)} {string.Join(", ", missing.Select(m => "'" + m + "'"))} for {calculation.Name} (required: {string.Join(", ", calculation.Inputs.Where(i => i.Required).Select(i => i.Name))}); missing is not zero");
        }
    }

    /// <summary>
    /// A library error while evaluating (an ArgumentException for a value outside its domain, an overflow): located at
    /// the input it names — the parameter name in the file's snake_case (floorRatio → floor_ratio) — or at the case.
    /// </summary>
    private static string DomainError(CaseDefinition definition, Exception e)
    {
        DataNode inputs = definition.Inputs.Node;
        string message = e is ArgumentException a && a.ParamName is { } p ? a.Message.Replace($" (Parameter '{p}')", string.Empty, StringComparison.Ordinal) : e.Message;
        foreach (DataMember m in inputs.Members)
        {
            // Name every input as the file spells it: "floorRatio 3.0 exceeds capRatio 0.6" → "floor_ratio … cap_ratio".
            string camel = CamelCase(m.Key);
            if (camel != m.Key)
            {
                message = System.Text.RegularExpressions.Regex.Replace(message, $@"\b{camel}\b", m.Key);
            }
        }

        if (e is ArgumentException { ParamName: { } param })
        {
            string snake = SnakeCase(param);
            foreach (string name in (string[])[param, snake])
            {
                if (inputs.Has(name))
                {
                    DataMember member = inputs.Members.First(m => m.Key == name);
                    return new DataFormatException(member.Value.Location, DataNode.ChildPath(inputs.Path, name), message).Message;
                }
            }
        }

        return $"{definition.Location}: {message}";
    }

    private static string CamelCase(string snake)
    {
        var sb = new System.Text.StringBuilder(snake.Length);
        bool upper = false;
        foreach (char c in snake)
        {
            if (c == '_')
            {
                upper = sb.Length > 0;
                continue;
            }

            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }

        return sb.ToString();
    }

    private static string SnakeCase(string name)
    {
        var sb = new System.Text.StringBuilder(name.Length + 4);
        foreach (char c in name)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                sb.Append('_').Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
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
