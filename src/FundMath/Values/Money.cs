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
/// <para>Arithmetic is checked: an overflow throws <see cref="OverflowException"/> naming the operation and its
/// operands ("Money 92,233,720,368,547,758.07元 + 0.01元 exceeds Money.MaxValue") and never wraps.</para>
/// <para><c>default(Money)</c> is 0 元 (<see cref="Zero"/>), a valid value.</para>
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
    public static Money FromYuan(long yuan)
    {
        long high = Math.BigMul(yuan, FenPerYuan, out long low);
        if ((high != 0 || low < 0) && (high != -1 || low >= 0))
        {
            ThrowRangeOverflow($"Money.FromYuan({yuan.ToString("N0", CultureInfo.InvariantCulture)}元)", yuan > 0);
        }

        return new(low);
    }

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
            ThrowRangeOverflow($"Money.From({amount.ToString(CultureInfo.InvariantCulture)}{UnitTable.Suffix((int)unit)})", fen > 0);
        }

        return (long)fen;
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowResultOverflow(Money left, string op, string right, bool positive) =>
        ThrowRangeOverflow($"Money {left.ToString("N2元", null)} {op} {right}", positive);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRangeOverflow(string what, bool positive) =>
        throw new OverflowException(positive
            ? $"{what} exceeds Money.MaxValue (92,233,720,368,547,758.07元)."
            : $"{what} is below Money.MinValue (−92,233,720,368,547,758.08元).");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSumOverflow(Money left, Money right) =>
        ThrowResultOverflow(left, "+", right.ToString("N2元", null), right.fen > 0);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowDifferenceOverflow(Money left, Money right) =>
        ThrowResultOverflow(left, "−", right.ToString("N2元", null), right.fen < 0);

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
            Preconditions.ThrowArgument(paramName, $"{paramName} {amount.ToString(CultureInfo.InvariantCulture)}{UnitTable.Suffix((int)unit)} is not a whole number of fen (0.01 元); pass a MidpointRounding mode to round it.");
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
        Int128 rounded = IntegerRounding.Divide(fen, step, mode) * step;
        if (!IntegerRounding.FitsInt64(rounded))
        {
            ThrowRangeOverflow($"Money {ToString("N2元", null)} rounded to a multiple of {step / 100} 元 ({mode})", rounded > 0);
        }

        return new((long)rounded);
    }

    private Int128 ScaledTo(MoneyUnit unit, int decimals, MidpointRounding mode)
    {
        int shift = 2 + (int)unit - decimals;
        return shift >= 0
            ? IntegerRounding.Divide(fen, IntegerRounding.Pow10(shift), mode)
            : (Int128)fen * IntegerRounding.Pow10(-shift);
    }

    /// <summary>Sum (checked).</summary>
    /// <exception cref="OverflowException">The sum is beyond Money's range; the message names both operands.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator +(Money left, Money right)
    {
        long sum = unchecked(left.fen + right.fen);
        if (((left.fen ^ sum) & (right.fen ^ sum)) < 0)
        {
            ThrowSumOverflow(left, right);
        }

        return new(sum);
    }

    /// <summary>Difference (checked).</summary>
    /// <exception cref="OverflowException">The difference is beyond Money's range; the message names both operands.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Money operator -(Money left, Money right)
    {
        long difference = unchecked(left.fen - right.fen);
        if (((left.fen ^ right.fen) & (left.fen ^ difference)) < 0)
        {
            ThrowDifferenceOverflow(left, right);
        }

        return new(difference);
    }

    /// <summary>Negation (checked).</summary>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>, whose negation does not fit.</exception>
    public static Money operator -(Money value)
    {
        if (value.fen == long.MinValue)
        {
            ThrowRangeOverflow($"Money −({value.ToString("N2元", null)})", positive: true);
        }

        return new(-value.fen);
    }

    /// <summary>Multiplication by an integer (checked).</summary>
    /// <exception cref="OverflowException">The product is beyond Money's range; the message names both operands.</exception>
    public static Money operator *(Money left, long right) => left.MultiplyBy(right, persons: false);

    /// <summary>Multiplication by an integer (checked).</summary>
    /// <exception cref="OverflowException">The product is beyond Money's range; the message names both operands.</exception>
    public static Money operator *(long left, Money right) => right * left;

    /// <summary>A per-capita amount times a headcount, exactly (280 元 × 3,019,813 人 = 845,547,640 元).</summary>
    /// <exception cref="OverflowException">The product is beyond Money's range; the message names both operands.</exception>
    public static Money operator *(Money perPerson, Headcount persons) =>
        perPerson.MultiplyBy(persons.Persons, persons: true);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Money MultiplyBy(long factor, bool persons)
    {
        long high = Math.BigMul(fen, factor, out long low);
        if ((high != 0 || low < 0) && (high != -1 || low >= 0))
        {
            ThrowProductOverflow(this, factor, persons, high >= 0);
        }

        return new(low);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowProductOverflow(Money left, long factor, bool persons, bool positive) =>
        ThrowResultOverflow(left, "×", factor.ToString("N0", CultureInfo.InvariantCulture) + (persons ? "人" : string.Empty), positive);

    /// <summary>Absolute value.</summary>
    /// <exception cref="OverflowException">The amount is <see cref="MinValue"/>, whose absolute value does not fit.</exception>
    public Money Abs()
    {
        if (fen == long.MinValue)
        {
            ThrowRangeOverflow($"Money.Abs({ToString("N2元", null)})", positive: true);
        }

        return fen < 0 ? new(-fen) : this;
    }

    /// <summary>
    /// The amount times a rate, exact until one rounding to the fen with <paramref name="mode"/>. A rate held in
    /// fixed point (every decimal percentage with up to six decimals) multiplies in 64-bit integer arithmetic
    /// with divisions by the constant 10⁸, for every amount in range.
    /// </summary>
    /// <exception cref="OverflowException">The product is beyond Money's range; the message names both operands.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Money Multiply(Rate rate, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        if (rate.IsFixedPoint && MultiplyFixed(fen, rate.FixedUnits, mode, out long result))
        {
            return new(result);
        }

        return MultiplyRatio(rate, mode);
    }

    // |fen|·|units| / 10⁸ rounded once. When the product fits in 64 bits (every amount below about 2⁶⁴ ÷ the rate's
    // units) the rounding is folded into the dividend: the quotient of (product + bias) by the constant 10⁸ — one
    // multiply, one multiply-high, no remainder — with bias 10⁸/2 for the half modes, 10⁸ − 1 for rounding away
    // from zero's direction and 0 toward it; ToEven takes one back on an exact tie with an odd quotient. The quotient
    // is below 2⁶⁴ ÷ 10⁸, so it always fits Money. Larger products go to MultiplyFixedLarge.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MultiplyFixed(long fen, long units, MidpointRounding mode, out long result)
    {
        unchecked
        {
            const ulong Scale = (ulong)Rate.FixedScale;
            long signMask = (fen ^ units) >> 63;
            long fenMask = fen >> 63;
            long unitsMask = units >> 63;
            ulong a = (ulong)((fen ^ fenMask) - fenMask);
            ulong s = (ulong)((units ^ unitsMask) - unitsMask);
            if (Math.BigMul(a, s, out ulong product) != 0 || product > ulong.MaxValue - (Scale - 1))
            {
                return MultiplyFixedLarge(a, s, signMask != 0, mode, out result);
            }

            bool negative = signMask != 0;
            ulong bias = mode switch
            {
                MidpointRounding.AwayFromZero or MidpointRounding.ToEven => Scale / 2,
                MidpointRounding.ToZero => 0,
                MidpointRounding.ToNegativeInfinity => negative ? Scale - 1 : 0,
                _ => negative ? 0 : Scale - 1, // ToPositiveInfinity; modes are checked at the public boundary
            };
            ulong biased = product + bias;
            ulong q = biased / Scale;
            if (mode == MidpointRounding.ToEven && biased - (q * Scale) == 0)
            {
                // biased ≡ 0 (mod 10⁸) exactly when product's remainder is the half: a tie, rounded up to q; keep it even.
                q &= ~1UL;
            }

            result = ((long)q ^ signMask) - signMask;
            return true;
        }
    }

    // Products beyond 64 bits, for rates of magnitude below 2³³ × 10⁻⁸ (about 8,590%): by the split in
    // MultiplyFixedWide, still with no division by data; false when the rate is larger or the result beyond Money.
    private static bool MultiplyFixedLarge(ulong a, ulong s, bool negative, MidpointRounding mode, out long result)
    {
        unchecked
        {
            ulong q, r;
            if (s >= 1UL << 33)
            {
                result = 0;
                return false;
            }

            if (Math.BigMul(a, s, out ulong product) == 0)
            {
                q = product / (ulong)Rate.FixedScale;
                r = product - (q * (ulong)Rate.FixedScale);
            }
            else if (!MultiplyFixedWide(a, s, out q, out r))
            {
                result = 0;
                return false;
            }

            // Rounded on the whole quotient (its parity decides ToEven); q < 2⁶⁴ ÷ 10⁸ or q ≤ 2⁶³, so the increment cannot wrap.
            q = DecimalDigits.Round(q, r, (ulong)Rate.FixedScale, negative, mode);
            if (q > (negative ? 0x8000_0000_0000_0000UL : long.MaxValue))
            {
                result = 0;
                return false;
            }

            result = negative ? unchecked(-(long)q) : (long)q;
            return true;
        }
    }

    // a·s does not fit in 64 bits: a = hi·10⁸ + lo, a·s / 10⁸ = hi·s + (lo·s) / 10⁸ with lo·s < 10⁸·2³³ < 2⁶³.
    private static bool MultiplyFixedWide(ulong a, ulong s, out ulong q, out ulong r)
    {
        unchecked
        {
            ulong hi = a / (ulong)Rate.FixedScale;
            ulong lo = a - (hi * (ulong)Rate.FixedScale);
            ulong p = lo * s;
            ulong part = p / (ulong)Rate.FixedScale;
            r = p - (part * (ulong)Rate.FixedScale);
            ulong high = Math.BigMul(hi, s, out ulong whole);
            q = whole + part;

            // Beyond 2⁶³ the caller's limit fails anyway; refusing here keeps the rounding increment from wrapping.
            return high == 0 && q >= whole && q <= 0x8000_0000_0000_0000UL;
        }
    }

    private Money MultiplyRatio(Rate rate, MidpointRounding mode)
    {
        Int128 result = IntegerRounding.MultiplyDivide(fen, rate.RatioNumerator, rate.RatioDenominator, mode);
        if (!IntegerRounding.FitsInt64(result))
        {
            ThrowResultOverflow(this, "×", rate.ToString(), result > 0);
        }

        return new((long)result);
    }

    /// <summary>The amount times an exact fraction, rounded once to the fen with <paramref name="mode"/>.</summary>
    public Money Multiply(Fraction ratio, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        Int128 result = IntegerRounding.MultiplyDivide(fen, ratio.RawNumerator, ratio.RawDenominator, mode);
        if (!IntegerRounding.FitsInt64(result))
        {
            ThrowResultOverflow(this, "×", ratio.ToString(), result > 0);
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
            ThrowResultOverflow(this, "×", $"{numerator}/{denominator}", result > 0);
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

        // |fen / divisor| ≤ |fen| except for long.MinValue / −1, which the check below catches. A positive divisor
        // takes MultiplyDivide's 64-bit path (one division), a negative one the exact 128-bit division.
        Int128 result = IntegerRounding.MultiplyDivide(fen, 1, divisor, mode);
        if (!IntegerRounding.FitsInt64(result))
        {
            ThrowResultOverflow(this, "÷", divisor.ToString(CultureInfo.InvariantCulture), result > 0);
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
    /// <exception cref="OverflowException">The running total leaves Money's range; the message names the element.</exception>
    public static Money Sum(ReadOnlySpan<Money> amounts)
    {
        long total = 0;
        for (int i = 0; i < amounts.Length; i++)
        {
            long f = amounts[i].fen;
            long next = unchecked(total + f);
            if (((total ^ next) & (f ^ next)) < 0)
            {
                ThrowSumElementOverflow(new(total), amounts[i], i);
            }

            total = next;
        }

        return new(total);
    }

    /// <summary>The sum of a sequence of amounts (checked).</summary>
    /// <exception cref="OverflowException">The running total leaves Money's range; the message names the element.</exception>
    public static Money Sum(IEnumerable<Money> amounts)
    {
        Preconditions.CheckNotNull(amounts, nameof(amounts));
        long total = 0;
        int i = 0;
        foreach (Money m in amounts)
        {
            long next = unchecked(total + m.fen);
            if (((total ^ next) & (m.fen ^ next)) < 0)
            {
                ThrowSumElementOverflow(new(total), m, i);
            }

            total = next;
            i++;
        }

        return new(total);
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowSumElementOverflow(Money runningTotal, Money element, int index) =>
        ThrowRangeOverflow($"Money.Sum: the running total {runningTotal.ToString("N2元", null)} + element [{index}] {element.ToString("N2元", null)}", element.fen > 0);

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
    /// "F2亿元" → "3.86亿元". Every formatted amount parses back (<see cref="Parse(ReadOnlySpan{char})"/>) to the
    /// amount at the printed step: within one step of <see cref="MaxValue"/> or <see cref="MinValue"/>, where rounding
    /// away from zero would print a figure beyond Money, the last digit is rounded toward zero instead
    /// (<see cref="MaxValue"/> in "F2亿元" is "922337203.68亿元", not 922337203.69亿元).
    /// </summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => Formatting.ToStringViaSpan(this, format);

    /// <summary>
    /// Formats in <paramref name="unit"/> with <paramref name="decimals"/> places and an explicit rounding; within one
    /// printed step of the range's ends a rounding that would print a figure beyond Money rounds toward zero instead,
    /// so the text always parses back.
    /// </summary>
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
        if (!TryWriteScaled(destination, out charsWritten, unit, decimals, mode, grouping))
        {
            return false;
        }

        if (withUnit && !Formatting.TryWriteLiteral(destination, ref charsWritten, UnitTable.Suffix((int)unit)))
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
        if (f.Length > 0)
        {
            char c = f[0];
            if (f.Length == 1 && (c == 'G' || c == 'g'))
            {
                f = default;
            }
            else if (c == 'N' || c == 'n' || c == 'F' || c == 'f')
            {
                grouping = c == 'N' || c == 'n';
                f = f[1..];
            }
        }

        int suffixLength = UnitTable.MatchMoneySuffix(f, out int exponent);
        var unit = (MoneyUnit)exponent;
        ReadOnlySpan<char> suffix = f[^suffixLength..];
        if (!Formatting.TryParseDecimals(f[..^suffixLength], 2, out int decimals) || decimals > 10)
        {
            throw new FormatException($"Format '{format.ToString()}' is not supported by {nameof(Money)}: use [N|F][decimals 0-10][元|万元|亿元|万|亿].");
        }

        if (!TryWriteScaled(destination, out charsWritten, unit, decimals, MidpointRounding.AwayFromZero, grouping))
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

    // ⌊2⁶³ / 10^shift⌋ and ⌊(2⁶³ − 1) / 10^shift⌋: the largest magnitude printable at each step (10^shift fen).
    private static readonly ulong[] LargestNegativeScaled = ScaledLimits(0x8000_0000_0000_0000UL);

    private static readonly ulong[] LargestPositiveScaled = ScaledLimits(long.MaxValue);

    private static ulong[] ScaledLimits(ulong limit)
    {
        var limits = new ulong[13];
        for (int shift = 0; shift < limits.Length; shift++)
        {
            limits[shift] = limit / AmountScanner.PowersOfTen[shift];
        }

        return limits;
    }

    // The amount in unit with decimals places, rounded once: 64-bit with constant divisors when the scale goes down
    // (every unit at up to two decimals); 128-bit when more decimals than fen are asked for.
    private bool TryWriteScaled(Span<char> destination, out int charsWritten, MoneyUnit unit, int decimals, MidpointRounding mode, bool grouping)
    {
        int shift = 2 + (int)unit - decimals;
        if (shift >= 0)
        {
            bool negative = fen < 0;
            ulong magnitude = negative ? unchecked(0UL - (ulong)fen) : (ulong)fen;
            ulong q = DecimalDigits.DivRemPow10(magnitude, shift, out ulong r);
            if (r != 0)
            {
                ulong rounded = DecimalDigits.Round(q, r, AmountScanner.PowersOfTen[shift], negative, mode);

                // Within one printed step of MaxValue or MinValue, rounding away from zero would print a figure beyond
                // Money (MaxValue in "F2亿元" as 922337203.69亿元); there the figure is rounded toward zero instead, the
                // nearest printed figure that is a Money, so every formatted amount parses back.
                q = rounded > q && rounded > (negative ? LargestNegativeScaled : LargestPositiveScaled)[shift] ? q : rounded;
            }

            return DecimalDigits.TryWrite(destination, out charsWritten, q, negative && q != 0, decimals, grouping);
        }

        return Formatting.TryWriteScaled(destination, out charsWritten, ScaledTo(unit, decimals, mode), decimals, grouping);
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
    public static Money Parse(ReadOnlySpan<char> s) => Parse(s, MoneyUnit.Yuan);

    /// <summary>
    /// Parses an amount like <see cref="Parse(ReadOnlySpan{char})"/>; a number without a unit suffix is in
    /// <paramref name="defaultUnit"/> ("30.89" with <see cref="MoneyUnit.Yi"/> is 30.89亿元), text with a suffix
    /// carries its own unit.
    /// </summary>
    /// <exception cref="FormatException">The text is malformed or not exact to the fen; the message quotes it and the position.</exception>
    public static Money Parse(ReadOnlySpan<char> s, MoneyUnit defaultUnit)
    {
        ParseStatus status = AmountScanner.ScanMoney(s, (int)defaultUnit, out long fen, out int position);
        if (status != ParseStatus.Ok)
        {
            throw ParseMessages.Exception(status, s, nameof(Money), position);
        }

        return new(fen);
    }

    /// <inheritdoc />
    public static Money Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char})"/>, returning false instead of throwing (and without allocating).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Money result) => TryParse(s, MoneyUnit.Yuan, out result);

    /// <summary>Parses like <see cref="Parse(ReadOnlySpan{char}, MoneyUnit)"/>, returning false instead of throwing (and without allocating).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, MoneyUnit defaultUnit, out Money result)
    {
        ParseStatus status = AmountScanner.ScanMoney(s, (int)defaultUnit, out long fen, out _);
        result = new(fen);
        return status == ParseStatus.Ok;
    }

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result) => TryParse(s.AsSpan(), MoneyUnit.Yuan, out result);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) => TryParse(s, MoneyUnit.Yuan, out result);
}
