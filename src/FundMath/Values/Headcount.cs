using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// A non-negative count of persons — 人数 (参保人数, 缴费人数). Formats and parses as reports print it:
/// "3019813人", "3,019,813", "72.74万人".
/// </summary>
/// <remarks><c>default(Headcount)</c> is 0 persons (<see cref="Zero"/>), a valid value.</remarks>
[JsonConverter(typeof(Serialization.HeadcountJsonConverter))]
public readonly struct Headcount :
    IEquatable<Headcount>,
    IComparable<Headcount>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Headcount>,
    IAdditionOperators<Headcount, Headcount, Headcount>,
    ISubtractionOperators<Headcount, Headcount, Headcount>,
    IComparisonOperators<Headcount, Headcount, bool>,
    IAdditiveIdentity<Headcount, Headcount>
{
    private readonly long persons;

    private Headcount(long persons) => this.persons = persons;

    /// <summary>No persons.</summary>
    public static Headcount Zero => default;

    /// <inheritdoc />
    public static Headcount AdditiveIdentity => default;

    /// <summary>The number of persons.</summary>
    public long Persons => persons;

    /// <summary>True when the count is zero.</summary>
    public bool IsZero => persons == 0;

    /// <summary>A headcount of <paramref name="persons"/> persons.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="persons"/> is negative.</exception>
    public static Headcount FromPersons(long persons)
    {
        if (persons < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(persons), persons, $"persons {persons} is negative: a headcount cannot be below zero.");
        }

        return new(persons);
    }

    /// <summary>A headcount given in 万人 that must be a whole number of persons (72.74m → 727,400).</summary>
    /// <exception cref="ArgumentException">The value is negative or not a whole number of persons.</exception>
    public static Headcount FromWan(decimal wan)
    {
        decimal persons = wan * 10_000m;
        if (persons != decimal.Truncate(persons) || persons < 0)
        {
            Preconditions.ThrowArgument(nameof(wan), $"wan {wan}万人 is not a non-negative whole number of persons.");
        }

        return new(decimal.ToInt64(persons));
    }

    /// <summary>The count in <paramref name="unit"/> rounded to <paramref name="decimals"/> places (727,400 → 72.74万).</summary>
    public decimal ToUnit(HeadcountUnit unit, int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 10);
        Preconditions.CheckMode(mode);
        return Fraction.ToDecimal(Scaled(unit, decimals, mode), decimals);
    }

    private Int128 Scaled(HeadcountUnit unit, int decimals, MidpointRounding mode)
    {
        int shift = (int)unit - decimals;
        return shift >= 0
            ? IntegerRounding.Divide(persons, IntegerRounding.Pow10(shift), mode)
            : (Int128)persons * IntegerRounding.Pow10(-shift);
    }

    /// <summary>The signed change from <paramref name="previous"/> to this count (joiners minus leavers).</summary>
    public long ChangeFrom(Headcount previous) => persons - previous.persons; // both are non-negative: cannot overflow

    /// <summary>Sum (checked).</summary>
    /// <exception cref="OverflowException">The sum exceeds the 64-bit range; the message names both operands.</exception>
    public static Headcount operator +(Headcount left, Headcount right)
    {
        long sum = unchecked(left.persons + right.persons);
        if (sum < 0)
        {
            ThrowSumOverflow($"Headcount {left.persons:N0}人 + {right.persons:N0}人");
        }

        return new(sum);
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void ThrowSumOverflow(string what) =>
        throw new OverflowException($"{what} exceeds the largest headcount (9,223,372,036,854,775,807人).");

    /// <summary>Difference; throws when it would be negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The result would be negative.</exception>
    public static Headcount operator -(Headcount left, Headcount right)
    {
        if (right.persons > left.persons)
        {
            Preconditions.ThrowOutOfRange(nameof(right), right.persons, $"cannot subtract {right.persons} persons from {left.persons}: a headcount cannot be below zero.");
        }

        return new(left.persons - right.persons);
    }

    /// <summary>The sum of a span of headcounts (checked, allocation-free).</summary>
    public static Headcount Sum(ReadOnlySpan<Headcount> counts)
    {
        long total = 0;
        for (int i = 0; i < counts.Length; i++)
        {
            long next = unchecked(total + counts[i].persons);
            if (next < 0)
            {
                ThrowSumOverflow($"Headcount.Sum: the running total {total:N0}人 + element [{i}] {counts[i].persons:N0}人");
            }

            total = next;
        }

        return new(total);
    }

    /// <inheritdoc />
    public int CompareTo(Headcount other) => persons.CompareTo(other.persons);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Headcount h => CompareTo(h),
        _ => throw new ArgumentException($"Object must be of type {nameof(Headcount)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Headcount other) => persons == other.persons;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Headcount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => persons.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(Headcount left, Headcount right) => left.persons == right.persons;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Headcount left, Headcount right) => left.persons != right.persons;

    /// <summary>Less than.</summary>
    public static bool operator <(Headcount left, Headcount right) => left.persons < right.persons;

    /// <summary>Greater than.</summary>
    public static bool operator >(Headcount left, Headcount right) => left.persons > right.persons;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Headcount left, Headcount right) => left.persons <= right.persons;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Headcount left, Headcount right) => left.persons >= right.persons;

    /// <summary>The count of persons without grouping or unit, e.g. "3019813".</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats with <c>[N|F][decimals][unit]</c>: N groups thousands; unit 人, 万人 or 万 (scaled, suffix
    /// appended); decimals default to 0 for persons and 2 for 万人; rounding 四舍五入. "N0人" → "3,019,813人",
    /// "F2万人" → "72.74万人".
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Formatting.ToStringViaSpan(this, format);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        ReadOnlySpan<char> f = format;
        bool grouping = false;
        if (f.Length == 1 && (f[0] == 'G' || f[0] == 'g'))
        {
            f = default;
        }

        if (f.Length > 0 && (f[0] == 'N' || f[0] == 'n' || f[0] == 'F' || f[0] == 'f'))
        {
            grouping = f[0] == 'N' || f[0] == 'n';
            f = f[1..];
        }

        HeadcountUnit unit = HeadcountUnit.Person;
        int suffixLength = 0;
        if (f.EndsWith("万人"))
        {
            unit = HeadcountUnit.Wan;
            suffixLength = 2;
        }
        else if (f.EndsWith("万"))
        {
            unit = HeadcountUnit.Wan;
            suffixLength = 1;
        }
        else if (f.EndsWith("人"))
        {
            suffixLength = 1;
        }

        if (!Formatting.TryParseDecimals(f[..^suffixLength], unit == HeadcountUnit.Wan ? 2 : 0, out int decimals) || decimals > 10)
        {
            throw new FormatException($"Format '{format.ToString()}' is not supported by {nameof(Headcount)}: use [N|F][decimals][人|万人|万].");
        }

        if (!Formatting.TryWriteScaled(destination, out charsWritten, Scaled(unit, decimals, MidpointRounding.AwayFromZero), decimals, grouping))
        {
            return false;
        }

        if (!Formatting.TryWriteLiteral(destination, ref charsWritten, f[^suffixLength..]))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    /// <summary>Parses "3019813", "3,019,813人", "72.74万人" or "72.74万" exactly; a fraction of a person is rejected.</summary>
    /// <exception cref="FormatException">The text is malformed; the message quotes it and the position.</exception>
    public static Headcount Parse(ReadOnlySpan<char> s)
    {
        ParseStatus status = AmountScanner.ScanHeadcount(s, out long persons, out int position);
        return status == ParseStatus.Ok ? new(persons) : throw ParseMessages.Exception(status, s, nameof(Headcount), position);
    }

    /// <inheritdoc />
    public static Headcount Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static Headcount Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Headcount result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char})"/>, returning false instead of throwing (and without allocating).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Headcount result)
    {
        ParseStatus status = AmountScanner.ScanHeadcount(s, out long persons, out _);
        result = new(persons);
        return status == ParseStatus.Ok;
    }
}
