namespace FundMath.Tests.Architecture;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using FundMath.Funds;

/// <summary>
/// The allowed direction of every reference. A namespace (a folder of the core) may use only itself and the
/// namespaces listed before it; a package may reference only packages of a lower rank. An upward reference and
/// (therefore) any cycle fails, naming one example reference per offending pair.
/// </summary>
public class LayeringTests
{
    /// <summary>
    /// The core's namespaces, bottom-up. <c>FundMath</c> holds the value types (Values/), periods (Time/),
    /// Preconditions and the internal text layer (Text/: the number and amount scanner, the unit table, digit
    /// writing), kept in <c>FundMath</c> itself so that the core adds no namespace a user's <c>Text</c> type could
    /// collide with; <c>Citations</c> sits below both
    /// <c>Explain</c> (which shows a citation) and <c>Policies</c> (which attaches one to every parameter);
    /// <c>Ratios</c> (ratio and growth outcomes) below both <c>Cohorts</c> and <c>Funds</c>;
    /// <c>Serialization</c> (JSON converters of the value types) is a leaf nobody inside the core uses.
    /// </summary>
    public static readonly string[] CoreNamespaceOrder =
    [
        "FundMath",
        "FundMath.Citations",
        "FundMath.Explain",
        "FundMath.Data",
        "FundMath.Policies",
        "FundMath.Ratios",
        "FundMath.Contributions",
        "FundMath.Cohorts",
        "FundMath.Funds",
        "FundMath.Analysis",
        "FundMath.Pooling",
        "FundMath.Drg",
        "FundMath.Benefits",
        "FundMath.Reconciliation",
        "FundMath.Serialization",
    ];

    /// <summary>
    /// The packages (projects under src/) by rank: a package references only packages of a lower rank — never one
    /// of its own rank. The core alone at the bottom; the file edge (Yaml) and the generators (Testing, core only)
    /// above it; case runner, samples and forecasting next; the test adapters (xunit v2/v3 case files, forecasting
    /// generators) above those; the tool on top.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> PackageRanks = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["FundMath"] = 0,
        ["FundMath.Yaml"] = 1,
        ["FundMath.Testing"] = 1,
        ["FundMath.Cases"] = 2,
        ["FundMath.Samples"] = 2,
        ["FundMath.Forecasting"] = 2,
        ["FundMath.Testing.Forecasting"] = 3,
        ["FundMath.Testing.Xunit"] = 3,
        ["FundMath.Testing.XunitV3"] = 3,
        ["FundMath.Cli"] = 4,
    };

    private static readonly Lazy<TypeDependencies> Core = new(() => TypeDependencies.Of(typeof(Money).Assembly));

    [Fact]
    public void Every_core_namespace_has_a_place_in_the_order()
    {
        string[] unplaced = Core.Value.Namespaces.Where(n => !CoreNamespaceOrder.Contains(n)).Order(StringComparer.Ordinal).ToArray();
        Assert.True(unplaced.Length == 0,
            $"namespaces missing from {nameof(CoreNamespaceOrder)} (place each where its references allow): {string.Join(", ", unplaced)}");
    }

    [Fact]
    public void No_core_namespace_references_one_above_it()
    {
        int Rank(string ns) => Array.IndexOf(CoreNamespaceOrder, ns);
        string[] upward = Core.Value.Edges
            .Where(e => Rank(e.Key.From) >= 0 && Rank(e.Key.To) > Rank(e.Key.From))
            .Select(e => $"{e.Key.From} → {e.Key.To} (e.g. {e.Value})")
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(upward.Length == 0, "upward references:\n" + string.Join("\n", upward));
    }

    [Fact]
    public void The_core_namespace_graph_has_no_cycle()
    {
        var next = Core.Value.Edges.Keys.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.Select(e => e.To).ToArray());
        List<string> cycle = FindCycle(next);
        Assert.True(cycle.Count == 0, "namespace cycle: " + string.Join(" → ", cycle));
    }

    [Fact]
    public void The_reference_walker_sees_calls_fields_and_signatures()
    {
        // The walker must see real references, or the two tests above could never fail: Funds uses Ratios
        // (SurplusRatio.Outcome is a RatioOutcome), Analysis uses Funds (a FundStatement), Policies uses Citations
        // (every ParameterEntry has one), Explain uses Citations (Explanation.Citation).
        var edges = Core.Value.Edges;
        Assert.Contains(("FundMath.Funds", "FundMath.Ratios"), edges.Keys);
        Assert.Contains(("FundMath.Analysis", "FundMath.Funds"), edges.Keys);
        Assert.Contains(("FundMath.Policies", "FundMath.Citations"), edges.Keys);
        Assert.Contains(("FundMath.Explain", "FundMath.Citations"), edges.Keys);
        Assert.Contains(("FundMath.Funds", "FundMath"), edges.Keys);
        Assert.DoesNotContain(("FundMath.Ratios", "FundMath.Funds"), edges.Keys);
        Assert.Equal("FundMath.Funds", typeof(SurplusRatio).Namespace);
    }

    [Fact]
    public void Only_value_types_name_their_own_json_converter_by_attribute()
    {
        // [JsonConverter(typeof(MoneyJsonConverter))] on Money is how System.Text.Json finds the converter without
        // options; it is metadata, not a call, and is the one link the order above does not count. It must stay
        // that narrow: a type may name only its own converter, <Type>JsonConverter in FundMath.Serialization.
        var links = Core.Value.ConverterLinks;
        Assert.Contains((typeof(Money), typeof(FundMath.Serialization.MoneyJsonConverter)), links);
        string[] other = links
            .Where(l => l.Converter.Namespace != "FundMath.Serialization" || l.Converter.Name != l.Type.Name + "JsonConverter")
            .Select(l => $"{l.Type.FullName} → {l.Converter.FullName}")
            .ToArray();
        Assert.True(other.Length == 0, "converter links other than a type's own converter:\n" + string.Join("\n", other));
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle()
    {
        var next = new Dictionary<string, string[]> { ["a"] = ["b"], ["b"] = ["c"], ["c"] = ["a"], ["d"] = ["a"] };
        Assert.Equal(["a", "b", "c", "a"], FindCycle(next));
        Assert.Empty(FindCycle(new Dictionary<string, string[]> { ["a"] = ["b"], ["b"] = ["c"], ["d"] = ["a"] }));
    }

    [Fact]
    public void Every_package_references_only_lower_ranked_packages()
    {
        string src = Path.Combine(RepositoryFiles.Root, "src");
        var problems = new List<string>();
        string[] projects = Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (string project in projects)
        {
            string name = Path.GetFileNameWithoutExtension(project);
            if (!PackageRanks.TryGetValue(name, out int rank))
            {
                problems.Add($"{name} has no rank in {nameof(PackageRanks)}");
                continue;
            }

            foreach (XElement reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                string target = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
                if (!PackageRanks.TryGetValue(target, out int targetRank) || targetRank >= rank)
                {
                    problems.Add($"{name} (rank {rank}) references {target} (rank {(PackageRanks.ContainsKey(target) ? targetRank : "none")})");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_built_assemblies_reference_only_lower_ranked_packages()
    {
        // The compiled references, as the runtime sees them (the assemblies this test project loads).
        Assembly[] assemblies =
        [
            typeof(Money).Assembly,
            typeof(FundMath.Yaml.DataFiles).Assembly,
            typeof(FundMath.Cases.CaseRunner).Assembly,
            typeof(FundMath.Samples.SampleReports).Assembly,
            typeof(FundMath.Forecasting.Fits.TrendFitter).Assembly,
            typeof(FundMath.Testing.ValueArbitraries).Assembly,
        ];
        var problems = new List<string>();
        foreach (Assembly assembly in assemblies)
        {
            string name = assembly.GetName().Name!;
            int rank = PackageRanks[name];
            foreach (AssemblyName reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("FundMath", StringComparison.Ordinal)))
            {
                if (!PackageRanks.TryGetValue(reference.Name!, out int targetRank) || targetRank >= rank)
                {
                    problems.Add($"{name} (rank {rank}) references {reference.Name}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.DoesNotContain(typeof(Money).Assembly.GetReferencedAssemblies(), r => r.Name!.StartsWith("FundMath", StringComparison.Ordinal));
        Assert.Contains(typeof(FundMath.Cases.CaseRunner).Assembly.GetReferencedAssemblies(), r => r.Name == "FundMath.Yaml");
    }

    /// <summary>A cycle reachable in <paramref name="next"/>, first node repeated at the end; empty when acyclic.</summary>
    private static List<string> FindCycle(IReadOnlyDictionary<string, string[]> next)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 on the path, 2 done
        var path = new List<string>();

        List<string>? Visit(string node)
        {
            state[node] = 1;
            path.Add(node);
            foreach (string to in next.TryGetValue(node, out string[]? targets) ? targets : [])
            {
                if (state.GetValueOrDefault(to) == 1)
                {
                    return [.. path.Skip(path.IndexOf(to)), to];
                }

                if (state.GetValueOrDefault(to) == 0 && Visit(to) is { } found)
                {
                    return found;
                }
            }

            path.RemoveAt(path.Count - 1);
            state[node] = 2;
            return null;
        }

        foreach (string node in next.Keys.Order(StringComparer.Ordinal))
        {
            if (state.GetValueOrDefault(node) == 0 && Visit(node) is { } cycle)
            {
                return cycle;
            }
        }

        return [];
    }
}
