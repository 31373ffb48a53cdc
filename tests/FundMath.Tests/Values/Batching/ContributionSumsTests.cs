using System;

namespace FundMath.Tests.Values.Batching;

/// <summary>
/// <see cref="ContributionSums"/>: ranges merge in order (checked sums, counts added, the earliest fault wins) and a
/// fault records its kind and index.
/// </summary>
public class ContributionSumsTests
{
    private static ContributionSums Sums(long bases, long employer, long maternity, long individual, long atFloor, long atCap) =>
        new() { Bases = bases, Employer = employer, Maternity = maternity, Individual = individual, AtFloor = atFloor, AtCap = atCap };

    private static (long, long, long, long, long, long, BatchFault, int) Fields(in ContributionSums s) =>
        (s.Bases, s.Employer, s.Maternity, s.Individual, s.AtFloor, s.AtCap, s.Fault, s.FaultIndex);

    [Fact]
    public void Add_sums_every_field()
    {
        ContributionSums s = Sums(1, 2, 3, 4, 5, 6);
        s.Add(Sums(10, 20, 30, 40, 50, 60));
        Assert.Equal((11L, 22L, 33L, 44L, 55L, 66L, BatchFault.None, 0), Fields(s));
    }

    [Fact]
    public void Add_is_checked_on_every_amount()
    {
        ContributionSums big = Sums(long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue, 0, 0);
        Assert.Throws<OverflowException>(() => { ContributionSums s = big; s.Add(Sums(1, 0, 0, 0, 0, 0)); });
        Assert.Throws<OverflowException>(() => { ContributionSums s = big; s.Add(Sums(0, 1, 0, 0, 0, 0)); });
        Assert.Throws<OverflowException>(() => { ContributionSums s = big; s.Add(Sums(0, 0, 1, 0, 0, 0)); });
        Assert.Throws<OverflowException>(() => { ContributionSums s = big; s.Add(Sums(0, 0, 0, 1, 0, 0)); });
        ContributionSums ok = big;
        ok.Add(Sums(0, 0, 0, 0, 1, 2));
        Assert.Equal((long.MaxValue, long.MaxValue, long.MaxValue, long.MaxValue, 1L, 2L, BatchFault.None, 0), Fields(ok));
    }

    [Fact]
    public void SetFault_records_the_kind_and_index_and_keeps_the_sums()
    {
        ContributionSums s = Sums(1, 2, 3, 4, 5, 6);
        s.SetFault(BatchFault.Negative, 17);
        Assert.Equal((1L, 2L, 3L, 4L, 5L, 6L, BatchFault.Negative, 17), Fields(s));
    }

    [Fact]
    public void Merge_of_two_clean_ranges_sums_them()
    {
        ContributionSums m = ContributionSums.Merge(Sums(1, 2, 3, 4, 5, 6), Sums(100, 200, 300, 400, 500, 600));
        Assert.Equal((101L, 202L, 303L, 404L, 505L, 606L, BatchFault.None, 0), Fields(m));
    }

    [Fact]
    public void Merge_keeps_the_first_ranges_fault_and_its_sums()
    {
        ContributionSums first = Sums(1, 2, 3, 4, 5, 6);
        first.SetFault(BatchFault.Negative, 3);
        ContributionSums second = Sums(100, 200, 300, 400, 500, 600);
        second.SetFault(BatchFault.Negative, 9);
        Assert.Equal((1L, 2L, 3L, 4L, 5L, 6L, BatchFault.Negative, 3), Fields(ContributionSums.Merge(first, second)));
        Assert.Equal((1L, 2L, 3L, 4L, 5L, 6L, BatchFault.Negative, 3), Fields(ContributionSums.Merge(first, Sums(7, 7, 7, 7, 7, 7))));
    }

    [Fact]
    public void Merge_takes_the_second_ranges_fault_after_a_clean_first()
    {
        ContributionSums second = Sums(100, 200, 300, 400, 500, 600);
        second.SetFault(BatchFault.Negative, 9);
        Assert.Equal((101L, 202L, 303L, 404L, 505L, 606L, BatchFault.Negative, 9), Fields(ContributionSums.Merge(Sums(1, 2, 3, 4, 5, 6), second)));
    }

    [Fact]
    public void Merge_is_checked()
    {
        Assert.Throws<OverflowException>(() => ContributionSums.Merge(Sums(long.MaxValue, 0, 0, 0, 0, 0), Sums(1, 0, 0, 0, 0, 0)));
    }

    [Fact]
    public void The_rounding_rules_and_flags_are_their_constants()
    {
        Assert.Equal((0, 1, 2, 3), (RoundDown.Kind, RoundUp.Kind, RoundHalfAwayFromZero.Kind, RoundHalfToEven.Kind));
        Assert.True(Yes.Value);
        Assert.False(No.Value);
    }
}
