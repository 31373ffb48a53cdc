using FsCheck;
using FsCheck.Fluent;

namespace FundMath.Tests.Support;

/// <summary>The shared property attribute draws FundMath values from the registered arbitraries.</summary>
public sealed class FundMathPropertyAttributeTests
{
    [FundMathProperty]
    public bool Money_parameters_come_from_the_FundMath_generator(Money amount) =>
        amount.Fen >= -ValueArbitrariesLimits.MaxGeneratedFen && amount.Fen <= ValueArbitrariesLimits.MaxGeneratedFen;

    [FundMathProperty]
    public Property Prop_ForAll_with_an_explicit_arbitrary_runs_too() =>
        Prop.ForAll(FundMath.Testing.ValueArbitraries.RealisticMoney(), m => !m.IsNegative);

    [Fact]
    public void Case_count_defaults_to_at_least_one_thousand() =>
        Assert.True(FundMathPropertyAttribute.DefaultMaxTest >= 1 && new FundMathPropertyAttribute().MaxTest == FundMathPropertyAttribute.DefaultMaxTest);

    private static class ValueArbitrariesLimits
    {
        public const long MaxGeneratedFen = FundMath.Testing.ValueArbitraries.MaxGeneratedFen;
    }
}
