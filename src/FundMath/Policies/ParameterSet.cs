using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FundMath.Data;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Policies;

/// <summary>
/// A named, immutable set of policy parameters — 参数集 — such as the national defaults or a city's set layered
/// over them (city ⟶ province ⟶ nation: the most specific layer that names a parameter owns its whole history).
/// Look values up at a date or over a reporting period; every lookup can be explained with its citation.
/// </summary>
public sealed class ParameterSet
{
    private const string NationalResource = "FundMath.Policies.national.json";
    private const string ConventionsResource = "FundMath.Policies.conventions.json";
    private static readonly Lazy<ParameterSet> LazyNational = new(LoadNational, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ParameterSet> LazyConventions = new(LoadConventions, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<ParameterSet> LazyNationalWithConventions =
        new(LoadNationalWithConventions, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, Parameter> parameters;
    private readonly string[] order;

    private ParameterSet(string name, IEnumerable<Parameter> items, IReadOnlyList<string> layers)
    {
        Name = name;
        Layers = layers;
        parameters = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (Parameter p in items)
        {
            ArgumentNullException.ThrowIfNull(p, nameof(items));
            if (!parameters.TryAdd(p.Name, p))
            {
                throw new ArgumentException($"parameter {p.Name} is defined twice in set {name}.", nameof(items));
            }

            names.Add(p.Name);
        }

        names.Sort(StringComparer.Ordinal);
        order = [.. names];
    }

    /// <summary>
    /// The national parameter set shipped in the package (embedded JSON) — 全国参数: national rules only, each cited
    /// to its document (resident funding standards, central subsidy tiers, premium-base ratios, employee rates, the
    /// reasonable months-of-cover range, national benefit rules). Local conventions are not here (see
    /// <see cref="Conventions"/>), nor are a city's own rules such as the municipal-pooling ratios of FundMath.Pooling:
    /// they live in that city's parameter set. Loaded once, lazily and thread-safely.
    /// </summary>
    public static ParameterSet National => LazyNational.Value;

    /// <summary>
    /// FundMath's conventions layer alone (embedded JSON, named "conventions") — 地方惯例: values an analysis needs
    /// that no national rule fixes, each saying whose local convention it is. Today they are 株洲市's (its 2021 annual
    /// fund report): the months-of-cover bands &lt; 3, 3–9, &gt; 9 and the ±5pp budget tolerance. It defines no
    /// national parameter. Nothing applies it implicitly: layer it yourself
    /// (<c>ParameterSet.National.Layer(ParameterSet.Conventions)</c>) or use <see cref="NationalWithConventions"/>,
    /// and layer your own parameter file on top to replace any convention.
    /// </summary>
    public static ParameterSet Conventions => LazyConventions.Value;

    /// <summary>
    /// <see cref="National"/> with <see cref="Conventions"/> on top (named "national+conventions", layers national ⟶
    /// conventions): the base set of the case runner, of <c>fundmath analyze</c> and of projections. Loaded once,
    /// lazily and thread-safely.
    /// </summary>
    public static ParameterSet NationalWithConventions => LazyNationalWithConventions.Value;

    /// <summary>An empty set.</summary>
    public static ParameterSet Empty { get; } = new("empty", [], ["empty"]);

    /// <summary>The set's name, e.g. "national" or "zhuzhou-2021".</summary>
    public string Name { get; }

    /// <summary>The names of the layers from the most general to the most specific, e.g. ["national", "zhuzhou-2021"].</summary>
    public IReadOnlyList<string> Layers { get; }

    /// <summary>The parameter names in ordinal order.</summary>
    public IReadOnlyList<string> Names => order;

    /// <summary>The parameters in name order.</summary>
    public IEnumerable<Parameter> Parameters => order.Select(n => parameters[n]);

    /// <summary>The number of parameters.</summary>
    public int Count => order.Length;

    /// <summary>Creates a set from parameters.</summary>
    /// <exception cref="ArgumentException">Two parameters share a name.</exception>
    public static ParameterSet Create(string name, IEnumerable<Parameter> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(parameters);
        return new(name, parameters, [name]);
    }

    /// <summary>
    /// Rebuilds a set from its name, its layers (most general first) and its parameters, as written by its JSON form
    /// (FundMath.Serialization): the name and every layer name must be non-blank, there must be at least one layer,
    /// and no parameter may appear twice.
    /// </summary>
    /// <exception cref="ArgumentException">A blank name or layer, no layer, or a parameter defined twice.</exception>
    internal static ParameterSet FromLayers(string name, IReadOnlyList<string> layers, IEnumerable<Parameter> parameters)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(layers);
        ArgumentNullException.ThrowIfNull(parameters);
        if (layers.Count == 0)
        {
            throw new ArgumentException($"parameter set {name} has no layers; a set has at least one (its own name when it was created alone).", nameof(layers));
        }

        for (int i = 0; i < layers.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(layers[i]))
            {
                throw new ArgumentException($"parameter set {name}: layer {i} has no name.", nameof(layers));
            }
        }

        return new(name, parameters, [.. layers]);
    }

    /// <summary>
    /// Reads a parameter document (see docs/policies.md) layered over <paramref name="baseSet"/>: an entry without
    /// a <c>unit</c> overrides a parameter the base must know; an entry with a unit defines or replaces one (and
    /// must keep the base's unit). Every value needs a citation.
    /// </summary>
    /// <exception cref="DataFormatException">Malformed document, unknown parameter, wrong unit, unordered dates,
    /// missing citation or a value out of domain — with file, line and column.</exception>
    public static ParameterSet Read(DataNode document, ParameterSet? baseSet = null, string? defaultName = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ParameterFileReader.Read(document, baseSet, defaultName);
    }

    /// <summary>
    /// This set with the overrides of a data mapping on top, as one layer named <paramref name="layerName"/>
    /// (how a case file's <c>parameters:</c> or a command line's overrides apply): <c>name: 280</c> or
    /// <c>name: { value: 280, cite: … }</c> replaces a known parameter with that single value for all dates (cited to
    /// the layer and the position when no <c>cite</c> is given); a mapping with <c>values:</c> is a full definition as
    /// in a parameter file.
    /// </summary>
    /// <exception cref="DataFormatException">Not a mapping, an unknown parameter, a scale given a single value, a
    /// wrong unit or a value out of domain — with file, line and column.</exception>
    public ParameterSet WithOverrides(DataNode overrides, string layerName)
    {
        Preconditions.CheckNotNull(overrides, nameof(overrides));
        Preconditions.CheckNotNull(layerName, nameof(layerName));
        return ParameterFileReader.ReadOverrides(overrides, this, layerName);
    }

    /// <summary>
    /// True when <paramref name="name"/> is a valid parameter (or calculation) name: dotted lower-case words of
    /// a–z, 0–9 and _, e.g. "resident.individual_contribution".
    /// </summary>
    public static bool IsValidName(string name) => name is not null && ParameterFileReader.IsValidName(name);

    /// <summary>
    /// This set with <paramref name="over"/> on top: every parameter <paramref name="over"/> defines replaces the
    /// one here (its whole history); the result takes <paramref name="over"/>'s name.
    /// </summary>
    /// <exception cref="ArgumentException">A parameter changes unit between layers.</exception>
    public ParameterSet Layer(ParameterSet over)
    {
        ArgumentNullException.ThrowIfNull(over);
        foreach (Parameter p in over.Parameters)
        {
            if (parameters.TryGetValue(p.Name, out Parameter? mine) && mine.Unit != p.Unit)
            {
                throw new ArgumentException(
                    $"parameter {p.Name} is {mine.Unit.FileName()} in {Name} but {p.Unit.FileName()} in {over.Name}.", nameof(over));
            }
        }

        var merged = parameters.Values.Where(p => over.Find(p.Name) is null).Concat(over.Parameters);
        return new(over.Name, merged, [.. Layers, .. over.Layers]);
    }

    /// <summary>This set with the given parameters replacing (or adding to) its own; the result is named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">A parameter changes unit.</exception>
    public ParameterSet WithOverrides(IEnumerable<Parameter> overrides, string name = "overrides")
    {
        Preconditions.CheckNotNull(overrides, nameof(overrides));
        return Layer(Create(name, overrides)); // Create refuses a null or blank name
    }

    /// <summary>The parameter with that name, or null.</summary>
    public Parameter? Find(string name) => name is not null && parameters.TryGetValue(name, out Parameter? p) ? p : null;

    /// <summary>True when the set defines the parameter.</summary>
    public bool Contains(string name) => Find(name) is not null;

    /// <summary>The parameter with that name.</summary>
    /// <exception cref="ParameterNotFoundException">No such parameter (missing is not zero); the message suggests near names.</exception>
    public Parameter Get(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        return Find(name) ?? throw Unknown(name);
    }

    // Separate method: a lambda capturing 'name' in Get would allocate its closure on every call, even on success.
    private ParameterNotFoundException Unknown(string name)
    {
        string segment = LastSegment(name);
        string[] near = order.Where(n => n.Contains(segment, StringComparison.Ordinal)).Take(5).ToArray();
        string hint = near.Length > 0 ? $" (similar: {string.Join(", ", near)})" : string.Empty;
        return new ParameterNotFoundException(name, $"unknown parameter '{name}' in parameter set {Name}{hint}.");
    }

    /// <summary>The entry of a parameter in force on a date.</summary>
    /// <exception cref="ParameterNotFoundException">Unknown parameter, or no value yet on that date.</exception>
    public ParameterEntry At(string name, LocalDate date) => Get(name).At(date);

    /// <summary>The value of a (non-scale) parameter on a date.</summary>
    /// <exception cref="ParameterNotFoundException">Unknown parameter, or no value yet on that date.</exception>
    /// <exception cref="InvalidOperationException">The parameter is a scale.</exception>
    public ParameterValue ValueAt(string name, LocalDate date)
    {
        ParameterEntry e = At(name, date);
        return e.IsScale
            ? throw new InvalidOperationException($"parameter {name} is a scale; ask for a bracket ({string.Join(", ", e.Brackets.Select(b => b.Key))}).")
            : e.Value;
    }

    /// <summary>The value of a bracket of a scale parameter on a date.</summary>
    /// <exception cref="ParameterNotFoundException">Unknown parameter, or no value yet on that date.</exception>
    /// <exception cref="KeyNotFoundException">No such bracket.</exception>
    public ParameterValue ValueAt(string name, string bracket, LocalDate date)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckNotNull(bracket, nameof(bracket));
        return At(name, date).Bracket(bracket);
    }

    /// <summary>The segments of a reporting period with the entry in force over each.</summary>
    /// <exception cref="ParameterNotFoundException">Unknown parameter, or the period starts before its first value.</exception>
    public IReadOnlyList<ParameterSegment> Over(string name, ReportingPeriod period) => Get(name).Over(period);

    /// <summary>An explanation node for a parameter's value on a date (name, value, citation, effective date, note).</summary>
    /// <exception cref="ParameterNotFoundException">Unknown parameter, or no value yet on that date.</exception>
    public Explanation Explain(string name, LocalDate date) => At(name, date).Explain(name);

    /// <summary>
    /// Human-readable listing: every parameter (or only <paramref name="name"/>, or names starting with
    /// "<paramref name="name"/>."), each with its values and citations — or only the value in force at
    /// <paramref name="at"/>. Used by <c>fundmath params [NAME] [--at DATE]</c>.
    /// </summary>
    /// <exception cref="ParameterNotFoundException">No parameter matches <paramref name="name"/>.</exception>
    public string Describe(string? name = null, LocalDate? at = null)
    {
        Parameter[] selected = Select(name);
        var sb = new StringBuilder();
        foreach (Parameter p in selected)
        {
            sb.Append(p.Name).Append(" (").Append(p.Unit.FileName()).Append(')');
            if (!string.IsNullOrEmpty(p.Description))
            {
                sb.Append(": ").Append(p.Description);
            }

            sb.AppendLine();
            IEnumerable<ParameterEntry> entries = at is { } date
                ? (p.TryAt(date) is { } inForce ? [inForce] : [])
                : p.Entries;
            bool any = false;
            foreach (ParameterEntry e in entries)
            {
                any = true;
                sb.Append("  ").Append(e.EffectiveFrom.ToString("uuuu-MM-dd", null)).Append("  ").Append(e.ValueText)
                  .Append("  [").Append(e.Citation).Append(']');
                if (!string.IsNullOrEmpty(e.Note))
                {
                    sb.Append("  (").Append(e.Note).Append(')');
                }

                sb.AppendLine();
            }

            if (!any)
            {
                sb.Append("  (no value on ").Append(at!.Value.ToString("uuuu-MM-dd", null)).AppendLine(")");
            }
        }

        return sb.ToString();
    }

    /// <summary>The parameters whose name equals <paramref name="name"/> or starts with "<paramref name="name"/>." (all when null).</summary>
    /// <exception cref="ParameterNotFoundException">Nothing matches.</exception>
    public Parameter[] Select(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return [.. Parameters];
        }

        Parameter[] selected = [.. Parameters.Where(p => p.Name == name || p.Name.StartsWith(name + ".", StringComparison.Ordinal))];
        if (selected.Length == 0)
        {
            Get(name); // throws with suggestions
        }

        return selected;
    }

    /// <summary>"name: N parameters (layers a ⟶ b)".</summary>
    public override string ToString() => $"{Name}: {Count} parameters ({string.Join(" ⟶ ", Layers)})";

    // What follows the last dot; the whole name when it has none (LastIndexOf gives -1).
    private static string LastSegment(string name) => name[(name.LastIndexOf('.') + 1)..];

    /// <summary>Parses the embedded national defaults afresh (for load-time measurements).</summary>
    internal static ParameterSet LoadNationalFresh() => LoadNational();

    private static ParameterSet LoadNational() => LoadResource(NationalResource, "national");

    private static ParameterSet LoadConventions() => LoadResource(ConventionsResource, "conventions");

    private static ParameterSet LoadNationalWithConventions()
    {
        ParameterSet layered = National.Layer(Conventions);
        return new("national+conventions", layered.Parameters, layered.Layers);
    }

    /// <summary>Parses an embedded parameter document of FundMath.dll (internal so that a missing resource's error can be tested).</summary>
    /// <exception cref="InvalidOperationException">No embedded resource has that name.</exception>
    internal static ParameterSet LoadResource(string resource, string name)
    {
        using Stream stream = typeof(ParameterSet).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing from FundMath.dll.");
        return Read(JsonDataReader.Read(stream, "FundMath:" + name + ".json"), null, name);
    }
}
