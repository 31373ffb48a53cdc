using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace FundMath.Testing;

/// <summary>
/// FsCheck 3 arbitraries (generators with shrinkers) for the FundMath value types — 值类型随机生成器. Use them
/// with <c>Prop.ForAll(ValueArbitraries.Money(), m =&gt; ...)</c>; a failing case shrinks towards zero, 2020, a
/// whole year and <see cref="System.MidpointRounding.AwayFromZero"/> so the reported counterexample is minimal.
/// </summary>
/// <remarks>
/// Every shrinker is built on FsCheck's own <see cref="long"/> shrinker (halving towards zero), mapped through
/// the value type's exact constructor, so a shrunk value is always a valid value of the type.
/// </remarks>
public static class ValueArbitraries
{
    /// <summary>The largest magnitude <see cref="Money()"/> generates: 10¹⁵ fen = 10¹³ 元 = 10万亿元.</summary>
    public const long MaxGeneratedFen = 1_000_000_000_000_000L;

    /// <summary>The largest national total <see cref="RealisticMoney"/> generates: 5万亿元 (5 × 10¹² 元) in fen.</summary>
    public const long MaxRealisticFen = 500_000_000_000_000L;

    private static readonly Arbitrary<long> Int64 = ArbMap.Default.ArbFor<long>();

    /// <summary>
    /// Any amount between −10万亿元 and +10万亿元 (±10¹⁵ fen), biased towards small amounts, whole 元 and whole
    /// 万元 so that rounding edge cases (0.005 元 midpoints) and report-style amounts both appear.
    /// </summary>
    public static Arbitrary<Money> Money() => FromFen(FenGen(-MaxGeneratedFen, MaxGeneratedFen), -MaxGeneratedFen, MaxGeneratedFen);

    /// <summary>
    /// Non-negative amounts the size fund reports print — from 0.01 元 per capita to 5万亿元 national totals
    /// (e.g. 33,979.75亿元 accumulated balance, 2023) — with whole-元 and whole-万元 values over-represented.
    /// </summary>
    public static Arbitrary<Money> RealisticMoney() => FromFen(FenGen(0, MaxRealisticFen), 0, MaxRealisticFen);

    /// <summary>Amounts in [<paramref name="min"/>, <paramref name="max"/>] (inclusive).</summary>
    /// <exception cref="ArgumentException"><paramref name="min"/> exceeds <paramref name="max"/>.</exception>
    public static Arbitrary<Money> MoneyBetween(Money min, Money max)
    {
        if (min > max)
        {
            throw new ArgumentException($"min {min} exceeds max {max}.", nameof(min));
        }

        return FromFen(FenGen(min.Fen, max.Fen), min.Fen, max.Fen);
    }

    /// <summary>
    /// Rates from −300% to +1000% with up to four decimals of percent (8.7%, 0.5%, 83.5%, 300%, −1.93%) —
    /// the precision the issue requires to be exact. Shrinks towards 0%.
    /// </summary>
    public static Arbitrary<Rate> Rate() => RateBetween(-3_000_000, 10_000_000);

    /// <summary>Rates within 0%–100% with up to four decimals of percent (contribution rates, shares).</summary>
    public static Arbitrary<Rate> RateWithinZeroToOneHundredPercent() => RateBetween(0, 1_000_000);

    /// <summary>
    /// Differences of rates from −100pp to +100pp with up to four decimals of points (±5pp, −2.82pp). Shrinks
    /// towards 0pp.
    /// </summary>
    public static Arbitrary<PercentagePoints> PercentagePoints()
    {
        Gen<long> gen = Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i);
        return Arb.From(gen.Select(ToPoints), p => ShrinkLong(ToTenThousandths(p.Points), -1_000_000, 1_000_000).Select(ToPoints));

        static PercentagePoints ToPoints(long tenThousandths) => FundMath.PercentagePoints.FromPoints(FundMath.Fraction.Create(tenThousandths, 10_000));
    }

    /// <summary>
    /// Exact fractions with numerator in ±10⁶ and denominator in 1–10⁶ (always reduced), including integers.
    /// Shrinks the numerator towards 0 and the denominator towards 1.
    /// </summary>
    public static Arbitrary<Fraction> Fraction()
    {
        Gen<(long N, long D)> gen = Gen.Frequency(
            (1, Gen.Choose(-1_000_000, 1_000_000).Select(n => ((long)n, 1L))),
            (3, Gen.Choose(-1_000, 1_000).Zip(Gen.Choose(1, 1_000)).Select(t => ((long)t.Item1, (long)t.Item2))),
            (2, Gen.Choose(-1_000_000, 1_000_000).Zip(Gen.Choose(1, 1_000_000)).Select(t => ((long)t.Item1, (long)t.Item2))));
        return Arb.From(gen.Select(t => FundMath.Fraction.Create(t.N, t.D)), ShrinkFraction);
    }

    /// <summary>Headcounts from 0 to 2 billion persons (a county to the whole insured population). Shrinks towards 0.</summary>
    public static Arbitrary<Headcount> Headcount()
    {
        Gen<long> gen = Gen.Frequency(
            (2, Gen.Choose(0, 1_000).Select(i => (long)i)),
            (3, Gen.Choose(0, 10_000_000).Select(i => (long)i)),
            (2, Gen.Choose(0, 2_000_000_000).Select(i => (long)i)));
        return Arb.From(gen.Select(FundMath.Headcount.FromPersons), h => ShrinkLong(h.Persons, 0, 2_000_000_000).Select(FundMath.Headcount.FromPersons));
    }

    /// <summary>
    /// Reporting periods of every kind (year, half-year, quarter, month) in fiscal years 1998–2040. Shrinks
    /// towards the whole year and towards 2020.
    /// </summary>
    public static Arbitrary<ReportingPeriod> ReportingPeriod()
    {
        Gen<ReportingPeriod> gen =
            from year in Gen.Choose(1998, 2040)
            from kind in Gen.Elements(PeriodKind.Year, PeriodKind.HalfYear, PeriodKind.Quarter, PeriodKind.Month)
            from index in Gen.Choose(1, 12 / (int)kind)
            select FundMath.ReportingPeriod.Of(year, kind, index);
        return Arb.From(gen, ShrinkPeriod);
    }

    /// <summary>
    /// Policy windows (inclusive date ranges) starting between 2015 and 2030 and lasting from one day to about
    /// four years; half of them are whole-month windows such as April 2020 – March 2021. Shrinks towards
    /// shorter windows.
    /// </summary>
    public static Arbitrary<PolicyWindow> PolicyWindow()
    {
        LocalDate origin = new(2015, 1, 1);
        Gen<PolicyWindow> days =
            from start in Gen.Choose(0, 16 * 366)
            from length in Gen.Choose(0, 4 * 366)
            select new FundMath.PolicyWindow(origin.PlusDays(start), origin.PlusDays(start + length));
        Gen<PolicyWindow> months =
            from start in Gen.Choose(0, 16 * 12)
            from length in Gen.Choose(0, 48)
            select FundMath.PolicyWindow.FromMonths(new YearMonth(2015, 1).PlusMonths(start), new YearMonth(2015, 1).PlusMonths(start + length));
        return Arb.From(Gen.OneOf(days, months), ShrinkWindow);
    }

    /// <summary>All five <see cref="System.MidpointRounding"/> modes; shrinks to AwayFromZero (四舍五入).</summary>
    public static Arbitrary<MidpointRounding> MidpointRounding()
    {
        Gen<MidpointRounding> gen = Gen.Elements(
            System.MidpointRounding.AwayFromZero,
            System.MidpointRounding.ToEven,
            System.MidpointRounding.ToZero,
            System.MidpointRounding.ToNegativeInfinity,
            System.MidpointRounding.ToPositiveInfinity);
        return Arb.From(gen, m => m == System.MidpointRounding.AwayFromZero ? [] : [System.MidpointRounding.AwayFromZero]);
    }

    private static Arbitrary<Money> FromFen(Gen<long> fen, long min, long max) =>
        Arb.From(fen.Select(FundMath.Money.FromFen), m => ShrinkLong(m.Fen, min, max).Select(FundMath.Money.FromFen));

    // Mixes small amounts, whole 元, whole 万元 and the full range, all clipped to [min, max].
    private static Gen<long> FenGen(long min, long max)
    {
        Gen<long> any = Gen.Choose(0, int.MaxValue).Zip(Gen.Choose(0, int.MaxValue))
            .Select(t => Between(((long)t.Item1 << 31) | (uint)t.Item2, min, max));
        Gen<long> small = Gen.Choose(-100_000, 100_000).Select(i => Clip(i, min, max));
        Gen<long> wholeYuan = Gen.Choose(-10_000_000, 10_000_000).Select(i => Clip(i * 100L, min, max));
        Gen<long> wholeWan = Gen.Choose(-100_000_000, 100_000_000).Select(i => Clip(i * 1_000_000L, min, max));
        return Gen.Frequency((3, any), (3, small), (2, wholeYuan), (2, wholeWan));
    }

    private static Arbitrary<Rate> RateBetween(int minTenThousandths, int maxTenThousandths)
    {
        // n ten-thousandths of a percent = n / 1,000,000 of one.
        Gen<long> gen = Gen.Frequency(
            (2, Gen.Choose(minTenThousandths / 10_000, maxTenThousandths / 10_000).Select(p => p * 10_000L)),
            (3, Gen.Choose(minTenThousandths, maxTenThousandths).Select(i => (long)i)));
        return Arb.From(
            gen.Select(ToRate),
            r => ShrinkLong(ToTenThousandths(r.Percent), minTenThousandths, maxTenThousandths).Select(ToRate));

        static Rate ToRate(long tenThousandths) => FundMath.Rate.FromRatio(tenThousandths, 1_000_000);
    }

    private static long ToTenThousandths(Fraction percent) => percent.Numerator * (10_000 / percent.Denominator);

    private static long Between(long raw, long min, long max)
    {
        UInt128 span = (UInt128)((Int128)max - min) + 1;
        return (long)((Int128)min + (Int128)((UInt128)(ulong)raw % span));
    }

    private static long Clip(long value, long min, long max) => Math.Min(Math.Max(value, min), max);

    private static IEnumerable<long> ShrinkLong(long value, long min, long max)
    {
        long target = Clip(0, min, max);
        if (value == target)
        {
            return [];
        }

        // FsCheck's shrinker halves towards 0; keep candidates inside the generator's range.
        return Int64.Shrinker(value).Where(v => v >= min && v <= max);
    }

    private static IEnumerable<Fraction> ShrinkFraction(Fraction f)
    {
        foreach (long n in ShrinkLong(f.Numerator, long.MinValue + 1, long.MaxValue))
        {
            yield return FundMath.Fraction.Create(n, f.Denominator);
        }

        foreach (long d in ShrinkLong(f.Denominator, 1, long.MaxValue))
        {
            if (d >= 1)
            {
                yield return FundMath.Fraction.Create(f.Numerator, d);
            }
        }
    }

    private static IEnumerable<ReportingPeriod> ShrinkPeriod(ReportingPeriod p)
    {
        if (p.Kind != PeriodKind.Year)
        {
            yield return FundMath.ReportingPeriod.OfYear(p.Year);
        }

        if (p.Index > 1)
        {
            yield return FundMath.ReportingPeriod.Of(p.Year, p.Kind, 1);
        }

        if (p.Year != 2020)
        {
            yield return FundMath.ReportingPeriod.Of(2020, p.Kind, p.Index);
        }
    }

    private static IEnumerable<PolicyWindow> ShrinkWindow(PolicyWindow w)
    {
        int length = Period.Between(w.Start, w.End, PeriodUnits.Days).Days;
        foreach (long shorter in ShrinkLong(length, 0, length))
        {
            yield return new FundMath.PolicyWindow(w.Start, w.Start.PlusDays((int)shorter));
        }
    }
}
