using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// An exact rational number <c>Numerator / Denominator</c> kept in lowest terms with a positive denominator.
/// 分数（精确比值）。Used for quotients that are not proportions — months of cover, per-capita ratios, time
/// progress — so that judgements ("at least one third", "below 3 months") are made exactly by
/// cross-multiplication and never through a rounded decimal.
/// </summary>
/// <remarks>
/// Arithmetic is checked: a result whose reduced numerator or denominator does not fit in 64 bits throws
/// <see cref="OverflowException"/>. Converting to a decimal always takes an explicit number of decimals and a
/// <see cref="MidpointRounding"/> mode.
/// </remarks>
[JsonConverter(typeof(Serialization.FractionJsonConverter))]
public readonly struct Fraction :
    IEquatable<Fraction>,
    IComparable<Fraction>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    IAdditionOperators<Fraction, Fraction, Fraction>,
    ISubtractionOperators<Fraction, Fraction, Fraction>,
    IMultiplyOperators<Fraction, Fraction, Fraction>,
    IDivisionOperators<Fraction, Fraction, Fraction>,
    IUnaryNegationOperators<Fraction, Fraction>,
    IComparisonOperators<Fraction, Fraction, bool>,
    IAdditiveIdentity<Fraction, Fraction>,
    IMultiplicativeIdentity<Fraction, Fraction>
{
    private readonly long numerator;

    // Stored as denominator − 1 so that default(Fraction) is 0/1.
    private readonly long denominatorMinusOne;

    private Fraction(long numerator, long denominator, bool trusted)
    {
        _ = trusted;
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero (0/1).</summary>
    public static Fraction Zero => default;

    /// <summary>One (1/1).</summary>
    public static Fraction One => new(1, 1, true);

    /// <inheritdoc />
    public static Fraction AdditiveIdentity => Zero;

    /// <inheritdoc />
    public static Fraction MultiplicativeIdentity => One;

    /// <summary>The numerator in lowest terms; carries the sign.</summary>
    public long Numerator => numerator;

    /// <summary>The denominator in lowest terms; always positive.</summary>
    public long Denominator => denominatorMinusOne + 1;

    /// <summary>True when the value is an integer.</summary>
    public bool IsInteger => denominatorMinusOne == 0;

    /// <summary>−1, 0 or +1.</summary>
    public int Sign => Math.Sign(numerator);

    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/> reduced to lowest terms.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Fraction Create(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            Preconditions.ThrowDivideByZero($"Fraction {numerator}/0: the denominator must not be zero.");
        }

        return Reduce(numerator, denominator);
    }

    /// <summary>The integer <paramref name="value"/> as a fraction.</summary>
    public static Fraction FromInteger(long value) => new(value, 1, true);

    /// <summary>The exact value of a decimal (e.g. 15.68m → 392/25).</summary>
    /// <exception cref="OverflowException">The reduced value does not fit in 64-bit numerator/denominator.</exception>
    public static Fraction FromDecimal(decimal value)
    {
        (Int128 mantissa, int scale) = IntegerRounding.Decompose(value);
        return FromInt128(mantissa, IntegerRounding.Pow10(scale), "decimal value");
    }

    internal static Fraction FromInt128(Int128 numerator, Int128 denominator, string what)
    {
        if (denominator == 0)
        {
            Preconditions.ThrowDivideByZero($"{what}: division by zero.");
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (numerator == 0)
        {
            return Zero;
        }

        UInt128 g = IntegerRounding.Gcd((UInt128)Int128.Abs(numerator), (UInt128)denominator);
        if (g > 1)
        {
            numerator /= (Int128)g;
            denominator /= (Int128)g;
        }

        if (!IntegerRounding.FitsInt64(numerator) || !IntegerRounding.FitsInt64(denominator))
        {
            ThrowOverflow(what, numerator, denominator);
        }

        return new Fraction((long)numerator, (long)denominator, true);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow(string what, Int128 numerator, Int128 denominator) =>
        throw new OverflowException($"{what} {numerator}/{denominator} does not fit in a Fraction (64-bit numerator and denominator).");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fraction Reduce(long numerator, long denominator)
    {
        if (denominator == 1)
        {
            return new Fraction(numerator, 1, true);
        }

        return FromInt128(numerator, denominator, "fraction");
    }

    /// <summary>Sum.</summary>
    public static Fraction operator +(Fraction left, Fraction right)
    {
        if (left.denominatorMinusOne == right.denominatorMinusOne)
        {
            return Reduce(checked(left.numerator + right.numerator), left.Denominator);
        }

        Int128 n = ((Int128)left.numerator * right.Denominator) + ((Int128)right.numerator * left.Denominator);
        Int128 d = (Int128)left.Denominator * right.Denominator;
        return FromInt128(n, d, "fraction sum");
    }

    /// <summary>Difference.</summary>
    public static Fraction operator -(Fraction left, Fraction right) => left + (-right);

    /// <summary>Product.</summary>
    public static Fraction operator *(Fraction left, Fraction right) =>
        FromInt128((Int128)left.numerator * right.numerator, (Int128)left.Denominator * right.Denominator, "fraction product");

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    public static Fraction operator /(Fraction left, Fraction right)
    {
        if (right.numerator == 0)
        {
            Preconditions.ThrowDivideByZero($"Cannot divide {left} by zero.");
        }

        return FromInt128((Int128)left.numerator * right.Denominator, (Int128)left.Denominator * right.numerator, "fraction quotient");
    }

    /// <summary>Negation.</summary>
    public static Fraction operator -(Fraction value) => new(checked(-value.numerator), value.Denominator, true);

    /// <summary>Absolute value.</summary>
    public Fraction Abs() => numerator < 0 ? -this : this;

    /// <summary>Rounds to an integer with the given mode (e.g. months of cover "约15个月" by floor).</summary>
    public long RoundToInteger(MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        return (long)IntegerRounding.Divide(numerator, Denominator, mode);
    }

    /// <summary>Rounds to <paramref name="decimals"/> decimal places (0–18) with the given mode.</summary>
    public decimal ToDecimal(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 18);
        Preconditions.CheckMode(mode);
        Int128 scaled = IntegerRounding.Divide((Int128)numerator * IntegerRounding.PowersOfTen[decimals], Denominator, mode);
        return ToDecimal(scaled, decimals);
    }

    internal static decimal ToDecimal(Int128 mantissa, int scale)
    {
        bool negative = mantissa < 0;
        UInt128 magnitude = (UInt128)Int128.Abs(mantissa);
        if (magnitude >> 96 != 0)
        {
            Preconditions.ThrowOverflow($"{mantissa}e-{scale} does not fit in a decimal.");
        }

        // Bit reinterpretation of the three 32-bit words: unchecked, or any word with its top bit set throws.
        int lo = unchecked((int)(uint)magnitude);
        int mid = unchecked((int)(uint)(magnitude >> 32));
        int hi = unchecked((int)(uint)(magnitude >> 64));
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    /// <summary>True when the decimal expansion terminates (the denominator has only factors 2 and 5).</summary>
    public bool IsTerminatingDecimal
    {
        get
        {
            long d = Denominator;
            while (d % 2 == 0)
            {
                d /= 2;
            }

            while (d % 5 == 0)
            {
                d /= 5;
            }

            return d == 1;
        }
    }

    /// <inheritdoc />
    public int CompareTo(Fraction other)
    {
        if (denominatorMinusOne == other.denominatorMinusOne)
        {
            return numerator.CompareTo(other.numerator);
        }

        return ((Int128)numerator * other.Denominator).CompareTo((Int128)other.numerator * Denominator);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Fraction f => CompareTo(f),
        _ => throw new ArgumentException($"Object must be of type {nameof(Fraction)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Fraction other) => numerator == other.numerator && denominatorMinusOne == other.denominatorMinusOne;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(numerator, denominatorMinusOne);

    /// <summary>Equality.</summary>
    public static bool operator ==(Fraction left, Fraction right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Fraction left, Fraction right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    /// <summary>The smaller of two fractions.</summary>
    public static Fraction Min(Fraction a, Fraction b) => a <= b ? a : b;

    /// <summary>The larger of two fractions.</summary>
    public static Fraction Max(Fraction a, Fraction b) => a >= b ? a : b;

    /// <summary>
    /// Formats as <c>n/d</c> ("G", the default, exact; an integer prints without "/1") or as a decimal with
    /// <c>F</c><i>n</i> (e.g. "F2" → "15.68"), rounded <see cref="MidpointRounding.AwayFromZero"/> (四舍五入).
    /// </summary>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Formatting.ToStringViaSpan(this, format);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (format.Length == 0 || format is "G" or "g")
        {
            if (!numerator.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture))
            {
                return false;
            }

            if (IsInteger)
            {
                return true;
            }

            var rest = destination[charsWritten..];
            if (rest.Length < 1)
            {
                charsWritten = 0;
                return false;
            }

            rest[0] = '/';
            if (!Denominator.TryFormat(rest[1..], out int w, default, CultureInfo.InvariantCulture))
            {
                charsWritten = 0;
                return false;
            }

            charsWritten += 1 + w;
            return true;
        }

        if ((format[0] == 'F' || format[0] == 'f') && Formatting.TryParseDecimals(format[1..], 2, out int decimals) && decimals <= 18)
        {
            Int128 scaled = IntegerRounding.Divide((Int128)numerator * IntegerRounding.PowersOfTen[decimals], Denominator, MidpointRounding.AwayFromZero);
            return Formatting.TryWriteScaled(destination, out charsWritten, scaled, decimals, grouping: false);
        }

        throw new FormatException($"Format '{format.ToString()}' is not supported by {nameof(Fraction)}: use G or F<decimals>.");
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    /// <summary>Parses "n/d", an integer, or an invariant decimal such as "15.68" (exactly).</summary>
    /// <exception cref="FormatException">The text is malformed; the message quotes it and the position.</exception>
    public static Fraction Parse(ReadOnlySpan<char> text)
    {
        int slash = text.IndexOf('/');
        if (slash < 0)
        {
            decimal d = Formatting.ParseInvariantDecimal(text, 0, nameof(Fraction));
            return FromDecimal(d);
        }

        decimal n = Formatting.ParseInvariantDecimal(text[..slash], 0, nameof(Fraction), text);
        decimal den = Formatting.ParseInvariantDecimal(text[(slash + 1)..], slash + 1, nameof(Fraction), text);
        if (den == 0)
        {
            throw new FormatException($"Cannot parse '{text.ToString()}' as {nameof(Fraction)}: the denominator at position {slash + 1} is zero.");
        }

        return FromDecimal(n) / FromDecimal(den);
    }
}
