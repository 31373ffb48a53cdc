using System;
using System.Globalization;
using FundMath.Explain;
using MathNet.Numerics.Distributions;

namespace FundMath.Forecasting.Fits;

/// <summary>
/// A trend fitted to a history series by least squares — 趋势拟合结果: the model's parameters, R², the residual
/// standard error and prediction intervals (MathNet.Numerics: <c>Fit.Line</c>, <c>GoodnessOfFit</c>, Student's t).
/// Built only by <see cref="TrendFitter.Fit"/>.
/// </summary>
/// <remarks>
/// Every model is a straight line <c>v = a + b·z</c> in a transformed space: <c>v = y, z = t</c> (linear);
/// <c>v = ln y, z = t</c> (log-linear); <c>v = y, z = φ + … + φ^t</c> (damped trend, φ estimated first). The
/// prediction interval at <c>z₀</c> is <c>a + b·z₀ ± t(1 − α/2, n − k)·s·√(1 + 1/n + (z₀ − z̄)²/Σ(z − z̄)²)</c>
/// (k parameters), mapped back through <c>e^v</c> for the log-linear model. For the damped trend the interval
/// treats φ as known, so it is too narrow by the uncertainty of φ.
/// </remarks>
public sealed class TrendFit
{
    private readonly TrendSeries series;
    private readonly double zMean;
    private readonly double zSpread;

    internal TrendFit(TrendSeries series, TrendModel model, double intercept, double slope, double damping, double? rSquared, double residualStandardError, int parameters, double zMean, double zSpread)
    {
        this.series = series;
        Model = model;
        Intercept = intercept;
        Slope = slope;
        Damping = damping;
        RSquared = rSquared;
        ResidualStandardError = residualStandardError;
        ParameterCount = parameters;
        this.zMean = zMean;
        this.zSpread = zSpread;
    }

    /// <summary>The series fitted.</summary>
    public TrendSeries Series => series;

    /// <summary>Linear, log-linear or damped trend.</summary>
    public TrendModel Model { get; }

    /// <summary><c>a</c>: the fitted value at the first period (log of it for the log-linear model).</summary>
    public double Intercept { get; }

    /// <summary><c>b</c>: the increase per period (linear), the log growth per period (log-linear), or the first period's increase (damped).</summary>
    public double Slope { get; }

    /// <summary>φ of the damped trend (1 for the other models).</summary>
    public double Damping { get; }

    /// <summary>
    /// R² = 1 − Σ(y − ŷ)² / Σ(y − ȳ)² on the fitted scale (MathNet <c>GoodnessOfFit.CoefficientOfDetermination</c>);
    /// null when the series is constant (Σ(y − ȳ)² = 0), where R² is not defined.
    /// </summary>
    public double? RSquared { get; }

    /// <summary>The residual standard error s = √(Σ(v − v̂)² / (n − k)) on the fitted scale (MathNet <c>GoodnessOfFit.StandardError</c>).</summary>
    public double ResidualStandardError { get; }

    /// <summary>k: the number of estimated parameters (2, or 3 with φ).</summary>
    public int ParameterCount { get; }

    /// <summary>n − k: the residual degrees of freedom.</summary>
    public int DegreesOfFreedom => series.Count - ParameterCount;

    /// <summary>The constant growth per period <c>e^b − 1</c> of a log-linear fit (0 for the other models).</summary>
    public double GrowthPerPeriod => Model == TrendModel.LogLinear ? Math.Exp(Slope) - 1.0 : 0.0;

    /// <summary>The constant growth per year <c>e^(b·periods per year) − 1</c> of a log-linear fit (0 for the other models).</summary>
    public double AnnualGrowth => Model == TrendModel.LogLinear ? Math.Exp(Slope * series.PeriodsPerYear) - 1.0 : 0.0;

    /// <summary>The fitted value at period index <paramref name="index"/> (0 = the first observation; may lie beyond the data).</summary>
    public double ValueAt(int index)
    {
        double v = Intercept + (Slope * Regressor(Model, Damping, index));
        return Model == TrendModel.LogLinear ? Math.Exp(v) : v;
    }

    /// <summary>The forecast <paramref name="step"/> periods after the last observation with its prediction interval at <paramref name="level"/>.</summary>
    /// <exception cref="ForecastInputException">The step is below 1 or above 200 periods, or the level is outside (0, 1).</exception>
    public TrendPrediction Predict(int step, double level = 0.95)
    {
        if (step < 1 || step > 200)
        {
            ForecastChecks.Throw("series " + series.Name, "forecast step " + step.ToString(CultureInfo.InvariantCulture), "is outside 1–200 periods after the last observation");
        }

        ForecastChecks.Finite("prediction level", level);
        if (!(level > 0 && level < 1))
        {
            ForecastChecks.Throw("prediction level", ForecastInputException.Text(level), "is outside (0, 1), e.g. 0.95");
        }

        int index = series.Count - 1 + step;
        double z0 = Regressor(Model, Damping, index);
        double v = Intercept + (Slope * z0);
        double t = StudentT.InvCDF(0.0, 1.0, DegreesOfFreedom, 1.0 - ((1.0 - level) / 2.0));
        double half = t * ResidualStandardError * Math.Sqrt(1.0 + (1.0 / series.Count) + (zSpread > 0 ? (z0 - zMean) * (z0 - zMean) / zSpread : 0.0));
        return Model == TrendModel.LogLinear
            ? new TrendPrediction(series.PeriodLabel(index), step, Math.Exp(v), Math.Exp(v - half), Math.Exp(v + half), level)
            : new TrendPrediction(series.PeriodLabel(index), step, v, v - half, v + half, level);
    }

    /// <summary>The formula with the fitted numbers, e.g. "y = 490 + 30·t (t = 0 at 2018)".</summary>
    public string Equation()
    {
        string a = Intercept.ToString("G6", CultureInfo.InvariantCulture);
        string b = Slope.ToString("G6", CultureInfo.InvariantCulture);
        string at = $"(t = 0 at {series.PeriodLabel(0)})";
        return Model switch
        {
            TrendModel.Linear => $"y = {a} + {b}·t {at}",
            TrendModel.LogLinear => string.Create(CultureInfo.InvariantCulture, $"ln y = {a} + {b}·t, growth {(GrowthPerPeriod * 100).ToString("0.00", CultureInfo.InvariantCulture)}% per period {at}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"y = {a} + {b}·(φ + … + φ^t), φ = {Damping:F4} {at}"),
        };
    }

    /// <summary>The explanation: model, formula, parameters, R², residual standard error and degrees of freedom.</summary>
    public Explanation Explain() => new("趋势拟合 trend fit " + series.Name, Equation())
    {
        Formula = Model switch
        {
            TrendModel.Linear => "least squares y = a + b·t (MathNet Fit.Line)",
            TrendModel.LogLinear => "least squares ln y = a + b·t (MathNet Fit.Line on ln y); growth = e^b − 1",
            _ => "y = a + b·Σφ^k; φ minimises the squared error (a 48-point grid on [0.05, 0.999], then golden section to 1e-10), with a, b by MathNet Fit.Line for each φ",
        },
        Rounding = "floating point (double); not money",
        Note = string.Create(CultureInfo.InvariantCulture, $"n = {series.Count}, k = {ParameterCount}, R² = {(RSquared is { } r ? r.ToString("F4", CultureInfo.InvariantCulture) : "not defined (constant series)")}, residual standard error = {ResidualStandardError:G6}"),
        Inputs = [Explanation.Input("series " + series.Name, series.ToString())],
    };

    /// <inheritdoc />
    public override string ToString() => $"{series.Name}: {Model} {Equation()}";

    /// <summary>z(t) of the model: t, or φ + … + φ^t for the damped trend.</summary>
    internal static double Regressor(TrendModel model, double damping, int index)
    {
        if (model != TrendModel.DampedTrend || damping >= 1.0)
        {
            return index;
        }

        return damping * (1.0 - Math.Pow(damping, index)) / (1.0 - damping);
    }
}
