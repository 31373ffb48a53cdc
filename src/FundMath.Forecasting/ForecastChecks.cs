using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace FundMath.Forecasting;

/// <summary>
/// Boundary checks of the forecasting package (the core's Preconditions are internal to FundMath): each failure is
/// a <see cref="ForecastInputException"/> naming the subject, the value and the rule. Throws sit in non-inlined
/// helpers so that the checks stay cheap.
/// </summary>
internal static class ForecastChecks
{
    /// <summary>The longest projection accepted: 50 years (a cohort model without a mortality table says little beyond that).</summary>
    internal const int MaxHorizonYears = 50;

    /// <summary>The most Monte Carlo paths accepted in one run: 1,000,000.</summary>
    internal const int MaxPaths = 1_000_000;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double Finite(string subject, double value)
    {
        if (!double.IsFinite(value))
        {
            ThrowNotFinite(subject, value);
        }

        return value;
    }

    /// <summary>A finite value within [min, max] (a growth rate, a share, a weight).</summary>
    internal static double InRange(string subject, double value, double min, double max, string what)
    {
        Finite(subject, value);
        if (value < min || value > max)
        {
            Throw(subject, ForecastInputException.Text(value), $"is outside {what} [{Format(min)}, {Format(max)}]");
        }

        return value;
    }

    internal static int Horizon(int years)
    {
        if (years < 1)
        {
            Throw("horizon", years.ToString(CultureInfo.InvariantCulture) + " years", years < 0
                ? "is negative: a projection runs forward at least 1 year"
                : "is zero: a projection runs forward at least 1 year");
        }

        if (years > MaxHorizonYears)
        {
            Throw("horizon", years.ToString(CultureInfo.InvariantCulture) + " years", $"exceeds the limit of {MaxHorizonYears} years (a cohort model without mortality tables is not meaningful that far ahead)");
        }

        return years;
    }

    internal static void NonNegative(string subject, Money amount)
    {
        if (amount.IsNegative)
        {
            Throw(subject, amount.ToString("N2元", CultureInfo.InvariantCulture), "is negative: it must be 0 or more");
        }
    }

    internal static void NotNull<T>([NotNull] T? value, string subject)
        where T : class
    {
        if (value is null)
        {
            Throw(subject, "null", "is required");
        }
    }

    internal static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowNotFinite(string subject, double value) =>
        throw new ForecastInputException(subject, ForecastInputException.Text(value), "is not a finite number (NaN and Infinity are refused)");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void Throw(string subject, string value, string rule) => throw new ForecastInputException(subject, value, rule);
}
