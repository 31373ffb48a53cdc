using System;

namespace FundMath.Reconciliation;

/// <summary>
/// A closed interval of exact values — 取值区间 — that the true value of a printed figure, or of a quantity
/// computed from printed figures, must lie in. Arithmetic is exact (<see cref="Fraction"/> bounds) and outward:
/// the result of an operation contains every value the operation can produce from values in its operands.
/// Formula: [a, b] + [c, d] = [a + c, b + d]; [a, b] − [c, d] = [a − d, b − c]; × and ÷ take the extreme
/// products / quotients of the bounds.
/// </summary>
/// <remarks><c>default(FigureInterval)</c> is the exact interval [0, 0].</remarks>
public readonly struct FigureInterval : IEquatable<FigureInterval>
{
    // Bounds whose denominators grow beyond this are snapped outward to a decimal grid so repeated quotients
    // cannot overflow the 64-bit fraction; the interval only grows, so no check can become stricter.
    private const long MaxDenominator = 1_000_000_000_000;

    private FigureInterval(Fraction low, Fraction high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The smallest value in the interval.</summary>
    public Fraction Low { get; }

    /// <summary>The largest value in the interval.</summary>
    public Fraction High { get; }

    /// <summary>The width High − Low.</summary>
    public Fraction Width => High - Low;

    /// <summary>True when the interval contains zero (a divisor that may be zero makes a quotient not meaningful).</summary>
    public bool ContainsZero => Low.Sign <= 0 && High.Sign >= 0;

    /// <summary>Creates [low, high].</summary>
    /// <exception cref="ArgumentException"><paramref name="low"/> exceeds <paramref name="high"/>.</exception>
    public static FigureInterval Create(Fraction low, Fraction high)
    {
        if (low > high)
        {
            Preconditions.ThrowArgument(nameof(low), $"low {low} exceeds high {high}: an interval needs low ≤ high.");
        }

        return new FigureInterval(Snap(low, MidpointRounding.ToNegativeInfinity), Snap(high, MidpointRounding.ToPositiveInfinity));
    }

    /// <summary>The one-point interval [value, value].</summary>
    public static FigureInterval Exactly(Fraction value) => new(value, value);

    /// <summary>Sum of intervals.</summary>
    public static FigureInterval operator +(FigureInterval left, FigureInterval right) => Create(left.Low + right.Low, left.High + right.High);

    /// <summary>Difference of intervals: [a − d, b − c].</summary>
    public static FigureInterval operator -(FigureInterval left, FigureInterval right) => Create(left.Low - right.High, left.High - right.Low);

    /// <summary>Product of intervals: the extreme products of the bounds.</summary>
    public static FigureInterval operator *(FigureInterval left, FigureInterval right)
    {
        Fraction a = left.Low * right.Low, b = left.Low * right.High, c = left.High * right.Low, d = left.High * right.High;
        return Create(Fraction.Min(Fraction.Min(a, b), Fraction.Min(c, d)), Fraction.Max(Fraction.Max(a, b), Fraction.Max(c, d)));
    }

    /// <summary>Quotient of intervals: the extreme quotients of the bounds.</summary>
    /// <exception cref="DivideByZeroException">The divisor interval contains zero (check <see cref="ContainsZero"/> first).</exception>
    public static FigureInterval operator /(FigureInterval left, FigureInterval right)
    {
        if (right.ContainsZero)
        {
            Preconditions.ThrowDivideByZero($"Cannot divide {left} by {right}: the divisor interval contains zero.");
        }

        Fraction a = left.Low / right.Low, b = left.Low / right.High, c = left.High / right.Low, d = left.High / right.High;
        return Create(Fraction.Min(Fraction.Min(a, b), Fraction.Min(c, d)), Fraction.Max(Fraction.Max(a, b), Fraction.Max(c, d)));
    }

    /// <summary>The interval shifted by a constant.</summary>
    public static FigureInterval operator +(FigureInterval left, Fraction right) => Create(left.Low + right, left.High + right);

    /// <summary>The interval shifted down by a constant.</summary>
    public static FigureInterval operator -(FigureInterval left, Fraction right) => Create(left.Low - right, left.High - right);

    /// <summary>The interval scaled by a positive or negative constant.</summary>
    public FigureInterval Scale(Fraction factor) =>
        factor.Sign >= 0 ? Create(Low * factor, High * factor) : Create(High * factor, Low * factor);

    /// <summary>The negated interval [−b, −a].</summary>
    public static FigureInterval operator -(FigureInterval value) => new(-value.High, -value.Low);

    /// <summary>True when the two intervals share at least one value.</summary>
    public bool Intersects(FigureInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>True when <paramref name="value"/> lies in the interval.</summary>
    public bool Contains(Fraction value) => Low <= value && value <= High;

    /// <summary>The common part of two intersecting intervals.</summary>
    /// <exception cref="InvalidOperationException">The intervals do not intersect.</exception>
    public FigureInterval Intersect(FigureInterval other)
    {
        if (!Intersects(other))
        {
            throw new InvalidOperationException($"The intervals {this} and {other} do not intersect.");
        }

        return new FigureInterval(Fraction.Max(Low, other.Low), Fraction.Min(High, other.High));
    }

    /// <summary>
    /// Formats the interval in <paramref name="unit"/>, each bound rounded half away from zero (四舍五入) to
    /// <paramref name="decimals"/> places for display only: "[110.05%, 110.13%]", "[1.97, 1.99]亿元". Checks use the exact bounds.
    /// </summary>
    public string Format(FigureUnit unit, int decimals)
    {
        Fraction scale = FigureUnits.Scale(unit);
        decimal low = (Low / scale).ToDecimal(decimals, MidpointRounding.AwayFromZero);
        decimal high = (High / scale).ToDecimal(decimals, MidpointRounding.AwayFromZero);
        string symbol = FigureUnits.Symbol(unit);
        return unit == FigureUnit.Percent ? $"[{low}%, {high}%]" : $"[{low}, {high}]{symbol}";
    }

    /// <inheritdoc />
    public bool Equals(FigureInterval other) => Low == other.Low && High == other.High;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FigureInterval other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Low, High);

    /// <summary>Equality of both bounds.</summary>
    public static bool operator ==(FigureInterval left, FigureInterval right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FigureInterval left, FigureInterval right) => !left.Equals(right);

    /// <summary>Returns "[low, high]" with exact fractions.</summary>
    public override string ToString() => $"[{Low}, {High}]";

    private static Fraction Snap(Fraction value, MidpointRounding direction)
    {
        if (value.Denominator <= MaxDenominator)
        {
            return value;
        }

        // Keep about 15 significant digits: fewer decimals for large magnitudes so the numerator stays in range.
        long integerPart = Math.Abs(value.RoundToInteger(MidpointRounding.ToZero));
        int digits = 0;
        while (integerPart > 0)
        {
            digits++;
            integerPart /= 10;
        }
        int decimals = Math.Clamp(15 - digits, 0, 12);
        return Fraction.FromDecimal(value.ToDecimal(decimals, direction));
    }
}
