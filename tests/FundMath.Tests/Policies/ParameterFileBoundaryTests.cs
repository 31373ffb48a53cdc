using System;
using System.Linq;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Policies;

using Money = global::FundMath.Money;

/// <summary>
/// The edges of reading a parameter document (the format of docs/policies.md) and of data overrides, fed as text:
/// how the set is named, which unit, description and domain a definition inherits from the base, every refusal
/// with its reason and position (names, units, bounds, dates, citations, values and brackets), the shapes of a
/// citation, and the single-value overrides of a case file or command line.
/// </summary>
public class ParameterFileBoundaryTests
{
    private static readonly LocalDate D2021 = new(2021, 1, 1);

    /// <summary>Reads YAML text with no base set (the document alone).</summary>
    private static ParameterSet Alone(string yaml, string? defaultName = null, string source = "f.yaml") =>
        ParameterSet.Read(YamlDataReader.Read(yaml, source), null, defaultName);

    private static DataFormatException Refused(string yaml, ParameterSet? baseSet = null) =>
        Assert.Throws<DataFormatException>(() => ParameterSet.Read(YamlDataReader.Read(yaml, "f.yaml"), baseSet));

    private const string OneRate = """
        parameters:
          x.y:
            unit: rate
            values:
              2021-01-01: { value: 8%, cite: 文件 }
        """;

    // ---- the set's name and layers ----

    [Fact]
    public void The_set_takes_the_documents_name_else_the_default_else_the_source()
    {
        ParameterSet named = Alone("name: city\n" + OneRate, "dflt");
        Assert.Equal("city", named.Name);
        Assert.Equal(["city"], named.Layers);
        Assert.Equal("dflt", Alone(OneRate, "dflt").Name);
        Assert.Equal("f.yaml", Alone(OneRate).Name);
        Assert.Equal("parameters", Alone("name: ' '\n" + OneRate).Name); // a blank name falls back to "parameters"
        Assert.Equal("parameters", Alone(OneRate, " ").Name);
        ParameterSet withDescription = Alone("description: 市级参数\n" + OneRate, "d");
        Assert.Equal(Rate.FromPercent(8), ParameterKeys.Rate("x.y").At(withDescription, D2021));
    }

    [Fact]
    public void Over_a_base_the_document_is_a_layer_on_top()
    {
        ParameterSet city = ParameterSet.Read(YamlDataReader.Read("name: city\n" + OneRate, "f.yaml"), ParameterSet.National);
        Assert.Equal(["national", "city"], city.Layers);
        Assert.Equal("city", city.Name);
        Assert.Equal(ParameterSet.National.Count + 1, city.Count);
        Assert.Same(ParameterSet.National.Get("employee.employer_rate"), city.Get("employee.employer_rate"));
        ParameterSet alone = Alone("name: city\n" + OneRate);
        Assert.Equal(1, alone.Count);
    }

    [Fact]
    public void The_document_has_only_name_description_and_parameters_and_parameters_is_a_required_mapping()
    {
        var extra = Refused("nmae: x\n" + OneRate);
        Assert.StartsWith("unknown member 'nmae'", extra.Reason, StringComparison.Ordinal);
        Assert.Equal((1, 1), (extra.Line, extra.Column));
        Assert.Contains("missing required member 'parameters'", Refused("name: x\n").Reason, StringComparison.Ordinal);
        Assert.StartsWith("expected a mapping", Refused("parameters: [1, 2]\n").Reason, StringComparison.Ordinal);
        Assert.Equal(0, Alone("parameters: {}\n", "empty").Count);
    }

    // ---- names ----

    [Theory]
    [InlineData("a", true)]
    [InlineData("z", true)]
    [InlineData("_", true)]
    [InlineData("0", true)]
    [InlineData("9", true)]
    [InlineData("resident.individual_contribution", true)]
    [InlineData("a.b.c_9", true)]
    [InlineData("", false)]
    [InlineData(".a", false)]
    [InlineData("a.", false)]
    [InlineData(".", false)]
    [InlineData("a..b", false)]
    [InlineData("A", false)]
    [InlineData("a-b", false)]
    [InlineData("a b", false)]
    [InlineData("`", false)] // just below 'a'
    [InlineData("{", false)] // just above 'z'
    [InlineData("/", false)] // just below '0'
    [InlineData(":", false)] // just above '9'
    [InlineData("é", false)]
    [InlineData("居民", false)]
    public void Names_are_dotted_lower_case_words(string name, bool valid)
    {
        Assert.Equal(valid, ParameterSet.IsValidName(name));
    }

    [Fact]
    public void A_null_name_is_not_valid()
    {
        Assert.False(ParameterSet.IsValidName(null!));
    }

    [Fact]
    public void An_invalid_parameter_name_is_refused_at_its_key()
    {
        var e = Refused("parameters:\n  x..y:\n    unit: rate\n    values:\n      2021-01-01: { value: 1%, cite: x }\n");
        Assert.Equal("parameter name 'x..y' must be dotted lower-case words (a-z, 0-9, _), e.g. resident.individual_contribution", e.Reason);
        Assert.Equal((2, 3), (e.Line, e.Column));
        Assert.Null(e.MemberPath);
    }

    // ---- units, descriptions and bounds ----

    [Fact]
    public void A_new_parameter_needs_a_unit_the_message_says_where_it_was_looked_for()
    {
        const string yaml = "parameters:\n  x.y:\n    values:\n      2021-01-01: { value: 1%, cite: x }\n";
        var alone = Refused(yaml);
        Assert.Equal("unknown parameter 'x.y': it is not in this file; declare its unit to define a new parameter", alone.Reason);
        Assert.Equal((2, 3), (alone.Line, alone.Column));
        var over = Refused(yaml, ParameterSet.National);
        Assert.Equal("unknown parameter 'x.y': it is not in parameter set national; declare its unit to define a new parameter", over.Reason);
    }

    [Fact]
    public void A_redefinition_inherits_unit_description_and_bounds_and_may_restate_the_same_unit()
    {
        ParameterSet baseSet = ParameterSet.Create("base", [
            new Parameter("x.y", ParameterUnit.Rate, [new ParameterEntry(D2021, ParameterValue.FromRate(Rate.FromPercent(15)), new Citation("b"))],
                "基准说明", Fraction.Create(1, 10), Fraction.Create(1, 5)),
        ]);
        ParameterSet inherited = Refusable("parameters:\n  x.y:\n    values:\n      2022-01-01: { value: 12%, cite: x }\n", baseSet);
        Parameter p = inherited.Get("x.y");
        Assert.Equal(ParameterUnit.Rate, p.Unit);
        Assert.Equal("基准说明", p.Description);
        Assert.Equal((Fraction.Create(1, 10), Fraction.Create(1, 5)), (p.Minimum, p.Maximum));
        Assert.Equal(new LocalDate(2022, 1, 1), p.Entries.Single().EffectiveFrom);
        Assert.Equal(new SourceLocation("f.yaml", 2, 3), p.Location);

        // The inherited bounds apply to the new values, with their own messages.
        var below = Refused("parameters:\n  x.y:\n    values:\n      2022-01-01: { value: 9%, cite: x }\n", baseSet);
        Assert.Equal("value out of domain: 9% is below the minimum 10% of x.y", below.Reason);
        var above = Refused("parameters:\n  x.y:\n    values:\n      2022-01-01: { value: 21%, cite: x }\n", baseSet);
        Assert.Equal("value out of domain: 21% is above the maximum 20% of x.y", above.Reason);

        // Restating the same unit is fine; a new description and new bounds replace the inherited ones.
        ParameterSet restated = Refusable("parameters:\n  x.y:\n    unit: rate\n    description: 新说明\n    min: 0%\n    max: 90%\n    values:\n      2022-01-01: { value: 90%, cite: x }\n", baseSet);
        Parameter q = restated.Get("x.y");
        Assert.Equal("新说明", q.Description);
        Assert.Equal((Fraction.Zero, Fraction.Create(9, 10)), (q.Minimum, q.Maximum));
        Assert.Equal(Rate.FromPercent(90), ParameterKeys.Rate("x.y").At(restated, D2021.PlusYears(1)));
    }

    private static ParameterSet Refusable(string yaml, ParameterSet baseSet) => ParameterSet.Read(YamlDataReader.Read(yaml, "f.yaml"), baseSet);

    [Fact]
    public void Without_bounds_a_new_parameter_gets_its_units_default_domain()
    {
        ParameterSet s = Alone("parameters:\n  x.p:\n    unit: percentage_points\n    values:\n      2021-01-01: { value: -5pp, cite: x }\n  x.r:\n    unit: rate\n    values:\n      2021-01-01: { value: 100%, cite: x }\n");
        Assert.Equal(((Fraction?)null, (Fraction?)null), (s.Get("x.p").Minimum, s.Get("x.p").Maximum));
        Assert.Equal(((Fraction?)Fraction.Zero, (Fraction?)Fraction.One), (s.Get("x.r").Minimum, s.Get("x.r").Maximum));
        Assert.Equal(PercentagePoints.FromPoints(-5), ParameterKeys.Points("x.p").At(s, D2021));
        Assert.Null(s.Get("x.r").Description);
    }

    [Fact]
    public void The_default_domain_of_a_new_parameter_is_checked_while_reading_with_the_position()
    {
        // No bounds given and nothing inherited: a rate is within 0–100% and money is not negative, refused as
        // a file error at the value (not later by the Parameter constructor).
        var rateBelow = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: -1%, cite: x }\n");
        Assert.Equal("value out of domain: -1% is below the minimum 0% of x.y", rateBelow.Reason);
        Assert.Equal((5, 28), (rateBelow.Line, rateBelow.Column));
        var rateAbove = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 100.1%, cite: x }\n");
        Assert.Equal("value out of domain: 100.1% is above the maximum 100% of x.y", rateAbove.Reason);
        var money = Refused("parameters:\n  x.m:\n    unit: yuan_per_person_year\n    values:\n      2021-01-01: { value: -0.01, cite: x }\n");
        Assert.Equal("value out of domain: -0.01元/人·年 is below the minimum 0.00元/人·年 of x.m", money.Reason);
        Assert.Equal((5, 28), (money.Line, money.Column));
    }

    [Fact]
    public void Min_above_max_is_refused_and_equal_bounds_are_allowed()
    {
        var e = Refused("parameters:\n  x.y:\n    unit: rate\n    min: 60%\n    max: 50%\n    values:\n      2021-01-01: { value: 55%, cite: x }\n");
        Assert.Equal("min 60% exceeds max 50%", e.Reason);
        Assert.Equal((3, 5), (e.Line, e.Column));
        ParameterSet s = Alone("parameters:\n  x.y:\n    unit: rate\n    min: 50%\n    max: 50%\n    values:\n      2021-01-01: { value: 50%, cite: x }\n");
        Assert.Equal(Rate.FromPercent(50), ParameterKeys.Rate("x.y").At(s, D2021));
        Assert.Throws<DataFormatException>(() => Alone("parameters:\n  x.y:\n    unit: rate\n    min: 5\n    values:\n      2021-01-01: { value: 50%, cite: x }\n"));
    }

    [Fact]
    public void Bounds_edges_are_inside_for_money_too()
    {
        ParameterSet s = Alone("parameters:\n  x.m:\n    unit: yuan\n    min: 10\n    max: 20\n    values:\n      2020-01-01: { value: 10, cite: x }\n      2021-01-01: { value: 20, cite: x }\n");
        Assert.Equal(Money.FromYuan(10), ParameterKeys.Money("x.m").At(s, new LocalDate(2020, 6, 1)));
        Assert.Equal(Money.FromYuan(20), ParameterKeys.Money("x.m").At(s, D2021));
        var over = Refused("parameters:\n  x.m:\n    unit: yuan\n    max: 20\n    values:\n      2021-01-01: { value: 20.01, cite: x }\n");
        Assert.Equal("value out of domain: 20.01元 is above the maximum 20.00元 of x.m", over.Reason);
        Assert.Equal((6, 28), (over.Line, over.Column));
        var under = Refused("parameters:\n  x.m:\n    unit: yuan\n    min: 10\n    values:\n      2021-01-01: { value: 9.99, cite: x }\n");
        Assert.Equal("value out of domain: 9.99元 is below the minimum 10.00元 of x.m", under.Reason);
    }

    // ---- dated values ----

    [Fact]
    public void Values_must_be_a_non_empty_mapping_of_ascending_dates()
    {
        Assert.Contains("missing required member 'values'", Refused("parameters:\n  x.y:\n    unit: rate\n").Reason, StringComparison.Ordinal);
        var empty = Refused("parameters:\n  x.y:\n    unit: rate\n    values: {}\n");
        Assert.Equal("a parameter needs at least one dated value", empty.Reason);
        Assert.Equal((4, 13), (empty.Line, empty.Column));
        Assert.StartsWith("expected a mapping", Refused("parameters:\n  x.y:\n    unit: rate\n    values: 8%\n").Reason, StringComparison.Ordinal);
        Assert.StartsWith("expected a mapping", Refused("parameters:\n  x.y: 8%\n").Reason, StringComparison.Ordinal);
        var unordered = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: x }\n      2020-12-31: { value: 7%, cite: x }\n");
        Assert.Equal(
            "dates must ascend: 2020-12-31 comes after 2021-01-01 (each value applies until the next date; overlapping or unordered dates are ambiguous)",
            unordered.Reason);
        Assert.Equal((6, 7), (unordered.Line, unordered.Column));
        Assert.Equal("parameters.x.y.values", unordered.MemberPath);
    }

    [Fact]
    public void The_earliest_date_may_be_the_first_day_of_the_calendar()
    {
        // 0001-01-01 is default(LocalDate): the first date is not compared with anything before it.
        ParameterSet s = Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      0001-01-01: { value: 8%, cite: x }\n      2021-01-01: { value: 9%, cite: x }\n");
        Assert.Equal(new LocalDate(1, 1, 1), s.Get("x.y").Entries[0].EffectiveFrom);
        Assert.Equal(Rate.FromPercent(8), ParameterKeys.Rate("x.y").At(s, new LocalDate(2020, 12, 31)));
    }

    [Fact]
    public void A_parameter_cannot_mix_values_and_brackets_across_dates()
    {
        var e = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2020-01-01: { value: 8%, cite: x }\n      2021-01-01: { brackets: { a: 8% }, cite: x }\n");
        Assert.Equal("x.y mixes single values and scales (brackets)", e.Reason);
        Assert.Equal((6, 19), (e.Line, e.Column));
        Assert.Throws<DataFormatException>(() => Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      2020-01-01: { brackets: { a: 8% }, cite: x }\n      2021-01-01: { value: 8%, cite: x }\n"));
        ParameterSet scales = Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      2020-01-01: { brackets: { a: 8% }, cite: x }\n      2021-01-01: { brackets: { a: 9% }, cite: x }\n");
        Assert.True(scales.Get("x.y").IsScale);
        Assert.Equal(Rate.FromPercent(9), ParameterKeys.RateScale("x.y").At(scales, "a", D2021));
    }

    // ---- entries ----

    [Fact]
    public void An_entry_is_a_mapping_with_a_citation_and_exactly_one_of_value_or_brackets()
    {
        var scalar = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: 8%\n");
        Assert.StartsWith("expected a mapping but found", scalar.Reason, StringComparison.Ordinal);
        Assert.Equal((5, 19), (scalar.Line, scalar.Column));
        Assert.StartsWith("unknown member 'vale'", Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { vale: 8%, cite: x }\n").Reason, StringComparison.Ordinal);
        var nullCite = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: null }\n");
        Assert.Equal("missing citation: every value of x.y needs 'cite' (a document number such as 医保发〔2021〕32号)", nullCite.Reason);
        Assert.Equal((5, 19), (nullCite.Line, nullCite.Column));
        var both = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, brackets: { a: 8% }, cite: x }\n");
        Assert.Equal("give exactly one of 'value' (a single value) or 'brackets' (a scale)", both.Reason);
        var neither = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { cite: x }\n");
        Assert.Equal("give exactly one of 'value' (a single value) or 'brackets' (a scale)", neither.Reason);
        Assert.Equal((5, 19), (neither.Line, neither.Column));
    }

    [Fact]
    public void An_entry_keeps_its_note_citation_and_position()
    {
        ParameterSet s = Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: 文件, note: 恢复 }\n      2022-01-01: { value: 9%, cite: 文件 }\n");
        ParameterEntry first = s.Get("x.y").Entries[0];
        Assert.Equal("恢复", first.Note);
        Assert.Equal(new Citation("文件"), first.Citation);
        Assert.Equal(new SourceLocation("f.yaml", 5, 19), first.Location);
        Assert.Null(s.Get("x.y").Entries[1].Note);
    }

    [Fact]
    public void Brackets_are_a_non_empty_mapping_of_values_or_value_and_note()
    {
        ParameterSet s = Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01:\n        cite: x\n        note: 档次\n        brackets:\n          tier1: 80%\n          tier2: { value: 60%, note: 中部 }\n");
        ParameterEntry e = s.Get("x.y").Entries.Single();
        Assert.Equal("档次", e.Note);
        Assert.Equal(["tier1", "tier2"], e.Brackets.Select(b => b.Key));
        Assert.Equal((Rate.FromPercent(80), (string?)null), (e.Brackets[0].Value.AsRate(), e.Brackets[0].Note));
        Assert.Equal((Rate.FromPercent(60), "中部"), (e.Brackets[1].Value.AsRate(), e.Brackets[1].Note));
        Assert.Equal(new SourceLocation("f.yaml", 6, 9), e.Location);

        var empty = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { brackets: {}, cite: x }\n");
        Assert.Equal("a scale needs at least one bracket", empty.Reason);
        Assert.Equal((5, 31), (empty.Line, empty.Column));
        Assert.StartsWith("expected a mapping", Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { brackets: 8%, cite: x }\n").Reason, StringComparison.Ordinal);
        Assert.StartsWith("unknown member 'cite'", Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { brackets: { a: { value: 8%, cite: x } }, cite: x }\n").Reason, StringComparison.Ordinal);
        Assert.Contains("missing required member 'value'", Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { brackets: { a: { note: n } }, cite: x }\n").Reason, StringComparison.Ordinal);
        var bracketDomain = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { brackets: { a: 101% }, cite: x }\n");
        Assert.Equal("value out of domain: 101% is above the maximum 100% of x.y", bracketDomain.Reason);
    }

    [Fact]
    public void A_malformed_value_names_the_parameter_and_unit_and_keeps_the_inner_reason()
    {
        var e = Refused("parameters:\n  x.y:\n    unit: months\n    values:\n      2021-01-01: { value: three, cite: x }\n");
        Assert.StartsWith("wrong unit or malformed value for x.y (months): ", e.Reason, StringComparison.Ordinal);
        var inner = Assert.IsType<DataFormatException>(e.InnerException);
        Assert.EndsWith(inner.Reason, e.Reason, StringComparison.Ordinal);
        Assert.Equal((5, 28), (e.Line, e.Column));
    }

    // ---- citations ----

    [Fact]
    public void A_citation_is_a_non_blank_text_or_a_document_with_title_clause_and_url()
    {
        var blank = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: ' ' }\n");
        Assert.Equal("the citation is empty", blank.Reason);
        Assert.Equal((5, 38), (blank.Line, blank.Column));
        ParameterSet s = Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01:\n        value: 8%\n        cite: { document: 医保发〔2021〕32号, title: 通知, clause: 一, url: 'https://example.org/a' }\n");
        Assert.Equal(new Citation("医保发〔2021〕32号", "通知", "一", "https://example.org/a"), s.Get("x.y").Entries[0].Citation);
        ParameterSet bare = Alone("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: { document: 文件 } }\n");
        Assert.Equal(new Citation("文件"), bare.Get("x.y").Entries[0].Citation);
        var emptyDocument = Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: { document: ' ', title: t } }\n");
        Assert.Equal("the citation's document is empty", emptyDocument.Reason);
        Assert.Equal((5, 50), (emptyDocument.Line, emptyDocument.Column));
        Assert.StartsWith("unknown member 'page'", Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: { document: d, page: 3 } }\n").Reason, StringComparison.Ordinal);
        Assert.Contains("missing required member 'document'", Refused("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-01-01: { value: 8%, cite: { title: t } }\n").Reason, StringComparison.Ordinal);
    }

    // ---- data overrides ----

    private static DataNode Yaml(string text) => YamlDataReader.Read(text, "case.yaml");

    [Fact]
    public void A_single_value_override_replaces_the_whole_history_cited_to_the_layer_and_position()
    {
        ParameterSet s = ParameterSet.National.WithOverrides(Yaml("employee.employer_rate: 8.7%\n"), "case 1");
        Assert.Equal(["national", "case 1"], s.Layers);
        Assert.Equal("case 1", s.Name);
        Parameter p = s.Get("employee.employer_rate");
        Parameter known = ParameterSet.National.Get("employee.employer_rate");
        ParameterEntry e = p.Entries.Single();
        Assert.Equal(LocalDate.MinIsoValue, e.EffectiveFrom);
        Assert.Equal(ParameterValue.FromRate(Rate.FromPercent(8.7m)), e.Value);
        Assert.Equal(new Citation("case 1", clause: "case.yaml:1:1"), e.Citation);
        Assert.Equal("override", e.Note);
        Assert.Equal(new SourceLocation("case.yaml", 1, 25), e.Location);
        Assert.Equal(new SourceLocation("case.yaml", 1, 1), p.Location);
        Assert.Equal((known.Unit, known.Description, known.Minimum, known.Maximum), (p.Unit, p.Description, p.Minimum, p.Maximum));
        Assert.Equal(Rate.FromPercent(8.7m), NationalParameters.Employee.EmployerRate.At(s, new LocalDate(1990, 1, 1)));
        Assert.Same(ParameterSet.National.Get("employee.individual_rate"), s.Get("employee.individual_rate"));
    }

    [Fact]
    public void A_value_and_cite_override_uses_the_given_citation()
    {
        ParameterSet s = ParameterSet.National.WithOverrides(Yaml("resident.individual_contribution: { value: 350, cite: 某市医保发〔2022〕3号 }\n"), "case");
        ParameterEntry e = s.Get("resident.individual_contribution").Entries.Single();
        Assert.Equal(new Citation("某市医保发〔2022〕3号"), e.Citation);
        Assert.Equal(Money.FromYuan(350), e.Value.AsMoney());
        Assert.Equal(new SourceLocation("case.yaml", 1, 44), e.Location);
        ParameterSet uncited = ParameterSet.National.WithOverrides(Yaml("resident.individual_contribution: { value: 350 }\n"), "case");
        Assert.Equal(new Citation("case", clause: "case.yaml:1:1"), uncited.Get("resident.individual_contribution").Entries.Single().Citation);
        Assert.StartsWith("unknown member 'note'", Assert.Throws<DataFormatException>(() =>
            ParameterSet.National.WithOverrides(Yaml("resident.individual_contribution: { value: 350, note: n }\n"), "case")).Reason, StringComparison.Ordinal);
        Assert.Contains("missing required member 'value'", Assert.Throws<DataFormatException>(() =>
            ParameterSet.National.WithOverrides(Yaml("resident.individual_contribution: { cite: c }\n"), "case")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_of_an_unknown_parameter_says_how_to_define_one()
    {
        var e = Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("a: 1\nresident.subsidy: 1\n"), "case"));
        Assert.Equal("unknown parameter 'a' in parameter set national (to define a new one give 'unit' and 'values')", e.Reason);
        Assert.Equal((1, 1), (e.Line, e.Column));
        var nested = Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("parameters:\n  resident.subsidy: 1\n").Required("parameters"), "case"));
        Assert.Equal("parameters", nested.MemberPath);
        Assert.Equal((2, 3), (nested.Line, nested.Column));
    }

    [Fact]
    public void A_scale_cannot_take_a_single_value_override()
    {
        var e = Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("resident.central_subsidy_share: 80%\n"), "case"));
        Assert.Equal("resident.central_subsidy_share is a scale: override it with a full definition (values: {date: {brackets: …, cite: …}})", e.Reason);
        Assert.Equal((1, 33), (e.Line, e.Column));
    }

    [Fact]
    public void An_override_is_checked_against_the_unit_and_domain_of_the_known_parameter()
    {
        var domain = Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("employee.employer_rate: 101%\n"), "case"));
        Assert.Equal("value out of domain: 101% is above the maximum 100% of employee.employer_rate", domain.Reason);
        var unit = Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("employee.employer_rate: 8\n"), "case"));
        Assert.StartsWith("wrong unit or malformed value for employee.employer_rate (rate): ", unit.Reason, StringComparison.Ordinal);
        Assert.StartsWith("expected a mapping", Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("[1, 2]\n"), "case")).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_with_values_is_a_full_definition_and_may_define_a_new_parameter()
    {
        ParameterSet s = ParameterSet.National.WithOverrides(Yaml("""
            resident.central_subsidy_share:
              values:
                2021-01-01: { brackets: { tier1: 70% }, cite: 某文件 }
            x.new:
              unit: count
              values:
                2021-01-01: { value: 3, cite: 某文件 }
            """), "case");
        Assert.Equal(Rate.FromPercent(70), NationalParameters.Resident.CentralSubsidyShare.At(s, "tier1", D2021));
        Assert.Equal(ParameterSet.National.Get("resident.central_subsidy_share").Description, s.Get("resident.central_subsidy_share").Description);
        Assert.Equal(3L, ParameterKeys.Count("x.new").At(s, D2021));
        Assert.Equal(ParameterSet.National.Count + 1, s.Count);
        var wrongUnit = Assert.Throws<DataFormatException>(() => ParameterSet.National.WithOverrides(Yaml("employee.employer_rate:\n  unit: count\n  values:\n    2021-01-01: { value: 3, cite: c }\n"), "case"));
        Assert.Equal("wrong unit: employee.employer_rate is rate in national but count here", wrongUnit.Reason);
        Assert.Equal(ParameterSet.National.Count, ParameterSet.National.WithOverrides(Yaml("{}"), "case").Count);
    }

    [Fact]
    public void Override_arguments_must_not_be_null()
    {
        Assert.Equal("overrides", Assert.Throws<ArgumentNullException>(() => ParameterSet.National.WithOverrides((DataNode)null!, "case")).ParamName);
        Assert.Equal("layerName", Assert.Throws<ArgumentNullException>(() => ParameterSet.National.WithOverrides(Yaml("{}"), null!)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => ParameterSet.Read(null!)).ParamName);
    }
}
