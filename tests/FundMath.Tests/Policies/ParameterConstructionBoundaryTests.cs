using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Tests.Policies;

using Money = global::FundMath.Money;

/// <summary>
/// The edges of the parameter building blocks that the lookup tests do not reach: every refusal of
/// <see cref="Parameter"/>, <see cref="ParameterEntry"/>, <see cref="ScaleBracket"/> and
/// <see cref="ParameterSegment"/> with the parameter, date and rule it names; the date search at each effective
/// date and the day before; the segments of a period that a change starts on its last day; the default domains;
/// and the typed keys' shape checks and messages.
/// </summary>
public class ParameterConstructionBoundaryTests
{
    private static readonly LocalDate D2018 = new(2018, 1, 1);
    private static readonly LocalDate D2019 = new(2019, 1, 1);
    private static readonly LocalDate D2020 = new(2020, 1, 1);
    private static readonly LocalDate D2021 = new(2021, 1, 1);
    private static readonly Citation Cite = new("某市医保发〔2021〕1号");

    private static ParameterEntry RateEntry(LocalDate from, decimal percent, string? note = null) =>
        new(from, ParameterValue.FromRate(Rate.FromPercent(percent)), Cite, note);

    private static ParameterEntry RateScaleEntry(LocalDate from, params (string Key, decimal Percent)[] brackets) =>
        new(from, brackets.Select(b => new ScaleBracket(b.Key, ParameterValue.FromRate(Rate.FromPercent(b.Percent)))), Cite);

    // ---- Parameter: refusals ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_parameter_needs_a_name(string? name)
    {
        var e = Assert.Throws<ArgumentException>(() => new Parameter(name!, ParameterUnit.Rate, [RateEntry(D2021, 8)]));
        Assert.Equal("name", e.ParamName);
        Assert.StartsWith("a parameter needs a name.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_needs_entries_and_at_least_one()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new Parameter("x.y", ParameterUnit.Rate, null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate, []));
        Assert.Equal("entries", e.ParamName);
        Assert.StartsWith("parameter x.y has no values.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_must_strictly_ascend_a_repeated_date_is_refused()
    {
        var repeated = Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 7), RateEntry(D2021, 8), RateEntry(D2021, 9)]));
        Assert.Equal("entries", repeated.ParamName);
        Assert.StartsWith("parameter x.y: dates must strictly ascend but 2021-01-01 follows 2021-01-01.", repeated.Message, StringComparison.Ordinal);
        var backwards = Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2021, 8), RateEntry(D2020, 7)]));
        Assert.StartsWith("parameter x.y: dates must strictly ascend but 2020-01-01 follows 2021-01-01.", backwards.Message, StringComparison.Ordinal);

        // One day apart is strictly ascending.
        var p = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 7), RateEntry(D2020.PlusDays(1), 8)]);
        Assert.Equal(2, p.Entries.Count);
    }

    [Fact]
    public void A_value_of_another_unit_is_refused_naming_the_entry_and_both_units()
    {
        var single = Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate,
            [RateEntry(D2020, 7), new ParameterEntry(D2021, ParameterValue.FromMoney(Money.FromYuan(1)), Cite)]));
        Assert.Equal("x.y from 2021-01-01: value has unit yuan but the parameter's unit is rate.", single.Message);
        var bracket = Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate,
            [new ParameterEntry(D2021, [new ScaleBracket("tier1", ParameterValue.FromRate(Rate.FromPercent(80))), new ScaleBracket("tier2", ParameterValue.FromCount(1))], Cite)]));
        Assert.Equal("x.y[tier2] from 2021-01-01: value has unit count but the parameter's unit is rate.", bracket.Message);
    }

    [Fact]
    public void A_value_outside_the_domain_is_refused_naming_the_entry_the_value_and_the_bound()
    {
        // A rate is within 0–100% by default; both edges are allowed.
        var p = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2019, 0), RateEntry(D2020, 100)]);
        Assert.Equal(Fraction.Zero, p.Minimum);
        Assert.Equal(Fraction.One, p.Maximum);
        var above = Assert.Throws<ArgumentOutOfRangeException>(() => new Parameter("x.y", ParameterUnit.Rate,
            [new ParameterEntry(D2021, ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(1001, 1000)), Cite)]));
        Assert.Equal("entries", above.ParamName);
        Assert.StartsWith("x.y from 2021-01-01: value 100.1% is above the maximum 100% of x.y.", above.Message, StringComparison.Ordinal);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => new Parameter("x.y", ParameterUnit.Rate,
            [new ParameterEntry(D2021, ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(-1, 1000)), Cite)]));
        Assert.StartsWith("x.y from 2021-01-01: value -0.1% is below the minimum 0% of x.y.", below.Message, StringComparison.Ordinal);
        var bracket = Assert.Throws<ArgumentOutOfRangeException>(() => new Parameter("x.y", ParameterUnit.Rate,
            [new ParameterEntry(D2021, [new ScaleBracket("tier1", ParameterValue.FromExact(ParameterUnit.Rate, Fraction.FromInteger(2)))], Cite)]));
        Assert.StartsWith("x.y[tier1] from 2021-01-01: value 200% is above the maximum 100% of x.y.", bracket.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explicit_bounds_replace_the_default_domain_and_their_edges_are_inside()
    {
        Fraction lo = Fraction.Create(1, 10), hi = Fraction.Create(1, 5);
        var p = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 10), RateEntry(D2021, 20)], "desc", lo, hi);
        Assert.Equal(lo, p.Minimum);
        Assert.Equal(hi, p.Maximum);
        Assert.Equal("desc", p.Description);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2021, 21)], null, lo, hi));
        Assert.StartsWith("x.y from 2021-01-01: value 21% is above the maximum 20% of x.y.", e.Message, StringComparison.Ordinal);
        var b = Assert.Throws<ArgumentOutOfRangeException>(() => new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2021, 9)], null, lo, hi));
        Assert.StartsWith("x.y from 2021-01-01: value 9% is below the minimum 10% of x.y.", b.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterUnit.Yuan, true, false)]
    [InlineData(ParameterUnit.YuanPerPersonYear, true, false)]
    [InlineData(ParameterUnit.YuanPerPersonMonth, true, false)]
    [InlineData(ParameterUnit.Rate, true, true)]
    [InlineData(ParameterUnit.Ratio, true, false)]
    [InlineData(ParameterUnit.PercentagePoints, false, false)]
    [InlineData(ParameterUnit.Months, true, false)]
    [InlineData(ParameterUnit.Persons, true, false)]
    [InlineData(ParameterUnit.Count, true, false)]
    public void Default_domains_are_non_negative_except_points_and_rates_at_most_one(ParameterUnit unit, bool floorZero, bool capOne)
    {
        var p = new Parameter("x.y", unit, [new ParameterEntry(D2021, ParameterValue.FromExact(unit, Fraction.Zero), Cite)]);
        Assert.Equal(floorZero ? Fraction.Zero : null, p.Minimum);
        Assert.Equal(capOne ? Fraction.One : null, p.Maximum);
    }

    [Fact]
    public void Points_may_be_negative_and_a_ratio_may_exceed_one_by_default()
    {
        var points = new Parameter("x.p", ParameterUnit.PercentagePoints, [new ParameterEntry(D2021, ParameterValue.FromPoints(PercentagePoints.FromPoints(-500)), Cite)]);
        Assert.Equal(PercentagePoints.FromPoints(-500), points.At(D2021).Value.AsPercentagePoints());
        var ratio = new Parameter("x.r", ParameterUnit.Ratio, [new ParameterEntry(D2021, ParameterValue.FromRate(Rate.FromPercent(300), ParameterUnit.Ratio), Cite)]);
        Assert.Equal(Rate.FromPercent(300), ratio.At(D2021).Value.AsRate());
        var money = Assert.Throws<ArgumentOutOfRangeException>(() => new Parameter("x.m", ParameterUnit.Yuan, [new ParameterEntry(D2021, ParameterValue.FromMoney(Money.FromFen(-1)), Cite)]));
        Assert.StartsWith("x.m from 2021-01-01: value -0.01元 is below the minimum 0.00元 of x.m.", money.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_cannot_mix_single_values_and_scales()
    {
        var e = Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 7), RateScaleEntry(D2021, ("tier1", 80))]));
        Assert.Equal("entries", e.ParamName);
        Assert.StartsWith("parameter x.y mixes single values and scales.", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Parameter("x.y", ParameterUnit.Rate, [RateScaleEntry(D2020, ("tier1", 80)), RateEntry(D2021, 7)]));
        Assert.True(new Parameter("x.y", ParameterUnit.Rate, [RateScaleEntry(D2020, ("tier1", 80)), RateScaleEntry(D2021, ("tier1", 70))]).IsScale);
        Assert.False(new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 7), RateEntry(D2021, 8)]).IsScale);
    }

    [Fact]
    public void A_parameter_keeps_what_it_was_built_with()
    {
        var at = new SourceLocation("city.yaml", 4, 3);
        ParameterEntry[] entries = [RateEntry(D2020, 7), RateEntry(D2021, 8)];
        var p = new Parameter("employee.employer_rate", ParameterUnit.Rate, entries, "用人单位缴费率", location: at);
        Assert.Equal("employee.employer_rate", p.Name);
        Assert.Equal(ParameterUnit.Rate, p.Unit);
        Assert.Equal(at, p.Location);
        Assert.Equal(entries, p.Entries);
        Assert.Equal("employee.employer_rate (rate), 2 value(s)", p.ToString());
        Assert.Null(new Parameter("x.y", ParameterUnit.Rate, entries).Description);
        Assert.Equal(default, new Parameter("x.y", ParameterUnit.Rate, entries).Location);
    }

    // ---- Parameter: lookup ----

    [Fact]
    public void The_entry_in_force_is_found_at_each_effective_date_and_the_day_before()
    {
        LocalDate[] dates = [D2018, D2019, D2020, D2021, new(2022, 1, 1)];
        var p = new Parameter("x.y", ParameterUnit.Rate, dates.Select((d, i) => RateEntry(d, i + 1)));
        Assert.Null(p.TryAt(D2018.PlusDays(-1)));
        for (int i = 0; i < dates.Length; i++)
        {
            Assert.Same(p.Entries[i], p.TryAt(dates[i]));
            Assert.Same(p.Entries[i], p.At(dates[i]));
            if (i > 0)
            {
                Assert.Same(p.Entries[i - 1], p.TryAt(dates[i].PlusDays(-1)));
            }
        }

        Assert.Same(p.Entries[^1], p.TryAt(new LocalDate(2099, 12, 31)));
        var single = new Parameter("x.z", ParameterUnit.Rate, [RateEntry(D2021, 8)]);
        Assert.Same(single.Entries[0], single.TryAt(D2021));
        Assert.Null(single.TryAt(D2021.PlusDays(-1)));
    }

    [Fact]
    public void Before_the_first_date_there_is_no_value_and_the_error_names_both_dates()
    {
        var p = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2021, 8)]);
        var e = Assert.Throws<ParameterNotFoundException>(() => p.At(new LocalDate(2020, 12, 31)));
        Assert.Equal("x.y", e.ParameterName);
        Assert.Equal("parameter x.y has no value on 2020-12-31: its first value is effective from 2021-01-01.", e.Message);
        Assert.Throws<ParameterNotFoundException>(() => p.Over(ReportingPeriod.OfYear(2020)));
    }

    [Fact]
    public void A_change_on_the_last_day_of_the_period_gives_a_one_day_segment()
    {
        // Entries from 2020-01-01 and 2020-12-31: the 2020 year splits into 01-01..12-30 and the single day 12-31.
        var lastDay = new LocalDate(2020, 12, 31);
        var p = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 7), RateEntry(lastDay, 8)]);
        IReadOnlyList<ParameterSegment> segments = p.Over(ReportingPeriod.OfYear(2020));
        Assert.Equal(["2020-01-01..2020-12-30 7%", "2020-12-31..2020-12-31 8%"], segments.Select(s => $"{s.Window} {s.Entry.Value}"));
        // A change the day after the period is not in it.
        var after = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2020, 7), RateEntry(D2021, 8)]);
        ParameterSegment only = Assert.Single(after.Over(ReportingPeriod.OfYear(2020)));
        Assert.Equal(new PolicyWindow(D2020, lastDay), only.Window);
        Assert.Same(after.Entries[0], only.Entry);
        Assert.Equal(12, only.Months(ReportingPeriod.OfYear(2020)));
    }

    [Fact]
    public void A_period_starting_mid_entry_crosses_several_changes()
    {
        // Entries 2019-01-01, 2020-04-01, 2020-07-01; the 2020 year starts inside the 2019 entry and crosses two changes.
        var p = new Parameter("x.y", ParameterUnit.Rate, [RateEntry(D2019, 6), RateEntry(new LocalDate(2020, 4, 1), 3), RateEntry(new LocalDate(2020, 7, 1), 6)]);
        ReportingPeriod y2020 = ReportingPeriod.OfYear(2020);
        IReadOnlyList<ParameterSegment> segments = p.Over(y2020);
        Assert.Equal(["2020-01-01..2020-03-31 6%", "2020-04-01..2020-06-30 3%", "2020-07-01..2020-12-31 6%"], segments.Select(s => $"{s.Window} {s.Entry.Value}"));
        Assert.Equal([3, 3, 6], segments.Select(s => s.Months(y2020)));
    }

    // ---- ParameterEntry ----

    [Fact]
    public void An_entry_needs_a_citation_and_a_scale_entry_brackets()
    {
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new ParameterEntry(D2021, ParameterValue.FromCount(1), null!)).ParamName);
        Assert.Equal("citation", Assert.Throws<ArgumentNullException>(() => new ParameterEntry(D2021, [new ScaleBracket("a", ParameterValue.FromCount(1))], null!)).ParamName);
        Assert.Equal("brackets", Assert.Throws<ArgumentNullException>(() => new ParameterEntry(D2021, (IEnumerable<ScaleBracket>)null!, Cite)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new ParameterEntry(D2021, Array.Empty<ScaleBracket>(), Cite));
        Assert.Equal("brackets", empty.ParamName);
        Assert.StartsWith("a scale entry needs at least one bracket.", empty.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_entry_keeps_its_value_note_and_location_and_has_no_brackets()
    {
        var at = new SourceLocation("city.yaml", 9, 5);
        var e = new ParameterEntry(D2021, ParameterValue.FromRate(Rate.FromPercent(8.7m)), Cite, "恢复正常缴费率", at);
        Assert.False(e.IsScale);
        Assert.Empty(e.Brackets);
        Assert.Equal(D2021, e.EffectiveFrom);
        Assert.Equal(Cite, e.Citation);
        Assert.Equal("恢复正常缴费率", e.Note);
        Assert.Equal(at, e.Location);
        Assert.Equal("8.7%", e.ValueText);
        var none = Assert.Throws<KeyNotFoundException>(() => e.Bracket("tier1"));
        Assert.Equal("no bracket 'tier1' in the scale effective from 2021-01-01 (brackets: ).", none.Message);
    }

    [Fact]
    public void A_scale_entry_finds_brackets_by_exact_key_and_lists_the_keys_when_missing()
    {
        var at = new SourceLocation("city.yaml", 12, 7);
        var e = new ParameterEntry(D2021,
            [new ScaleBracket("tier1", ParameterValue.FromRate(Rate.FromPercent(80))), new ScaleBracket("tier2", ParameterValue.FromRate(Rate.FromPercent(60)), "中部")],
            Cite, "国办发", at);
        Assert.True(e.IsScale);
        Assert.Equal(at, e.Location);
        Assert.Equal("国办发", e.Note);
        Assert.Equal(default, e.Value);
        Assert.Equal(["tier1", "tier2"], e.Brackets.Select(b => b.Key));
        Assert.Equal("中部", e.Brackets[1].Note);
        Assert.Null(e.Brackets[0].Note);
        Assert.Equal(Rate.FromPercent(80), e.Bracket("tier1").AsRate());
        Assert.Equal(Rate.FromPercent(60), e.Bracket("tier2").AsRate());
        Assert.Equal("tier1=80%, tier2=60%", e.ValueText);
        var missing = Assert.Throws<KeyNotFoundException>(() => e.Bracket("Tier1")); // ordinal
        Assert.Equal("no bracket 'Tier1' in the scale effective from 2021-01-01 (brackets: tier1, tier2).", missing.Message);
        Assert.Equal("key", Assert.Throws<ArgumentNullException>(() => e.Bracket(null!)).ParamName);
    }

    [Fact]
    public void Entry_explanations_carry_name_value_citation_date_and_note()
    {
        var e = new ParameterEntry(D2021, [new ScaleBracket("tier1", ParameterValue.FromRate(Rate.FromPercent(80)))], Cite, "n");
        Explanation whole = e.Explain("x.tiers");
        Assert.Equal(("x.tiers", "tier1=80%", ExplanationKind.Parameter), (whole.Name, whole.Value, whole.Kind));
        Assert.Equal((Cite, (LocalDate?)D2021, "n"), (whole.Citation, whole.EffectiveFrom, whole.Note));
        Explanation one = e.Explain("x.tiers", "tier1");
        Assert.Equal(("x.tiers[tier1]", "80%", ExplanationKind.Parameter), (one.Name, one.Value, one.Kind));
        Assert.Equal((Cite, (LocalDate?)D2021, "n"), (one.Citation, one.EffectiveFrom, one.Note));
        Assert.Equal("parameterName", Assert.Throws<ArgumentNullException>(() => e.Explain(null!)).ParamName);
        Assert.Equal("parameterName", Assert.Throws<ArgumentNullException>(() => e.Explain(null!, "tier1")).ParamName);
        Assert.Equal("bracketKey", Assert.Throws<ArgumentNullException>(() => e.Explain("x.tiers", null!)).ParamName);
        Assert.Throws<KeyNotFoundException>(() => e.Explain("x.tiers", "tier9"));
    }

    // ---- ScaleBracket and ParameterSegment ----

    [Fact]
    public void A_bracket_needs_a_key_also_when_copied()
    {
        Assert.Equal("Key", Assert.Throws<ArgumentNullException>(() => new ScaleBracket(null!, ParameterValue.FromCount(1))).ParamName);
        var b = new ScaleBracket("tier1", ParameterValue.FromCount(1), "n");
        Assert.Equal("Key", Assert.Throws<ArgumentNullException>(() => b with { Key = null! }).ParamName);
        Assert.Equal("tier2", (b with { Key = "tier2" }).Key);
        Assert.Equal(("tier1", ParameterValue.FromCount(1), "n"), (b.Key, b.Value, b.Note));
    }

    [Fact]
    public void A_segment_needs_an_entry_and_the_default_segment_has_no_months()
    {
        var window = new PolicyWindow(D2021, new LocalDate(2021, 6, 30));
        ParameterEntry entry = RateEntry(D2021, 8);
        Assert.Equal("Entry", Assert.Throws<ArgumentNullException>(() => new ParameterSegment(window, null!)).ParamName);
        var s = new ParameterSegment(window, entry);
        Assert.Same(entry, s.Entry);
        Assert.Equal("Entry", Assert.Throws<ArgumentNullException>(() => s with { Entry = null! }).ParamName);
        ParameterEntry other = RateEntry(D2021, 9);
        Assert.Same(other, (s with { Entry = other }).Entry);
        Assert.Equal(6, s.Months(ReportingPeriod.OfYear(2021)));
        var e = Assert.Throws<InvalidOperationException>(() => default(ParameterSegment).Months(ReportingPeriod.OfYear(2021)));
        Assert.Equal("default(ParameterSegment) has no window or entry; segments come from Parameter.Over or ParameterSet.Over.", e.Message);
    }

    // ---- ParameterNotFoundException ----

    [Fact]
    public void Not_found_needs_a_name_and_a_message_and_is_a_key_not_found()
    {
        var e = new ParameterNotFoundException("x.y", "no x.y");
        Assert.Equal(("x.y", "no x.y"), (e.ParameterName, e.Message));
        Assert.IsAssignableFrom<KeyNotFoundException>(e);
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => new ParameterNotFoundException("x.y", null!)).ParamName);
        Assert.Equal("parameterName", Assert.Throws<ArgumentNullException>(() => new ParameterNotFoundException(null!, "m")).ParamName);
    }

    // ---- typed keys ----

    [Fact]
    public void Key_factories_give_each_key_its_name_and_unit()
    {
        Assert.Equal(("a.m", ParameterUnit.Yuan), (ParameterKeys.Money("a.m").Name, ParameterKeys.Money("a.m").Unit));
        Assert.Equal(ParameterUnit.YuanPerPersonMonth, ParameterKeys.Money("a.m", ParameterUnit.YuanPerPersonMonth).Unit);
        Assert.Equal(ParameterUnit.Rate, ParameterKeys.Rate("a.r").Unit);
        Assert.Equal(ParameterUnit.Ratio, ParameterKeys.Ratio("a.r").Unit);
        Assert.Equal(ParameterUnit.PercentagePoints, ParameterKeys.Points("a.p").Unit);
        Assert.Equal(ParameterUnit.Months, ParameterKeys.Months("a.m").Unit);
        Assert.Equal(ParameterUnit.Persons, ParameterKeys.Persons("a.p").Unit);
        Assert.Equal(ParameterUnit.Count, ParameterKeys.Count("a.c").Unit);
        Assert.Equal(("a.s", ParameterUnit.Rate), (ParameterKeys.RateScale("a.s").Name, ParameterKeys.RateScale("a.s").Unit));
        Assert.Equal(ParameterUnit.PercentagePoints, ParameterKeys.PointsScale("a.s").Unit);
        Assert.Equal(ParameterUnit.Count, ParameterKeys.CountScale("a.s").Unit);
        Assert.Equal(ParameterUnit.Yuan, ParameterKeys.MoneyScale("a.s").Unit);
        Assert.Equal(ParameterUnit.YuanPerPersonYear, ParameterKeys.MoneyScale("a.s", ParameterUnit.YuanPerPersonYear).Unit);
        Assert.Equal("a.m", ParameterKeys.Money("a.m").ToString());
        Assert.Equal("a.s", ParameterKeys.CountScale("a.s").ToString());
    }

    [Fact]
    public void Key_factories_refuse_a_null_name_and_a_money_key_of_another_unit()
    {
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ParameterKeys.Rate(null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentNullException>(() => ParameterKeys.CountScale(null!)).ParamName);
        var money = Assert.Throws<ArgumentException>(() => ParameterKeys.Money("a.m", ParameterUnit.Rate));
        Assert.Equal("unit", money.ParamName);
        Assert.StartsWith("Rate is not a money unit.", money.Message, StringComparison.Ordinal);
        var scale = Assert.Throws<ArgumentException>(() => ParameterKeys.MoneyScale("a.m", ParameterUnit.Count));
        Assert.Equal("unit", scale.ParamName);
        Assert.StartsWith("Count is not a money unit.", scale.Message, StringComparison.Ordinal);
    }

    private static ParameterSet Typed() => ParameterSet.Create("typed", [
        new Parameter("t.money", ParameterUnit.YuanPerPersonMonth, [new ParameterEntry(D2021, ParameterValue.FromMoney(Money.FromFen(123_456), ParameterUnit.YuanPerPersonMonth), Cite)]),
        new Parameter("t.points", ParameterUnit.PercentagePoints, [new ParameterEntry(D2021, ParameterValue.FromPoints(PercentagePoints.FromPoints(-2.82m)), Cite)]),
        new Parameter("t.months", ParameterUnit.Months, [new ParameterEntry(D2021, ParameterValue.FromMonths(Fraction.Create(15, 2)), Cite)]),
        new Parameter("t.persons", ParameterUnit.Persons, [new ParameterEntry(D2021, ParameterValue.FromHeadcount(Headcount.FromPersons(727_400)), Cite)]),
        new Parameter("t.count", ParameterUnit.Count, [new ParameterEntry(D2021, ParameterValue.FromCount(7), Cite)]),
        new Parameter("t.ratio", ParameterUnit.Ratio, [new ParameterEntry(D2021, ParameterValue.FromRate(Rate.FromPercent(300), ParameterUnit.Ratio), Cite)]),
        new Parameter("t.rates", ParameterUnit.Rate, [RateScaleEntry(D2021, ("low", 3), ("high", 5))]),
        new Parameter("t.pointss", ParameterUnit.PercentagePoints, [new ParameterEntry(D2021, [new ScaleBracket("g", ParameterValue.FromPoints(PercentagePoints.FromPoints(5)))], Cite)]),
        new Parameter("t.counts", ParameterUnit.Count, [new ParameterEntry(D2021, [new ScaleBracket("g", ParameterValue.FromCount(0))], Cite)]),
        new Parameter("t.moneys", ParameterUnit.Yuan, [new ParameterEntry(D2021, [new ScaleBracket("g", ParameterValue.FromMoney(Money.FromYuan(15_000)))], Cite)]),
    ]);

    [Fact]
    public void Each_key_reads_its_typed_value()
    {
        ParameterSet s = Typed();
        Assert.Equal(Money.FromFen(123_456), ParameterKeys.Money("t.money", ParameterUnit.YuanPerPersonMonth).At(s, D2021));
        Assert.Equal(PercentagePoints.FromPoints(-2.82m), ParameterKeys.Points("t.points").At(s, D2021));
        Assert.Equal(Fraction.Create(15, 2), ParameterKeys.Months("t.months").At(s, D2021));
        Assert.Equal(Headcount.FromPersons(727_400), ParameterKeys.Persons("t.persons").At(s, D2021));
        Assert.Equal(7L, ParameterKeys.Count("t.count").At(s, D2021));
        Assert.Equal(Rate.FromPercent(300), ParameterKeys.Ratio("t.ratio").At(s, D2021));
        Assert.Equal(Rate.FromPercent(5), ParameterKeys.RateScale("t.rates").At(s, "high", D2021));
        Assert.Equal(PercentagePoints.FromPoints(5), ParameterKeys.PointsScale("t.pointss").At(s, "g", D2021));
        Assert.Equal(0L, ParameterKeys.CountScale("t.counts").At(s, "g", D2021));
        Assert.Equal(Money.FromYuan(15_000), ParameterKeys.MoneyScale("t.moneys").At(s, "g", D2021));
        Assert.Equal(Rate.FromPercent(60), NationalParameters.Resident.CentralSubsidyShare.At("tier2", D2021)); // national default
    }

    [Fact]
    public void A_key_refuses_a_null_set_another_unit_or_a_scale_naming_both_shapes()
    {
        ParameterSet s = Typed();
        ParameterKey<Rate> rate = ParameterKeys.Rate("t.rates");
        Assert.Equal("set", Assert.Throws<ArgumentNullException>(() => rate.Entry(null!, D2021)).ParamName);
        var scale = Assert.Throws<InvalidOperationException>(() => rate.At(s, D2021));
        Assert.Equal("parameter t.rates in set typed is a scale of rate; this key expects a single rate value.", scale.Message);
        var unit = Assert.Throws<InvalidOperationException>(() => ParameterKeys.Rate("t.ratio").At(s, D2021));
        Assert.Equal("parameter t.ratio in set typed is ratio; this key expects a single rate value.", unit.Message);
        var money = Assert.Throws<InvalidOperationException>(() => ParameterKeys.Money("t.money").At(s, D2021));
        Assert.Equal("parameter t.money in set typed is yuan_per_person_month; this key expects a single yuan value.", money.Message);
        Assert.Throws<ParameterNotFoundException>(() => ParameterKeys.Rate("t.none").At(s, D2021));
        Assert.Throws<ParameterNotFoundException>(() => ParameterKeys.Months("t.months").At(s, new LocalDate(2020, 12, 31)));
    }

    [Fact]
    public void A_scale_key_refuses_a_null_set_another_unit_or_a_single_value_naming_both_shapes()
    {
        ParameterSet s = Typed();
        ScaleKey<Rate> rates = ParameterKeys.RateScale("t.rates");
        Assert.Equal("set", Assert.Throws<ArgumentNullException>(() => rates.Entry(null!, D2021)).ParamName);
        var single = Assert.Throws<InvalidOperationException>(() => ParameterKeys.RateScale("t.ratio").At(s, "g", D2021));
        Assert.Equal("parameter t.ratio in set typed is a single ratio; this key expects a scale of rate.", single.Message);
        var unit = Assert.Throws<InvalidOperationException>(() => ParameterKeys.RateScale("t.counts").At(s, "g", D2021));
        Assert.Equal("parameter t.counts in set typed is a scale of count; this key expects a scale of rate.", unit.Message);
        var singleRate = Assert.Throws<InvalidOperationException>(() => ParameterKeys.CountScale("t.count").Entry(s, D2021));
        Assert.Equal("parameter t.count in set typed is a single count; this key expects a scale of count.", singleRate.Message);
        Assert.Throws<KeyNotFoundException>(() => rates.At(s, "mid", D2021));
        Assert.Equal(ParameterUnit.Rate, rates.Unit);
        Assert.Equal("t.rates", rates.Name);
    }

    [Fact]
    public void Key_explanations_name_the_parameter_and_bracket()
    {
        ParameterSet s = Typed();
        Explanation months = ParameterKeys.Months("t.months").Explain(s, D2021);
        Assert.Equal(("t.months", "15/2个月", ExplanationKind.Parameter, (LocalDate?)D2021), (months.Name, months.Value, months.Kind, months.EffectiveFrom));
        Explanation low = ParameterKeys.RateScale("t.rates").Explain(s, "low", D2021);
        Assert.Equal(("t.rates[low]", "3%", Cite), (low.Name, low.Value, low.Citation));
        Assert.Equal("t.persons", ParameterKeys.Persons("t.persons").ToString());
    }
}
