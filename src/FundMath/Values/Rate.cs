using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// A proportion such as 8.7%, 0.5%, 60%, 300% or 83.5% — 比率／费率. Exact in one of two forms: a decimal
/// percentage with at most six decimals (every rate a policy or a report prints) is held in fixed point, as an
/// integer count of 10⁻⁸ (8.7% is 8,700,000 × 10⁻⁸), so <c>Money × Rate</c> divides by the constant 10⁸; any other
/// ratio (one third, 7/12, an execution rate of two amounts) is held as a numerator and a positive denominator,
/// not reduced until it is shown (<see cref="Value"/>, formatting) and compared by cross-multiplication.
/// <c>Money × Rate</c> is exact until its one explicit rounding to the fen.
/// </summary>
/// <remarks>
/// <para><c>default(Rate)</c> is 0% (<see cref="Zero"/>), a valid value.</para>
/// <para>The difference of two rates is a <see cref="PercentagePoints"/> (百分点), not a rate. Rates may be negative
/// (a growth rate of −1.93%) or above 100% (an execution rate of 110.09%); calculations that need a rate
/// within 0–100% check that at their boundary.</para>
/// </remarks>
[JsonConverter(typeof(Serialization.RateJsonConverter))]
public readonly struct Rate :
    IEquatable<Rate>,
    IComparable<Rate>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Rate>,
    IAdditionOperators<Rate, Rate, Rate>,
    IAdditionOperators<Rate, PercentagePoints, Rate>,
    ISubtractionOperators<Rate, Rate, PercentagePoints>,
    ISubtractionOperators<Rate, PercentagePoints, Rate>,
    IMultiplyOperators<Rate, Rate, Rate>,
    IComparisonOperators<Rate, Rate, bool>,
    IAdditiveIdentity<Rate, Rate>
{
    /// <summary>The fixed-point scale: a fixed-point rate is an integer count of 10⁻⁸ (10⁻⁶ percent).</summary>
    internal const long FixedScale = 100_000_000;

    // Fixed point (denominator == 0): the rate is units × 10⁻⁸. Ratio (denominator > 0): units / denominator,
    // not necessarily in lowest terms. default(Rate) is fixed-point 0, i.e. 0%.
    private readonly long units;
    private readonly long denominator;

    private Rate(long units, long denominator)
    {
        this.units = units;
        this.denominator = denominator;
    }

    /// <summary>0%.</summary>
    public static Rate Zero => default;

    /// <summary>100%.</summary>
    public static Rate OneHundredPercent => new(FixedScale, 0);

    /// <inheritdoc />
    public static Rate AdditiveIdentity => Zero;

    /// <summary>The proportion as an exact fraction of one, in lowest terms (8.7% → 87/1000).</summary>
    public Fraction Value => Fraction.Create(units, denominator == 0 ? FixedScale : denominator);

    /// <summary>The percentage as an exact fraction (8.7% → 87/10).</summary>
    public Fraction Percent => denominator == 0
        ? Fraction.Create(units, FixedScale / 100)
        : Value * Fraction.FromInteger(100);

    /// <summary>True when the rate is exactly 0%.</summary>
    public bool IsZero => units == 0;

    /// <summary>True when the rate is below 0%.</summary>
    public bool IsNegative => units < 0;

    /// <summary>True when the rate is held in fixed point (a decimal percentage with at most six decimals).</summary>
    internal bool IsFixedPoint => denominator == 0;

    /// <summary>The fixed-point count of 10⁻⁸ (only meaningful when <see cref="IsFixedPoint"/>).</summary>
    internal long FixedUnits => units;

    /// <summary>The numerator of the rate over <see cref="RatioDenominator"/>.</summary>
    internal long RatioNumerator => units;

    /// <summary>The positive denominator (10⁸ for a fixed-point rate); the ratio need not be in lowest terms.</summary>
    internal long RatioDenominator => denominator == 0 ? FixedScale : denominator;

    /// <summary>A rate from a percentage, exactly: <c>FromPercent(8.7m)</c> is 8.7%.</summary>
    /// <exception cref="OverflowException">The percentage does not fit a 64-bit numerator and denominator.</exception>
    public static Rate FromPercent(decimal percent) => FromDecimal(percent, 2, nameof(percent));

    /// <summary>A rate from a whole or fractional number of percent given as a fraction.</summary>
    public static Rate FromPercent(Fraction percent) => FromFraction(percent / Fraction.FromInteger(100));

    /// <summary>A rate from a proportion of one, exactly: <c>FromProportion(0.087m)</c> is 8.7%.</summary>
    /// <exception cref="OverflowException">The proportion does not fit a 64-bit numerator and denominator.</exception>
    public static Rate FromProportion(decimal proportion) => FromDecimal(proportion, 0, nameof(proportion));

    /// <summary>A rate from an exact proportion of one.</summary>
    public static Rate FromProportion(Fraction proportion) => FromFraction(proportion);

    /// <summary>The exact ratio <paramref name="numerator"/>/<paramref name="denominator"/> (1, 3 → one third).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Rate FromRatio(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            Preconditions.ThrowDivideByZero($"Rate {numerator}/0: the denominator must not be zero.");
        }

        return FromRatioUnchecked(numerator, denominator);
    }

    /// <summary>The exact share <paramref name="part"/>/<paramref name="whole"/> of two amounts.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="whole"/> is zero: decide "no budget" before calling.</exception>
    public static Rate Of(Money part, Money whole)
    {
        if (whole.IsZero)
        {
            Preconditions.ThrowDivideByZero($"Cannot take the rate of {part} over a zero amount.");
        }

        return FromRatioUnchecked(part.Fen, whole.Fen);
    }

    /// <summary>The exact share <paramref name="part"/>/<paramref name="whole"/> of two headcounts.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="whole"/> is zero.</exception>
    public static Rate Of(Headcount part, Headcount whole)
    {
        if (whole.IsZero)
        {
            Preconditions.ThrowDivideByZero($"Cannot take the share of {part} over a zero headcount.");
        }

        return FromRatioUnchecked(part.Persons, whole.Persons);
    }

    // numerator/denominator with denominator ≠ 0: fixed point when the denominator divides 10⁸ (one division, no
    // GCD); otherwise the ratio as given, with the sign moved to the numerator.
    private static Rate FromRatioUnchecked(long numerator, long denominator)
    {
        if (denominator < 0)
        {
            if (numerator == long.MinValue || denominator == long.MinValue)
            {
                return FromFraction(Fraction.Create(numerator, denominator));
            }

            numerator = -numerator;
            denominator = -denominator;
        }

        if (denominator <= FixedScale && FixedScale % denominator == 0)
        {
            long factor = FixedScale / denominator;
            long high = Math.BigMul(numerator, factor, out long low);
            if ((high == 0 && low >= 0) || (high == -1 && low < 0))
            {
                return new(low, 0);
            }
        }

        return new(numerator, denominator);
    }

    /// <summary>The rate of an exact fraction (in fixed point when its denominator divides 10⁸).</summary>
    internal static Rate FromFraction(Fraction proportion)
    {
        // In lowest terms (one GCD), so that a denominator dividing 10⁸ is recognised whatever pair the fraction holds.
        proportion = proportion.Reduced();
        return FromRatioUnchecked(proportion.RawNumerator, proportion.RawDenominator);
    }

    // ±mantissa / 10^(scale + extraScale) from a decimal, without a GCD.
    private static Rate FromDecimal(decimal value, int extraScale, string paramName)
    {
        (Int128 mantissa, int scale) = IntegerRounding.Decompose(value);
        return FromScaled(mantissa, scale + extraScale, out Rate rate)
            ? rate
            : throw new OverflowException($"{paramName} {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} does not fit in a Rate (64-bit numerator and denominator).");
    }

    /// <summary>mantissa / 10^scale as a rate; false when it fits neither form.</summary>
    internal static bool FromScaled(Int128 mantissa, int scale, out Rate rate)
    {
        // Strip zeros the scale does not need ("8.70" is 8.7).
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        if (scale <= 8)
        {
            Int128 fixedUnits = mantissa * IntegerRounding.Pow10(8 - scale);
            if (IntegerRounding.FitsInt64(fixedUnits))
            {
                rate = new((long)fixedUnits, 0);
                return true;
            }
        }

        if (scale <= 18 && IntegerRounding.FitsInt64(mantissa))
        {
            rate = FromRatioUnchecked((long)mantissa, IntegerRounding.PowersOfTen[scale]);
            return true;
        }

        if (scale <= 38 && Fraction.TryFromInt128(mantissa, IntegerRounding.Pow10(scale), out Fraction reduced))
        {
            rate = FromFraction(reduced);
            return true;
        }

        rate = default;
        return false;
    }

    /// <summary>Checks that the rate lies within [0%, 100%], naming <paramref name="paramName"/> otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative or above 100%.</exception>
    public Rate EnsureWithinZeroToOneHundredPercent(string paramName)
    {
        Preconditions.CheckNotNull(paramName, nameof(paramName));
        if (units < 0 || this > OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(paramName, this, $"{paramName} {this} is outside 0%–100%.");
        }

        return this;
    }

    /// <summary>The percentage rounded to <paramref name="decimals"/> places (110.0910…% → 110.09 with 2).</summary>
    public decimal ToPercent(int decimals, MidpointRounding mode) => Percent.ToDecimal(decimals, mode);

    /// <summary>The rate rounded to <paramref name="percentDecimals"/> places of percent, as a rate.</summary>
    public Rate RoundToPercent(int percentDecimals, MidpointRounding mode) => FromPercent(ToPercent(percentDecimals, mode));

    /// <summary>Sum of two rates (employer 8.2% + maternity 0.5% = 8.7%).</summary>
    /// <exception cref="OverflowException">The sum does not fit a 64-bit numerator and denominator.</exception>
    public static Rate operator +(Rate left, Rate right)
    {
        if ((left.denominator | right.denominator) == 0)
        {
            long sum = unchecked(left.units + right.units);
            if (((left.units ^ sum) & (right.units ^ sum)) >= 0)
            {
                return new(sum, 0);
            }
        }

        return FromFraction(Combine(left, right, "+", static (a, b) => a + b));
    }

    /// <summary>A rate moved by a number of percentage points.</summary>
    public static Rate operator +(Rate left, PercentagePoints right) => FromFraction(left.Value + right.Value);

    /// <summary>A rate moved down by a number of percentage points.</summary>
    public static Rate operator -(Rate left, PercentagePoints right) => FromFraction(left.Value - right.Value);

    /// <summary>The difference of two rates in percentage points (110.09% − 100% = 10.09pp).</summary>
    public static PercentagePoints operator -(Rate left, Rate right) => PercentagePoints.FromProportion(Combine(left, right, "−", static (a, b) => a - b));

    /// <summary>The product of two rates (40% of 80% = 32%).</summary>
    public static Rate operator *(Rate left, Rate right) => FromFraction(Combine(left, right, "×", static (a, b) => a * b));

    /// <summary>Negation (used for growth rates).</summary>
    public static Rate operator -(Rate value) => value.units == long.MinValue
        ? FromFraction(-Fraction.Create(value.units, value.RatioDenominator))
        : new(-value.units, value.denominator);

    private static Fraction Combine(Rate left, Rate right, string op, Func<Fraction, Fraction, Fraction> combine)
    {
        try
        {
            return combine(left.Value, right.Value);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"Rate {left} {op} {right} does not fit in a Rate (64-bit numerator and denominator).", e);
        }
    }

    /// <inheritdoc />
    public int CompareTo(Rate other)
    {
        if ((denominator | other.denominator) == 0)
        {
            return units.CompareTo(other.units);
        }

        return ((Int128)units * other.RatioDenominator).CompareTo((Int128)other.units * RatioDenominator);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate r => CompareTo(r),
        _ => throw new ArgumentException($"Object must be of type {nameof(Rate)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Rate other) => (denominator | other.denominator) == 0
        ? units == other.units
        : (Int128)units * other.RatioDenominator == (Int128)other.units * RatioDenominator;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(Rate left, Rate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Rate left, Rate right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(Rate left, Rate right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(Rate left, Rate right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Rate left, Rate right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Rate left, Rate right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Formats the rate. "G" (default): the exact percentage when it has at most 6 decimals ("8.7%", "300%"),
    /// otherwise rounded to 6 decimals (四舍五入) and prefixed with "≈" ("≈33.333333%"). "P<i>n</i>": the percentage
    /// rounded <see cref="MidpointRounding.AwayFromZero"/> (四舍五入) to <i>n</i> decimals ("P2" → "110.09%").
    /// </summary>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => Formatting.ToStringViaSpan(this, format);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TryFormatPercent(Percent, destination, out charsWritten, format, "%", nameof(Rate));

    internal static bool TryFormatPercent(Fraction percent, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, string suffix, string typeName)
    {
        charsWritten = 0;
        // Initialised here (not only by the loop or TryParseDecimals' out argument) so that a mutation test turning
        // an `&&` of the "P" condition into `||` still compiles: an unassigned local would make Stryker drop every
        // mutant of this method.
        int decimals = 0;
        bool approximate = false;
        if (format.Length == 0 || format is "G" or "g")
        {
            Int128 scaled = 0;
            bool exact = false;
            for (; decimals <= 6; decimals++)
            {
                Int128 num = (Int128)percent.Numerator * IntegerRounding.PowersOfTen[decimals];
                if (num % percent.Denominator == 0)
                {
                    scaled = num / percent.Denominator;
                    exact = true;
                    break;
                }
            }

            if (!exact)
            {
                decimals = 6;
                approximate = true;
                scaled = IntegerRounding.Divide((Int128)percent.Numerator * IntegerRounding.PowersOfTen[6], percent.Denominator, MidpointRounding.AwayFromZero);
            }

            int pos = 0;
            if (approximate && !Formatting.TryWriteLiteral(destination, ref pos, "≈"))
            {
                return false;
            }

            if (!Formatting.TryWriteScaled(destination[pos..], out int w, scaled, decimals, grouping: false))
            {
                return false;
            }

            pos += w;
            if (!Formatting.TryWriteLiteral(destination, ref pos, suffix))
            {
                return false;
            }

            charsWritten = pos;
            return true;
        }

        if ((format[0] == 'P' || format[0] == 'p') && Formatting.TryParseDecimals(format[1..], 2, out decimals) && decimals <= 12)
        {
            Int128 scaled = IntegerRounding.Divide((Int128)percent.Numerator * IntegerRounding.PowersOfTen[decimals], percent.Denominator, MidpointRounding.AwayFromZero);
            if (!Formatting.TryWriteScaled(destination, out int w, scaled, decimals, grouping: false))
            {
                return false;
            }

            int pos = w;
            if (!Formatting.TryWriteLiteral(destination, ref pos, suffix))
            {
                return false;
            }

            charsWritten = pos;
            return true;
        }

        throw new FormatException($"Format '{format.ToString()}' is not supported by {typeName}: use G or P<decimals>.");
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    /// <summary>
    /// Parses a percentage ("8.7%", "110.09%", "-1.93%") or an exact ratio ("1/3"). A bare number is rejected as
    /// ambiguous (is "60" 60% or 6000%?).
    /// </summary>
    /// <exception cref="FormatException">The text is malformed; the message quotes it and the position.</exception>
    public static Rate Parse(ReadOnlySpan<char> s)
    {
        ParseStatus status = Scan(s, out Rate result, out int position);
        return status == ParseStatus.Ok ? result : throw ParseMessages.Exception(status, s, nameof(Rate), position);
    }

    /// <inheritdoc />
    public static Rate Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static Rate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Rate result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char})"/>, returning false instead of throwing (and without allocating).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rate result) =>
        Scan(s, out result, out _) == ParseStatus.Ok;

    internal static ParseStatus Scan(ReadOnlySpan<char> s, out Rate result, out int position)
    {
        result = default;
        if (s.IsEmpty)
        {
            position = 0;
            return ParseStatus.Empty;
        }

        if (s[^1] == '%')
        {
            ReadOnlySpan<char> number = s[..^1];
            ParseStatus status = NumberScanner.Scan(number, allowGrouping: false, out ScannedNumber n, out position);
            if (status != ParseStatus.Ok)
            {
                return status == ParseStatus.NumberTooLarge ? ParseStatus.RatioOutOfRange : status;
            }

            if (position != number.Length)
            {
                return ParseStatus.Unexpected;
            }

            Int128 mantissa = n.Negative ? -(Int128)n.Mantissa : n.Mantissa;
            if (!FromScaled(mantissa, n.Scale + 2, out result))
            {
                position = 0;
                return ParseStatus.RatioOutOfRange;
            }

            return ParseStatus.Ok;
        }

        if (s.IndexOf('/') >= 0)
        {
            ParseStatus status = Fraction.Scan(s, out Fraction f, out position);
            result = status == ParseStatus.Ok ? FromFraction(f) : default;
            return status;
        }

        position = s.Length;
        return ParseStatus.RateNeedsPercent;
    }
}
