namespace FundMath.Tests.Architecture;

using System;
using System.Diagnostics;
using System.Linq;
using System.Reflection;
using FundMath.Cohorts;
using FundMath.Contributions;
using FundMath.Funds;

/// <summary>
/// Results whose fields are tied by an identity (Σ effects = change, central + local = total, expected = opening +
/// income − expenditure…) can be built only through a trusted internal constructor or a public factory that checks
/// or derives the tie: no public constructor, and no public setter or <c>init</c> for a <c>with</c> to break it.
/// </summary>
public class ResultInvariantTests
{
    public static readonly TheoryData<Type> Results =
    [
        typeof(RollForward),
        typeof(SubsidySplitResult),
        typeof(IndividualShareCheck),
        typeof(EmployeeMonthlyContribution),
        typeof(PremiumIncomeChange),
        typeof(StructureShares),
        typeof(Average),
    ];

    [Theory]
    [MemberData(nameof(Results))]
    public void A_result_with_an_invariant_has_no_public_constructor_or_setter(Type type)
    {
        Assert.Empty(type.GetConstructors(BindingFlags.Public | BindingFlags.Instance));
        Assert.Contains(type.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance), c => c.IsAssembly);
        string[] settable = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name)
            .ToArray();
        Assert.Empty(settable);
    }

    /// <summary>
    /// The trusted constructor's own check (<c>Preconditions.DebugCheck</c>): a broken tie throws in a Debug build of
    /// the core and is compiled out of a Release build, so the hot path pays nothing there. Which half runs depends on
    /// the configuration the core was built in (the suite normally runs Release); the check's body is called through
    /// reflection, which ignores <see cref="ConditionalAttribute"/>, so it is proven to throw in both.
    /// </summary>
    [Fact]
    public void A_broken_invariant_on_a_trusted_path_throws_in_Debug_and_is_compiled_out_of_Release()
    {
        MethodInfo check = typeof(Money).Assembly.GetType("FundMath.Preconditions", throwOnError: true)!
            .GetMethod("DebugCheck", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Equal("DEBUG", Assert.Single(check.GetCustomAttributes<ConditionalAttribute>()).ConditionString);
        var fired = Assert.Throws<TargetInvocationException>(() => check.Invoke(null, [false, "the tie"]));
        Assert.Equal("FundMath internal invariant broken: the tie", Assert.IsType<InvalidOperationException>(fired.InnerException).Message);

        // 1 + 0 − 0 is not 0: the expected closing balance breaks the roll-forward identity.
        static RollForward Broken() => new(Money.FromYuan(1), Money.Zero, Money.Zero, Money.Zero, Money.Zero);
        bool debugCore = typeof(Money).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;
        if (debugCore)
        {
            Assert.StartsWith("FundMath internal invariant broken: RollForward", Assert.Throws<InvalidOperationException>(() => Broken()).Message);
        }
        else
        {
            Assert.Equal(Money.Zero, Broken().ExpectedClosing);
        }
    }
}
