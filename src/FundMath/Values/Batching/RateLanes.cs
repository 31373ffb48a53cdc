using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>A <see cref="RateReciprocal"/> broadcast into vector lanes, and the kernel step that applies it.</summary>
/// <typeparam name="TV">The vector type.</typeparam>
internal readonly struct RateLanes<TV>
    where TV : struct
{
    private readonly TV numerator;
    private readonly TV reciprocal;
    private readonly TV divisor;
    private readonly TV divisorMinusOne;
    private readonly TV halfAway;
    private readonly TV halfEven;
    private readonly TV tie;
    private readonly TV one;
    private readonly TV zero;

    private RateLanes(TV numerator, TV reciprocal, TV divisor, TV divisorMinusOne, TV halfAway, TV halfEven, TV tie, TV one, TV zero)
    {
        this.numerator = numerator;
        this.reciprocal = reciprocal;
        this.divisor = divisor;
        this.divisorMinusOne = divisorMinusOne;
        this.halfAway = halfAway;
        this.halfEven = halfEven;
        this.tie = tie;
        this.one = one;
        this.zero = zero;
    }

    /// <summary>Broadcasts the constants of <paramref name="r"/> into <typeparamref name="TL"/>'s lanes (once per batch or block).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RateLanes<TV> Create<TL>(in RateReciprocal r)
        where TL : struct, ILanes<TV> =>
        new(TL.Create(r.Numerator), TL.Create(r.Reciprocal), TL.Create(r.Divisor), TL.Create(r.DivisorMinusOne),
            TL.Create(r.HalfAwayThreshold), TL.Create(r.HalfEvenThreshold), TL.Create(r.Tie), TL.Create(1), TL.Create(0));

    /// <summary>
    /// round(b × n / d) in every lane for 0 ≤ b &lt; 2³² (see <see cref="RateReciprocal"/> for the proof), with the
    /// rounding of <typeparamref name="TR"/> fixed when the kernel is compiled.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TV Apply<TL, TR>(TV b, in RateLanes<TV> k)
        where TL : struct, ILanes<TV>
        where TR : struct, IRoundingRule
    {
        TV x = TL.MultiplyLow32(b, k.numerator);
        TV q = TL.ShiftRightLogical32(TL.MultiplyLow32(b, k.reciprocal));
        TV r = TL.Subtract(x, TL.MultiplyLow32(q, k.divisor));
        TV carry = TL.GreaterThan(r, k.divisorMinusOne);
        q = TL.Subtract(q, carry);
        if (TR.Kind == 0)
        {
            return q;
        }

        r = TL.Subtract(r, TL.And(carry, k.divisor));
        TV up;
        if (TR.Kind == 1)
        {
            up = TL.GreaterThan(r, k.zero);
        }
        else if (TR.Kind == 2)
        {
            up = TL.GreaterThan(r, k.halfAway);
        }
        else
        {
            TV odd = TL.Subtract(k.zero, TL.And(q, k.one));
            up = TL.Or(TL.GreaterThan(r, k.halfEven), TL.And(TL.Equal(r, k.tie), odd));
        }

        return TL.Subtract(q, up);
    }
}
