using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// An exact rational number <c>Numerator / Denominator</c> with a positive denominator.
/// 分数（精确比值）。Used for quotients that are not proportions — months of cover, per-capita ratios, time
/// progress — so that judgements ("at least one third", "below 3 months") are made exactly by
/// cross-multiplication and never through a rounded decimal.
/// </summary>
/// <remarks>
/// <para>The value is held as the numerator and denominator an operation computed (sign on the numerator), not
/// reduced on every operation: a greatest common divisor is taken only when a result would not fit in 64 bits,
/// and when the value is shown or read (<see cref="Numerator"/>, <see cref="Denominator"/>, formatting, JSON),
/// which always give lowest terms. Equality and ordering are decided by exact 128-bit cross-multiplication, so
/// 2/4 equals 1/2 and hashes alike.</para>
/// <para>Arithmetic is checked: a result whose reduced numerator or denominator does not fit in 64 bits throws
/// <see cref="OverflowException"/>. Converting to a decimal always takes an explicit number of decimals and a
/// <see cref="MidpointRounding"/> mode.</para>
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
    // The value is numerator / (denominatorMinusOne + 1), not necessarily in lowest terms; the denominator is
    // positive and zero is always 0/1. Stored as denominator − 1 so that default(Fraction) is 0/1.
    private readonly long numerator;
    private readonly long denominatorMinusOne;

    // Trusted: callers pass a positive denominator and 0 as 0/1; nothing is checked or reduced here.
    private Fraction(long numerator, long denominator)
    {
        this.numerator = numerator;
        denominatorMinusOne = denominator - 1;
    }

    /// <summary>Zero (0/1).</summary>
    public static Fraction Zero => default;

    /// <summary>One (1/1).</summary>
    public static Fraction One => new(1, 1);

    /// <inheritdoc />
    public static Fraction AdditiveIdentity => Zero;

    /// <inheritdoc />
    public static Fraction MultiplicativeIdentity => One;

    /// <summary>The numerator in lowest terms; carries the sign.</summary>
    public long Numerator => Reduced().numerator;

    /// <summary>The denominator in lowest terms; always positive.</summary>
    public long Denominator => Reduced().denominatorMinusOne + 1;

    /// <summary>The stored numerator (carries the sign), not necessarily in lowest terms: for exact arithmetic on hot paths.</summary>
    internal long RawNumerator => numerator;

    /// <summary>The stored positive denominator, not necessarily in lowest terms: for exact arithmetic on hot paths.</summary>
    internal long RawDenominator => denominatorMinusOne + 1;

    /// <summary>True when the value is an integer.</summary>
    public bool IsInteger => denominatorMinusOne == 0 || numerator % RawDenominator == 0;

    /// <summary>−1, 0 or +1.</summary>
    public int Sign => Math.Sign(numerator);

    /// <summary>The same value in lowest terms (one GCD; none when the denominator is 1).</summary>
    internal Fraction Reduced()
    {
        if (denominatorMinusOne == 0)
        {
            return this;
        }

        long d = RawDenominator;
        ulong magnitude = unchecked(numerator < 0 ? 0UL - (ulong)numerator : (ulong)numerator);
        ulong g = IntegerRounding.Gcd(magnitude, (ulong)d);
        if (g == 1)
        {
            return this;
        }

        // g divides a positive d ≤ long.MaxValue, so g fits in a long; numerator / g cannot overflow as g > 1.
        return new Fraction(numerator / (long)g, d / (long)g);
    }

    /// <summary>Creates <paramref name="numerator"/>/<paramref name="denominator"/> (shown in lowest terms).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    /// <exception cref="OverflowException">The reduced value does not fit (e.g. 1/<see cref="long.MinValue"/>).</exception>
    public static Fraction Create(long numerator, long denominator)
    {
        if (denominator > 0)
        {
            return numerator == 0 ? Zero : new Fraction(numerator, denominator);
        }

        if (denominator == 0)
        {
            Preconditions.ThrowDivideByZero($"Fraction {numerator}/0: the denominator must not be zero.");
        }

        return FromInt128(numerator, denominator, "fraction");
    }

    /// <summary>The integer <paramref name="value"/> as a fraction.</summary>
    public static Fraction FromInteger(long value) => new(value, 1);

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

        if (!TryFromInt128(numerator, denominator, out Fraction result))
        {
            Reduce(ref numerator, ref denominator);
            ThrowOverflow(what, numerator, denominator);
        }

        return result;
    }

    /// <summary>
    /// numerator/denominator (denominator ≠ 0) as computed when both fit in 64 bits (sign moved to the numerator),
    /// otherwise reduced; false when even the reduced form does not fit.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool TryFromInt128(Int128 numerator, Int128 denominator, out Fraction result)
    {
        if (numerator == 0 || denominator == 0)
        {
            result = Zero;
            return denominator != 0;
        }

        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        if (IntegerRounding.FitsInt64(numerator) && denominator <= long.MaxValue)
        {
            result = new Fraction((long)numerator, (long)denominator);
            return true;
        }

        return TryFromInt128Reduced(numerator, denominator, out result);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool TryFromInt128Reduced(Int128 numerator, Int128 denominator, out Fraction result)
    {
        Reduce(ref numerator, ref denominator);
        if (!IntegerRounding.FitsInt64(numerator) || !IntegerRounding.FitsInt64(denominator))
        {
            result = Zero;
            return false;
        }

        result = new Fraction((long)numerator, (long)denominator);
        return true;
    }

    private static void Reduce(ref Int128 numerator, ref Int128 denominator)
    {
        if (denominator < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        UInt128 g = IntegerRounding.Gcd((UInt128)Int128.Abs(numerator), (UInt128)denominator);
        if (g > 1)
        {
            numerator /= (Int128)g;
            denominator /= (Int128)g;
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOverflow(string what, Int128 numerator, Int128 denominator) =>
        throw new OverflowException($"{what} {numerator}/{denominator} does not fit in a Fraction (64-bit numerator and denominator).");

    /// <summary>Sum.</summary>
    /// <exception cref="OverflowException">The reduced sum does not fit in 64 bits; the message names both operands.</exception>
    public static Fraction operator +(Fraction left, Fraction right)
    {
        if (left.denominatorMinusOne == right.denominatorMinusOne)
        {
            long sum = unchecked(left.numerator + right.numerator);
            if (((left.numerator ^ sum) & (right.numerator ^ sum)) >= 0)
            {
                return sum == 0 ? Zero : new Fraction(sum, left.RawDenominator);
            }
        }

        Int128 n = ((Int128)left.numerator * right.RawDenominator) + ((Int128)right.numerator * left.RawDenominator);
        Int128 d = (Int128)left.RawDenominator * right.RawDenominator;
        return Result(n, d, left, "+", right);
    }

    /// <summary>Difference.</summary>
    /// <exception cref="OverflowException">The reduced difference does not fit in 64 bits; the message names both operands.</exception>
    public static Fraction operator -(Fraction left, Fraction right)
    {
        if (left.denominatorMinusOne == right.denominatorMinusOne)
        {
            long difference = unchecked(left.numerator - right.numerator);
            if (((left.numerator ^ right.numerator) & (left.numerator ^ difference)) >= 0)
            {
                return difference == 0 ? Zero : new Fraction(difference, left.RawDenominator);
            }
        }

        Int128 n = ((Int128)left.numerator * right.RawDenominator) - ((Int128)right.numerator * left.RawDenominator);
        Int128 d = (Int128)left.RawDenominator * right.RawDenominator;
        return Result(n, d, left, "−", right);
    }

    /// <summary>Product.</summary>
    /// <exception cref="OverflowException">The reduced product does not fit in 64 bits; the message names both operands.</exception>
    public static Fraction operator *(Fraction left, Fraction right) =>
        Result((Int128)left.numerator * right.numerator, (Int128)left.RawDenominator * right.RawDenominator, left, "×", right);

    /// <summary>Quotient.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="right"/> is zero.</exception>
    /// <exception cref="OverflowException">The reduced quotient does not fit in 64 bits; the message names both operands.</exception>
    public static Fraction operator /(Fraction left, Fraction right)
    {
        if (right.numerator == 0)
        {
            Preconditions.ThrowDivideByZero($"Cannot divide {left} by zero.");
        }

        return Result((Int128)left.numerator * right.RawDenominator, (Int128)left.RawDenominator * right.numerator, left, "÷", right);
    }

    /// <summary>Negation.</summary>
    /// <exception cref="OverflowException">The reduced numerator is <see cref="long.MinValue"/>, whose negation does not fit.</exception>
    public static Fraction operator -(Fraction value)
    {
        if (value.numerator == long.MinValue)
        {
            value = value.Reduced();
            if (value.numerator == long.MinValue)
            {
                ThrowNegationOverflow(value);
            }
        }

        return new(-value.numerator, value.RawDenominator);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Fraction Result(Int128 numerator, Int128 denominator, Fraction left, string op, Fraction right)
    {
        if (!TryFromInt128(numerator, denominator, out Fraction result))
        {
            ThrowOperationOverflow(left, op, right, numerator, denominator);
        }

        return result;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOperationOverflow(Fraction left, string op, Fraction right, Int128 numerator, Int128 denominator)
    {
        Reduce(ref numerator, ref denominator);
        throw new OverflowException($"Fraction {left} {op} {right} = {numerator}/{denominator} does not fit in a Fraction (64-bit numerator and denominator).");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNegationOverflow(Fraction value) =>
        throw new OverflowException($"Fraction −({value}) = {-(Int128)value.numerator}/{value.RawDenominator} does not fit in a Fraction (64-bit numerator and denominator).");

    /// <summary>Absolute value.</summary>
    /// <exception cref="OverflowException">The reduced numerator is <see cref="long.MinValue"/>, whose absolute value does not fit.</exception>
    public Fraction Abs()
    {
        if (numerator == long.MinValue)
        {
            Fraction reduced = Reduced();
            if (reduced.numerator == long.MinValue)
            {
                throw new OverflowException($"Fraction.Abs({this}) = {-(Int128)reduced.numerator}/{reduced.RawDenominator} does not fit in a Fraction (64-bit numerator and denominator).");
            }

            return -reduced;
        }

        return numerator < 0 ? new(-numerator, RawDenominator) : this;
    }

    /// <summary>Rounds to an integer with the given mode (e.g. months of cover "约15个月" by floor).</summary>
    public long RoundToInteger(MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        return (long)IntegerRounding.Divide(numerator, RawDenominator, mode);
    }

    /// <summary>Rounds to <paramref name="decimals"/> decimal places (0–18) with the given mode.</summary>
    public decimal ToDecimal(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 18);
        Preconditions.CheckMode(mode);
        Int128 scaled = IntegerRounding.Divide((Int128)numerator * IntegerRounding.PowersOfTen[decimals], RawDenominator, mode);
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

        return ((Int128)numerator * other.RawDenominator).CompareTo((Int128)other.numerator * RawDenominator);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Fraction f => CompareTo(f),
        _ => throw new ArgumentException($"Object must be of type {nameof(Fraction)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Fraction other) => denominatorMinusOne == other.denominatorMinusOne
        ? numerator == other.numerator
        : (Int128)numerator * other.RawDenominator == (Int128)other.numerator * RawDenominator;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Fraction other && Equals(other);

    /// <inheritdoc />
    /// <remarks>The hash of the value in lowest terms, so that equal fractions (2/4 and 1/2) hash alike.</remarks>
    public override int GetHashCode()
    {
        Fraction reduced = Reduced();
        return HashCode.Combine(reduced.numerator, reduced.denominatorMinusOne);
    }

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
            Fraction reduced = Reduced();
            if (!reduced.numerator.TryFormat(destination, out charsWritten, default, CultureInfo.InvariantCulture))
            {
                return false;
            }

            if (reduced.denominatorMinusOne == 0)
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
            if (!(reduced.denominatorMinusOne + 1).TryFormat(rest[1..], out int w, default, CultureInfo.InvariantCulture))
            {
                charsWritten = 0;
                return false;
            }

            charsWritten += 1 + w;
            return true;
        }

        if ((format[0] == 'F' || format[0] == 'f') && Formatting.TryParseDecimals(format[1..], 2, out int decimals) && decimals <= 18)
        {
            Int128 scaled = IntegerRounding.Divide((Int128)numerator * IntegerRounding.PowersOfTen[decimals], RawDenominator, MidpointRounding.AwayFromZero);
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
        ParseStatus status = Scan(text, out Fraction result, out int position);
        return status == ParseStatus.Ok ? result : throw ParseMessages.Exception(status, text, nameof(Fraction), position);
    }

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char})"/>, returning false instead of throwing (and without allocating).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Fraction result) => Scan(text, out result, out _) == ParseStatus.Ok;

    internal static ParseStatus Scan(ReadOnlySpan<char> text, out Fraction result, out int position)
    {
        result = Zero;
        int slash = text.IndexOf('/');
        ReadOnlySpan<char> first = slash < 0 ? text : text[..slash];
        ParseStatus status = ScanPart(first, 0, out ScannedNumber n, out position);
        if (status != ParseStatus.Ok)
        {
            return status;
        }

        ScannedNumber d = new(1, 0, false, 0);
        if (slash >= 0)
        {
            status = ScanPart(text[(slash + 1)..], slash + 1, out d, out position);
            if (status != ParseStatus.Ok)
            {
                return status;
            }

            if (d.Mantissa == 0)
            {
                position = slash + 1;
                return ParseStatus.ZeroDenominator;
            }
        }

        if (n.Scale > 18 || d.Scale > 18)
        {
            position = 0;
            return ParseStatus.RatioOutOfRange;
        }

        // (±n·10^−a) / (±d·10^−b) = (±n·10^b) / (±d·10^a); each product is below 2^64·10^18 < 2^124.
        Int128 num = (Int128)n.Mantissa * IntegerRounding.PowersOfTen[d.Scale];
        Int128 den = (Int128)d.Mantissa * IntegerRounding.PowersOfTen[n.Scale];
        if (n.Negative != d.Negative)
        {
            num = -num;
        }

        if (!TryFromInt128(num, den, out result))
        {
            position = 0;
            return ParseStatus.RatioOutOfRange;
        }

        return ParseStatus.Ok;
    }

    private static ParseStatus ScanPart(ReadOnlySpan<char> part, int offset, out ScannedNumber n, out int position)
    {
        ParseStatus status = NumberScanner.Scan(part, allowGrouping: false, out n, out position);
        if (status == ParseStatus.Ok && position != part.Length)
        {
            status = ParseStatus.Unexpected;
        }

        if (status == ParseStatus.Empty)
        {
            status = offset == 0 ? ParseStatus.Empty : ParseStatus.DigitExpectedAtEnd;
        }

        position += offset;
        return status == ParseStatus.NumberTooLarge ? ParseStatus.RatioOutOfRange : status;
    }
}
