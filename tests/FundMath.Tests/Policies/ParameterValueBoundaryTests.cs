using System;
using FundMath.Data;
using FundMath.Policies;

namespace FundMath.Tests.Policies;

using Money = global::FundMath.Money;

/// <summary>
/// The edges of <see cref="ParameterValue"/> and <see cref="ParameterUnits"/> that the lookup tests do not reach:
/// every unit's construction, reading from a data node, typed accessors and their refusals (naming the value, its
/// unit and the unit asked for), the report text of every unit (including the exact-ratio fallback of a percent
/// with more than six decimals), equality, and the unit names.
/// </summary>
public class ParameterValueBoundaryTests
{
    private static readonly SourceLocation Here = new("v.yaml", 3, 7);

    private static DataNode Text(string text) => DataNode.Scalar(text, DataScalarKind.String, Here, "p.value");

    private static DataNode Number(string text) => DataNode.Scalar(text, DataScalarKind.Number, Here, "p.value");

    // ---- construction ----

    [Theory]
    [InlineData(ParameterUnit.Yuan)]
    [InlineData(ParameterUnit.YuanPerPersonYear)]
    [InlineData(ParameterUnit.YuanPerPersonMonth)]
    public void Money_from_exact_must_be_whole_fen(ParameterUnit unit)
    {
        // 1/100 元 is one fen; 1/1000 元 is a tenth of a fen and has no Money.
        ParameterValue fen = ParameterValue.FromExact(unit, Fraction.Create(1, 100));
        Assert.Equal(Money.FromFen(1), fen.AsMoney());
        Assert.Equal(unit, fen.Unit);
        var e = Assert.Throws<ArgumentException>(() => ParameterValue.FromExact(unit, Fraction.Create(1, 1000)));
        Assert.Equal("exact", e.ParamName);
        Assert.StartsWith("1/1000 元 is not exact to the fen.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterUnit.Persons, "persons")]
    [InlineData(ParameterUnit.Count, "count")]
    public void Persons_and_counts_from_exact_must_be_whole(ParameterUnit unit, string fileName)
    {
        Assert.Equal(Fraction.FromInteger(3), ParameterValue.FromExact(unit, Fraction.FromInteger(3)).Exact);
        var e = Assert.Throws<ArgumentException>(() => ParameterValue.FromExact(unit, Fraction.Create(1, 2)));
        Assert.Equal("exact", e.ParamName);
        Assert.StartsWith($"1/2 is not a whole number of {fileName}.", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ParameterUnit.Rate)]
    [InlineData(ParameterUnit.Ratio)]
    [InlineData(ParameterUnit.PercentagePoints)]
    [InlineData(ParameterUnit.Months)]
    public void Other_units_take_any_exact_fraction(ParameterUnit unit)
    {
        // A thousandth (below the fen) and a half (not whole) are fine for proportions, points and months.
        Fraction thousandth = Fraction.Create(1, 1000);
        Assert.Equal(thousandth, ParameterValue.FromExact(unit, thousandth).Exact);
        Assert.Equal(Fraction.Create(15, 2), ParameterValue.FromExact(unit, Fraction.Create(15, 2)).Exact);
    }

    [Fact]
    public void Typed_factories_refuse_a_unit_of_another_family_naming_it()
    {
        var money = Assert.Throws<ArgumentException>(() => ParameterValue.FromMoney(Money.FromYuan(1), ParameterUnit.Rate));
        Assert.Equal("unit", money.ParamName);
        Assert.StartsWith("unit rate is not a money unit.", money.Message, StringComparison.Ordinal);
        var rate = Assert.Throws<ArgumentException>(() => ParameterValue.FromRate(Rate.FromPercent(8), ParameterUnit.Yuan));
        Assert.Equal("unit", rate.ParamName);
        Assert.StartsWith("unit yuan is not rate or ratio.", rate.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ParameterValue.FromRate(Rate.FromPercent(8), ParameterUnit.PercentagePoints));

        // Every money unit and both proportion units are accepted and kept.
        Assert.Equal(ParameterUnit.YuanPerPersonMonth, ParameterValue.FromMoney(Money.FromYuan(1), ParameterUnit.YuanPerPersonMonth).Unit);
        Assert.Equal(ParameterUnit.Yuan, ParameterValue.FromMoney(Money.FromYuan(1)).Unit);
        Assert.Equal(ParameterUnit.Ratio, ParameterValue.FromRate(Rate.FromPercent(300), ParameterUnit.Ratio).Unit);
        Assert.Equal(ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromPercent(8)).Unit);
    }

    [Fact]
    public void Factories_store_the_natural_measure()
    {
        // 280.50 元 is 28050 fen = 561/2 元; 8.7% is 87/1000; 5pp is 5/100; 72.74万人 is 727400 persons.
        Assert.Equal(Fraction.Create(561, 2), ParameterValue.FromMoney(Money.FromFen(28_050)).Exact);
        Assert.Equal(Fraction.Create(87, 1000), ParameterValue.FromRate(Rate.FromPercent(8.7m)).Exact);
        Assert.Equal(Fraction.Create(1, 20), ParameterValue.FromPoints(PercentagePoints.FromPoints(5)).Exact);
        Assert.Equal(ParameterUnit.PercentagePoints, ParameterValue.FromPoints(PercentagePoints.FromPoints(5)).Unit);
        Assert.Equal(Fraction.Create(15, 2), ParameterValue.FromMonths(Fraction.Create(15, 2)).Exact);
        Assert.Equal(ParameterUnit.Months, ParameterValue.FromMonths(Fraction.FromInteger(3)).Unit);
        Assert.Equal(Fraction.FromInteger(727_400), ParameterValue.FromHeadcount(Headcount.FromPersons(727_400)).Exact);
        Assert.Equal(ParameterUnit.Persons, ParameterValue.FromHeadcount(Headcount.FromPersons(1)).Unit);
        Assert.Equal(Fraction.FromInteger(-2), ParameterValue.FromCount(-2).Exact);
        Assert.Equal(ParameterUnit.Count, ParameterValue.FromCount(0).Unit);
    }

    // ---- reading from a data node ----

    [Fact]
    public void Read_parses_each_unit_as_written_in_a_file()
    {
        Assert.Equal(ParameterValue.FromMoney(Money.FromFen(28_050)), ParameterValue.Read(Number("280.5"), ParameterUnit.Yuan));
        Assert.Equal(ParameterValue.FromMoney(Money.FromYuan(320), ParameterUnit.YuanPerPersonYear), ParameterValue.Read(Number("320"), ParameterUnit.YuanPerPersonYear));
        Assert.Equal(ParameterValue.FromMoney(Money.FromYuan(38_600_000), ParameterUnit.YuanPerPersonMonth), ParameterValue.Read(Text("3860万元"), ParameterUnit.YuanPerPersonMonth));
        Assert.Equal(ParameterValue.FromRate(Rate.FromPercent(8.7m)), ParameterValue.Read(Text("8.7%"), ParameterUnit.Rate));
        Assert.Equal(ParameterValue.FromRate(Rate.FromPercent(300), ParameterUnit.Ratio), ParameterValue.Read(Text("300%"), ParameterUnit.Ratio));
        Assert.Equal(ParameterValue.FromPoints(PercentagePoints.FromPoints(5)), ParameterValue.Read(Text("5pp"), ParameterUnit.PercentagePoints));
        Assert.Equal(ParameterValue.FromMonths(Fraction.Create(15, 2)), ParameterValue.Read(Text("15/2"), ParameterUnit.Months));
        Assert.Equal(ParameterValue.FromHeadcount(Headcount.FromPersons(727_400)), ParameterValue.Read(Text("72.74万人"), ParameterUnit.Persons));
        Assert.Equal(ParameterValue.FromCount(3), ParameterValue.Read(Number("3"), ParameterUnit.Count));
    }

    [Fact]
    public void Read_refuses_null_text_of_the_wrong_unit_and_an_undefined_unit()
    {
        Assert.Equal("node", Assert.Throws<ArgumentNullException>(() => ParameterValue.Read(null!, ParameterUnit.Yuan)).ParamName);
        var wrong = Assert.Throws<DataFormatException>(() => ParameterValue.Read(Number("320"), ParameterUnit.Rate));
        Assert.Equal(Here, wrong.Location);
        var undefined = Assert.Throws<DataFormatException>(() => ParameterValue.Read(Number("3"), (ParameterUnit)99));
        Assert.Equal("unsupported unit 99", undefined.Reason);
        Assert.Equal(Here, undefined.Location);
        Assert.Equal("p.value", undefined.MemberPath);
    }

    // ---- typed accessors ----

    [Fact]
    public void Accessors_return_the_typed_value_of_their_unit()
    {
        Assert.Equal(Money.FromFen(28_050), ParameterValue.FromExact(ParameterUnit.YuanPerPersonYear, Fraction.Create(561, 2)).AsMoney());
        Assert.Equal(Rate.FromPercent(8.7m), ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(87, 1000)).AsRate());
        Assert.Equal(Rate.FromPercent(300), ParameterValue.FromExact(ParameterUnit.Ratio, Fraction.FromInteger(3)).AsRate());
        Assert.Equal(PercentagePoints.FromPoints(-2.82m), ParameterValue.FromExact(ParameterUnit.PercentagePoints, Fraction.Create(-282, 10_000)).AsPercentagePoints());
        Assert.Equal(Fraction.Create(15, 2), ParameterValue.FromExact(ParameterUnit.Months, Fraction.Create(15, 2)).AsMonths());
        Assert.Equal(Headcount.FromPersons(3_019_813), ParameterValue.FromExact(ParameterUnit.Persons, Fraction.FromInteger(3_019_813)).AsHeadcount());
        Assert.Equal(7L, ParameterValue.FromExact(ParameterUnit.Count, Fraction.FromInteger(7)).AsCount());
    }

    [Fact]
    public void Accessors_of_another_unit_name_the_value_its_unit_and_the_unit_asked_for()
    {
        ParameterValue months = ParameterValue.FromMonths(Fraction.FromInteger(3));
        ParameterValue count = ParameterValue.FromCount(3);
        Assert.Equal("the parameter value 3 has unit count, not money.", Assert.Throws<InvalidOperationException>(() => count.AsMoney()).Message);
        Assert.Equal("the parameter value 3个月 has unit months, not rate.", Assert.Throws<InvalidOperationException>(() => months.AsRate()).Message);
        Assert.Equal("the parameter value 3个月 has unit months, not percentage points.", Assert.Throws<InvalidOperationException>(() => months.AsPercentagePoints()).Message);
        Assert.Equal("the parameter value 3 has unit count, not months.", Assert.Throws<InvalidOperationException>(() => count.AsMonths()).Message);
        Assert.Equal("the parameter value 3个月 has unit months, not persons.", Assert.Throws<InvalidOperationException>(() => months.AsHeadcount()).Message);
        Assert.Equal("the parameter value 3个月 has unit months, not count.", Assert.Throws<InvalidOperationException>(() => months.AsCount()).Message);

        // Close relatives are refused too: points are not a rate, a ratio is not points, persons are not a count.
        Assert.Throws<InvalidOperationException>(() => ParameterValue.FromPoints(PercentagePoints.FromPoints(5)).AsRate());
        Assert.Throws<InvalidOperationException>(() => ParameterValue.FromRate(Rate.FromPercent(5), ParameterUnit.Ratio).AsPercentagePoints());
        Assert.Throws<InvalidOperationException>(() => ParameterValue.FromHeadcount(Headcount.FromPersons(3)).AsCount());
        Assert.Throws<InvalidOperationException>(() => count.AsHeadcount());
        Assert.Throws<InvalidOperationException>(() => ParameterValue.FromRate(Rate.FromPercent(5)).AsMoney());
    }

    // ---- report text ----

    [Theory]
    [InlineData(ParameterUnit.Yuan, 561, 2, "280.50元")]
    [InlineData(ParameterUnit.YuanPerPersonYear, 320, 1, "320.00元/人·年")]
    [InlineData(ParameterUnit.YuanPerPersonMonth, 4000, 1, "4000.00元/人·月")]
    [InlineData(ParameterUnit.Rate, 87, 1000, "8.7%")]
    [InlineData(ParameterUnit.Rate, 0, 1, "0%")]
    [InlineData(ParameterUnit.Ratio, 3, 1, "300%")]
    [InlineData(ParameterUnit.Ratio, 1, 3, "100/3%")]
    [InlineData(ParameterUnit.PercentagePoints, 1, 20, "5pp")]
    [InlineData(ParameterUnit.PercentagePoints, -282, 10_000, "-2.82pp")]
    [InlineData(ParameterUnit.PercentagePoints, 1, 300, "1/3pp")]
    [InlineData(ParameterUnit.Months, 3, 1, "3个月")]
    [InlineData(ParameterUnit.Months, 15, 2, "15/2个月")]
    [InlineData(ParameterUnit.Months, -1, 3, "-1/3个月")]
    [InlineData(ParameterUnit.Persons, 3_019_813, 1, "3019813人")]
    [InlineData(ParameterUnit.Count, 7, 1, "7")]
    public void Text_is_as_written_in_a_report(ParameterUnit unit, long numerator, long denominator, string expected)
    {
        Assert.Equal(expected, ParameterValue.FromExact(unit, Fraction.Create(numerator, denominator)).ToString());
    }

    [Fact]
    public void A_percent_prints_up_to_six_decimals_exactly_and_beyond_that_as_an_exact_ratio()
    {
        // 1/10^8 is 0.000001% (six decimals); 1/10^9 is 0.0000001% (seven), shown as the ratio 1/10000000 %.
        Assert.Equal("0.000001%", ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(1, 100_000_000)).ToString());
        Assert.Equal("1/10000000%", ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(1, 1_000_000_000)).ToString());
        Assert.Equal("0.123456pp", ParameterValue.FromExact(ParameterUnit.PercentagePoints, Fraction.Create(123_456, 100_000_000)).ToString());
        Assert.Equal("8%", ParameterValue.FromRate(Rate.FromPercent(8)).ToString()); // no trailing ".0"
        Assert.Equal("12.5%", ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(1, 8)).ToString());
    }

    [Fact]
    public void Default_is_zero_yuan()
    {
        ParameterValue zero = default;
        Assert.Equal(ParameterUnit.Yuan, zero.Unit);
        Assert.Equal(Fraction.Zero, zero.Exact);
        Assert.Equal("0.00元", zero.ToString());
        Assert.Equal(ParameterValue.FromMoney(Money.Zero), zero);
    }

    // ---- equality ----

    [Fact]
    public void Equality_needs_the_same_unit_and_the_same_exact_value()
    {
        ParameterValue a = ParameterValue.FromRate(Rate.FromPercent(60));
        ParameterValue same = ParameterValue.FromExact(ParameterUnit.Rate, Fraction.Create(3, 5));
        ParameterValue otherUnit = ParameterValue.FromRate(Rate.FromPercent(60), ParameterUnit.Ratio);
        ParameterValue otherValue = ParameterValue.FromRate(Rate.FromPercent(61));
        Assert.True(a.Equals(same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a.Equals((object)same));
        Assert.False(a.Equals(otherUnit));
        Assert.False(a == otherUnit);
        Assert.True(a != otherUnit);
        Assert.False(a.Equals(otherValue));
        Assert.False(a == otherValue);
        Assert.True(a != otherValue);
        Assert.False(a.Equals((object)otherValue));
        Assert.False(a.Equals((object)Rate.FromPercent(60)));
        Assert.False(a.Equals(null));
    }

    // ---- unit names ----

    [Fact]
    public void Unit_file_names_round_trip_and_classify_the_units()
    {
        (ParameterUnit Unit, string Name, bool Money, bool Proportion)[] table =
        [
            (ParameterUnit.Yuan, "yuan", true, false),
            (ParameterUnit.YuanPerPersonYear, "yuan_per_person_year", true, false),
            (ParameterUnit.YuanPerPersonMonth, "yuan_per_person_month", true, false),
            (ParameterUnit.Rate, "rate", false, true),
            (ParameterUnit.PercentagePoints, "percentage_points", false, false),
            (ParameterUnit.Months, "months", false, false),
            (ParameterUnit.Persons, "persons", false, false),
            (ParameterUnit.Count, "count", false, false),
            (ParameterUnit.Ratio, "ratio", false, true),
        ];
        Assert.Equal(Enum.GetValues<ParameterUnit>().Length, table.Length);
        foreach ((ParameterUnit unit, string name, bool money, bool proportion) in table)
        {
            Assert.Equal(name, unit.FileName());
            Assert.Equal(money, unit.IsMoney());
            Assert.Equal(proportion, unit.IsProportion());
            Assert.True(ParameterUnits.TryParse(name, out ParameterUnit parsed));
            Assert.Equal(unit, parsed);
            Assert.Equal(unit, ParameterUnits.Read(DataNode.Scalar(name, DataScalarKind.Plain, Here)));
        }
    }

    [Fact]
    public void Unknown_unit_names_are_refused()
    {
        Assert.False(ParameterUnits.TryParse("Rate", out ParameterUnit upper)); // ordinal: case matters
        Assert.Equal(default, upper);
        Assert.False(ParameterUnits.TryParse("percent", out ParameterUnit percent));
        Assert.Equal(default, percent);
        Assert.False(ParameterUnits.TryParse(null, out _));
        Assert.False(ParameterUnits.TryParse(string.Empty, out _));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ((ParameterUnit)99).FileName());
        Assert.Equal("unit", e.ParamName);
        Assert.Equal((ParameterUnit)99, e.ActualValue);
        Assert.StartsWith("not a defined ParameterUnit", e.Message, StringComparison.Ordinal);
        Assert.False(((ParameterUnit)99).IsMoney());
        Assert.False(((ParameterUnit)99).IsProportion());
    }

    [Fact]
    public void Reading_an_unknown_unit_name_lists_the_closed_set_at_the_node()
    {
        var e = Assert.Throws<DataFormatException>(() => ParameterUnits.Read(DataNode.Scalar("percent", DataScalarKind.Plain, Here, "x.unit")));
        Assert.Equal(
            "unknown unit 'percent' (expected one of: yuan, yuan_per_person_year, yuan_per_person_month, rate, percentage_points, months, persons, count, ratio)",
            e.Reason);
        Assert.Equal(Here, e.Location);
        Assert.Equal("x.unit", e.MemberPath);
        Assert.Equal("node", Assert.Throws<ArgumentNullException>(() => ParameterUnits.Read(null!)).ParamName);
    }
}
