using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace FundMath;

/// <summary>
/// An exact amount of renminbi to the fen (0.01 元) — 金额. Stored as a 64-bit count of fen, so addition and
/// comparison are integer operations and ±92,233,720,368,547,758.07 元 (about 9.2 × 10⁸ 亿元) fits: national
/// totals such as the 33,979.75亿元 accumulated balance of 2023 have more than 10⁴-fold room.
/// </summary>
/// <remarks>
/// <para>Arithmetic is checked: an overflow throws <see cref="OverflowException"/> and never wraps.</para>
/// <para>Every operation that can produce a fraction of a fen (multiplying by a <see cref="Rate"/>, dividing by a
/// headcount, converting from a decimal) takes an explicit <see cref="MidpointRounding"/> mode;
/// <see cref="MidpointRounding.AwayFromZero"/> is 四舍五入, the default of Chinese fund accounting.</para>
/// <para>Formatting and parsing use the units reports print: "236.54元", "84,555万元", "3.86亿元", "1,466.00".</para>
/// </remarks>
[JsonConverter(typeof(Serialization.MoneyJsonConverter))]
public readonly struct Money :
    IEquatable<Money>,
    IComparable<Money>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<Money>,
    IAdditionOperators<Money, Money, Money>,
    ISubtractionOperators<Money, Money, Money>,
    IUnaryNegationOperators<Money, Money>,
    IMultiplyOperators<Money, long, Money>,
    IComparisonOperators<Money, Money, bool>,
    IAdditiveIdentity<Money, Money>,
    IMinMaxValue<Money>
{
    private const long FenPerYuan = 100;

    private readonly long fen;

    private Money(long fen) => this.fen = fen;

    /// <summary>0 元.</summary>
    public static Money Zero => default;

    /// <inheritdoc />
    public static Money AdditiveIdentity => default;

    /// <summary>The largest amount: 92,233,720,368,547,758.07 元.</summary>
    public static Money MaxValue => new(long.MaxValue);

    /// <summary>The smallest amount: −92,233,720,368,547,758.08 元.</summary>
    public static Money MinValue => new(long.MinValue);

    /// <summary>The amount as a count of fen (分).</summary>
    public long Fen => fen;

    /// <summary>The amount in 元, exactly (scale 2).</summary>
    public decimal Yuan => Fraction.ToDecimal(fen, 2);

    /// <summary>True when the amount is 0.</summary>
    public bool IsZero => fen == 0;

    /// <summary>True when the amount is below 0.</summary>
    public bool IsNegative => fen < 0;

    /// <summary>True when the amount is above 0.</summary>
    public bool IsPositive => fen > 0;

    /// <summary>−1, 0 or +1.</summary>
    public int Sign => Math.Sign(fen);

    /// <summary>An amount of <paramref name="fen"/> fen.</summary>
    public static Money FromFen(long fen) => new(fen);

    /// <summary>A whole number of 元 (checked).</summary>
    /// <exception cref="OverflowException">The amount does not fit.</exception>
    public static Money FromYuan(long yuan) => new(checked(yuan * FenPerYuan));

    /// <summary>An amount in 元 that must be exact to the fen (236.54m); more decimals throw.</summary>
    /// <exception cref="ArgumentException">The value has a non-zero digit below the fen.</exception>
    public static Money FromYuan(decimal yuan) => FromExact(yuan, MoneyUnit.Yuan, nameof(yuan));

    /// <summary>An amount in 元 rounded to the fen with <paramref name="mode"/>.</summary>
    public static Money FromYuan(decimal yuan, MidpointRounding mode) => From(yuan, MoneyUnit.Yuan, mode);

    /// <summary>An amount in the given unit that must be exact to the fen (3.86m 亿元).</summary>
    /// <exception cref="ArgumentException">The value has a non-zero digit below the fen.</exception>
    public static Money From(decimal amount, MoneyUnit unit) => FromExact(amount, unit, nameof(amount));

    /// <summary>An amount in the given unit, rounded to the fen with <paramref name="mode"/>.</summary>
    public static Money From(decimal amount, MoneyUnit unit, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        (Int128 mantissa, int scale) = IntegerRounding.Decompose(amount);
        int shift = 2 + (int)unit - scale; // fen = mantissa * 10^(2 + unit − scale)
        Int128 f = shift >= 0
            ? mantissa * IntegerRounding.Pow10(shift)
            : IntegerRounding.Divide(mantissa, IntegerRounding.Pow10(-shift), mode);
        return new(CheckedFen(f, amount, unit));
    }

    private static long CheckedFen(Int128 fen, decimal amount, MoneyUnit unit)
    {
        if (!IntegerRounding.FitsInt64(fen))
        {
            Preconditions.ThrowOverflow($"amount {amount.ToString(CultureInfo.InvariantCulture)}{UnitText.Suffix(unit)} is {fen} fen, which does not fit in Money (64-bit fen).");
        }

        return (long)fen;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowResultOverflow(Money left, string op, string right) =>
        throw new OverflowException($"{left} {op} {right} does not fit in Money (64-bit fen).");

    private static Money FromExact(decimal amount, MoneyUnit unit, string paramName)
    {
        (Int128 mantissa, int scale) = IntegerRounding.Decompose(amount);
        int shift = 2 + (int)unit - scale;
        if (shift >= 0)
        {
            return new(CheckedFen(mantissa * IntegerRounding.Pow10(shift), amount, unit));
        }

        Int128 divisor = IntegerRounding.Pow10(-shift);
        if (mantissa % divisor != 0)
        {
            Preconditions.ThrowArgument(paramName, $"{paramName} {amount}{UnitText.Suffix(unit)} is not a whole number of fen (0.01 元); pass a MidpointRounding mode to round it.");
        }

        return new(CheckedFen(mantissa / divisor, amount, unit));
    }

    /// <summary>The amount in <paramref name="unit"/>, exactly (84,554.764万元 for 845,547,640 元).</summary>
    public decimal ToUnit(MoneyUnit unit) => Fraction.ToDecimal(fen, 2 + (int)unit);

    /// <summary>The amount in <paramref name="unit"/> rounded to <paramref name="decimals"/> places.</summary>
    public decimal ToUnit(MoneyUnit unit, int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 10);
        Preconditions.CheckMode(mode);
        return Fraction.ToDecimal(ScaledTo(unit, decimals, mode), decimals);
    }

    /// <summary>Rounds the amount to a multiple of 10^<paramref name="decimals"/> units (e.g. to whole 万元 or to the jiao).</summary>
    public Money RoundTo(MoneyUnit unit, int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 10);
        Preconditions.CheckMode(mode);
        int shift = 2 + (int)unit - decimals;
        if (shift <= 0)
        {
            return this;
        }

        Int128 step = IntegerRounding.Pow10(shift);
        return new(IntegerRounding.ToInt64(IntegerRounding.Divide(fen, step, mode) * step, "rounded amount"));
    }

    private Int128 ScaledTo(MoneyUnit unit, int decimals, MidpointRounding mode)
    {
        int shift = 2 + (int)unit - decimals;
        return shift >= 0
            ? IntegerRounding.Divide(fen, IntegerRounding.Pow10(shift), mode)
            : (Int128)fen * IntegerRounding.Pow10(-shift);
    }

    /// <summary>Sum (checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator +(Money left, Money right) => new(checked(left.fen + right.fen));

    /// <summary>Difference (checked).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator -(Money left, Money right) => new(checked(left.fen - right.fen));

    /// <summary>Negation (checked).</summary>
    public static Money operator -(Money value) => new(checked(-value.fen));

    /// <summary>Multiplication by an integer (checked).</summary>
    public static Money operator *(Money left, long right) => new(checked(left.fen * right));

    /// <summary>Multiplication by an integer (checked).</summary>
    public static Money operator *(long left, Money right) => new(checked(left * right.fen));

    /// <summary>A per-capita amount times a headcount, exactly (280 元 × 3,019,813 人 = 845,547,640 元).</summary>
    public static Money operator *(Money perPerson, Headcount persons) => new(checked(perPerson.fen * persons.Persons));

    /// <summary>Absolute value.</summary>
    public Money Abs() => fen < 0 ? -this : this;

    /// <summary>The amount times a rate, exact until one rounding to the fen with <paramref name="mode"/>.</summary>
    public Money Multiply(Rate rate, MidpointRounding mode) => Multiply(rate.Value, mode);

    /// <summary>The amount times an exact fraction, rounded once to the fen with <paramref name="mode"/>.</summary>
    public Money Multiply(Fraction ratio, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        Int128 result = IntegerRounding.MultiplyDivide(fen, ratio.Numerator, ratio.Denominator, mode);
        if (!IntegerRounding.FitsInt64(result))
        {
            ThrowResultOverflow(this, "×", ratio.ToString());
        }

        return new((long)result);
    }

    /// <summary>The amount times <paramref name="numerator"/>/<paramref name="denominator"/>, rounded once.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is zero.</exception>
    public Money Multiply(long numerator, long denominator, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        if (denominator == 0)
        {
            Preconditions.ThrowDivideByZero($"Cannot multiply {this} by {numerator}/0.");
        }

        Int128 result = IntegerRounding.MultiplyDivide(fen, numerator, denominator, mode);
        if (!IntegerRounding.FitsInt64(result))
        {
            ThrowResultOverflow(this, "×", Fraction.Create(numerator, denominator).ToString());
        }

        return new((long)result);
    }

    /// <summary>The amount divided by an integer, rounded to the fen (an amount per visit, per month).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(long divisor, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        if (divisor == 0)
        {
            Preconditions.ThrowDivideByZero($"Cannot divide {this} by zero.");
        }

        // |fen / divisor| ≤ |fen| except for long.MinValue / −1, which the check below catches.
        Int128 result = IntegerRounding.Divide(fen, divisor, mode);
        if (!IntegerRounding.FitsInt64(result))
        {
            ThrowResultOverflow(this, "/", divisor.ToString(CultureInfo.InvariantCulture));
        }

        return new((long)result);
    }

    /// <summary>The amount per person, rounded to the fen (381,890,000 元 / 1,614,507 → 236.54 元).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="persons"/> is zero.</exception>
    public Money Divide(Headcount persons, MidpointRounding mode) => Divide(persons.Persons, mode);

    /// <summary>The exact quotient of two amounts (20.23亿 / 1.29亿 = 2023/129).</summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Fraction DivideBy(Money divisor)
    {
        if (divisor.fen == 0)
        {
            Preconditions.ThrowDivideByZero($"Cannot divide {this} by a zero amount.");
        }

        return Fraction.Create(fen, divisor.fen);
    }

    /// <summary>The sum of a span of amounts (checked, allocation-free).</summary>
    public static Money Sum(ReadOnlySpan<Money> amounts)
    {
        long total = 0;
        foreach (Money m in amounts)
        {
            total = checked(total + m.fen);
        }

        return new(total);
    }

    /// <summary>The sum of a sequence of amounts (checked).</summary>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        Preconditions.CheckNotNull(amounts, nameof(amounts));
        long total = 0;
        foreach (Money m in amounts)
        {
            total = checked(total + m.fen);
        }

        return new(total);
    }

    /// <summary>The smaller amount.</summary>
    public static Money Min(Money a, Money b) => a.fen <= b.fen ? a : b;

    /// <summary>The larger amount.</summary>
    public static Money Max(Money a, Money b) => a.fen >= b.fen ? a : b;

    /// <summary>Clamps to [<paramref name="min"/>, <paramref name="max"/>].</summary>
    /// <exception cref="ArgumentException"><paramref name="min"/> exceeds <paramref name="max"/>.</exception>
    public Money Clamp(Money min, Money max)
    {
        if (min.fen > max.fen)
        {
            Preconditions.ThrowArgument(nameof(min), $"min {min} exceeds max {max}.");
        }

        return fen < min.fen ? min : fen > max.fen ? max : this;
    }

    /// <inheritdoc />
    public int CompareTo(Money other) => fen.CompareTo(other.fen);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money m => CompareTo(m),
        _ => throw new ArgumentException($"Object must be of type {nameof(Money)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(Money other) => fen == other.fen;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => fen.GetHashCode();

    /// <summary>Equality.</summary>
    public static bool operator ==(Money left, Money right) => left.fen == right.fen;

    /// <summary>Inequality.</summary>
    public static bool operator !=(Money left, Money right) => left.fen != right.fen;

    /// <summary>Less than.</summary>
    public static bool operator <(Money left, Money right) => left.fen < right.fen;

    /// <summary>Greater than.</summary>
    public static bool operator >(Money left, Money right) => left.fen > right.fen;

    /// <summary>Less than or equal.</summary>
    public static bool operator <=(Money left, Money right) => left.fen <= right.fen;

    /// <summary>Greater than or equal.</summary>
    public static bool operator >=(Money left, Money right) => left.fen >= right.fen;

    /// <summary>The amount in 元 with two decimals and no unit, e.g. "1466.00" (format "G").</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats with a format string <c>[N|F][decimals][unit]</c>: <c>N</c> groups thousands, <c>F</c> (default)
    /// does not; decimals 0–10 (default 2); unit is one of 元, 万元, 亿元, 万, 亿 (the amount is scaled to it and
    /// the unit text appended; none means 元 without a suffix). Rounding is the fixed
    /// <see cref="MidpointRounding.AwayFromZero"/> (四舍五入) — use <see cref="Format(MoneyUnit, int, MidpointRounding, bool, bool)"/>
    /// for another mode. Examples: "N2" → "1,466.00"; "F2元" → "236.54元"; "N0万元" → "84,555万元";
    /// "F2亿元" → "3.86亿元".
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Formatting.ToStringViaSpan(this, format);

    /// <summary>Formats in <paramref name="unit"/> with <paramref name="decimals"/> places and an explicit rounding.</summary>
    public string Format(MoneyUnit unit, int decimals, MidpointRounding mode, bool grouping = false, bool withUnit = true)
    {
        Span<char> buffer = stackalloc char[64];
        if (!TryFormat(buffer, out int written, unit, decimals, mode, grouping, withUnit))
        {
            throw new FormatException("Money could not be formatted.");
        }

        return new string(buffer[..written]);
    }

    /// <summary>Formats into a span without allocating, in <paramref name="unit"/> with an explicit rounding.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, MoneyUnit unit, int decimals, MidpointRounding mode, bool grouping = false, bool withUnit = true)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 10);
        Preconditions.CheckMode(mode);
        if (!Formatting.TryWriteScaled(destination, out charsWritten, ScaledTo(unit, decimals, mode), decimals, grouping))
        {
            return false;
        }

        if (withUnit && !Formatting.TryWriteLiteral(destination, ref charsWritten, UnitText.Suffix(unit)))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        bool grouping = false;
        ReadOnlySpan<char> f = format;
        if (f.Length == 1 && (f[0] == 'G' || f[0] == 'g'))
        {
            f = default;
        }

        if (f.Length > 0 && (f[0] == 'N' || f[0] == 'n' || f[0] == 'F' || f[0] == 'f'))
        {
            grouping = f[0] == 'N' || f[0] == 'n';
            f = f[1..];
        }

        int suffixLength = UnitText.MatchMoneySuffix(f, out MoneyUnit unit, out bool hasYuan);
        ReadOnlySpan<char> suffix = f[^suffixLength..];
        if (!Formatting.TryParseDecimals(f[..^suffixLength], 2, out int decimals) || decimals > 10)
        {
            throw new FormatException($"Format '{format.ToString()}' is not supported by {nameof(Money)}: use [N|F][decimals 0-10][元|万元|亿元|万|亿].");
        }

        _ = hasYuan;
        if (!Formatting.TryWriteScaled(destination, out charsWritten, ScaledTo(unit, decimals, MidpointRounding.AwayFromZero), decimals, grouping))
        {
            return false;
        }

        if (!Formatting.TryWriteLiteral(destination, ref charsWritten, suffix))
        {
            charsWritten = 0;
            return false;
        }

        return true;
    }

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    /// <summary>
    /// Parses an amount as reports print it, exactly and culture-invariantly: "236.54元", "84,555万元",
    /// "3.86亿元", "1.71亿", "1,466.00" (no unit = 元). Thousands separators must group exactly three digits;
    /// a space may separate the number from its unit. Digits below the fen are rejected, never rounded.
    /// </summary>
    /// <exception cref="FormatException">The text is malformed or not exact to the fen; the message quotes it and the position.</exception>
    public static Money Parse(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            throw Formatting.Error(s, nameof(Money), 0, "the text is empty");
        }

        int suffixLength = UnitText.MatchMoneySuffix(s, out MoneyUnit unit, out _);
        ReadOnlySpan<char> number = s[..^suffixLength];
        if (suffixLength > 0 && number.Length > 0 && number[^1] == ' ')
        {
            number = number[..^1];
        }

        decimal value = Formatting.ScanNumber(number, 0, nameof(Money), s, allowGrouping: true, out int consumed);
        if (consumed != number.Length)
        {
            throw Formatting.Error(s, nameof(Money), consumed, $"unexpected '{number[consumed]}'");
        }

        (Int128 mantissa, int scale) = IntegerRounding.Decompose(value);
        int shift = 2 + (int)unit - scale;
        Int128 f;
        if (shift >= 0)
        {
            f = mantissa * IntegerRounding.Pow10(shift);
        }
        else
        {
            Int128 divisor = IntegerRounding.Pow10(-shift);
            if (mantissa % divisor != 0)
            {
                throw Formatting.Error(s, nameof(Money), number.Length - (-shift), $"digits below the fen (0.01 元) are not exact money");
            }

            f = mantissa / divisor;
        }

        if (f > long.MaxValue || f < long.MinValue)
        {
            throw Formatting.Error(s, nameof(Money), 0, "the amount is out of range");
        }

        return new((long)f);
    }

    /// <inheritdoc />
    public static Money Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char})"/>, returning false instead of throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result) => TryParse(s, null, out result);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result)
    {
        try
        {
            result = Parse(s);
            return true;
        }
        catch (FormatException)
        {
            result = default;
            return false;
        }
    }
}
