namespace FundMath;

/// <summary>The result of a single-rate kernel over a range: the checked total and the first fault (merge in order).</summary>
internal struct RateSums
{
    internal long Total;
    internal BatchFault Fault;
    internal int FaultIndex;

    /// <summary>The sums of <paramref name="first"/>'s range followed by <paramref name="second"/>'s.</summary>
    internal static RateSums Merge(in RateSums first, in RateSums second)
    {
        if (first.Fault != BatchFault.None)
        {
            return first;
        }

        return new RateSums { Total = checked(first.Total + second.Total), Fault = second.Fault, FaultIndex = second.FaultIndex };
    }

    /// <summary>Records a fault at <paramref name="index"/> (the kernel stops there).</summary>
    internal void SetFault(BatchFault fault, int index)
    {
        Fault = fault;
        FaultIndex = index;
    }
}
