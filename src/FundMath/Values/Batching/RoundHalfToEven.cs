namespace FundMath;

/// <summary>Halves to the even neighbour (banker's rounding).</summary>
internal readonly struct RoundHalfToEven : IRoundingRule
{
    public static int Kind => 3;
}
