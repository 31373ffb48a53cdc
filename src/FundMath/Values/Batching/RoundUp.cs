namespace FundMath;

/// <summary>Rounding up (ceiling).</summary>
internal readonly struct RoundUp : IRoundingRule
{
    public static int Kind => 1;
}
