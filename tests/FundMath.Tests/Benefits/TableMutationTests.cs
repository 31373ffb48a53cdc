using System;
using FundMath.Benefits;
using NodaTime;

namespace FundMath.Tests.Benefits;

/// <summary>The claim table's refusal of each missing array by name (before any length is compared).</summary>
public class TableMutationTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    public static TheoryData<int, string> Arrays => new()
    {
        { 0, "personStarts" }, { 1, "personIds" }, { 2, "ids" }, { 3, "dates" }, { 4, "kinds" }, { 5, "levels" },
        { 6, "statuses" }, { 7, "groups" }, { 8, "totals" }, { 9, "outOfScope" }, { 10, "classB" },
    };

    [Theory]
    [MemberData(nameof(Arrays))]
    public void Each_missing_array_is_named(int missing, string name)
    {
        // One person with one claim; array `missing` is null.
        ArgumentNullException e = Assert.Throws<ArgumentNullException>(() => new BenefitClaimTable(
            missing == 0 ? null! : [0, 1], missing == 1 ? null! : [7], missing == 2 ? null! : [1], missing == 3 ? null! : [May2021],
            missing == 4 ? null! : [ClaimKind.Inpatient], missing == 5 ? null! : [HospitalLevel.Level1], missing == 6 ? null! : [PersonStatus.Resident],
            missing == 7 ? null! : [AssistanceGroup.General], missing == 8 ? null! : [Money.FromYuan(1)], missing == 9 ? null! : [Money.Zero], missing == 10 ? null! : [Money.Zero]));
        Assert.Equal(name, e.ParamName);
    }
}
