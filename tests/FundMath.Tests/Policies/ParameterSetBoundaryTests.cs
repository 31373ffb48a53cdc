using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Citations;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Tests.Policies;

/// <summary>
/// The edges of <see cref="ParameterSet"/> that the lookup tests do not reach: building a set (null, duplicate and
/// blank refusals, ordinal name order), rebuilding it from layers, layering and code overrides with their unit
/// check, lookups that fail (null names, unknown names with the near-name suggestions, scales asked for a single
/// value), the listing text, name selection by prefix, and the shipped sets' names.
/// </summary>
public class ParameterSetBoundaryTests
{
    private static readonly LocalDate D2020 = new(2020, 1, 1);
    private static readonly LocalDate D2021 = new(2021, 1, 1);
    private static readonly Citation Cite = new("某市医保发〔2021〕1号", clause: "二");

    private static Parameter RateParameter(string name, decimal percent = 8, string? description = null, ParameterUnit unit = ParameterUnit.Rate) =>
        new(name, unit, [new ParameterEntry(D2021, ParameterValue.FromRate(Rate.FromPercent(percent), unit), Cite)], description);

    private static Parameter Tiers(string name) =>
        new(name, ParameterUnit.Rate, [new ParameterEntry(D2021,
            [new ScaleBracket("tier1", ParameterValue.FromRate(Rate.FromPercent(80))), new ScaleBracket("tier2", ParameterValue.FromRate(Rate.FromPercent(60)))], Cite)]);

    // ---- building ----

    [Fact]
    public void Create_refuses_a_blank_name_null_parameters_a_null_parameter_and_a_duplicate()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ParameterSet.Create(null!, [])).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ParameterSet.Create(" ", [])).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => ParameterSet.Create("s", null!)).ParamName);
        Assert.Equal("items", Assert.Throws<ArgumentNullException>(() => ParameterSet.Create("s", [RateParameter("a.b"), null!])).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => ParameterSet.Create("s", [RateParameter("a.b"), RateParameter("c.d"), RateParameter("a.b", 9)]));
        Assert.Equal("items", twice.ParamName);
        Assert.StartsWith("parameter a.b is defined twice in set s.", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_and_parameters_are_in_ordinal_order_whatever_the_input_order()
    {
        ParameterSet s = ParameterSet.Create("s", [RateParameter("b.x"), RateParameter("a_b"), RateParameter("a.b"), RateParameter("B.x")]);
        string[] expected = ["B.x", "a.b", "a_b", "b.x"]; // ordinal: 'B' < 'a', '.' < '_'
        Assert.Equal(expected, s.Names);
        Assert.Equal(expected, s.Parameters.Select(p => p.Name));
        Assert.Equal(4, s.Count);
        Assert.Equal(["s"], s.Layers);
        Assert.Equal("s", s.Name);
        Assert.Equal("s: 4 parameters (s)", s.ToString());
    }

    [Fact]
    public void The_empty_set_has_no_parameters_and_one_layer()
    {
        Assert.Equal(("empty", 0), (ParameterSet.Empty.Name, ParameterSet.Empty.Count));
        Assert.Equal(["empty"], ParameterSet.Empty.Layers);
        Assert.Empty(ParameterSet.Empty.Names);
        Assert.Empty(ParameterSet.Empty.Parameters);
        Assert.Equal("empty: 0 parameters (empty)", ParameterSet.Empty.ToString());
    }

    [Fact]
    public void From_layers_rebuilds_a_set_and_refuses_blank_or_missing_layers()
    {
        ParameterSet s = ParameterSet.FromLayers("city", ["national", "city"], [RateParameter("a.b")]);
        Assert.Equal(["national", "city"], s.Layers);
        Assert.Equal(("city", 1), (s.Name, s.Count));
        Assert.Equal("city: 1 parameters (national ⟶ city)", s.ToString());
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => ParameterSet.FromLayers(" ", ["a"], [])).ParamName);
        Assert.Equal("layers", Assert.Throws<ArgumentNullException>(() => ParameterSet.FromLayers("s", null!, [])).ParamName);
        Assert.Equal("parameters", Assert.Throws<ArgumentNullException>(() => ParameterSet.FromLayers("s", ["s"], null!)).ParamName);
        var none = Assert.Throws<ArgumentException>(() => ParameterSet.FromLayers("s", [], []));
        Assert.Equal("layers", none.ParamName);
        Assert.StartsWith("parameter set s has no layers; a set has at least one (its own name when it was created alone).", none.Message, StringComparison.Ordinal);
        var blank = Assert.Throws<ArgumentException>(() => ParameterSet.FromLayers("s", ["national", "city", " "], []));
        Assert.Equal("layers", blank.ParamName);
        Assert.StartsWith("parameter set s: layer 2 has no name.", blank.Message, StringComparison.Ordinal);
        Assert.StartsWith("parameter set s: layer 0 has no name.", Assert.Throws<ArgumentException>(() => ParameterSet.FromLayers("s", [""], [])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ParameterSet.FromLayers("s", ["s"], [RateParameter("a.b"), RateParameter("a.b")]));

        // The layers are copied: changing the caller's list afterwards changes nothing.
        var layers = new List<string> { "a", "b" };
        ParameterSet copied = ParameterSet.FromLayers("b", layers, []);
        layers.Add("c");
        Assert.Equal(["a", "b"], copied.Layers);
    }

    // ---- layering and code overrides ----

    [Fact]
    public void Layering_adds_new_parameters_replaces_known_ones_and_refuses_a_changed_unit()
    {
        ParameterSet lower = ParameterSet.Create("lower", [RateParameter("a.b", 7), RateParameter("c.d", 2)]);
        ParameterSet upper = ParameterSet.Create("upper", [RateParameter("a.b", 8), RateParameter("e.f", 1)]);
        ParameterSet layered = lower.Layer(upper);
        Assert.Equal(("upper", 3), (layered.Name, layered.Count));
        Assert.Equal(["lower", "upper"], layered.Layers);
        Assert.Same(upper.Get("a.b"), layered.Get("a.b"));
        Assert.Same(lower.Get("c.d"), layered.Get("c.d"));
        Assert.Same(upper.Get("e.f"), layered.Get("e.f"));
        Assert.Equal("over", Assert.Throws<ArgumentNullException>(() => lower.Layer(null!)).ParamName);

        ParameterSet ratio = ParameterSet.Create("odd", [RateParameter("c.d", 2, unit: ParameterUnit.Ratio)]);
        var e = Assert.Throws<ArgumentException>(() => lower.Layer(ratio));
        Assert.Equal("over", e.ParamName);
        Assert.StartsWith("parameter c.d is rate in lower but ratio in odd.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_overrides_are_one_layer_named_overrides_unless_named()
    {
        ParameterSet lower = ParameterSet.Create("lower", [RateParameter("a.b", 7)]);
        ParameterSet over = lower.WithOverrides([RateParameter("a.b", 9), RateParameter("x.y", 1)]);
        Assert.Equal(("overrides", 2), (over.Name, over.Count));
        Assert.Equal(["lower", "overrides"], over.Layers);
        Assert.Equal(Rate.FromPercent(9), ParameterKeys.Rate("a.b").At(over, D2021));
        ParameterSet named = lower.WithOverrides([RateParameter("a.b", 9)], "scenario");
        Assert.Equal(["lower", "scenario"], named.Layers);
        Assert.Equal("overrides", Assert.Throws<ArgumentNullException>(() => lower.WithOverrides((IEnumerable<Parameter>)null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => lower.WithOverrides([], null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => lower.WithOverrides([], " ")).ParamName);
        Assert.Throws<ArgumentException>(() => lower.WithOverrides([RateParameter("a.b", 9, unit: ParameterUnit.Ratio)]));
    }

    // ---- lookups ----

    [Fact]
    public void Find_and_contains_answer_null_and_false_for_unknown_null_and_empty_names()
    {
        ParameterSet s = ParameterSet.Create("s", [RateParameter("a.b")]);
        Assert.Same(s.Names.Select(s.Get).Single(), s.Find("a.b"));
        Assert.True(s.Contains("a.b"));
        Assert.Null(s.Find("A.b"));
        Assert.False(s.Contains("A.b"));
        Assert.Null(s.Find(null!));
        Assert.False(s.Contains(null!));
        Assert.Null(s.Find(string.Empty));
    }

    [Fact]
    public void Get_refuses_a_null_name_and_names_an_unknown_one_with_up_to_five_similar_names()
    {
        ParameterSet s = ParameterSet.Create("s", [
            RateParameter("a.rate"), RateParameter("b.rate"), RateParameter("c.rate"), RateParameter("d.rate"), RateParameter("e.rate"),
            RateParameter("f.rate"), RateParameter("g.other"),
        ]);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => s.Get(null!)).ParamName);
        var many = Assert.Throws<ParameterNotFoundException>(() => s.Get("zz.rate"));
        Assert.Equal("unknown parameter 'zz.rate' in parameter set s (similar: a.rate, b.rate, c.rate, d.rate, e.rate).", many.Message);
        Assert.Equal("zz.rate", many.ParameterName);
        var none = Assert.Throws<ParameterNotFoundException>(() => s.Get("zz.qq"));
        Assert.Equal("unknown parameter 'zz.qq' in parameter set s.", none.Message);
        Assert.Equal("zz.qq", none.ParameterName);
        // Without a dot the whole name is the segment looked for.
        Assert.Equal("unknown parameter 'other' in parameter set s (similar: g.other).", Assert.Throws<ParameterNotFoundException>(() => s.Get("other")).Message);
        // The segment is what follows the last dot only.
        Assert.Equal("unknown parameter 'x.y.other' in parameter set s (similar: g.other).", Assert.Throws<ParameterNotFoundException>(() => s.Get("x.y.other")).Message);
    }

    [Fact]
    public void The_suggestion_segment_starts_right_after_the_last_dot_even_at_the_start()
    {
        // ".rate" looks for "rate": found in "rate_cap", which does not contain ".rate".
        ParameterSet s = ParameterSet.Create("s", [RateParameter("rate_cap")]);
        Assert.Equal("unknown parameter '.rate' in parameter set s (similar: rate_cap).", Assert.Throws<ParameterNotFoundException>(() => s.Get(".rate")).Message);
        // "q.rate" looks for "rate", not "q.rate" or ".rate".
        Assert.Equal("unknown parameter 'q.rate' in parameter set s (similar: rate_cap).", Assert.Throws<ParameterNotFoundException>(() => s.Get("q.rate")).Message);
    }

    [Fact]
    public void Value_lookups_refuse_a_scale_without_a_bracket_and_null_arguments()
    {
        ParameterSet s = ParameterSet.Create("s", [Tiers("x.tiers"), RateParameter("x.rate", 8)]);
        var scale = Assert.Throws<InvalidOperationException>(() => s.ValueAt("x.tiers", D2021));
        Assert.Equal("parameter x.tiers is a scale; ask for a bracket (tier1, tier2).", scale.Message);
        Assert.Equal(ParameterValue.FromRate(Rate.FromPercent(8)), s.ValueAt("x.rate", D2021));
        Assert.Equal(ParameterValue.FromRate(Rate.FromPercent(60)), s.ValueAt("x.tiers", "tier2", D2021));
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => s.ValueAt(null!, "tier1", D2021)).ParamName);
        Assert.Equal("bracket", Assert.Throws<ArgumentNullException>(() => s.ValueAt("x.tiers", null!, D2021)).ParamName);
        Assert.Throws<ParameterNotFoundException>(() => s.ValueAt("x.rate", new LocalDate(2020, 12, 31)));
        Assert.Throws<ParameterNotFoundException>(() => s.ValueAt("x.none", D2021));
        Assert.Same(s.Get("x.rate").Entries[0], s.At("x.rate", D2021));
        Assert.Single(s.Over("x.rate", ReportingPeriod.OfYear(2021)));
        Explanation x = s.Explain("x.rate", D2021);
        Assert.Equal(("x.rate", "8%", ExplanationKind.Parameter, Cite), (x.Name, x.Value, x.Kind, x.Citation));
    }

    // ---- listing and selection ----

    private static ParameterSet Listed() => ParameterSet.Create("s", [
        new Parameter("x.rate", ParameterUnit.Rate,
            [
                new ParameterEntry(D2020, ParameterValue.FromRate(Rate.FromPercent(7)), Cite, "减半"),
                new ParameterEntry(D2021, ParameterValue.FromRate(Rate.FromPercent(8)), new Citation("文件")),
            ],
            "费率"),
        new Parameter("x.tiers", ParameterUnit.Rate, [new ParameterEntry(D2021,
            [new ScaleBracket("tier1", ParameterValue.FromRate(Rate.FromPercent(80))), new ScaleBracket("tier2", ParameterValue.FromRate(Rate.FromPercent(60)))], Cite, string.Empty)], string.Empty),
        RateParameter("xy.rate", 5),
    ]);

    [Fact]
    public void Describe_lists_each_parameter_with_unit_description_values_citations_and_notes()
    {
        // An empty description or note is left out like a missing one.
        string nl = Environment.NewLine;
        Assert.Equal(
            "x.rate (rate): 费率" + nl
            + "  2020-01-01  7%  [某市医保发〔2021〕1号 二]  (减半)" + nl
            + "  2021-01-01  8%  [文件]" + nl
            + "x.tiers (rate)" + nl
            + "  2021-01-01  tier1=80%, tier2=60%  [某市医保发〔2021〕1号 二]" + nl,
            Listed().Describe("x"));
        Assert.Equal(
            "xy.rate (rate)" + nl + "  2021-01-01  5%  [某市医保发〔2021〕1号 二]" + nl,
            Listed().Describe("xy.rate"));
        Assert.Equal(3, Listed().Describe().Split(nl).Count(l => l.Length > 0 && l[0] != ' '));
        Assert.Equal(Listed().Describe(), Listed().Describe(string.Empty));
    }

    [Fact]
    public void Describe_at_a_date_shows_the_value_in_force_or_that_there_is_none()
    {
        string nl = Environment.NewLine;
        Assert.Equal(
            "x.rate (rate): 费率" + nl + "  2020-01-01  7%  [某市医保发〔2021〕1号 二]  (减半)" + nl
            + "x.tiers (rate)" + nl + "  (no value on 2020-12-31)" + nl,
            Listed().Describe("x", new LocalDate(2020, 12, 31)));
        Assert.Equal(
            "xy.rate (rate)" + nl + "  (no value on 2019-06-30)" + nl,
            Listed().Describe("xy.rate", new LocalDate(2019, 6, 30)));
    }

    [Fact]
    public void Select_takes_the_name_itself_or_its_dotted_children_and_refuses_nothing_matching()
    {
        ParameterSet s = Listed();
        Assert.Equal(["x.rate", "x.tiers", "xy.rate"], s.Select(null).Select(p => p.Name));
        Assert.Equal(["x.rate", "x.tiers", "xy.rate"], s.Select(string.Empty).Select(p => p.Name));
        Assert.Equal(["x.rate", "x.tiers"], s.Select("x").Select(p => p.Name)); // not xy.rate
        Assert.Equal(["x.rate"], s.Select("x.rate").Select(p => p.Name));
        Assert.Equal(["xy.rate"], s.Select("xy").Select(p => p.Name));
        var none = Assert.Throws<ParameterNotFoundException>(() => s.Select("x.ra"));
        Assert.Equal("unknown parameter 'x.ra' in parameter set s (similar: x.rate, xy.rate).", none.Message);
        Assert.Throws<ParameterNotFoundException>(() => s.Describe("z"));
    }

    // ---- the shipped sets ----

    [Fact]
    public void The_shipped_sets_are_named_and_layered()
    {
        Assert.Equal("national", ParameterSet.National.Name);
        Assert.Equal(["national"], ParameterSet.National.Layers);
        Assert.Equal("conventions", ParameterSet.Conventions.Name);
        Assert.Equal(["conventions"], ParameterSet.Conventions.Layers);
        Assert.Equal("national+conventions", ParameterSet.NationalWithConventions.Name);
        Assert.Equal(["national", "conventions"], ParameterSet.NationalWithConventions.Layers);
        Assert.Same(ParameterSet.Conventions, ParameterSet.Conventions);
        Assert.Same(ParameterSet.NationalWithConventions, ParameterSet.NationalWithConventions);
        Assert.Equal("FundMath:national.json", ParameterSet.National.Get("employee.employer_rate").Location.Source);
        Assert.Equal("FundMath:conventions.json", ParameterSet.Conventions.Parameters.First().Location.Source);
    }

    [Fact]
    public void An_embedded_document_is_read_under_its_source_name_and_a_missing_one_is_named()
    {
        ParameterSet again = ParameterSet.LoadResource("FundMath.Policies.conventions.json", "again");
        Assert.Equal("conventions", again.Name); // the document names itself
        Assert.Equal(ParameterSet.Conventions.Names, again.Names);
        Assert.Equal("FundMath:again.json", again.Parameters.First().Location.Source);
        var e = Assert.Throws<InvalidOperationException>(() => ParameterSet.LoadResource("FundMath.Policies.missing.json", "missing"));
        Assert.Equal("embedded resource FundMath.Policies.missing.json is missing from FundMath.dll.", e.Message);
    }

    [Fact]
    public void A_value_lookup_with_neither_name_nor_bracket_names_the_name_first()
    {
        ParameterSet s = ParameterSet.Create("s", [Tiers("x.tiers")]);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => s.ValueAt(null!, null!, D2021)).ParamName);
    }
}
