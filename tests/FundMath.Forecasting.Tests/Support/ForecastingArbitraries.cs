using FsCheck;
using FundMath.Testing;
using FundMath.Testing.Forecasting;

namespace FundMath.Forecasting.Tests.Support;

/// <summary>Default arbitraries for the forecasting properties: FundMath.Testing's generators.</summary>
public static class ForecastingArbitraries
{
    public static Arbitrary<ProjectionCase> ProjectionCase() => ForecastArbitraries.Projections();

    public static Arbitrary<Money> Money() => ValueArbitraries.Money();
}
