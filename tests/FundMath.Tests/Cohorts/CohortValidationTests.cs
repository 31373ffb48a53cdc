namespace FundMath.Tests.Cohorts;

using System;
using FundMath;
using FundMath.Cohorts;

public class CohortValidationTests
{
    [Fact]
    public void Negative_headcount_is_rejected_naming_the_category()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CohortCounts.Empty.With(CohortCategory.Retired, -5));
        Assert.Contains("退休人员", e.Message);
        Assert.Contains("-5", e.Message);
    }

    [Fact]
    public void A_category_larger_than_its_parent_is_rejected_naming_both_figures()
    {
        CohortCounts c = CohortCounts.Empty.With(CohortCategory.Insured, 3_019_813).With(CohortCategory.Aged60Plus, 3_100_000);
        var e = Assert.Throws<ArgumentException>(() => c.Validate(CohortPartition.WomenAndElderly));
        Assert.Contains("3,100,000", e.Message);
        Assert.Contains("3,019,813", e.Message);
        Assert.Contains("60岁以上", e.Message);
    }

    [Fact]
    public void A_declared_partition_that_does_not_add_up_is_rejected_with_the_difference()
    {
        // 2,269,284 + 637,103 + 113,426 = 3,019,813; one adult fewer breaks the partition.
        CohortCounts c = CohortCounts.Empty.With(CohortCategory.Insured, 3_019_813)
            .With(CohortCategory.Adults, 2_269_283).With(CohortCategory.StudentsAndChildren, 637_103).With(CohortCategory.CollegeStudents, 113_426);
        var e = Assert.Throws<ArgumentException>(() => c.Validate(CohortPartition.ResidentGroups));
        Assert.Contains("3,019,812", e.Message);
        Assert.Contains("3,019,813", e.Message);
        Assert.Contains("difference -1", e.Message);
    }

    [Fact]
    public void User_defined_categories_are_counted_and_merged()
    {
        CohortCategory flexible = CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed");
        CohortCounts a = CohortCounts.Empty.With(CohortCategory.Insured, 100).With(CohortCategory.InService, 100).With(flexible, 30);
        CohortCounts b = CohortCounts.Empty.With(CohortCategory.Insured, 50).With(CohortCategory.InService, 50).With(flexible, 5);
        Assert.Equal(Headcount.FromPersons(35), (a + b)[flexible]);
        Assert.Equal(a + b, b + a);
        var partition = new CohortPartition("灵活就业占比", CohortCategory.InService, false, flexible);
        var exact = new Rate[1];
        (a + b).Shares(partition, 2, MidpointRounding.AwayFromZero, exact, new Rate[1], new Rate[1]);
        Assert.Equal(Rate.FromRatio(35, 150), exact[0]);
        Assert.Throws<ArgumentException>(() => CohortCategory.Define("retired", "退休", "retired"));
    }

    [Fact]
    public void Cohort_flow_rolls_forward_and_rejects_inconsistent_reports()
    {
        // 74.95万 at the start, 2.21万 net decrease → 72.74万 (joiners/leavers illustrative: 3.00万 in, 5.21万 out).
        CohortFlow f = CohortFlow.Create(Headcount.FromWan(74.95m), Headcount.FromWan(3.00m), Headcount.FromWan(5.21m));
        Assert.Equal(Headcount.FromWan(72.74m), f.Closing);
        Assert.Equal(-22_100, f.NetChange);
        var e = Assert.Throws<ArgumentException>(() => CohortFlow.FromReported(Headcount.FromWan(74.95m), Headcount.FromWan(3.00m), Headcount.FromWan(5.21m), Headcount.FromWan(72.73m)));
        Assert.Contains("727,400", e.Message);
        Assert.Contains("727,300", e.Message);
        Assert.Throws<ArgumentException>(() => CohortFlow.Create(Headcount.FromPersons(1), Headcount.Zero, Headcount.FromPersons(2)));
    }

    [Fact]
    public void Shares_of_a_zero_whole_are_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => StructureShares.Compute(Headcount.Zero, [Headcount.Zero], true, 2, MidpointRounding.AwayFromZero, new Rate[1], new Rate[1], new Rate[1]));
        Assert.Contains("0 persons", e.Message);
    }
}
