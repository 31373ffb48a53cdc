// The property-test example of docs/testing.md, compiled and run against xunit v2 (FsCheck.Xunit) and
// xunit v3 (FsCheck.Xunit.v3): the same source, only the package references differ.
using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using FundMath.Testing;

namespace FundMath.Consumer.Tests;

/// <summary>The arbitraries every property of this class draws its parameters from, registered once.</summary>
public static class PolicyArbitraries
{
    /// <summary>Amounts between 0 and 1,000亿元 (FundMath.Testing's realistic range, shrinking towards 0).</summary>
    public static Arbitrary<Money> Money() => ValueArbitraries.RealisticMoney();
}

[Properties(Arbitrary = [typeof(PolicyArbitraries)], MaxTest = 1000)]
public class PolicyProperties
{
    // Conservation: splitting an allocation by any weights never loses or creates a fen.
    [Property]
    public Property Splitting_conserves_every_fen(Money total) =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1_000_000)).Where(w => w.Sum() > 0).ToArbitrary(), weights =>
        {
            long[] w = weights.Select(x => (long)x).ToArray();
            var parts = new Money[w.Length];
            Apportionment.Split(total, w, parts);
            return Money.Sum(parts) == total && parts.All(p => !p.IsNegative);
        });

    // Bounds: rounding to the fen moves an amount by less than one fen, whichever mode is named.
    [Property]
    public bool Rounding_a_rate_product_stays_within_a_fen(Money amount, MidpointRounding mode)
    {
        Rate rate = Rate.FromPercent(8.7m);
        decimal exact = amount.Fen * 0.087m;
        return Math.Abs(amount.Multiply(rate, mode).Fen - exact) < 1m;
    }
}
