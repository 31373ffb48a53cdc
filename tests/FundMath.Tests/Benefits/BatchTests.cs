using System;
using System.Linq;
using FundMath.Benefits;
using FundMath.Tests.Support;
using NodaTime;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

public class BatchTests
{
    private static BenefitClaimTable Mix(int persons, int claimsPerPerson, int seed)
    {
        var random = new Random(seed);
        var claims = new System.Collections.Generic.List<BenefitClaim>();
        long id = 1;
        for (int p = 1; p <= persons; p++)
        {
            var group = (AssistanceGroup)(random.Next(10) < 7 ? 0 : random.Next(1, 4));
            for (int i = 0; i < claimsPerPerson; i++)
            {
                var kind = (ClaimKind)(random.Next(100) switch { < 75 => 1, < 92 => 2, _ => 0 });
                long total = kind switch { ClaimKind.Outpatient => random.Next(1_000, 50_000), ClaimKind.ChronicOutpatient => random.Next(5_000, 300_000), _ => random.Next(200_000, 8_000_000) };
                long outOfScope = total * random.Next(0, 20) / 100;
                long classB = (total - outOfScope) * random.Next(0, 30) / 100;
                claims.Add(new BenefitClaim(id++, p, new LocalDate(2021, 1 + (i % 12), 1 + random.Next(28)), BenefitScheme.Resident, kind, (HospitalLevel)random.Next(3),
                    PersonStatus.Resident, group, Money.FromFen(total), Money.FromFen(outOfScope), Money.FromFen(classB)));
            }
        }

        return BenefitClaimTable.FromClaims(claims);
    }

    [Fact]
    public void Batch_settlement_allocates_nothing()
    {
        BenefitPlan plan = Resident2021;
        BenefitClaimTable table = Mix(200, 5, 1);
        var accumulators = new BenefitAccumulator[table.Persons];
        var payments = new BenefitPaymentTable(table.Count);
        Allocations.AssertZero(() =>
        {
            for (int p = 0; p < accumulators.Length; p++)
            {
                accumulators[p] = BenefitAccumulator.ForYear(table.PersonIds[p], 2021);
            }

            BenefitSettlement.Settle(plan, table.Columns, accumulators, payments.Columns);
        }, "BenefitSettlement.Settle (batch of 1,000 claims)", iterations: 50);
    }

    [Fact]
    public void Scalar_settlement_allocates_nothing()
    {
        BenefitPlan plan = Resident2021;
        BenefitClaim claim = Claim(1, 1, new LocalDate(2021, 5, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 12_000, 1_000, 2_000, AssistanceGroup.Dibao);
        Allocations.AssertZero(() =>
        {
            var acc = BenefitAccumulator.ForYear(1, 2021);
            ClaimSettlement s = BenefitSettlement.Settle(plan, claim, ref acc);
            BenefitSettlement.Reverse(s, ref acc);
        }, "BenefitSettlement.Settle + Reverse");
    }

    [Fact]
    public void The_parallel_form_never_splits_a_person_and_is_bit_identical()
    {
        BenefitPlan plan = Resident2021;
        BenefitClaimTable table = Mix(1_000, 7, 2);
        int[] cuts = BenefitSettlement.Partition(table.Columns.PersonStarts.ToArray(), table.Persons, 4);
        Assert.Equal(0, cuts[0]);
        Assert.Equal(table.Persons, cuts[^1]);
        Assert.True(cuts.Zip(cuts.Skip(1)).All(c => c.First < c.Second));
        Assert.Equal(5, cuts.Length); // four non-empty partitions of about 1,750 claims

        var seqAcc = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, 2021)).ToArray();
        var seqPay = new BenefitPaymentTable(table.Count);
        BenefitBatchTotals seq = BenefitSettlement.Settle(plan, table.Columns, seqAcc, seqPay.Columns);
        foreach (int partitions in new[] { 1, 2, 3, 8 })
        {
            var parAcc = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, 2021)).ToArray();
            var parPay = new BenefitPaymentTable(table.Count);
            BenefitBatchTotals par = BenefitSettlement.SettleParallel(plan, table, parAcc, parPay, partitions);
            Assert.Equal(seq, par);
            Assert.Equal(seqAcc, parAcc);
            Assert.Equal(seqPay.Basic, parPay.Basic);
            Assert.Equal(seqPay.SeriousIllness, parPay.SeriousIllness);
            Assert.Equal(seqPay.Assistance, parPay.Assistance);
            Assert.Equal(seqPay.Patient, parPay.Patient);
        }

        Assert.Equal(seq.Total, seq.Basic + seq.SeriousIllness + seq.Assistance + seq.Patient);
    }

    [Fact]
    public void Partitions_follow_claim_counts_and_drop_empty_ranges()
    {
        // Persons with 10, 0, 0, 10 claims into 2: the cut is at the first person starting at or after claim 10.
        int[] starts = [0, 10, 10, 10, 20];
        Assert.Equal([0, 1, 4], BenefitSettlement.Partition(starts, 4, 2));
        Assert.Equal([0, 1], BenefitSettlement.Partition([0, 5], 1, 8));
    }

    [Fact]
    public void Column_shapes_are_checked()
    {
        int[] starts = [0, 1];
        Assert.Throws<ArgumentException>(() => new BenefitClaimColumns(starts, new long[1], new LocalDate[1], new ClaimKind[1], new HospitalLevel[1],
            new PersonStatus[1], new AssistanceGroup[1], new Money[1], new Money[1], new Money[2]));
        Assert.Contains("personStarts must start at 0", Assert.Throws<ArgumentException>(() => new BenefitClaimColumns([1, 1], new long[1], new LocalDate[1], new ClaimKind[1],
            new HospitalLevel[1], new PersonStatus[1], new AssistanceGroup[1], new Money[1], new Money[1], new Money[1])).Message);
        BenefitClaimTable table = Mix(2, 2, 3);
        var payments = new BenefitPaymentTable(3);
        Assert.Contains("payments (3) must hold one element per claim (4)",
            Assert.Throws<ArgumentException>(() => BenefitSettlement.Settle(Resident2021, table.Columns, new BenefitAccumulator[2], payments.Columns)).Message);
    }
}
