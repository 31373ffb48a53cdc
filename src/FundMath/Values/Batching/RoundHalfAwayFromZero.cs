namespace FundMath;

/// <summary>Halves away from zero (四舍五入).</summary>
internal readonly struct RoundHalfAwayFromZero : IRoundingRule
{
    public static int Kind => 2;
}
