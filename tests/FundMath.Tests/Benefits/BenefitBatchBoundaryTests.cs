using System;
using System.Linq;
using FundMath.Benefits;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// The batch form at its edges: every total kept in its own field, added field by field and compared field by field,
/// the inpatient figures by level against the scalar settlements, the in-scope target outcomes, and each shape check
/// of the columns and tables with its words.
/// </summary>
public class BenefitBatchBoundaryTests
{
    private static readonly LocalDate May2021 = new(2021, 5, 10);

    // Fifteen distinct figures (fen), one per field, so that a field read or added in another's place shows.
    private static BenefitBatchTotals Distinct(long k = 1) => new(
        1 * k, 2 * k, 3 * k, 5 * k, 7 * k, 11 * k, 13 * k, 17 * k, 19 * k, 23 * k, 29 * k, 31 * k, 37 * k, 41 * k, 43 * k);

    [Fact]
    public void Every_total_reads_its_own_field()
    {
        BenefitBatchTotals t = Distinct();
        Assert.Equal(1, t.Claims);
        Assert.Equal(
            [2, 3, 5, 7, 11, 13, 17, 19],
            new[] { t.Total, t.OutOfScope, t.ClassBSelfPay, t.InScope, t.Basic, t.SeriousIllness, t.Assistance, t.Patient }.Select(m => m.Fen));
        Assert.Equal(
            [23, 29, 31, 37, 41, 43],
            new[] { t.InpatientInScope(HospitalLevel.Level1), t.InpatientInScope(HospitalLevel.Level2), t.InpatientInScope(HospitalLevel.Level3),
                t.InpatientBasic(HospitalLevel.Level1), t.InpatientBasic(HospitalLevel.Level2), t.InpatientBasic(HospitalLevel.Level3) }.Select(m => m.Fen));
        Assert.Equal(Money.FromFen(11 + 13 + 17), t.FundPaid);
        Assert.Equal(Rate.FromRatio(37, 23), t.InpatientInScopeRatio(HospitalLevel.Level1));
        Assert.Equal(Rate.FromRatio(41, 29), t.InpatientInScopeRatio(HospitalLevel.Level2));
        Assert.Equal(Rate.FromRatio(43, 31), t.InpatientInScopeRatio(HospitalLevel.Level3));
        Assert.Equal(Rate.FromRatio(37 + 41 + 43, 23 + 29 + 31), t.InpatientInScopeRatio());
        Assert.Null(default(BenefitBatchTotals).InpatientInScopeRatio());
        Assert.Null(default(BenefitBatchTotals).InpatientInScopeRatio(HospitalLevel.Level2));
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => t.InpatientInScope((HospitalLevel)3)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => t.InpatientBasic((HospitalLevel)3)).ParamName);
        Assert.Equal("1 claims: total 0.02元 = basic 0.11 + 大病 0.13 + 救助 0.17 + patient 0.19", t.ToString());
    }

    [Fact]
    public void Totals_add_and_compare_field_by_field()
    {
        BenefitBatchTotals sum = Distinct() + Distinct(2);
        Assert.Equal(Distinct(3), sum);
        Assert.Equal(Distinct(3), BenefitBatchTotals.Add(Distinct(), Distinct(2)));
        Assert.True(Distinct() == Distinct());
        Assert.False(Distinct() != Distinct());
        Assert.True(Distinct().Equals((object)Distinct()));
        Assert.False(Distinct().Equals((object)"x"));
        Assert.Equal(Distinct().GetHashCode(), Distinct().GetHashCode());
        // A batch differing in any one field differs.
        for (int field = 0; field < 15; field++)
        {
            long[] f = [1, 2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43];
            f[field]++;
            var other = new BenefitBatchTotals(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9], f[10], f[11], f[12], f[13], f[14]);
            Assert.True(other != Distinct(), $"field {field}");
            Assert.False(other == Distinct(), $"field {field}");
        }

        Assert.Throws<OverflowException>(() => new BenefitBatchTotals(long.MaxValue, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0) + Distinct());
    }

    [Fact]
    public void The_batch_keeps_inpatient_figures_by_level_and_meets_or_misses_the_target()
    {
        BenefitClaim[] claims =
        [
            Claim(1, 1, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 3_000, 100, 200),
            Claim(2, 1, May2021, BenefitScheme.Resident, ClaimKind.Outpatient, HospitalLevel.Level1, 300),
            Claim(3, 2, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000),
            Claim(4, 3, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 30_000, 3_000, 5_000),
            Claim(5, 3, May2021, BenefitScheme.Resident, ClaimKind.ChronicOutpatient, HospitalLevel.Level3, 800),
        ];
        BenefitClaimTable table = BenefitClaimTable.FromClaims(claims);
        var accumulators = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, 2021)).ToArray();
        var payments = new BenefitPaymentTable(table.Count);
        BenefitBatchTotals totals = BenefitSettlement.Settle(Resident2021, table.Columns, accumulators, payments.Columns);

        var scalar = table.PersonIds.ToDictionary(p => p, p => BenefitAccumulator.ForYear(p, 2021));
        ClaimSettlement[] one = [.. claims.Select(c =>
        {
            BenefitAccumulator a = scalar[c.PersonId];
            ClaimSettlement s = BenefitSettlement.Settle(Resident2021, c, ref a);
            scalar[c.PersonId] = a;
            return s;
        })];
        Assert.Equal(5, totals.Claims);
        Assert.Equal(Money.Sum(one.Select(s => s.Total)), totals.Total);
        Assert.Equal(Money.Sum(one.Select(s => s.OutOfScope)), totals.OutOfScope);
        Assert.Equal(Money.Sum(one.Select(s => s.ClassBSelfPay)), totals.ClassBSelfPay);
        Assert.Equal(Money.Sum(one.Select(s => s.InScope)), totals.InScope);
        Assert.Equal(Money.Sum(one.Select(s => s.Basic)), totals.Basic);
        Assert.Equal(Money.Sum(one.Select(s => s.SeriousIllness)), totals.SeriousIllness);
        Assert.Equal(Money.Sum(one.Select(s => s.Assistance)), totals.Assistance);
        Assert.Equal(Money.Sum(one.Select(s => s.Patient)), totals.Patient);
        Assert.Equal((one[0].InScope, one[2].InScope, one[3].InScope), (totals.InpatientInScope(HospitalLevel.Level1), totals.InpatientInScope(HospitalLevel.Level2), totals.InpatientInScope(HospitalLevel.Level3)));
        Assert.Equal((one[0].Basic, one[2].Basic, one[3].Basic), (totals.InpatientBasic(HospitalLevel.Level1), totals.InpatientBasic(HospitalLevel.Level2), totals.InpatientBasic(HospitalLevel.Level3)));
        Assert.Equal(one.Select(s => s.Basic), payments.Basic);
        Assert.Equal(one.Select(s => s.SeriousIllness), payments.SeriousIllness);
        Assert.Equal(one.Select(s => s.Assistance), payments.Assistance);
        Assert.Equal(one.Select(s => s.Patient), payments.Patient);
        Assert.Equal(table.PersonIds.Select(p => scalar[p]), accumulators);

        // The plan's 不低于70%: these admissions reach it; a batch without inpatients has no in-scope cost; the
        // 2020 plan sets no target; a batch paying 69.9999% of its inpatient in-scope cost misses it.
        Assert.Equal(TargetOutcome.Within, totals.InpatientTargetOutcome(Resident2021));
        Assert.Equal(TargetOutcome.NoInScopeCost, default(BenefitBatchTotals).InpatientTargetOutcome(Resident2021));
        Assert.Equal(TargetOutcome.NoTarget, totals.InpatientTargetOutcome(Resident2020));
        Assert.Equal(TargetOutcome.Below, new BenefitBatchTotals(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000_000, 0, 0, 699_999, 0).InpatientTargetOutcome(Resident2021));
        Assert.Equal(TargetOutcome.Within, new BenefitBatchTotals(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000_000, 0, 0, 700_000, 0).InpatientTargetOutcome(Resident2021));
        Assert.Throws<ArgumentNullException>(() => totals.InpatientTargetOutcome(null!));
    }

    [Fact]
    public void Column_and_table_shapes_are_checked_with_their_words()
    {
        ArgumentException lengths = Assert.Throws<ArgumentException>(() => new BenefitClaimColumns([0, 1], new long[1], new LocalDate[2], new ClaimKind[3], new HospitalLevel[4],
            new PersonStatus[5], new AssistanceGroup[6], new Money[7], new Money[8], new Money[9]));
        Assert.Equal("claim columns must have one element per claim: ids 1, dates 2, kinds 3, levels 4, statuses 5, groups 6, totals 7, outOfScope 8, classB 9. (Parameter 'ids')", lengths.Message);
        foreach (int wrong in Enumerable.Range(0, 8))
        {
            int[] n = [1, 1, 1, 1, 1, 1, 1, 1];
            n[wrong] = 2;
            Assert.Throws<ArgumentException>(() => new BenefitClaimColumns([0, 1], new long[1], new LocalDate[n[0]], new ClaimKind[n[1]], new HospitalLevel[n[2]],
                new PersonStatus[n[3]], new AssistanceGroup[n[4]], new Money[n[5]], new Money[n[6]], new Money[n[7]]));
        }

        Assert.Equal(
            "personStarts must start at 0 and end at the claim count 1 (one more element than persons); got an empty span. (Parameter 'personStarts')",
            Assert.Throws<ArgumentException>(() => Columns([], 1)).Message);
        Assert.Equal(
            "personStarts must start at 0 and end at the claim count 1 (one more element than persons); got 0 … 2. (Parameter 'personStarts')",
            Assert.Throws<ArgumentException>(() => Columns([0, 2], 1)).Message);
        Assert.Equal(
            "personStarts[2] = 1 is below personStarts[1] = 2: claims are grouped by person in order. (Parameter 'personStarts')",
            Assert.Throws<ArgumentException>(() => Columns([0, 2, 1, 3], 3)).Message);
        Assert.Equal(2, ColumnsPersons([0, 1, 1], 1)); // a person without claims is allowed
        Assert.Equal(0, ColumnsPersons([0], 0));

        Assert.Equal(
            "payment columns must have one element per claim: basic 1, seriousIllness 2, assistance 3, patient 4. (Parameter 'basic')",
            Assert.Throws<ArgumentException>(() => new BenefitPaymentColumns(new Money[1], new Money[2], new Money[3], new Money[4])).Message);
        Assert.Throws<ArgumentException>(() => new BenefitPaymentColumns(new Money[1], new Money[1], new Money[2], new Money[1]));
        Assert.Throws<ArgumentException>(() => new BenefitPaymentColumns(new Money[1], new Money[1], new Money[1], new Money[2]));
        Assert.Equal(0, new BenefitPaymentTable(0).Count);
        Assert.Equal("claims", Assert.Throws<ArgumentOutOfRangeException>(() => new BenefitPaymentTable(-1)).ParamName);

        Assert.Equal(
            "personIds (1) must have one element per person (personStarts.Length − 1 = 2). (Parameter 'personIds')",
            Assert.Throws<ArgumentException>(() => new BenefitClaimTable([0, 1, 1], [7], [1], new LocalDate[1], new ClaimKind[1], new HospitalLevel[1],
                new PersonStatus[1], new AssistanceGroup[1], new Money[1], new Money[1], new Money[1])).Message);
    }

    private static int ColumnsPersons(int[] starts, int n) => Columns(starts, n).Persons;

    private static BenefitClaimColumns Columns(int[] starts, int n) =>
        new(starts, new long[n], new LocalDate[n], new ClaimKind[n], new HospitalLevel[n], new PersonStatus[n], new AssistanceGroup[n], new Money[n], new Money[n], new Money[n]);

    [Fact]
    public void A_table_finds_each_claims_person_even_past_persons_without_claims()
    {
        // Persons 10 (no claims), 20 (claims 0 and 1), 30 (none), 40 (claim 2).
        var table = new BenefitClaimTable([0, 0, 2, 2, 3], [10, 20, 30, 40], [100, 101, 102], [May2021, May2021, May2021],
            [ClaimKind.Inpatient, ClaimKind.Outpatient, ClaimKind.ChronicOutpatient], [HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3],
            [PersonStatus.Resident, PersonStatus.Resident, PersonStatus.Resident], [AssistanceGroup.General, AssistanceGroup.Dibao, AssistanceGroup.Destitute],
            [Y(1), Y(2), Y(3)], [Y(0), Y(1), Y(2)], [Y(0), Y(0), Y(1)]);
        Assert.Equal((4, 3), (table.Persons, table.Count));
        Assert.Equal([10L, 20, 30, 40], table.PersonIds);
        Assert.Equal([20L, 20, 40], new[] { table.Claim(0, BenefitScheme.Resident).PersonId, table.Claim(1, BenefitScheme.Resident).PersonId, table.Claim(2, BenefitScheme.Resident).PersonId });
        BenefitClaim last = table.Claim(2, BenefitScheme.Employee);
        Assert.Equal((102L, BenefitScheme.Employee, ClaimKind.ChronicOutpatient, HospitalLevel.Level3, AssistanceGroup.Destitute), (last.Id, last.Scheme, last.Kind, last.Level, last.Group));
        Assert.Equal((Y(3), Y(2), Y(1)), (last.Total, last.OutOfScope, last.ClassB));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => table.Claim(3, BenefitScheme.Resident)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => table.Claim(-1, BenefitScheme.Resident));
        Assert.Throws<ArgumentNullException>(() => BenefitClaimTable.FromClaims(null!));

        // FromClaims groups by person in first-seen order, keeping each person's claims in order.
        BenefitClaimTable grouped = BenefitClaimTable.FromClaims(
        [
            Claim(1, 8, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 1),
            Claim(2, 9, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 2),
            Claim(3, 8, May2021, BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 3),
        ]);
        Assert.Equal([8L, 9], grouped.PersonIds);
        Assert.Equal([1L, 3, 2], Enumerable.Range(0, 3).Select(i => grouped.Claim(i, BenefitScheme.Resident).Id));
        Assert.Equal([8L, 8, 9], Enumerable.Range(0, 3).Select(i => grouped.Claim(i, BenefitScheme.Resident).PersonId));
        Assert.Equal([0, 2, 3], grouped.PersonStartsArray);
    }
}
