namespace FundMath.Tests.Architecture;

using System;
using System.Diagnostics;
using System.Reflection;
using FundMath.Cohorts;
using FundMath.Contributions;
using FundMath.Funds;
using FundMath.Ratios;

/// <summary>
/// The trusted internal constructors of results with an identity check it with <c>Preconditions.DebugCheck</c>, a
/// <c>[Conditional("DEBUG")]</c> method: a Debug build of the core refuses an inconsistent result, a Release build
/// compiles the check away so the trusted paths cost nothing. Each case below builds a result that breaks its identity
/// through the internal constructor. Which of the two is asserted follows the build of the core assembly under test;
/// CI runs this class in both configurations (<c>.ci/run</c>, "debug invariants").
/// </summary>
public class DebugInvariantTests
{
    private static readonly Money Yuan100 = Money.FromYuan(100m);
    private static readonly Money Yuan60 = Money.FromYuan(60m);
    private static readonly Money Yuan30 = Money.FromYuan(30m);

    /// <summary>Each constructor call breaks the identity named beside it.</summary>
    public static readonly TheoryData<string, Action> Broken = new()
    {
        // 100 + 60 − 30 = 130, not 100.
        { "RollForward: expected closing = opening + income − expenditure", () => _ = new RollForward(Yuan100, Yuan60, Yuan30, Yuan100, Yuan100) },

        // 60 + 30 = 90, not 100.
        { "SubsidySplitResult: central + local = total", () => _ = new SubsidySplitResult(Yuan100, Yuan60, Yuan30) },

        // 30 + 30 + 30 = 90, but current − previous = 100 − 60 = 40.
        { "PremiumIncomeChange: the effects add up to current − previous", () => _ = new PremiumIncomeChange(Yuan60, Yuan100, Yuan30, Yuan30, Yuan30, DecompositionMethod.Shapley) },

        // Maternity 60 exceeds the employer's 30 that includes it.
        { "EmployeeMonthlyContribution", () => _ = new EmployeeMonthlyContribution(Yuan100, Yuan30, Yuan60, Yuan30) },

        // 30 of 100 is 30%, not the 60% claimed.
        { "IndividualShareCheck", () => _ = new IndividualShareCheck(Yuan30, Yuan100, Rate.FromPercent(60m), Rate.FromPercent(20m), IndividualShareOutcome.Meets) },

        // A positive count with a NotMeaningful outcome.
        { "Average", () => _ = new Average(Yuan100, 4, Money.FromYuan(25m), RatioOutcome.NotMeaningful) },

        // A partition whose exact shares sum to 90%.
        { "StructureShares: a partition's exact shares sum to 100%", () => _ = new StructureShares(Rate.FromPercent(90m), Rate.FromPercent(90m), Rate.FromPercent(90m), 1, isPartition: true) },
    };

    private static bool CoreIsDebugBuild =>
        typeof(Money).Assembly.GetCustomAttribute<DebuggableAttribute>()?.IsJITOptimizerDisabled == true;

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_trusted_constructor_checks_its_identity_in_Debug_and_costs_nothing_in_Release(string invariant, Action build)
    {
        if (CoreIsDebugBuild)
        {
            InvalidOperationException e = Assert.Throws<InvalidOperationException>(build);
            Assert.StartsWith("FundMath internal invariant broken: " + invariant, e.Message, StringComparison.Ordinal);
        }
        else
        {
            build(); // the check is compiled out of the Release core: no exception, no work on the trusted path
        }
    }

    [Fact]
    public void The_check_is_Debug_conditional_and_throws_when_called()
    {
        // Reflection ignores [Conditional], so the check's own body is proven to throw in either build of the core.
        MethodInfo check = typeof(Money).Assembly.GetType("FundMath.Preconditions", throwOnError: true)!
            .GetMethod("DebugCheck", BindingFlags.NonPublic | BindingFlags.Static)!;
        Assert.Equal("DEBUG", Assert.Single(check.GetCustomAttributes<ConditionalAttribute>()).ConditionString);
        var fired = Assert.Throws<TargetInvocationException>(() => check.Invoke(null, [false, "the tie"]));
        Assert.Equal("FundMath internal invariant broken: the tie", Assert.IsType<InvalidOperationException>(fired.InnerException).Message);
    }

    [Fact]
    public void A_consistent_result_passes_its_check_in_both_builds()
    {
        var roll = new RollForward(Yuan100, Yuan60, Yuan30, Money.FromYuan(130m), Money.FromYuan(130m));
        Assert.Equal(Money.FromYuan(130m), roll.ExpectedClosing);
    }
}
