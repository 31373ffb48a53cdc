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
            damping = MinimiseDamping(v);
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

    /// <summary>
    /// φ minimising the squared error, strictly inside [<see cref="MinDamping"/>, <see cref="MaxDamping"/>]: a grid of
    /// 48 points locates the basin, then a golden-section search narrows the best cell and its neighbours to 1e-10.
    /// </summary>
    private static double MinimiseDamping(double[] v)
    {
        const int Grid = 48;
        double step = (MaxDamping - MinDamping) / (Grid - 1);
        int best = 0;
        double bestError = double.PositiveInfinity;
        for (int i = 0; i < Grid; i++)
        {
            double e = SquaredError(v, MinDamping + (i * step));
            if (e < bestError)
            {
                bestError = e;
                best = i;
            }
        }

        double lo = MinDamping + (Math.Max(0, best - 1) * step);
        double hi = MinDamping + (Math.Min(Grid - 1, best + 1) * step);
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - (ratio * (hi - lo)), x2 = lo + (ratio * (hi - lo));
        double f1 = SquaredError(v, x1), f2 = SquaredError(v, x2);
        while (hi - lo > 1e-10)
        {
            if (f1 <= f2)
            {
                hi = x2;
                x2 = x1;
                f2 = f1;
                x1 = hi - (ratio * (hi - lo));
                f1 = SquaredError(v, x1);
            }
            else
            {
                lo = x1;
                x1 = x2;
                f1 = f2;
                x2 = lo + (ratio * (hi - lo));
                f2 = SquaredError(v, x2);
            }
        }

        return (lo + hi) / 2;
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

    /// <summary>The model's name in input files and tables: "linear", "log-linear" or "damped".</summary>
    public static string Name(TrendModel model) => model switch
    {
        TrendModel.Linear => "linear",
        TrendModel.LogLinear => "log-linear",
        _ => "damped",
    };
}
