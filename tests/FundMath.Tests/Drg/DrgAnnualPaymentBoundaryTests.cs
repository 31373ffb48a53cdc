using System;
using System.Collections.Generic;
using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>
/// Every refusal of <see cref="DrgAnnualPayment.Calculate"/> with its record kind, position, id, field and exact
/// message, the edges it accepts (a reserve equal to the budget, a resident institution without cases or reference),
/// and the input records' own null checks.
/// </summary>
public sealed class DrgAnnualPaymentBoundaryTests
{
    private static readonly DrgSchemeBudget Employee = new(DrgScheme.Employee, Money.FromYuan(160_005), null, Money.FromYuan(10_000));

    private static readonly DrgSchemeBudget Resident = new(DrgScheme.Resident, Money.FromYuan(50_000), Money.FromYuan(2_000), Money.FromYuan(5_000));

    private static List<DrgSchemeBudget> Budgets() => [Employee, Resident];

    private static List<DrgGroupRecord> Groups() =>
    [
        new(DrgScheme.Employee, "GA", Money.FromYuan(8_000)),
        new(DrgScheme.Employee, "GB", Money.FromYuan(15_000)),
        new(DrgScheme.Resident, "GA", Money.FromYuan(4_000)),
    ];

    private static List<DrgInstitutionRecord> Institutions() => [new("H1", Fraction.One), new("H2", Fraction.FromDecimal(1.05m))];

    private static List<DrgCaseRecord> Cases() =>
    [
        new("C1", DrgScheme.Employee, "H1", "GA", Money.FromYuan(8_500), Fraction.One),
        new("C2", DrgScheme.Employee, "H2", "GB", Money.FromYuan(14_000), Fraction.One),
        new("C3", DrgScheme.Resident, "H2", "GA", Money.FromYuan(3_000), Fraction.One),
    ];

    private static DrgAnnualPayment Calculate(List<DrgSchemeBudget>? budgets = null, List<DrgGroupRecord>? groups = null,
        List<DrgInstitutionRecord>? institutions = null, List<DrgCaseRecord>? cases = null) =>
        DrgAnnualPayment.Calculate(DrgExample.Policy(), budgets ?? Budgets(), groups ?? Groups(), institutions ?? Institutions(), cases ?? Cases());

    private static void Fails(string kind, int index, string? id, string field, string message, List<DrgSchemeBudget>? budgets = null,
        List<DrgGroupRecord>? groups = null, List<DrgInstitutionRecord>? institutions = null, List<DrgCaseRecord>? cases = null)
    {
        DrgInputException e = Assert.Throws<DrgInputException>(() => Calculate(budgets, groups, institutions, cases));
        Assert.Equal(message, e.Message);
        Assert.Equal((kind, index, id, field), (e.RecordKind, e.RecordIndex, e.RecordId, e.Field));
    }

    [Fact]
    public void Schemes_are_refused_by_position_and_name()
    {
        Fails("scheme", 1, null, "scheme", "scheme 1: scheme 5 is not employee or resident.",
            budgets: [Employee, Resident with { Scheme = (DrgScheme)5 }]);
        Fails("scheme", 1, "employee", "scheme", "scheme employee is given twice (also scheme 0): one budget per scheme.", budgets: [Employee, Employee]);
        Fails("scheme", 0, "employee", "budget", "scheme employee: budget -0.01元 is negative: a point-payment budget must be ≥ 0.",
            budgets: [Employee with { Budget = Money.FromFen(-1) }, Resident]);
        Fails("scheme", 1, "resident", "reserve", "scheme resident: reserve -0.01元 is negative: the reserved adjustment fund must be ≥ 0.",
            budgets: [Employee, Resident with { Reserve = Money.FromFen(-1) }]);
        Fails("scheme", 1, "resident", "reserve", "scheme resident: reserve 50,000.01元 exceeds the budget 50,000.00元: the reserved adjustment fund is part of the budget.",
            budgets: [Employee, Resident with { Reserve = Money.FromYuan(50_000.01m) }]);
        Fails("scheme", 1, "resident", "overall_average_cost", "scheme resident: overall_average_cost 0.00元 must be > 0: base points are group average / overall average × 100.",
            budgets: [Employee, Resident with { OverallAverageCost = Money.Zero }]);
        Fails("scheme", 0, "employee", "overall_average_cost", "scheme employee: overall_average_cost -1.00元 must be > 0: base points are group average / overall average × 100.",
            budgets: [Employee with { OverallAverageCost = Money.FromYuan(-1) }, Resident]);
    }

    [Fact]
    public void A_budget_of_zero_and_a_reserve_equal_to_the_budget_are_accepted()
    {
        // Resident reserve = budget 50,000: nothing to distribute, 84 points (80 × 1.05) still divide it.
        DrgAnnualPayment a = Calculate(budgets: [Employee, Resident with { Reserve = Money.FromYuan(50_000) }]);
        DrgSchemePayment r = a.For(DrgScheme.Resident)!;
        Assert.Equal(Money.Zero, r.PointValue.Distributable);
        Assert.Equal([Money.Zero, Money.Zero], r.Payments);
        Assert.Equal(84m, r.PointValue.TotalPoints.Value);
        Assert.False(r.PointValue.ReserveByRatio);

        DrgAnnualPayment zero = Calculate(budgets: [Employee with { Budget = Money.Zero }, Resident]);
        Assert.Equal([Money.Zero, Money.Zero], zero.For(DrgScheme.Employee)!.Payments);
        Assert.True(zero.For(DrgScheme.Employee)!.PointValue.ReserveByRatio);
    }

    [Fact]
    public void Groups_are_refused_by_position_and_id()
    {
        List<DrgGroupRecord> groups = Groups();
        groups[1] = groups[1] with { Id = "" };
        Fails("group", 1, null, "id", "group 1: id is empty: every group needs an id.", groups: groups);
        groups[1] = groups[1] with { Id = " \t" };
        Fails("group", 1, null, "id", "group 1: id is empty: every group needs an id.", groups: groups);

        Fails("group", 2, "GA", "scheme", "group 2 (GA): scheme resident has no budget: give the scheme's budget, or drop its groups.", budgets: [Employee]);

        groups = Groups();
        groups.Add(new(DrgScheme.Resident, "GA", Money.FromYuan(1)));
        Fails("group", 3, "GA", "id", "group 3 (GA): id duplicates group 2 of scheme resident: group ids must be unique within a scheme.", groups: groups);

        groups = Groups();
        groups[2] = groups[2] with { AverageCost = Money.FromFen(-1) };
        Fails("group", 2, "GA", "average_cost", "group 2 (GA): average_cost -0.01元 must be > 0.", groups: groups);
    }

    [Fact]
    public void Institutions_are_refused_by_position_and_id()
    {
        List<DrgInstitutionRecord> institutions = Institutions();
        institutions[0] = institutions[0] with { Id = "  " };
        Fails("institution", 0, null, "id", "institution 0: id is empty: every institution needs an id.", institutions: institutions);

        institutions = Institutions();
        institutions.Add(new("H2", Fraction.One));
        Fails("institution", 2, "H2", "id", "institution 2 (H2): id duplicates institution 1: institution ids must be unique.", institutions: institutions);

        institutions = Institutions();
        institutions[1] = institutions[1] with { Factor = Fraction.Zero };
        Fails("institution", 1, "H2", "factor", "institution 1 (H2): factor 0 must be > 0: an institution factor multiplies the institution's points.", institutions: institutions);

        institutions = Institutions();
        institutions[1] = institutions[1] with { EmployeeReference = Money.FromFen(-1) };
        Fails("institution", 1, "H2", "employee_reference", "institution 1 (H2): employee_reference -0.01元 is negative: a reference amount must be ≥ 0.", institutions: institutions);

        institutions = Institutions();
        institutions[0] = institutions[0] with { ResidentReference = Money.FromYuan(-2) };
        Fails("institution", 0, "H1", "resident_reference", "institution 0 (H1): resident_reference -2.00元 is negative: a reference amount must be ≥ 0.", institutions: institutions);
    }

    [Fact]
    public void Cases_are_refused_by_position_and_id()
    {
        List<DrgCaseRecord> cases = Cases();
        cases[1] = cases[1] with { Id = null, Cost = Money.FromFen(-1) };
        Fails("case", 1, null, "cost", "case 1: cost -0.01元 is negative: a case cost must be ≥ 0.", cases: cases);

        // Two cases without an id are not duplicates.
        cases = Cases();
        cases[0] = cases[0] with { Id = null };
        cases[1] = cases[1] with { Id = null };
        Assert.Equal(237.5m, Calculate(cases: cases).For(DrgScheme.Employee)!.PointValue.TotalPoints.Value);

        cases = Cases();
        cases[2] = cases[2] with { Id = "C1" };
        Fails("case", 2, "C1", "id", "case 2 (C1): id duplicates case 0: case ids must be unique.", cases: cases);

        Fails("case", 2, "C3", "scheme", "case 2 (C3): scheme resident has no budget.", budgets: [Employee], groups: Groups().GetRange(0, 2));

        cases = Cases();
        cases[0] = cases[0] with { Institution = "H3" };
        Fails("case", 0, "C1", "institution", "case 0 (C1): institution 'H3' is not a known institution.", cases: cases);

        cases = Cases();
        cases[1] = cases[1] with { Group = "GC" };
        Fails("case", 1, "C2", "group", "case 1 (C2): group 'GC' is not a group of scheme employee.", cases: cases);

        cases = Cases();
        cases[2] = cases[2] with { Factor = Fraction.Zero };
        Fails("case", 2, "C3", "factor", "case 2 (C3): factor 0 must be > 0: an adjustment factor multiplies the base points.", cases: cases);
    }

    [Fact]
    public void A_scheme_with_a_budget_needs_groups_and_points()
    {
        Fails("scheme", 1, "resident", "groups", "scheme resident has a budget but no groups: base points need the scheme's group table.",
            groups: Groups().GetRange(0, 2), cases: Cases().GetRange(0, 2));

        // A resident budget without resident cases: no points to divide it by.
        Fails("scheme", 1, "resident", "cases", "scheme resident: its 0 cases add up to 0 settled points: the point value (budget − reserve) / total points needs total points > 0.",
            cases: Cases().GetRange(0, 2));
    }

    [Fact]
    public void References_are_needed_for_every_institution_with_cases_of_the_scheme_only()
    {
        // Resident: H2 has a case and a reference; H1 has neither and is settled against 0.
        List<DrgInstitutionRecord> institutions = Institutions();
        institutions[1] = institutions[1] with { ResidentReference = Money.FromYuan(40_000) };
        DrgAnnualPayment a = Calculate(institutions: institutions);
        DrgSchemePayment r = a.For(DrgScheme.Resident)!;
        Assert.Equal([Money.Zero, Money.FromYuan(40_000)], [r.Settlements![0].Reference, r.Settlements[1].Reference]);
        Assert.Equal(DrgSettlementKind.Balanced, r.Settlements[0].Kind);
        Assert.Null(a.For(DrgScheme.Employee)!.Settlements);

        // H1 has an employee case but no employee reference while H2 has one.
        institutions = Institutions();
        institutions[1] = institutions[1] with { EmployeeReference = Money.FromYuan(1) };
        Fails("institution", 0, "H1", "employee_reference",
            "institution 0 (H1): employee_reference is missing: the year-end settlement of employee needs a reference amount for every institution with employee cases, or for none.",
            institutions: institutions);
    }

    [Fact]
    public void Schemes_keep_the_order_of_their_budgets_and_their_case_positions()
    {
        DrgAnnualPayment a = Calculate(budgets: [Resident, Employee]);
        Assert.Equal([DrgScheme.Resident, DrgScheme.Employee], [a.Schemes[0].Scheme, a.Schemes[1].Scheme]);
        Assert.Equal([2], a.CaseRecordIndices(0));
        Assert.Equal([0, 1], a.CaseRecordIndices(1));
        Assert.Same(a.Schemes[1], a.For(DrgScheme.Employee));
        Assert.Equal(["H1", "H2"], a.Schemes[0].InstitutionIds);
        Assert.Equal([0, 1], a.Schemes[0].CaseCounts);
        Assert.Equal([1, 1], a.Schemes[1].CaseCounts);

        DrgAnnualPayment employeeOnly = Calculate(budgets: [Employee], groups: Groups().GetRange(0, 2), cases: Cases().GetRange(0, 2));
        Assert.Null(employeeOnly.For(DrgScheme.Resident));
        Assert.Single(employeeOnly.Schemes);
    }

    [Fact]
    public void Scheme_ids_as_files_spell_them()
    {
        Assert.Equal("employee", DrgAnnualPayment.SchemeId(DrgScheme.Employee));
        Assert.Equal("resident", DrgAnnualPayment.SchemeId(DrgScheme.Resident));
        Assert.Equal("7", DrgAnnualPayment.SchemeId((DrgScheme)7));
    }

    [Fact]
    public void Input_records_refuse_null_ids()
    {
        Assert.Equal("Institution", Assert.Throws<ArgumentNullException>(() => new DrgCaseRecord("C", DrgScheme.Employee, null!, "G", Money.Zero, Fraction.One)).ParamName);
        Assert.Equal("Group", Assert.Throws<ArgumentNullException>(() => new DrgCaseRecord("C", DrgScheme.Employee, "H", null!, Money.Zero, Fraction.One)).ParamName);
        DrgCaseRecord c = new("C", DrgScheme.Employee, "H", "G", Money.Zero, Fraction.One);
        Assert.Equal("Institution", Assert.Throws<ArgumentNullException>(() => c with { Institution = null! }).ParamName);
        Assert.Equal("Group", Assert.Throws<ArgumentNullException>(() => c with { Group = null! }).ParamName);
        Assert.Equal(("H", "G"), (c.Institution, c.Group));
        Assert.Equal(("H2", "G2"), ((c with { Institution = "H2" }).Institution, (c with { Group = "G2" }).Group));

        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => new DrgGroupRecord(DrgScheme.Employee, null!, Money.Zero)).ParamName);
        DrgGroupRecord g = new(DrgScheme.Employee, "G", Money.Zero);
        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => g with { Id = null! }).ParamName);
        Assert.Equal("G2", (g with { Id = "G2" }).Id);

        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => new DrgInstitutionRecord(null!, Fraction.One)).ParamName);
        DrgInstitutionRecord i = new("H", Fraction.One, Money.FromYuan(1), Money.FromYuan(2));
        Assert.Equal("Id", Assert.Throws<ArgumentNullException>(() => i with { Id = null! }).ParamName);
        Assert.Equal("H2", (i with { Id = "H2" }).Id);
        Assert.Equal(Money.FromYuan(1), i.ReferenceFor(DrgScheme.Employee));
        Assert.Equal(Money.FromYuan(2), i.ReferenceFor(DrgScheme.Resident));
    }

    [Fact]
    public void Input_exception_keeps_its_record_and_refuses_nulls()
    {
        var e = new DrgInputException("case", 3, null, "cost", "bad");
        Assert.Equal(("case", 3, (string?)null, "cost", "bad"), (e.RecordKind, e.RecordIndex, e.RecordId, e.Field, e.Message));
        Assert.Equal("message", Assert.Throws<ArgumentNullException>(() => new DrgInputException("case", 0, null, "cost", null!)).ParamName);
        Assert.Equal("recordKind", Assert.Throws<ArgumentNullException>(() => new DrgInputException(null!, 0, null, "cost", "m")).ParamName);
        Assert.Equal("field", Assert.Throws<ArgumentNullException>(() => new DrgInputException("case", 0, null, null!, "m")).ParamName);
    }

    [Fact]
    public void Calculate_refuses_null_lists()
    {
        DrgPolicy p = DrgExample.Policy();
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => DrgAnnualPayment.Calculate(null!, Budgets(), Groups(), Institutions(), Cases())).ParamName);
        Assert.Equal("budgets", Assert.Throws<ArgumentNullException>(() => DrgAnnualPayment.Calculate(p, null!, Groups(), Institutions(), Cases())).ParamName);
        Assert.Equal("groups", Assert.Throws<ArgumentNullException>(() => DrgAnnualPayment.Calculate(p, Budgets(), null!, Institutions(), Cases())).ParamName);
        Assert.Equal("institutions", Assert.Throws<ArgumentNullException>(() => DrgAnnualPayment.Calculate(p, Budgets(), Groups(), null!, Cases())).ParamName);
        Assert.Equal("cases", Assert.Throws<ArgumentNullException>(() => DrgAnnualPayment.Calculate(p, Budgets(), Groups(), Institutions(), null!)).ParamName);
    }
}
