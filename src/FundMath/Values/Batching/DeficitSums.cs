namespace FundMath;

/// <summary>Regions in deficit and the summed deficits and surpluses of a range (merge by checked addition).</summary>
internal struct DeficitSums
{
    internal long DeficitRegions;
    internal long Deficit;
    internal long Surplus;

    /// <summary>Two disjoint ranges' sums added (checked).</summary>
    internal static DeficitSums Merge(in DeficitSums first, in DeficitSums second) => new()
    {
        DeficitRegions = first.DeficitRegions + second.DeficitRegions,
        Deficit = checked(first.Deficit + second.Deficit),
        Surplus = checked(first.Surplus + second.Surplus),
    };
}
