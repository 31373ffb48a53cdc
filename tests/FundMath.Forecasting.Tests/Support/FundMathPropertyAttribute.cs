using System;
using FsCheck.Xunit;

namespace FundMath.Forecasting.Tests.Support;

/// <summary>
/// The project's FsCheck.Xunit property (a copy of tests/FundMath.Tests/Support/FundMathPropertyAttribute.cs, so
/// that this test project does not reference the other one): <c>[FundMathProperty]</c> on a method returning
/// <c>bool</c> or <c>Property</c>. The case count comes from FUNDMATH_PROPERTY_CASES (default and CI minimum
/// 1,000) unless <see cref="PropertyAttribute.MaxTest"/> is set on the attribute.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FundMathPropertyAttribute : PropertyAttribute
{
    /// <summary>Cases per property: FUNDMATH_PROPERTY_CASES when set to a positive number, else 1,000.</summary>
    public static int DefaultMaxTest =>
        int.TryParse(Environment.GetEnvironmentVariable("FUNDMATH_PROPERTY_CASES"), out int n) && n > 0 ? n : 1000;

    public FundMathPropertyAttribute()
    {
        MaxTest = DefaultMaxTest;
        Arbitrary = SharedArbitraries;
        QuietOnSuccess = true;
    }

    /// <summary>The arbitrary classes registered for every property.</summary>
    internal static readonly Type[] SharedArbitraries = [typeof(ForecastingArbitraries)];
}
