namespace FundMath.Tests.Values;

using System;
using FundMath;
using FundMath.Tests.Support;
using NodaTime;
using Money = FundMath.Money;

// Inputs live in mutable fields on purpose (not readonly: the JIT must not fold them into constants).
#pragma warning disable IDE0044

// Every hot-path operation of the value types allocates 0 bytes after warm-up (tiered compilation is off in
// this project, so first-tier boxing cannot show up as a false allocation).
public class AllocationTests
{
    private Money a = Money.FromFen(84_554_764_000);
    private Money b = Money.FromFen(23_654);
    private Rate rate = Rate.FromPercent(8.7m);
    private Fraction fraction = Fraction.Create(7, 12);
    private Headcount persons = Headcount.FromPersons(3_019_813);
    private PercentagePoints points = PercentagePoints.FromPoints(5);
    private ReportingPeriod period = ReportingPeriod.OfQuarter(2021, 3);
    private PolicyWindow window = PolicyWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3));
    private long sink;
    private long[] fiveWeights = [3_019_813, 209_800, 1, 0, 727_400];
    private Rate[] thirtySeventy = [Rate.FromPercent(30), Rate.FromPercent(70)];

    [Fact]
    public void Money_arithmetic() => Allocations.AssertZero(
        () => sink += (a + b - b * 3L + (-a) + (b * persons)).Fen + Money.Max(a, b).Fen + a.CompareTo(b) + (a == b ? 1 : 0) + a.GetHashCode(),
        "Money + − × unary− Max CompareTo == GetHashCode");

    [Fact]
    public void Money_multiply_and_divide() => Allocations.AssertZero(
        () => sink += a.Multiply(rate, MidpointRounding.AwayFromZero).Fen
            + a.Multiply(fraction, MidpointRounding.ToEven).Fen
            + a.Multiply(1, 3, MidpointRounding.ToNegativeInfinity).Fen
            + a.Divide(persons, MidpointRounding.AwayFromZero).Fen
            + a.Divide(7, MidpointRounding.ToPositiveInfinity).Fen
            + a.DivideBy(b).Numerator
            + a.RoundTo(MoneyUnit.Wan, 0, MidpointRounding.AwayFromZero).Fen,
        "Money Multiply(Rate|Fraction|n,d) Divide DivideBy RoundTo");

    [Fact]
    public void Money_conversions() => Allocations.AssertZero(
        () => sink += Money.FromYuan(236.54m).Fen + Money.From(3.86m, MoneyUnit.Yi).Fen + Money.FromYuan(1.005m, MidpointRounding.AwayFromZero).Fen
            + (long)a.ToUnit(MoneyUnit.Wan, 2, MidpointRounding.AwayFromZero) + (long)a.Yuan,
        "Money FromYuan From ToUnit Yuan");

    [Fact]
    public void Rate_fraction_points_and_headcount_arithmetic() => Allocations.AssertZero(
        () =>
        {
            Rate r = rate + rate * Rate.FromRatio(1, 3) + points - points;
            PercentagePoints d = r - rate;
            Fraction f = (fraction + fraction) * fraction / fraction - Fraction.One;
            Headcount h = persons + persons - persons;
            sink += r.Value.Numerator + d.Value.Numerator + f.Numerator + h.Persons + Rate.Of(b, a).Value.Denominator
                + Rate.FromPercent(83.5m).Value.Numerator + (long)r.ToPercent(2, MidpointRounding.AwayFromZero) + r.CompareTo(rate);
        },
        "Rate/PercentagePoints/Fraction/Headcount arithmetic");

    [Fact]
    public void Parse_from_spans() => Allocations.AssertZero(
        () => sink += Money.Parse("84,555万元".AsSpan()).Fen + Money.Parse("3.86亿元".AsSpan()).Fen + Money.Parse("1,466.00".AsSpan()).Fen
            + Rate.Parse("8.7%".AsSpan()).Value.Numerator + Rate.Parse("1/3".AsSpan()).Value.Denominator
            + PercentagePoints.Parse("-2.82pp".AsSpan()).Value.Numerator + Fraction.Parse("392/25".AsSpan()).Numerator
            + Headcount.Parse("72.74万人".AsSpan()).Persons + ReportingPeriod.Parse("2021Q3".AsSpan()).Year,
        "Parse(ReadOnlySpan<char>) of every type");

    [Fact]
    public void Format_into_char_spans() => Allocations.AssertZero(
        () =>
        {
            Span<char> buffer = stackalloc char[64];
            a.TryFormat(buffer, out int n1, "N0万元", null);
            a.TryFormat(buffer, out int n2, MoneyUnit.Yi, 2, MidpointRounding.ToEven, grouping: true);
            rate.TryFormat(buffer, out int n3, "P2", null);
            Rate.FromRatio(1, 3).TryFormat(buffer, out int n4, default, null);
            points.TryFormat(buffer, out int n5, default, null);
            fraction.TryFormat(buffer, out int n6, "F2", null);
            persons.TryFormat(buffer, out int n7, "F2万人", null);
            period.TryFormat(buffer, out int n8, default, null);
            sink += n1 + n2 + n3 + n4 + n5 + n6 + n7 + n8;
        },
        "TryFormat(Span<char>) of every type");

    [Fact]
    public void Format_into_utf8_spans() => Allocations.AssertZero(
        () =>
        {
            Span<byte> buffer = stackalloc byte[128];
            a.TryFormat(buffer, out int n1, "N2万元", null);
            rate.TryFormat(buffer, out int n2, "P2", null);
            points.TryFormat(buffer, out int n3, "P2", null);
            fraction.TryFormat(buffer, out int n4, default, null);
            persons.TryFormat(buffer, out int n5, "N0人", null);
            period.TryFormat(buffer, out int n6, default, null);
            sink += n1 + n2 + n3 + n4 + n5 + n6;
        },
        "TryFormat(Span<byte>) UTF-8 of every type");

    [Fact]
    public void Apportionment_into_spans() => Allocations.AssertZero(
        () =>
        {
            // Weights live in fields: a constant `stackalloc long[] { ... }` initializer itself allocates here.
            ReadOnlySpan<long> weights = fiveWeights;
            Span<Money> parts = stackalloc Money[5];
            Apportionment.Split(a, weights, parts);
            ReadOnlySpan<Rate> rates = thirtySeventy;
            Span<Money> two = stackalloc Money[2];
            Apportionment.Split(b, rates, two);
            Span<Rate> shares = stackalloc Rate[5];
            Apportionment.Percentages(weights, 2, shares);
            sink += parts[0].Fen + two[1].Fen + shares[0].Value.Numerator + Money.Sum(parts).Fen;
        },
        "Apportionment.Split/Percentages into spans");

    [Fact]
    public void Apportionment_of_more_than_256_parts_after_warm_up()
    {
        long[] weights = new long[1000];
        Rate[] rates = new Rate[1000];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = (i * 7919L % 1000) + 1;
            rates[i] = Rate.FromRatio(weights[i], 100_000);
        }

        Money[] parts = new Money[1000];
        Allocations.AssertZero(
            () =>
            {
                Apportionment.Split(a, weights, parts);
                Apportionment.Split(b, rates, parts);
                sink += parts[999].Fen;
            },
            "Apportionment.Split of 1000 parts (pooled scratch buffer)",
            iterations: 200);
    }

    [Fact]
    public void Periods_months_and_time_progress() => Allocations.AssertZero(
        () =>
        {
            long total = 0;
            foreach (YearMonth m in ReportingPeriod.OfYear(2021).Months)
            {
                total += m.Month;
            }

            sink += total + period.TimeProgress.Value.Numerator + period.Next.Index + period.Previous.Index
                + period.SamePeriodPreviousYear.Year + period.End.Day + (period.Contains(new YearMonth(2021, 8)) ? 1 : 0)
                + window.CoveredMonths(ReportingPeriod.OfYear(2020)) + (window.Covers(new YearMonth(2020, 5)) ? 1 : 0);
        },
        "ReportingPeriod months/TimeProgress/neighbours, PolicyWindow.CoveredMonths");
}
