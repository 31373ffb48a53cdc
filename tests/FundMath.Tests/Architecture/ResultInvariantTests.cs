namespace FundMath.Tests.Architecture;

using System;
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
}
