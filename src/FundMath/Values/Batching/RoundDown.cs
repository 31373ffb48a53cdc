namespace FundMath;

/// <summary>Rounding down (truncation of a non-negative quotient).</summary>
internal readonly struct RoundDown : IRoundingRule
{
    public static int Kind => 0;
}
