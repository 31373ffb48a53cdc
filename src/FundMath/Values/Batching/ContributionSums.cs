namespace FundMath;

/// <summary>
/// What a contribution kernel returns for a range of persons: the sums of bases and of each rounded contribution,
/// the floor/cap counts, and the first invalid element (a fault is a value, never a throw inside a kernel).
/// Ranges merge in order (<see cref="Merge"/>): integer sums are associative, so a partitioned batch gives the
/// same totals as the sequential one, and the first fault of the earliest range is the first of the batch.
/// </summary>
internal struct ContributionSums
{
    internal long Bases;
    internal long Employer;
    internal long Maternity;
    internal long Individual;
    internal long AtFloor;
    internal long AtCap;
    internal BatchFault Fault;
    internal int FaultIndex;

    /// <summary>The sums of <paramref name="first"/>'s range followed by <paramref name="second"/>'s (checked).</summary>
    internal static ContributionSums Merge(in ContributionSums first, in ContributionSums second)
    {
        if (first.Fault != BatchFault.None)
        {
            return first;
        }

        ContributionSums s = first;
        s.Add(second);
        s.Fault = second.Fault;
        s.FaultIndex = second.FaultIndex;
        return s;
    }

    /// <summary>Adds another range's sums (checked: totals of non-negative amounts overflow only if the batch total does).</summary>
    internal void Add(in ContributionSums other)
    {
        Bases = checked(Bases + other.Bases);
        Employer = checked(Employer + other.Employer);
        Maternity = checked(Maternity + other.Maternity);
        Individual = checked(Individual + other.Individual);
        AtFloor += other.AtFloor;
        AtCap += other.AtCap;
    }

    /// <summary>Records a fault at <paramref name="index"/> (the kernel stops there).</summary>
    internal void SetFault(BatchFault fault, int index)
    {
        Fault = fault;
        FaultIndex = index;
    }
}
