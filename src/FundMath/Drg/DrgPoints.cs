using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>
/// A number of DRG points — 点数 — exact to the millionth of a point (stored as a 64-bit count of micro-points).
/// Case points, an institution's points and a scheme's total points are all <see cref="DrgPoints"/>; a point
/// count rounded to the policy's point decimals (e.g. 4) is still exact, because 4 decimals are a multiple of
/// the micro-point.
/// </summary>
/// <remarks>
/// ±9.2 × 10¹² points fit: a million cases of 10,000 points each (10¹⁰ points) leave a 900-fold margin.
/// Addition is checked. Points are not money: a point becomes money only through a point value (点值).
/// <para><c>default(DrgPoints)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct DrgPoints :
    IEquatable<DrgPoints>,
    IComparable<DrgPoints>,
    IComparable,
    IFormattable,
    IAdditionOperators<DrgPoints, DrgPoints, DrgPoints>,
    ISubtractionOperators<DrgPoints, DrgPoints, DrgPoints>,
    IComparisonOperators<DrgPoints, DrgPoints, bool>,
    IAdditiveIdentity<DrgPoints, DrgPoints>
{
    /// <summary>Micro-points per point (10⁶): the resolution of <see cref="DrgPoints"/>.</summary>
    public const long MicroPerPoint = 1_000_000;

    /// <summary>The most decimals a point count can carry (6).</summary>
    public const int MaxDecimals = 6;

    private readonly long micro;

    private DrgPoints(long micro) => this.micro = micro;

    /// <summary>0 points.</summary>
    public static DrgPoints Zero => default;

    /// <inheritdoc />
    public static DrgPoints AdditiveIdentity => default;

    /// <summary>The count in micro-points (10⁻⁶ point).</summary>
    public long MicroPoints => micro;

    /// <summary>True when the count is 0.</summary>
    public bool IsZero => micro == 0;

    /// <summary>True when the count is below 0.</summary>
    public bool IsNegative => micro < 0;

    /// <summary>The count in points, exactly (scale 6).</summary>
    public decimal Value => Fraction.ToDecimal(micro, MaxDecimals);

    /// <summary>The count as an exact fraction of one point.</summary>
    public Fraction ToFraction() => Fraction.Create(micro, MicroPerPoint);

    /// <summary>A count of <paramref name="microPoints"/> micro-points.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DrgPoints FromMicroPoints(long microPoints) => new(microPoints);

    /// <summary>A whole number of points (checked).</summary>
    /// <exception cref="OverflowException">The count does not fit.</exception>
    public static DrgPoints FromPoints(long points) => new(checked(points * MicroPerPoint));

    /// <summary>A count of points that must be exact to the micro-point (123.4567m); more decimals throw.</summary>
    /// <exception cref="ArgumentException">The value has a non-zero digit below 10⁻⁶ point.</exception>
    /// <exception cref="OverflowException">The count does not fit.</exception>
    public static DrgPoints FromDecimal(decimal points)
    {
        (Int128 mantissa, int scale) = IntegerRounding.Decompose(points);
        Int128 value;
        if (scale <= MaxDecimals)
        {
            value = mantissa * IntegerRounding.Pow10(MaxDecimals - scale);
        }
        else
        {
            Int128 divisor = IntegerRounding.Pow10(scale - MaxDecimals);
            if (mantissa % divisor != 0)
            {
                Preconditions.ThrowArgument(nameof(points), $"points {points.ToString(CultureInfo.InvariantCulture)} have more than {MaxDecimals} decimals; round them first.");
            }

            value = mantissa / divisor;
        }

        return new(IntegerRounding.ToInt64(value, "points in micro-points"));
    }

    /// <summary>The count rounded to <paramref name="decimals"/> decimals of a point (0–6) with <paramref name="mode"/>.</summary>
    public DrgPoints Round(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, MaxDecimals);
        Preconditions.CheckMode(mode);
        long step = IntegerRounding.PowersOfTen[MaxDecimals - decimals];
        return new(IntegerRounding.ToInt64(IntegerRounding.Divide(micro, step, mode) * step, "rounded points"));
    }

    /// <summary>Sum of a span of counts (checked).</summary>
    /// <exception cref="OverflowException">The sum does not fit.</exception>
    public static DrgPoints Sum(ReadOnlySpan<DrgPoints> points)
    {
        long total = 0;
        foreach (DrgPoints p in points)
        {
            total = checked(total + p.micro);
        }

        return new(total);
    }

    /// <summary>Sum (checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DrgPoints operator +(DrgPoints left, DrgPoints right) => new(checked(left.micro + right.micro));

    /// <summary>Difference (checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static DrgPoints operator -(DrgPoints left, DrgPoints right) => new(checked(left.micro - right.micro));

    /// <inheritdoc />
    public int CompareTo(DrgPoints other) => micro.CompareTo(other.micro);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        DrgPoints p => CompareTo(p),
        _ => throw new ArgumentException($"Object must be of type {nameof(DrgPoints)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(DrgPoints other) => micro == other.micro;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DrgPoints other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => micro.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(DrgPoints left, DrgPoints right) => left.micro == right.micro;

    /// <summary>Inequality.</summary>
    public static bool operator !=(DrgPoints left, DrgPoints right) => left.micro != right.micro;

    /// <summary>Less than.</summary>
    public static bool operator <(DrgPoints left, DrgPoints right) => left.micro < right.micro;

    /// <summary>Greater than.</summary>
    public static bool operator >(DrgPoints left, DrgPoints right) => left.micro > right.micro;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(DrgPoints left, DrgPoints right) => left.micro <= right.micro;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(DrgPoints left, DrgPoints right) => left.micro >= right.micro;

    /// <summary>The exact count with trailing zeros trimmed, e.g. "150", "123.4567".</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the count: "G" (default) exact with trailing zeros trimmed; "F<i>n</i>" with n decimals (0–6),
    /// rounded <see cref="MidpointRounding.AwayFromZero"/> (四舍五入) when n is below 6; "N<i>n</i>" the same with
    /// thousands separators. Invariant culture always.
    /// </summary>
    /// <exception cref="FormatException">The format is not G, F0–F6 or N0–N6.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        string f = string.IsNullOrEmpty(format) ? "G" : format;
        if (f == "G")
        {
            decimal exact = Value;
            return (exact / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
        }

        if ((f[0] == 'F' || f[0] == 'N') && f.Length == 2 && f[1] >= '0' && f[1] - '0' <= MaxDecimals)
        {
            int decimals = f[1] - '0';
            long step = IntegerRounding.PowersOfTen[MaxDecimals - decimals];
            decimal rounded = Fraction.ToDecimal(IntegerRounding.Divide(micro, step, MidpointRounding.AwayFromZero), decimals);
            return rounded.ToString((f[0] == 'N' ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        throw new FormatException($"Format '{format}' is not supported by {nameof(DrgPoints)}: use G, F0–F6 or N0–N6.");
    }
}
