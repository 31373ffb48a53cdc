using System;
using System.Numerics;

namespace FundMath.Tests.Support;

/// <summary>
/// Exact rounding of numerator / denominator by the definition of each mode, in BigInteger arithmetic and independent
/// of the code under test: the one reference the fixed-point, fraction and integer-rounding properties compare with.
/// </summary>
public static class RoundingReference
{
    public static BigInteger Round(BigInteger numerator, BigInteger denominator, MidpointRounding mode)
    {
        BigInteger q = BigInteger.DivRem(numerator, denominator, out BigInteger r);
        if (r.IsZero)
        {
            return q;
        }

        int sign = numerator.Sign * denominator.Sign;
        int cmp = (BigInteger.Abs(r) * 2).CompareTo(BigInteger.Abs(denominator));
        return mode switch
        {
            MidpointRounding.ToZero => q,
            MidpointRounding.ToNegativeInfinity => sign < 0 ? q - 1 : q,
            MidpointRounding.ToPositiveInfinity => sign > 0 ? q + 1 : q,
            MidpointRounding.AwayFromZero => cmp >= 0 ? q + sign : q,
            _ => cmp > 0 || (cmp == 0 && !q.IsEven) ? q + sign : q,
        };
    }
}
