using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// A proportion such as 8.7%, 0.5%, 60%, 300% or 83.5% — 比率／费率. Stored as an exact fraction, so every
/// decimal percentage (with any number of decimals that fits) and every ratio such as one third or 7/12 is
/// represented without error; <c>Money × Rate</c> is exact until its one explicit rounding to the fen.
/// </summary>
/// <remarks>
/// The difference of two rates is a <see cref="PercentagePoints"/> (百分点), not a rate. Rates may be negative
/// (a growth rate of −1.93%) or above 100% (an execution rate of 110.09%); calculations that need a rate
/// within 0–100% check that at their boundary.
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
    private readonly Fraction value;

    private Rate(Fraction value) => this.value = value;

    /// <summary>0%.</summary>
    public static Rate Zero => default;

    /// <summary>100%.</summary>
    public static Rate OneHundredPercent => new(Fraction.One);

    /// <inheritdoc />
    public static Rate AdditiveIdentity => Zero;

    /// <summary>The proportion as an exact fraction of one (8.7% → 87/1000).</summary>
    public Fraction Value => value;

    /// <summary>The percentage as an exact fraction (8.7% → 87/10).</summary>
    public Fraction Percent => value * Fraction.FromInteger(100);

    /// <summary>True when the rate is exactly 0%.</summary>
    public bool IsZero => value.Numerator == 0;

    /// <summary>True when the rate is below 0%.</summary>
    public bool IsNegative => value.Numerator < 0;

    /// <summary>A rate from a percentage, exactly: <c>FromPercent(8.7m)</c> is 8.7%.</summary>
    public static Rate FromPercent(decimal percent) => new(Fraction.FromDecimal(percent) / Fraction.FromInteger(100));

    /// <summary>A rate from a whole or fractional number of percent given as a fraction.</summary>
    public static Rate FromPercent(Fraction percent) => new(percent / Fraction.FromInteger(100));

    /// <summary>A rate from a proportion of one, exactly: <c>FromProportion(0.087m)</c> is 8.7%.</summary>
    public static Rate FromProportion(decimal proportion) => new(Fraction.FromDecimal(proportion));

    /// <summary>A rate from an exact proportion of one.</summary>
    public static Rate FromProportion(Fraction proportion) => new(proportion);

    /// <summary>The exact ratio <paramref name="numerator"/>/<paramref name="denominator"/> (1, 3 → one third).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public static Rate FromRatio(long numerator, long denominator) => new(Fraction.Create(numerator, denominator));

    /// <summary>The exact share <paramref name="part"/>/<paramref name="whole"/> of two amounts.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="whole"/> is zero: decide "no budget" before calling.</exception>
    public static Rate Of(Money part, Money whole)
    {
        if (whole.IsZero)
        {
            Preconditions.ThrowDivideByZero($"Cannot take the rate of {part} over a zero amount.");
        }

        return new(Fraction.Create(part.Fen, whole.Fen));
    }

    /// <summary>The exact share <paramref name="part"/>/<paramref name="whole"/> of two headcounts.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="whole"/> is zero.</exception>
    public static Rate Of(Headcount part, Headcount whole)
    {
        if (whole.IsZero)
        {
            Preconditions.ThrowDivideByZero($"Cannot take the share of {part} over a zero headcount.");
        }

        return new(Fraction.Create(part.Persons, whole.Persons));
    }

    /// <summary>Checks that the rate lies within [0%, 100%], naming <paramref name="paramName"/> otherwise.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is negative or above 100%.</exception>
    public Rate EnsureWithinZeroToOneHundredPercent(string paramName)
    {
        if (value.Sign < 0 || value > Fraction.One)
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
    public static Rate operator +(Rate left, Rate right) => new(left.value + right.value);

    /// <summary>A rate moved by a number of percentage points.</summary>
    public static Rate operator +(Rate left, PercentagePoints right) => new(left.value + right.Value);

    /// <summary>A rate moved down by a number of percentage points.</summary>
    public static Rate operator -(Rate left, PercentagePoints right) => new(left.value - right.Value);

    /// <summary>The difference of two rates in percentage points (110.09% − 100% = 10.09pp).</summary>
    public static PercentagePoints operator -(Rate left, Rate right) => PercentagePoints.FromProportion(left.value - right.value);

    /// <summary>The product of two rates (40% of 80% = 32%).</summary>
    public static Rate operator *(Rate left, Rate right) => new(left.value * right.value);

    /// <summary>Negation (used for growth rates).</summary>
    public static Rate operator -(Rate value) => new(-value.value);

    /// <inheritdoc />
    public int CompareTo(Rate other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Rate r => CompareTo(r),
        _ => throw new ArgumentException($"Object must be of type {nameof(Rate)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Rate other) => value.Equals(other.value);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Rate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

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
        int decimals;
        bool approximate = false;
        if (format.Length == 0 || format is "G" or "g")
        {
            decimals = 0;
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
        ReadOnlySpan<char> text = s;
        if (text.IsEmpty)
        {
            throw Formatting.Error(s, nameof(Rate), 0, "the text is empty");
        }

        if (text[^1] == '%')
        {
            decimal percent = Formatting.ParseInvariantDecimal(text[..^1], 0, nameof(Rate), s);
            return FromPercent(percent);
        }

        if (text.IndexOf('/') >= 0)
        {
            return new(Fraction.Parse(text));
        }

        throw Formatting.Error(s, nameof(Rate), text.Length, "expected '%' (a bare number is ambiguous: write 8.7% or 87/1000)");
    }

    /// <inheritdoc />
    public static Rate Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static Rate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Rate result) => TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Rate result)
    {
        try
        {
            result = Parse(s);
            return true;
        }
        catch (Exception e) when (e is FormatException or OverflowException or DivideByZeroException)
        {
            result = default;
            return false;
        }
    }
}
