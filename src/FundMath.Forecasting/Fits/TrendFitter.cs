using System;
using MathNet.Numerics;

namespace FundMath.Forecasting.Fits;

/// <summary>
/// Fits trends to history series — 趋势拟合: linear, log-linear (constant growth) and damped trend, by least
/// squares with MathNet.Numerics. A fit on too few points, on NaN/Infinity, or (log-linear) on a value that is not
/// positive is refused with a <see cref="ForecastInputException"/> naming the series, the value and the rule.
/// </summary>
public static class TrendFitter
{
    /// <summary>The search interval of the damping factor φ of a damped trend.</summary>
    public const double MinDamping = 0.05;

    /// <summary>The upper end of the search interval of φ (φ = 1 would be the linear model).</summary>
    public const double MaxDamping = 0.999;

    /// <summary>The fewest points a model needs: its parameters plus one degree of freedom for the residual standard error (linear and log-linear 3, damped trend 4).</summary>
    public static int MinimumPoints(TrendModel model) => model switch
    {
        TrendModel.Linear or TrendModel.LogLinear => 3,
        TrendModel.DampedTrend => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(model), model, $"model {(int)model} is not a defined TrendModel."),
    };

    /// <summary>Fits <paramref name="model"/> to <paramref name="series"/>.</summary>
    /// <exception cref="ForecastInputException">Fewer points than the model needs, or a log-linear fit on a value ≤ 0.</exception>
    public static TrendFit Fit(TrendSeries series, TrendModel model)
    {
        ForecastChecks.NotNull(series, "series");
        int needed = MinimumPoints(model);
        int n = series.Count;
        if (n < needed)
        {
            ForecastChecks.Throw("series " + series.Name, $"{n} point{(n == 1 ? string.Empty : "s")}",
                $"is fewer than the {needed} a {Describe(model)} fit needs ({needed - 1} parameters and at least 1 degree of freedom for the residual standard error)");
        }

        ReadOnlySpan<double> y = series.Span;
        var v = new double[n];
        for (int i = 0; i < n; i++)
        {
            if (model == TrendModel.LogLinear && !(y[i] > 0))
            {
                ForecastChecks.Throw("series " + series.Name, $"value {ForecastInputException.Text(y[i])} at {series.PeriodLabel(i)}", "is not positive: a log-linear (constant growth) fit takes logarithms");
            }

            v[i] = model == TrendModel.LogLinear ? Math.Log(y[i]) : y[i];
        }

        double damping = 1.0;
        if (model == TrendModel.DampedTrend)
        {
            damping = FindMinimum.OfScalarFunctionConstrained(phi => SquaredError(v, phi), MinDamping, MaxDamping, 1e-10, 1000);
        }

        var z = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = TrendFit.Regressor(model, damping, i);
        }

        (double a, double b) = MathNet.Numerics.Fit.Line(z, v);
        var fitted = new double[n];
        double zMean = 0;
        for (int i = 0; i < n; i++)
        {
            fitted[i] = a + (b * z[i]);
            zMean += z[i];
        }

        zMean /= n;
        double zSpread = 0;
        double vMean = 0;
        for (int i = 0; i < n; i++)
        {
            zSpread += (z[i] - zMean) * (z[i] - zMean);
            vMean += v[i];
        }

        vMean /= n;
        double total = 0;
        for (int i = 0; i < n; i++)
        {
            total += (v[i] - vMean) * (v[i] - vMean);
        }

        int k = model == TrendModel.DampedTrend ? 3 : 2;
        double? r2 = total > 0 ? GoodnessOfFit.CoefficientOfDetermination(fitted, v) : null;
        double se = GoodnessOfFit.StandardError(fitted, v, k);
        return new TrendFit(series, model, a, b, damping, r2, se, k, zMean, zSpread);
    }

    private static double SquaredError(double[] v, double phi)
    {
        int n = v.Length;
        var z = new double[n];
        for (int i = 0; i < n; i++)
        {
            z[i] = TrendFit.Regressor(TrendModel.DampedTrend, phi, i);
        }

        (double a, double b) = MathNet.Numerics.Fit.Line(z, v);
        double sse = 0;
        for (int i = 0; i < n; i++)
        {
            double r = v[i] - (a + (b * z[i]));
            sse += r * r;
        }

        return sse;
    }

    private static string Describe(TrendModel model) => model switch
    {
        TrendModel.Linear => "linear",
        TrendModel.LogLinear => "log-linear",
        _ => "damped-trend",
    };

    internal static string Name(TrendModel model) => model switch
    {
        TrendModel.Linear => "linear",
        TrendModel.LogLinear => "log-linear",
        _ => "damped",
    };
}
