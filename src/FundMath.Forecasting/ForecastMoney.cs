using System;
using System.Runtime.CompilerServices;

namespace FundMath.Forecasting;

/// <summary>
/// The one place where a floating-point estimate becomes <see cref="Money"/>: an amount in 元 is rounded to the
/// fen with a named <see cref="MidpointRounding"/>. Estimates that are not finite or do not fit in Money throw.
/// </summary>
internal static class ForecastMoney
{
    // |fen| below 2^62: far beyond any fund (4.6 × 10^16 元) and exactly convertible to long.
    private const double MaxAbsFen = 4.6e18;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Money FromYuan(double yuan, MidpointRounding mode, string what)
    {
        double fen = Math.Round(yuan * 100.0, mode);
        if (!(Math.Abs(fen) < MaxAbsFen))
        {
            Throw(what, yuan);
        }

        return Money.FromFen((long)fen);
    }

    internal static double ToYuan(Money amount) => amount.Fen / 100.0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Throw(string what, double yuan) =>
        ForecastChecks.Throw(what, ForecastInputException.Text(yuan) + " 元", "is not a finite amount that fits in Money (64-bit fen); check the growth assumptions");
}
