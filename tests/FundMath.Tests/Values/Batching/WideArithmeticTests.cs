using System;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Tests.Support;

namespace FundMath.Tests.Values.Batching;

/// <summary>The cross-multiplication helpers against <see cref="BigInteger"/>.</summary>
public class WideArithmeticTests
{
    private static readonly long[] Edges = [0, 1, -1, long.MaxValue, long.MinValue, long.MaxValue / 100, 1L << 53, (1L << 32) + 1];

    private static Arbitrary<long> AnyLong() =>
        Arb.From(Gen.Frequency((3, ArbMap.Default.ArbFor<long>().Generator), (1, Gen.Elements(Edges))));

    [FundMathProperty]
    public Property Multiply_is_the_exact_128_bit_product() =>
        Prop.ForAll(AnyLong(), AnyLong(), (a, b) => (BigInteger)WideArithmetic.Multiply(a, b) == (BigInteger)a * b);

    [FundMathProperty]
    public Property Less_of_two_products_is_their_comparison() =>
        Prop.ForAll(AnyLong(), AnyLong(), Arb.From(AnyLong().Generator.Zip(AnyLong().Generator)), (a, b, cd) =>
        {
            Int128 left = WideArithmetic.Multiply(a, b), right = WideArithmetic.Multiply(cd.Item1, cd.Item2);
            return WideArithmetic.Less(left, right) == (left < right ? 1 : 0);
        });

    [FundMathProperty]
    public Property CompareProducts_is_exact_beyond_128_bits() =>
        Prop.ForAll(AnyLong(), AnyLong(), Arb.From(AnyLong().Generator.Zip(AnyLong().Generator)), (x, b, cd) =>
        {
            Int128 a = WideArithmetic.Multiply(x, 1200); // a 75-bit left factor, as months of cover use it
            BigInteger left = (BigInteger)a * b, right = (BigInteger)cd.Item1 * cd.Item2;
            return WideArithmetic.CompareProducts(a, b, cd.Item1, cd.Item2) == left.CompareTo(right);
        });
}
