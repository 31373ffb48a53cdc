using System;
using FsCheck.Xunit;

namespace FundMath.Tests.Support;

/// <summary>
/// The project's FsCheck.Xunit property: <c>[FundMathProperty]</c> on a method returning <c>bool</c>, <c>void</c>
/// or <c>Property</c>. The case count comes from FUNDMATH_PROPERTY_CASES (default and CI minimum 1,000) unless
/// <see cref="PropertyAttribute.MaxTest"/> is set on the attribute; the shared FundMath arbitraries are
/// registered once here, so generated parameters of FundMath types use the shrinking generators of
/// FundMath.Testing.
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

    /// <summary>The arbitrary classes registered for every property (public static members returning Arbitrary&lt;T&gt;).</summary>
    internal static readonly Type[] SharedArbitraries = [typeof(FundMathArbitraries)];
}
