using System.Globalization;

namespace FundMath.Testing.Forecasting;

/// <summary>
/// A generated trend: its true parameters and the noise-free series they give (for "fits recover known parameters").
/// </summary>
/// <param name="Intercept">a (for log-linear: the first value, not its log).</param>
/// <param name="Slope">b (for log-linear: the growth per period g).</param>
/// <param name="Damping">φ (damped trend; 1 otherwise).</param>
/// <param name="Values">The series.</param>
public sealed record TrendCase(double Intercept, double Slope, double Damping, double[] Values)
{
    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"a={Intercept:R} b={Slope:R} φ={Damping:R} n={Values.Length}");
}
