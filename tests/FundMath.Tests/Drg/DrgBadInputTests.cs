using System;
using System.Collections.Generic;
using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>Bad input is rejected with a message naming the record, field, value and rule, and nothing is computed.</summary>
public sealed class DrgBadInputTests
{
    private static readonly DrgSchemeBudget[] Budgets =
    [
        new(DrgScheme.Employee, Money.FromYuan(160_005), null, Money.FromYuan(10_000)),
        new(DrgScheme.Resident, Money.FromYuan(50_000), Money.FromYuan(2_000), Money.FromYuan(5_000)),
    ];

    private static List<DrgGroupRecord> Groups() =>
    [
        new(DrgScheme.Employee, "GA", Money.FromYuan(8_000)),
        new(DrgScheme.Employee, "GB", Money.FromYuan(15_000)),
        new(DrgScheme.Resident, "GA", Money.FromYuan(4_000)),
    ];

    private static List<DrgInstitutionRecord> Institutions() =>
    [
        new("H1", Fraction.One),
        new("H2", Fraction.FromDecimal(1.05m)),
    ];

    private static List<DrgCaseRecord> Cases() =>
    [
        new("C1", DrgScheme.Employee, "H1", "GA", Money.FromYuan(8_500), Fraction.One),
        new("C2", DrgScheme.Employee, "H2", "GB", Money.FromYuan(14_000), Fraction.One),
        new("C3", DrgScheme.Resident, "H2", "GA", Money.FromYuan(3_000), Fraction.One),
    ];

    private static DrgInputException Fails(IReadOnlyList<DrgSchemeBudget>? budgets = null, List<DrgGroupRecord>? groups = null,
        List<DrgInstitutionRecord>? institutions = null, List<DrgCaseRecord>? cases = null) =>
        Assert.Throws<DrgInputException>(() => DrgAnnualPayment.Calculate(DrgExample.Policy(), budgets ?? Budgets, groups ?? Groups(), institutions ?? Institutions(), cases ?? Cases()));

    [Fact]
    public void Valid_input_computes_both_schemes()
    {
        DrgAnnualPayment p = DrgAnnualPayment.Calculate(DrgExample.Policy(), Budgets, Groups(), Institutions(), Cases());

        // 职工医保: H1 80 points, H2 150 × 1.05 = 157.5; 居民医保: H2 3,000 / 5,000 × 100 = 60 (low outlier: < 50% of 4,000? no: 3,000 ≥ 2,000) → base 80 × 1.05 = 84
        Assert.Equal(237.5m, p.For(DrgScheme.Employee)!.PointValue.TotalPoints.Value);
        Assert.Equal(84m, p.For(DrgScheme.Resident)!.PointValue.TotalPoints.Value);
        Assert.Equal(Money.FromYuan(48_000), p.For(DrgScheme.Resident)!.Payments[1]);
        Assert.Equal([2], p.CaseRecordIndices(1));
    }

    [Fact]
    public void Negative_cost_names_the_case_field_value_and_rule()
    {
        List<DrgCaseRecord> cases = Cases();
        cases[1] = cases[1] with { Cost = Money.FromYuan(-5) };
        DrgInputException e = Fails(cases: cases);
        Assert.Equal("case 1 (C2): cost -5.00元 is negative: a case cost must be ≥ 0.", e.Message);
        Assert.Equal(("case", 1, "C2", "cost"), (e.RecordKind, e.RecordIndex, e.RecordId, e.Field));
    }

    [Fact]
    public void Unknown_group_and_institution_are_named()
    {
        List<DrgCaseRecord> cases = Cases();
        cases[2] = cases[2] with { Group = "GB" }; // GB exists for employees only
        Assert.Equal("case 2 (C3): group 'GB' is not a group of scheme resident.", Fails(cases: cases).Message);

        cases = Cases();
        cases[0] = cases[0] with { Institution = "H9" };
        Assert.Equal("case 0 (C1): institution 'H9' is not a known institution.", Fails(cases: cases).Message);
    }

    [Fact]
    public void Factors_must_be_positive()
    {
        List<DrgCaseRecord> cases = Cases();
        cases[0] = cases[0] with { Factor = Fraction.Zero };
        Assert.Equal("case 0 (C1): factor 0 must be > 0: an adjustment factor multiplies the base points.", Fails(cases: cases).Message);

        List<DrgInstitutionRecord> institutions = Institutions();
        institutions[1] = institutions[1] with { Factor = Fraction.FromDecimal(-0.5m) };
        Assert.Equal("institution 1 (H2): factor -0.5 must be > 0: an institution factor multiplies the institution's points.", Fails(institutions: institutions).Message);
    }

    [Fact]
    public void Duplicate_ids_are_named_with_the_first_occurrence()
    {
        List<DrgGroupRecord> groups = Groups();
        groups.Add(new(DrgScheme.Employee, "GA", Money.FromYuan(9_000)));
        Assert.Equal("group 3 (GA): id duplicates group 0 of scheme employee: group ids must be unique within a scheme.", Fails(groups: groups).Message);

        List<DrgInstitutionRecord> institutions = Institutions();
        institutions.Add(new("H1", Fraction.One));
        Assert.Equal("institution 2 (H1): id duplicates institution 0: institution ids must be unique.", Fails(institutions: institutions).Message);

        List<DrgCaseRecord> cases = Cases();
        cases.Add(cases[0]);
        Assert.Equal("case 3 (C1): id duplicates case 0: case ids must be unique.", Fails(cases: cases).Message);
    }

    [Fact]
    public void Reserve_above_the_budget_and_zero_total_points_are_rejected()
    {
        DrgSchemeBudget[] budgets = [Budgets[0], Budgets[1] with { Reserve = Money.FromYuan(50_000.01m) }];
        Assert.Equal("scheme resident: reserve 50,000.01元 exceeds the budget 50,000.00元: the reserved adjustment fund is part of the budget.", Fails(budgets: budgets).Message);

        // A resident case costing 0 is a low outlier worth 0 points: nothing to divide the budget by.
        List<DrgCaseRecord> cases = Cases();
        cases[2] = cases[2] with { Cost = Money.Zero };
        DrgInputException e = Fails(cases: cases);
        Assert.Equal("scheme resident: its 1 cases add up to 0 settled points: the point value (budget − reserve) / total points needs total points > 0.", e.Message);
        Assert.Equal(("scheme", 1), (e.RecordKind, e.RecordIndex));
    }

    [Fact]
    public void Settlement_needs_references_for_all_paid_institutions_or_none()
    {
        List<DrgInstitutionRecord> institutions = Institutions();
        institutions[0] = institutions[0] with { EmployeeReference = Money.FromYuan(10_000) };
        Assert.Equal(
            "institution 1 (H2): employee_reference is missing: the year-end settlement of employee needs a reference amount for every institution with employee cases, or for none.",
            Fails(institutions: institutions).Message);
    }

    [Fact]
    public void Other_rules_of_the_records()
    {
        Assert.Contains("overall_average_cost 0.00元 must be > 0", Fails(budgets: [Budgets[0] with { OverallAverageCost = Money.Zero }]).Message);
        Assert.Contains("scheme employee is given twice", Fails(budgets: [Budgets[0], Budgets[0]]).Message);
        Assert.Contains("budget -1.00元 is negative", Fails(budgets: [Budgets[0] with { Budget = Money.FromYuan(-1) }]).Message);
        Assert.Contains("group 2 (GA): scheme resident has no budget", Fails(budgets: [Budgets[0]]).Message);
        List<DrgGroupRecord> groups = Groups();
        groups[0] = groups[0] with { AverageCost = Money.Zero };
        Assert.Equal("group 0 (GA): average_cost 0.00元 must be > 0.", Fails(groups: groups).Message);
    }

    [Fact]
    public void Span_forms_reject_bad_batches_before_writing()
    {
        DrgGroupTable table = DrgExample.Table();
        int[] groups = [0, 5];
        int[] institutions = [0, 0];
        Money[] costs = [Money.FromYuan(1), Money.FromYuan(1)];
        DrgPoints[] points = [DrgPoints.FromPoints(7), DrgPoints.FromPoints(7)];
        var byInstitution = new DrgPoints[1];
        var e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(table, new DrgCases(groups, institutions, costs), points, byInstitution));
        Assert.Contains("cases[1].group 5 is not a group of the Employee table (0–2)", e.Message);
        Assert.Equal([DrgPoints.FromPoints(7), DrgPoints.FromPoints(7)], points); // untouched

        costs[1] = Money.FromFen(-1);
        groups[1] = 0;
        e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(table, new DrgCases(groups, institutions, costs), points, byInstitution));
        Assert.Contains("cases[1].cost -0.01元 is negative", e.Message);

        // A factor ≤ 0 deep in a batch (found by the vectorised scan), named by its index.
        int[] nine = new int[9];
        Money[] nineCosts = [.. System.Linq.Enumerable.Repeat(Money.FromYuan(8_000), 9)];
        Fraction[] nineFactors = [.. System.Linq.Enumerable.Repeat(Fraction.One, 9)];
        nineFactors[5] = Fraction.Create(-1, 3);
        e = Assert.Throws<ArgumentException>(() => DrgCasePoints.Compute(table, new DrgCases(nine, nine, nineCosts, nineFactors), default, byInstitution));
        Assert.Contains("cases[5].factor -1/3 must be > 0", e.Message);

        Assert.Throws<ArgumentOutOfRangeException>(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.FromYuan(11), DrgPoints.FromPoints(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10), Money.Zero, DrgPoints.Zero));
        Assert.Throws<ArgumentException>(() => DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(100), ["A", "A"], [Money.FromYuan(1), Money.FromYuan(2)], DrgExample.Policy()));
    }

    [Fact]
    public void A_batch_that_could_overflow_is_refused_once_up_front()
    {
        // Cost 2 × 10¹⁵ fen against an overall average of 1 fen: the high-outlier points would not fit in 64 bits.
        DrgGroupTable table = DrgGroupTable.Create(DrgScheme.Employee, Money.FromFen(1), ["X"], [Money.FromFen(1)], DrgExample.Policy());
        var e = Assert.Throws<OverflowException>(() => DrgCasePoints.ForCase(table, 0, Money.FromFen(2_000_000_000_000_000), Fraction.One));
        Assert.Contains("could exceed the range of DrgPoints", e.Message);
    }
}
