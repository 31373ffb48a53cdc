using System;

namespace FundMath.Contributions;

/// <summary>Checks shared by the contribution calculations.</summary>
internal static class ContributionRates
{
    internal static void CheckRate(Rate rate, string paramName)
    {
        if (rate.IsNegative || rate > Rate.OneHundredPercent)
        {
            Preconditions.ThrowOutOfRange(paramName, rate.ToString(), $"{paramName} {rate:P2} is outside 0%–100%: a contribution rate must be a proportion of the base.");
        }
    }

    internal static void CheckRate(Rate rate, string paramName, int index)
    {
        if (rate.IsNegative || rate > Rate.OneHundredPercent)
        {
            CheckRate(rate, $"{paramName}[{index}]");
        }
    }

    internal static void CheckBase(Money @base, string paramName, int index)
    {
        if (@base.IsNegative)
        {
            CheckBase(@base, $"{paramName}[{index}]");
        }
    }

    internal static void CheckBase(Money @base, string paramName)
    {
        if (@base.IsNegative)
        {
            Preconditions.ThrowOutOfRange(paramName, @base.ToString(), $"{paramName} {@base:F2元} is negative: a premium base cannot be below zero.");
        }
    }

    /// <summary>base × (r1 + r2) rounded once to the fen, without building the sum as a Fraction (no allocation).</summary>
    internal static long TimesSum(long baseFen, Rate r1, Rate r2, MidpointRounding mode)
    {
        Fraction f1 = r1.Value;
        Fraction f2 = r2.Value;
        Int128 numerator = (Int128)baseFen * (((Int128)f1.Numerator * f2.Denominator) + ((Int128)f2.Numerator * f1.Denominator));
        return (long)IntegerRounding.Divide(numerator, (Int128)f1.Denominator * f2.Denominator, mode);
    }

    /// <summary>base × rate rounded once to the fen (exact, no allocation).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static long Times(long baseFen, Rate rate, MidpointRounding mode)
    {
        Fraction f = rate.Value;
        return MulDiv(baseFen, f.Numerator, f.Denominator, mode);
    }

    /// <summary>value × numerator / denominator rounded once with <paramref name="mode"/>, via the shared primitive.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static long MulDiv(long value, long numerator, long denominator, MidpointRounding mode) =>
        (long)IntegerRounding.MultiplyDivide(value, numerator, denominator, mode);
}
