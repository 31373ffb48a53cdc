using System;
using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// A difference between two rates, in percentage points — 百分点. 110.09% − 100% is 10.09pp; a tolerance band
/// of "上下浮动5个百分点" is ±5pp. Distinct from <see cref="Rate"/> so that "5%" (a proportion) and "5pp" (a
/// difference) cannot be confused. Exact.
/// </summary>
/// <remarks><c>default(PercentagePoints)</c> is 0pp (<see cref="Zero"/>), a valid value.</remarks>
[JsonConverter(typeof(Serialization.PercentagePointsJsonConverter))]
public readonly struct PercentagePoints :
    IEquatable<PercentagePoints>,
    IComparable<PercentagePoints>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<PercentagePoints>,
    IAdditionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
    ISubtractionOperators<PercentagePoints, PercentagePoints, PercentagePoints>,
    IUnaryNegationOperators<PercentagePoints, PercentagePoints>,
    IComparisonOperators<PercentagePoints, PercentagePoints, bool>,
    IAdditiveIdentity<PercentagePoints, PercentagePoints>
{
    // The difference as a proportion of one: 5pp is 5/100.
    private readonly Fraction value;

    private PercentagePoints(Fraction value) => this.value = value;

    /// <summary>0pp.</summary>
    public static PercentagePoints Zero => default;

    /// <inheritdoc />
    public static PercentagePoints AdditiveIdentity => Zero;

    /// <summary>The difference as a proportion of one (5pp → 1/20).</summary>
    public Fraction Value => value;

    /// <summary>The number of points as an exact fraction (5pp → 5).</summary>
    public Fraction Points => value * Fraction.FromInteger(100);

    /// <summary>−1, 0 or +1.</summary>
    public int Sign => value.Sign;

    /// <summary>A difference of <paramref name="points"/> percentage points, exactly (5m → 5pp).</summary>
    public static PercentagePoints FromPoints(decimal points) => new(Fraction.FromDecimal(points) / Fraction.FromInteger(100));

    /// <summary>A difference of <paramref name="points"/> percentage points given as a fraction.</summary>
    public static PercentagePoints FromPoints(Fraction points) => new(points / Fraction.FromInteger(100));

    /// <summary>A difference expressed as a proportion of one (0.05 → 5pp).</summary>
    public static PercentagePoints FromProportion(Fraction proportion) => new(proportion);

    /// <summary>The points rounded to <paramref name="decimals"/> places.</summary>
    public decimal ToPoints(int decimals, MidpointRounding mode) => Points.ToDecimal(decimals, mode);

    /// <summary>Absolute value.</summary>
    public PercentagePoints Abs() => new(value.Abs());

    /// <summary>Sum.</summary>
    public static PercentagePoints operator +(PercentagePoints left, PercentagePoints right) => new(left.value + right.value);

    /// <summary>Difference.</summary>
    public static PercentagePoints operator -(PercentagePoints left, PercentagePoints right) => new(left.value - right.value);

    /// <summary>Negation.</summary>
    public static PercentagePoints operator -(PercentagePoints value) => new(-value.value);

    /// <inheritdoc />
    public int CompareTo(PercentagePoints other) => value.CompareTo(other.value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PercentagePoints p => CompareTo(p),
        _ => throw new ArgumentException($"Object must be of type {nameof(PercentagePoints)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(PercentagePoints other) => value.Equals(other.value);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PercentagePoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => value.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(PercentagePoints left, PercentagePoints right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PercentagePoints left, PercentagePoints right) => !left.Equals(right);

    /// <summary>Less than.</summary>
    public static bool operator <(PercentagePoints left, PercentagePoints right) => left.CompareTo(right) < 0;

    /// <summary>Greater than.</summary>
    public static bool operator >(PercentagePoints left, PercentagePoints right) => left.CompareTo(right) > 0;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(PercentagePoints left, PercentagePoints right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(PercentagePoints left, PercentagePoints right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// "G" (default): exact points up to 6 decimals ("5pp", "-2.82pp"; "≈" when rounded); "P<i>n</i>": rounded
    /// 四舍五入 to <i>n</i> decimals ("P2" → "5.09pp").
    /// </summary>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => Formatting.ToStringViaSpan(this, format);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Rate.TryFormatPercent(Points, destination, out charsWritten, format, "pp", nameof(PercentagePoints));

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    /// <summary>Parses "5pp", "-2.82pp", "+5pp" or an exact ratio "1/3pp" (the suffix "pp" or "个百分点" is required).</summary>
    /// <exception cref="FormatException">The text is malformed; the message quotes it and the position.</exception>
    public static PercentagePoints Parse(ReadOnlySpan<char> s)
    {
        ParseStatus status = Scan(s, out PercentagePoints result, out int position);
        return status == ParseStatus.Ok ? result : throw ParseMessages.Exception(status, s, nameof(PercentagePoints), position);
    }

    /// <inheritdoc />
    public static PercentagePoints Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static PercentagePoints Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PercentagePoints result) => TryParse(s.AsSpan(), provider, out result);

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char})"/>, returning false instead of throwing (and without allocating).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PercentagePoints result) =>
        Scan(s, out result, out _) == ParseStatus.Ok;

    private static ParseStatus Scan(ReadOnlySpan<char> s, out PercentagePoints result, out int position)
    {
        result = Zero;
        ReadOnlySpan<char> number;
        if (s.EndsWith("pp", StringComparison.Ordinal))
        {
            number = s[..^2];
        }
        else if (s.EndsWith("个百分点", StringComparison.Ordinal))
        {
            number = s[..^4];
        }
        else
        {
            position = s.Length;
            return ParseStatus.PointsNeedSuffix;
        }

        // An exact ratio of points such as "1/3pp" (how JSON writes points without a short decimal form), or a decimal.
        ParseStatus status = Fraction.Scan(number, out Fraction points, out position);
        if (status == ParseStatus.Empty)
        {
            status = ParseStatus.DigitExpectedAtEnd;
        }

        if (status != ParseStatus.Ok)
        {
            return status;
        }

        if (!Fraction.TryFromInt128(points.Numerator, (Int128)points.Denominator * 100, out Fraction proportion))
        {
            position = 0;
            return ParseStatus.RatioOutOfRange;
        }

        result = new(proportion);
        return ParseStatus.Ok;
    }
}
