namespace FundMath.Tests.Serialization;

using System;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Testing;
using FundMath.Tests.Support;

public class JsonRoundTripTests
{
    [FundMathProperty]
    public Property Money_round_trips() => RoundTrips(ValueArbitraries.Money());

    [FundMathProperty]
    public Property Rate_round_trips() => RoundTrips(ValueArbitraries.Rate());

    [FundMathProperty]
    public Property Rate_without_a_short_decimal_round_trips_as_a_ratio() =>
        RoundTrips(ValueArbitraries.Fraction().Convert(Rate.FromProportion, r => r.Value));

    [FundMathProperty]
    public Property PercentagePoints_round_trip() => RoundTrips(ValueArbitraries.PercentagePoints());

    [FundMathProperty]
    public Property PercentagePoints_of_any_fraction_round_trip() =>
        RoundTrips(ValueArbitraries.Fraction().Convert(PercentagePoints.FromProportion, p => p.Value));

    [FundMathProperty]
    public Property Fraction_round_trips() => RoundTrips(ValueArbitraries.Fraction());

    [FundMathProperty]
    public Property Headcount_round_trips() => RoundTrips(ValueArbitraries.Headcount());

    [FundMathProperty]
    public Property ReportingPeriod_round_trips() => RoundTrips(ValueArbitraries.ReportingPeriod());

    [Theory]
    [InlineData(146_600L, "1466.00")]
    [InlineData(-5L, "-0.05")]
    [InlineData(339_797_500_000_000L, "3397975000000.00")]
    public void Money_is_a_json_number_in_yuan(long fen, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(FundMath.Money.FromFen(fen)));

    [Fact]
    public void Writes_the_documented_texts()
    {
        Assert.Equal("\"8.7%\"", JsonSerializer.Serialize(Rate.FromPercent(8.7m)));
        Assert.Equal("\"1/3\"", JsonSerializer.Serialize(Rate.FromRatio(1, 3)));
        Assert.Equal("\"-2.82pp\"", JsonSerializer.Serialize(PercentagePoints.FromPoints(-2.82m)));
        Assert.Equal("\"1/3pp\"", JsonSerializer.Serialize(PercentagePoints.FromPoints(Fraction.Create(1, 3))));
        Assert.Equal("\"392/25\"", JsonSerializer.Serialize(Fraction.FromDecimal(15.68m)));
        Assert.Equal("727400", JsonSerializer.Serialize(Headcount.FromWan(72.74m)));
        Assert.Equal("\"2021Q3\"", JsonSerializer.Serialize(ReportingPeriod.OfQuarter(2021, 3)));
    }

    [Fact]
    public void Reads_report_style_strings()
    {
        Assert.Equal(FundMath.Money.FromFen(38_600_000_000), JsonSerializer.Deserialize<FundMath.Money>("\"3.86亿元\""));
        Assert.Equal(Headcount.FromPersons(727_400), JsonSerializer.Deserialize<Headcount>("\"72.74万人\""));
        Assert.Equal(Fraction.Create(392, 25), JsonSerializer.Deserialize<Fraction>("15.68"));
    }

    [Theory]
    [InlineData(typeof(FundMath.Money), "1.001")]
    [InlineData(typeof(FundMath.Money), "\"1,46\"")]
    [InlineData(typeof(Rate), "0.087")]
    [InlineData(typeof(Rate), "\"60\"")]
    [InlineData(typeof(Headcount), "-1")]
    [InlineData(typeof(Headcount), "1.5")]
    [InlineData(typeof(ReportingPeriod), "\"2021Q5\"")]
    [InlineData(typeof(PercentagePoints), "\"5%\"")]
    public void Rejects_invalid_json_with_a_json_exception(Type type, string json)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
    }

    private static Property RoundTrips<T>(Arbitrary<T> arbitrary)
        where T : IEquatable<T> =>
        Prop.ForAll(arbitrary, value =>
        {
            string json = JsonSerializer.Serialize(value);
            T back = JsonSerializer.Deserialize<T>(json)!;
            return back.Equals(value) && JsonSerializer.Serialize(back) == json;
        });
}
