using System;
using System.Linq;
using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>
/// The read-back checks of the JSON converters, called directly: <see cref="DrgInstitutionSettlement"/>.FromAmounts,
/// <see cref="DrgSettlementTotals"/>.FromTotals, <see cref="DrgSchemePayment"/>.Restore and
/// <see cref="DrgAnnualPayment"/>.Restore each accept what the calculation wrote and refuse each inconsistency alone,
/// with its exact message.
/// </summary>
public sealed class DrgRestoreBoundaryTests
{
    private static Money Yuan(decimal amount) => Money.FromYuan(amount);

    // ---------------------------------------------------------------- DrgInstitutionSettlement.FromAmounts

    [Theory]
    [InlineData(0, "pointPayment")]
    [InlineData(1, "reference")]
    [InlineData(2, "band")]
    [InlineData(3, "retained")]
    [InlineData(4, "sharedRequested")]
    [InlineData(5, "shared")]
    public void FromAmounts_refuses_each_negative_amount_by_name(int position, string name)
    {
        Money[] amounts = [Yuan(110), Yuan(100), Yuan(11), Yuan(6), Money.Zero, Money.Zero];
        amounts[position] = Money.FromFen(-1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() =>
            DrgInstitutionSettlement.FromAmounts(amounts[0], amounts[1], amounts[2], amounts[3], amounts[4], amounts[5]));
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith($"{name} -0.01元 is negative: a settlement amount is ≥ 0.", e.Message);
    }

    [Fact]
    public void FromAmounts_balanced_has_nothing_else()
    {
        DrgInstitutionSettlement s = DrgInstitutionSettlement.FromAmounts(Yuan(100), Yuan(100), Money.Zero, Money.Zero, Money.Zero, Money.Zero);
        Assert.Equal(DrgSettlementKind.Balanced, s.Kind);
        Assert.Equal((Yuan(100), Yuan(100)), (s.PointPayment, s.Reference));
        Assert.Equal([Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero], new[] { s.Band, s.Eligible, s.Retained, s.ClawedBack, s.SharedRequested, s.Shared });
        Assert.Equal(Yuan(100), s.Final);
        Assert.Equal(Money.Zero, s.Adjustment);
        Assert.Equal("Balanced: 100.00元 vs 100.00元 → 100.00元", s.ToString());
    }

    [Theory]
    [InlineData(1, 0, 0, 0)]
    [InlineData(0, 1, 0, 0)]
    [InlineData(0, 0, 1, 0)]
    [InlineData(0, 0, 0, 1)]
    public void FromAmounts_balanced_refuses_any_band_retained_or_share(long band, long retained, long requested, long shared)
    {
        var e = Assert.Throws<ArgumentException>(() => DrgInstitutionSettlement.FromAmounts(Yuan(100), Yuan(100),
            Money.FromFen(band), Money.FromFen(retained), Money.FromFen(requested), Money.FromFen(shared)));
        Assert.Equal("band", e.ParamName);
        Assert.StartsWith("a balanced settlement (payment = reference) has no band, retained surplus or share.", e.Message);
    }

    [Fact]
    public void FromAmounts_surplus_derives_eligible_and_clawback()
    {
        // Surplus 110 − 100 = 10; band 11 → eligible min(10, 11) = 10; retained 6 → clawed back 10 − 6 = 4; final 100 + 6.
        DrgInstitutionSettlement s = DrgInstitutionSettlement.FromAmounts(Yuan(110), Yuan(100), Yuan(11), Yuan(6), Money.Zero, Money.Zero);
        Assert.Equal(DrgSettlementKind.Surplus, s.Kind);
        Assert.Equal(Yuan(11), s.Band);
        Assert.Equal(Yuan(10), s.Eligible);
        Assert.Equal(Yuan(6), s.Retained);
        Assert.Equal(Yuan(4), s.ClawedBack);
        Assert.Equal((Money.Zero, Money.Zero), (s.SharedRequested, s.Shared));
        Assert.Equal(Yuan(106), s.Final);
        Assert.Equal(Yuan(-4), s.Adjustment);
        Assert.Equal("Surplus: 110.00元 vs 100.00元 → 106.00元", s.ToString());

        // Band 5 below the surplus → eligible 5; retained may equal it.
        DrgInstitutionSettlement narrow = DrgInstitutionSettlement.FromAmounts(Yuan(110), Yuan(100), Yuan(5), Yuan(5), Money.Zero, Money.Zero);
        Assert.Equal(Yuan(5), narrow.Eligible);
        Assert.Equal(Yuan(5), narrow.ClawedBack);
    }

    [Fact]
    public void FromAmounts_surplus_refuses_retained_above_eligible_and_any_share()
    {
        var e = Assert.Throws<ArgumentException>(() => DrgInstitutionSettlement.FromAmounts(Yuan(110), Yuan(100), Yuan(5), Yuan(5.01m), Money.Zero, Money.Zero));
        Assert.Equal("retained", e.ParamName);
        Assert.StartsWith("retained 5.01元 exceeds the eligible surplus 5.00元.", e.Message);

        e = Assert.Throws<ArgumentException>(() => DrgInstitutionSettlement.FromAmounts(Yuan(110), Yuan(100), Yuan(5), Yuan(1), Money.FromFen(1), Money.Zero));
        Assert.Equal("shared", e.ParamName);
        Assert.StartsWith("a surplus settlement has no overrun share.", e.Message);
        e = Assert.Throws<ArgumentException>(() => DrgInstitutionSettlement.FromAmounts(Yuan(110), Yuan(100), Yuan(5), Yuan(1), Money.Zero, Money.FromFen(1)));
        Assert.StartsWith("a surplus settlement has no overrun share.", e.Message);
    }

    [Fact]
    public void FromAmounts_overrun_keeps_the_shares()
    {
        // Overrun 100 − 90 = 10; band 4 → eligible 4; requested 2.8 (70%), paid 2 → final 90 + 2.
        DrgInstitutionSettlement s = DrgInstitutionSettlement.FromAmounts(Yuan(90), Yuan(100), Yuan(4), Money.Zero, Yuan(2.8m), Yuan(2));
        Assert.Equal(DrgSettlementKind.Overrun, s.Kind);
        Assert.Equal(Yuan(4), s.Band);
        Assert.Equal(Yuan(4), s.Eligible);
        Assert.Equal((Money.Zero, Money.Zero), (s.Retained, s.ClawedBack));
        Assert.Equal(Yuan(2.8m), s.SharedRequested);
        Assert.Equal(Yuan(2), s.Shared);
        Assert.Equal(Yuan(92), s.Final);
        Assert.Equal(Yuan(2), s.Adjustment);
        Assert.Equal("Overrun: 90.00元 vs 100.00元 → 92.00元", s.ToString());

        // Band 20 above the overrun → eligible 10; requested may equal eligible and paid may equal requested.
        DrgInstitutionSettlement wide = DrgInstitutionSettlement.FromAmounts(Yuan(90), Yuan(100), Yuan(20), Money.Zero, Yuan(10), Yuan(10));
        Assert.Equal(Yuan(10), wide.Eligible);
        Assert.Equal(Yuan(100), wide.Final);
    }

    [Theory]
    [InlineData(1, 0, 0, "an overrun settlement retains no surplus.", "retained")]
    [InlineData(0, 401, 0, "shares must satisfy paid 0.00元 ≤ requested 4.01元 ≤ eligible overrun 4.00元.", "shared")]
    [InlineData(0, 200, 201, "shares must satisfy paid 2.01元 ≤ requested 2.00元 ≤ eligible overrun 4.00元.", "shared")]
    public void FromAmounts_overrun_refuses_retained_and_shares_out_of_order(long retained, long requested, long shared, string message, string param)
    {
        var e = Assert.Throws<ArgumentException>(() => DrgInstitutionSettlement.FromAmounts(Yuan(90), Yuan(100), Yuan(4),
            Money.FromFen(retained), Money.FromFen(requested), Money.FromFen(shared)));
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(message, e.Message);
    }

    // ---------------------------------------------------------------- DrgSettlementTotals.FromTotals

    [Theory]
    [InlineData(0, "pointPayments")]
    [InlineData(1, "reserve")]
    [InlineData(2, "retained")]
    [InlineData(3, "clawedBack")]
    [InlineData(4, "sharedRequested")]
    public void FromTotals_refuses_each_negative_amount_by_name(int position, string name)
    {
        Money[] amounts = [Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(3)];
        amounts[position] = Money.FromFen(-1);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DrgSettlementTotals.FromTotals(amounts[0], amounts[1], amounts[2], amounts[3], amounts[4], 1, 1));
        Assert.Equal(name, e.ParamName);
        Assert.StartsWith($"{name} -0.01元 is negative: a settlement total is ≥ 0.", e.Message);
    }

    [Fact]
    public void FromTotals_refuses_negative_counts_and_sums_without_their_institutions()
    {
        var range = Assert.Throws<ArgumentOutOfRangeException>(() => DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(3), -1, 1));
        Assert.Equal("surplusInstitutions", range.ParamName);
        range = Assert.Throws<ArgumentOutOfRangeException>(() => DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(3), 1, -1));
        Assert.Equal("overrunInstitutions", range.ParamName);

        var e = Assert.Throws<ArgumentException>(() => DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Money.FromFen(1), Money.Zero, Money.Zero, 0, 0));
        Assert.Equal("surplusInstitutions", e.ParamName);
        Assert.StartsWith("no institution has a surplus, yet 0.01元 is retained and 0.00元 clawed back.", e.Message);
        e = Assert.Throws<ArgumentException>(() => DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Money.Zero, Money.FromFen(2), Money.Zero, 0, 0));
        Assert.StartsWith("no institution has a surplus, yet 0.00元 is retained and 0.02元 clawed back.", e.Message);

        e = Assert.Throws<ArgumentException>(() => DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Money.Zero, Money.Zero, Money.FromFen(3), 0, 0));
        Assert.Equal("overrunInstitutions", e.ParamName);
        Assert.StartsWith("no institution has an overrun, yet 0.03元 of shares is requested.", e.Message);

        // Retained + clawed back may reach the point payments (10 + 0 = 10), not exceed them (10 + 0.01).
        DrgSettlementTotals all = DrgSettlementTotals.FromTotals(Yuan(10), Money.Zero, Yuan(10), Money.Zero, Money.Zero, 1, 0);
        Assert.Equal(Yuan(10), all.Final); // final = 10 − 0 clawed back + 0 shared
        e = Assert.Throws<ArgumentException>(() => DrgSettlementTotals.FromTotals(Yuan(10), Money.Zero, Yuan(10), Money.FromFen(1), Money.Zero, 1, 0));
        Assert.Equal("retained", e.ParamName);
        Assert.StartsWith("retained 10.00元 + clawed back 0.01元 exceeds the point payments 10.00元: a surplus is part of a payment.", e.Message);
    }

    [Fact]
    public void FromTotals_pays_shares_within_the_pool_and_the_pool_when_short()
    {
        // Pool = reserve 50 + clawed back 4 = 54. Requested 3 ≤ 54: all paid; final 1,000 − 4 + 3 = 999; unspent 1,050 − 999 = 51.
        DrgSettlementTotals t = DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(3), 2, 1);
        Assert.Equal(DrgSettlementOutcome.AllShared, t.Outcome);
        Assert.Equal((Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(3), Yuan(3)), (t.PointPayments, t.Reserve, t.Retained, t.ClawedBack, t.SharedRequested, t.Shared));
        Assert.Equal(Yuan(999), t.Final);
        Assert.Equal(Yuan(51), t.Unspent);
        Assert.Equal((2, 1), (t.SurplusInstitutions, t.OverrunInstitutions));
        Assert.Equal("final 999.00元 of 1,050.00元, unspent 51.00元 (AllShared)", t.ToString());

        // Requested exactly the pool (54): still all shared, nothing unspent.
        DrgSettlementTotals exact = DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(54), 2, 1);
        Assert.Equal(DrgSettlementOutcome.AllShared, exact.Outcome);
        Assert.Equal(Yuan(54), exact.Shared);
        Assert.Equal(Yuan(1_050), exact.Final);

        // Requested 54.01 > 54: the pool is paid (SharingScaled); final 1,000 − 4 + 54 = 1,050.
        DrgSettlementTotals scaled = DrgSettlementTotals.FromTotals(Yuan(1_000), Yuan(50), Yuan(6), Yuan(4), Yuan(54.01m), 2, 1);
        Assert.Equal(DrgSettlementOutcome.SharingScaled, scaled.Outcome);
        Assert.Equal(Yuan(54), scaled.Shared);
        Assert.Equal(Yuan(54.01m), scaled.SharedRequested);
        Assert.Equal(Yuan(1_050), scaled.Final);
        Assert.Equal(Money.Zero, scaled.Unspent);
        Assert.Equal("final 1,050.00元 of 1,050.00元, unspent 0.00元 (SharingScaled)", scaled.ToString());
    }

    // ---------------------------------------------------------------- DrgSchemePayment.Restore

    /// <summary>The members of the worked example's scheme payment (with references), as the converter reads them.</summary>
    private sealed class Parts
    {
        public Parts(DrgSchemePayment p)
        {
            Table = p.Table;
            Result = p.Result;
            Ids = [.. p.InstitutionIds];
            Factors = [.. p.InstitutionFactors];
            CaseCounts = [.. p.CaseCounts];
            CasePoints = [.. p.CasePoints];
            CaseKinds = [.. p.CaseKinds];
            Points = [.. p.InstitutionPoints];
            Settled = [.. p.SettledPoints];
            Payments = [.. p.Payments];
            Settlements = p.Settlements?.ToArray();
            Totals = p.SettlementTotals;
        }

        public DrgGroupTable Table { get; set; }

        public DrgSchemeResult Result { get; set; }

        public string[] Ids { get; set; }

        public Fraction[] Factors { get; set; }

        public int[] CaseCounts { get; set; }

        public DrgPoints[] CasePoints { get; set; }

        public DrgCaseKind[] CaseKinds { get; set; }

        public DrgPoints[] Points { get; set; }

        public DrgPoints[] Settled { get; set; }

        public Money[] Payments { get; set; }

        public DrgInstitutionSettlement[]? Settlements { get; set; }

        public DrgSettlementTotals? Totals { get; set; }

        public DrgSchemePayment Restore() => DrgSchemePayment.Restore(Table, Result, Ids, Factors, CaseCounts, CasePoints, CaseKinds, Points, Settled, Payments, Settlements, Totals);

        public string Fails(string param)
        {
            var e = Assert.Throws<ArgumentException>(Restore);
            Assert.Equal(param, e.ParamName);
            return e.Message[..e.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal)];
        }
    }

    private static DrgSchemePayment Example(bool withReferences = true) =>
        DrgPayment.Calculate(DrgExample.Table(), DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionIds,
            DrgExample.InstitutionFactors, withReferences ? DrgExample.References : default);

    [Fact]
    public void Restore_gives_back_what_the_calculation_wrote()
    {
        DrgSchemePayment p = Example();
        DrgSchemePayment r = new Parts(p).Restore();
        Assert.Same(p.Table, r.Table);
        Assert.Equal(p.Result.PointValue.TotalPoints, r.PointValue.TotalPoints);
        Assert.Equal(["H1", "H2", "H3"], r.InstitutionIds);
        Assert.Equal([3, 3, 2], r.CaseCounts);
        Assert.Equal(p.CaseKinds, r.CaseKinds);
        Assert.Equal(p.SettledPoints, r.SettledPoints);
        Assert.Equal(p.Payments, r.Payments);
        Assert.Equal(p.Settlements, r.Settlements);
        Assert.Equal(p.SettlementTotals, r.SettlementTotals);

        DrgSchemePayment plain = new Parts(Example(withReferences: false)).Restore();
        Assert.Null(plain.Settlements);
        Assert.Null(plain.SettlementTotals);
    }

    [Theory]
    [InlineData("factors", "3 ids, 2 factors, 3 case counts, 3 points, 3 settled points, 3 payments, 3 settlements.")]
    [InlineData("caseCounts", "3 ids, 3 factors, 2 case counts, 3 points, 3 settled points, 3 payments, 3 settlements.")]
    [InlineData("points", "3 ids, 3 factors, 3 case counts, 2 points, 3 settled points, 3 payments, 3 settlements.")]
    [InlineData("settled", "3 ids, 3 factors, 3 case counts, 3 points, 2 settled points, 3 payments, 3 settlements.")]
    [InlineData("payments", "3 ids, 3 factors, 3 case counts, 3 points, 3 settled points, 2 payments, 3 settlements.")]
    [InlineData("settlements", "3 ids, 3 factors, 3 case counts, 3 points, 3 settled points, 3 payments, 2 settlements.")]
    public void Restore_refuses_an_institution_column_of_another_length(string column, string counts)
    {
        var parts = new Parts(Example());
        switch (column)
        {
            case "factors": parts.Factors = parts.Factors[..2]; break;
            case "caseCounts": parts.CaseCounts = parts.CaseCounts[..2]; break;
            case "points": parts.Points = parts.Points[..2]; break;
            case "settled": parts.Settled = parts.Settled[..2]; break;
            case "payments": parts.Payments = parts.Payments[..2]; break;
            default: parts.Settlements = parts.Settlements![..2]; break;
        }

        Assert.Equal("one entry per institution in every institution column: " + counts, parts.Fails("institutionIds"));
    }

    [Fact]
    public void Restore_without_settlements_names_no_settlement_count()
    {
        var parts = new Parts(Example(withReferences: false));
        parts.Payments = parts.Payments[..1];
        Assert.Equal("one entry per institution in every institution column: 3 ids, 3 factors, 3 case counts, 3 points, 3 settled points, 1 payments.", parts.Fails("institutionIds"));
    }

    [Fact]
    public void Restore_refuses_a_point_value_of_another_scheme()
    {
        var parts = new Parts(Example());
        parts.Table = DrgGroupTable.Create(DrgScheme.Resident, Money.FromYuan(10_000), DrgExample.GroupIds, DrgExample.GroupAverages, parts.Table.Policy);
        Assert.Equal("the point value is of scheme Employee but the group table of Resident.", parts.Fails("result"));
    }

    [Fact]
    public void Restore_refuses_negative_and_disagreeing_case_counts()
    {
        var parts = new Parts(Example());
        parts.CaseCounts[1] = -1;
        Assert.Equal("caseCounts[1] is -1: a count of cases cannot be negative.", parts.Fails("caseCounts"));

        parts = new Parts(Example());
        parts.CaseKinds = parts.CaseKinds[..7];
        Assert.Equal("the case counts add up to 8 cases, with 8 case points, 7 case kinds and 8 cases in the totals: one of each per case.", parts.Fails("caseCounts"));

        parts = new Parts(Example());
        parts.CaseKinds = parts.CaseKinds[..7];
        parts.CasePoints = parts.CasePoints[..7];
        Assert.Equal("the case counts add up to 8 cases, with 7 case points, 7 case kinds and 8 cases in the totals: one of each per case.", parts.Fails("caseCounts"));

        // The columns agree with the counts (7 cases) but the totals count 8.
        parts = new Parts(Example());
        parts.CaseKinds = parts.CaseKinds[..7];
        parts.CasePoints = parts.CasePoints[..7];
        parts.CaseCounts[2] = 1;
        Assert.Equal("the case counts add up to 7 cases, with 7 case points, 7 case kinds and 8 cases in the totals: one of each per case.", parts.Fails("caseCounts"));
    }

    [Fact]
    public void Restore_refuses_outlier_counts_that_disagree_with_the_kinds()
    {
        // The example has one high (case 4) and one low outlier (case 3).
        var parts = new Parts(Example());
        parts.CaseKinds[0] = DrgCaseKind.HighOutlier;
        Assert.Equal("the case kinds have 2 high and 1 low outliers but the totals 1 and 1.", parts.Fails("caseKinds"));

        parts = new Parts(Example());
        parts.CaseKinds[0] = DrgCaseKind.LowOutlier;
        Assert.Equal("the case kinds have 1 high and 2 low outliers but the totals 1 and 1.", parts.Fails("caseKinds"));
    }

    [Fact]
    public void Restore_refuses_points_that_do_not_add_up_to_the_totals()
    {
        var parts = new Parts(Example());
        parts.Points[0] = DrgPoints.FromPoints(261);
        Assert.Equal("the institution points add up to 1421 and the case points to 1420 but the totals have 1420 points.", parts.Fails("points"));

        parts = new Parts(Example());
        parts.CasePoints[0] = DrgPoints.FromPoints(81);
        Assert.Equal("the institution points add up to 1420 and the case points to 1421 but the totals have 1420 points.", parts.Fails("points"));
    }

    [Fact]
    public void Restore_recomputes_settled_points_the_point_value_and_payments()
    {
        var parts = new Parts(Example());
        parts.Settled[1] = DrgPoints.FromDecimal(745.6m);
        Assert.Equal("settledPoints[1] (H2) is 745.6 but 710 points × factor 1.05 give 745.5 (4 decimals, AwayFromZero).", parts.Fails("settled"));

        // A point value over 1,434 points where the settled points add up to 1,433.
        parts = new Parts(Example());
        DrgPointValue other = DrgPointValue.Compute(DrgScheme.Employee, DrgExample.Budget, Money.FromYuan(8_000.25m), DrgPoints.FromPoints(1_434));
        parts.Result = new DrgSchemeResult(other, parts.Result.Totals);
        Assert.Equal("the point value divides by 1434 points but the settled points add up to 1433.", parts.Fails("result"));

        parts = new Parts(Example());
        parts.Payments[0] = Money.FromYuan(27_579.38m);
        Assert.Equal("payments[0] (H1) is 27,579.38元 but the distributable 152,004.75元 apportioned by settled points gives 27,579.37元.", parts.Fails("payments"));
    }

    [Fact]
    public void Restore_needs_settlements_and_their_totals_together_and_recomputed()
    {
        var parts = new Parts(Example());
        parts.Settlements = null;
        Assert.Equal("there are settlement totals but no institution settlements: both or neither.", parts.Fails("settlementTotals"));

        parts = new Parts(Example());
        parts.Totals = null;
        Assert.Equal("there are institution settlements but no settlement totals: both or neither.", parts.Fails("settlementTotals"));

        // The totals of a settlement against another reserve (1,000.00 instead of 8,000.25).
        parts = new Parts(Example());
        parts.Totals = DrgSettlement.Settle(parts.Table.Policy, Money.FromYuan(1_000), parts.Payments, DrgExample.References, new Money[3], new Money[3]);
        Assert.Equal("the settlement totals are not those of the institution settlements with the reserve.", parts.Fails("settlementTotals"));

        // H2's share one fen short of the 5,535.50 the policy grants.
        parts = new Parts(Example());
        parts.Settlements![1] = parts.Settlements[1].WithShared(Money.FromYuan(5_535.49m));
        Assert.Equal(
            "settlements[1] (H2) is not the settlement of its payment 79,078.53元 against its reference 90,000.00元: shared 5,535.49元, final 84,614.02元, where the policy and the reserve give shared 5,535.50元, final 84,614.03元.",
            parts.Fails("settlements"));
    }

    // ---------------------------------------------------------------- DrgAnnualPayment.Restore

    private static readonly DrgSchemeBudget[] Budgets =
    [
        new(DrgScheme.Employee, Money.FromYuan(160_005), null, Money.FromYuan(10_000)),
        new(DrgScheme.Resident, Money.FromYuan(50_000), Money.FromYuan(2_000), Money.FromYuan(5_000)),
    ];

    private static readonly DrgGroupRecord[] Groups =
    [
        new(DrgScheme.Employee, "GA", Money.FromYuan(8_000)),
        new(DrgScheme.Employee, "GB", Money.FromYuan(15_000)),
        new(DrgScheme.Resident, "GA", Money.FromYuan(4_000)),
    ];

    // Cases 0 and 1 are employee cases (H1, H2), case 2 a resident case of H2: H1 has no resident case.
    private static readonly DrgCaseRecord[] Cases =
    [
        new("C1", DrgScheme.Employee, "H1", "GA", Money.FromYuan(8_500), Fraction.One),
        new("C2", DrgScheme.Employee, "H2", "GB", Money.FromYuan(14_000), Fraction.One),
        new("C3", DrgScheme.Resident, "H2", "GA", Money.FromYuan(3_000), Fraction.One),
    ];

    private static DrgInstitutionRecord[] Plain() => [new("H1", Fraction.One), new("H2", Fraction.FromDecimal(1.05m))];

    // Employee references for both; a resident reference for H2 only (H1 has no resident case, so it is settled against 0).
    private static DrgInstitutionRecord[] Referenced() =>
    [
        new("H1", Fraction.One, Money.FromYuan(10_000)),
        new("H2", Fraction.FromDecimal(1.05m), Money.FromYuan(100_000), Money.FromYuan(40_000)),
    ];

    private static DrgAnnualPayment Annual(DrgInstitutionRecord[] institutions) =>
        DrgAnnualPayment.Calculate(DrgExample.Policy(), Budgets, Groups, institutions, Cases);

    private static string RestoreFails(DrgAnnualPayment a, DrgInstitutionRecord[]? institutions = null, DrgSchemePayment[]? schemes = null,
        int[][]? positions = null, DrgPolicy? policy = null)
    {
        var e = Assert.Throws<ArgumentException>(() => Restore(a, institutions, schemes, positions, policy));
        return e.ParamName + ": " + e.Message[..e.Message.LastIndexOf(" (Parameter", StringComparison.Ordinal)];
    }

    private static DrgAnnualPayment Restore(DrgAnnualPayment a, DrgInstitutionRecord[]? institutions = null, DrgSchemePayment[]? schemes = null,
        int[][]? positions = null, DrgPolicy? policy = null) =>
        DrgAnnualPayment.Restore(policy ?? a.Policy, institutions ?? [.. a.Institutions], schemes ?? [.. a.Schemes],
            positions ?? [[.. a.CaseRecordIndices(0)], [.. a.CaseRecordIndices(1)]]);

    [Fact]
    public void Annual_restore_gives_back_what_the_calculation_wrote()
    {
        DrgAnnualPayment a = Annual(Referenced());
        DrgAnnualPayment r = Restore(a);
        Assert.Same(a.Policy, r.Policy);
        Assert.Equal(a.Institutions, r.Institutions);
        Assert.Equal(a.Schemes, r.Schemes);
        Assert.Equal([0, 1], r.CaseRecordIndices(0));
        Assert.Equal([2], r.CaseRecordIndices(1));
        Assert.Same(a.Schemes[1], r.For(DrgScheme.Resident));

        // The resident scheme settles H1 (no resident case, no resident reference) against 0.
        Assert.Equal(Money.Zero, r.For(DrgScheme.Resident)!.Settlements![0].Reference);
        Assert.Equal(0, r.For(DrgScheme.Resident)!.CaseCounts[0]);

        DrgAnnualPayment plain = Annual(Plain());
        Assert.Null(Restore(plain).For(DrgScheme.Employee)!.Settlements);
    }

    [Fact]
    public void Annual_restore_refuses_position_lists_rules_and_schemes_that_do_not_match()
    {
        DrgAnnualPayment a = Annual(Plain());
        Assert.Equal("caseRecordIndices: 1 lists of case positions for 2 schemes: one per scheme.", RestoreFails(a, positions: [[0, 1]]));
        Assert.Equal("schemes: scheme employee was computed with other rules than the payment's.", RestoreFails(a, policy: DrgExample.Policy()));
        Assert.Equal("schemes: scheme employee is given twice (schemes[0] and schemes[1]): one payment per scheme.",
            RestoreFails(a, schemes: [a.Schemes[0], a.Schemes[0]], positions: [[0, 1], [0, 1]]));
        Assert.Equal("schemes: scheme employee pays 2 institutions but there are 1: every scheme lists every institution.",
            RestoreFails(a, institutions: [Plain()[0]]));

        DrgInstitutionRecord[] renamed = Plain();
        renamed[1] = renamed[1] with { Id = "HX" };
        Assert.Equal("schemes: scheme employee's institution 1 is H2 with factor 1.05 but institutions[1] is HX with factor 1.05.", RestoreFails(a, institutions: renamed));
        DrgInstitutionRecord[] refactored = Plain();
        refactored[1] = refactored[1] with { Factor = Fraction.FromDecimal(1.1m) };
        Assert.Equal("schemes: scheme employee's institution 1 is H2 with factor 1.05 but institutions[1] is H2 with factor 1.1.", RestoreFails(a, institutions: refactored));
    }

    [Fact]
    public void Annual_restore_settles_exactly_the_schemes_with_references()
    {
        DrgAnnualPayment plain = Annual(Plain());
        DrgInstitutionRecord[] withReference = Plain();
        withReference[1] = withReference[1] with { EmployeeReference = Money.FromYuan(1) };
        Assert.Equal("schemes: scheme employee has no year-end settlement though institutions have employee_reference amounts.", RestoreFails(plain, institutions: withReference));

        DrgAnnualPayment settled = Annual(Referenced());
        Assert.Equal("schemes: scheme employee has a year-end settlement though no institution has a employee_reference amount.", RestoreFails(settled, institutions: Plain()));

        DrgInstitutionRecord[] moved = Referenced();
        moved[1] = moved[1] with { EmployeeReference = Money.FromYuan(100_000.01m) };
        Assert.Equal("schemes: scheme employee settles institution H2 against 100,000.00元 but its employee_reference is 100,000.01元.", RestoreFails(settled, institutions: moved));

        DrgInstitutionRecord[] missing = Referenced();
        missing[0] = missing[0] with { EmployeeReference = null };
        Assert.Equal("schemes: scheme employee settles institution H1 against 10,000.00元 but its employee_reference is missing.", RestoreFails(settled, institutions: missing));
    }

    [Fact]
    public void Annual_restore_refuses_a_missing_reference_of_an_institution_with_cases_even_at_zero()
    {
        // H2 (one resident case) settled against an explicit resident reference of 0; read back with it missing and
        // H1's given as 0 instead, the settlement references agree (0) but H2 has cases and no reference.
        DrgInstitutionRecord[] zero = Referenced();
        zero[1] = zero[1] with { ResidentReference = Money.Zero };
        DrgAnnualPayment a = Annual(zero);
        DrgInstitutionRecord[] swapped = Referenced();
        swapped[0] = swapped[0] with { ResidentReference = Money.Zero };
        swapped[1] = swapped[1] with { ResidentReference = null };
        Assert.Equal("schemes: scheme resident settles institution H2 against 0.00元 but its resident_reference is missing.", RestoreFails(a, institutions: swapped));
    }

    [Fact]
    public void Annual_restore_checks_the_case_positions()
    {
        DrgAnnualPayment a = Annual(Plain());
        Assert.Equal("caseRecordIndices: caseRecordIndices[0] has 1 positions for the 2 cases of scheme employee.", RestoreFails(a, positions: [[0], [2]]));
        Assert.Equal("caseRecordIndices: caseRecordIndices[0][1] = 0 does not follow 1: a scheme's cases keep their input order.", RestoreFails(a, positions: [[1, 0], [2]]));
        Assert.Equal("caseRecordIndices: caseRecordIndices[0][1] = 1 does not follow 1: a scheme's cases keep their input order.", RestoreFails(a, positions: [[1, 1], [2]]));
        Assert.Equal("caseRecordIndices: case position 3 of scheme resident is outside 0–2: the positions number the 3 cases once each.", RestoreFails(a, positions: [[0, 1], [3]]));
        Assert.Equal("caseRecordIndices: case position -1 of scheme employee is outside 0–2: the positions number the 3 cases once each.", RestoreFails(a, positions: [[-1, 0], [2]]));
        Assert.Equal("caseRecordIndices: case position 1 of scheme resident is given twice: the positions number the 3 cases once each.", RestoreFails(a, positions: [[0, 1], [1]]));

        // Another order of the same positions is fine: the resident case first.
        DrgAnnualPayment r = Restore(a, positions: [[1, 2], [0]]);
        Assert.Equal([1, 2], r.CaseRecordIndices(0));
        Assert.Equal([0], r.CaseRecordIndices(1));
    }
}
