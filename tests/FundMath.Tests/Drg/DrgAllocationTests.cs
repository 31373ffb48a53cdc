using System;
using FundMath.Drg;
using FundMath.Tests.Support;

namespace FundMath.Tests.Drg;

/// <summary>The point payment's hot path allocates nothing (1,000 institutions, 600 groups, 20,000 cases per call).</summary>
public sealed class DrgAllocationTests
{
    private const int Institutions = 1_000;
    private const int Groups = 600;
    private const int CaseCount = 20_000;

    private readonly DrgGroupTable table;
    private readonly int[] groups = new int[CaseCount];
    private readonly int[] owners = new int[CaseCount];
    private readonly Money[] costs = new Money[CaseCount];
    private readonly Fraction[] factors = new Fraction[CaseCount];
    private readonly Fraction[] institutionFactors = new Fraction[Institutions];
    private readonly Money[] references = new Money[Institutions];
    private readonly DrgPoints[] casePoints = new DrgPoints[CaseCount];
    private readonly DrgPoints[] points = new DrgPoints[Institutions];
    private readonly DrgPoints[] settled = new DrgPoints[Institutions];
    private readonly Money[] payments = new Money[Institutions];
    private readonly Money[] shared = new Money[Institutions];
    private readonly Money[] finals = new Money[Institutions];

    public DrgAllocationTests()
    {
        var ids = new string[Groups];
        var averages = new Money[Groups];
        ulong seed = 12345;
        for (int g = 0; g < Groups; g++)
        {
            ids[g] = "G" + g;
            averages[g] = Money.FromFen(200_000 + (long)(Next(ref seed) % 20_000_000));
        }

        table = DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(12_000), ids, averages, DrgExample.Policy());
        for (int i = 0; i < CaseCount; i++)
        {
            groups[i] = (int)(Next(ref seed) % Groups);
            owners[i] = (int)(Next(ref seed) % Institutions);
            costs[i] = Money.FromFen(averages[groups[i]].Fen * (long)(Next(ref seed) % 3_000) / 1_000);
            factors[i] = i % 10 == 0 ? Fraction.FromDecimal(1.1m) : Fraction.One;
        }

        for (int k = 0; k < Institutions; k++)
        {
            institutionFactors[k] = k % 3 == 0 ? Fraction.FromDecimal(1.05m) : Fraction.One;
        }
    }

    [Fact]
    public void Case_points_scalar_and_batch_allocate_nothing()
    {
        Allocations.AssertZero(() => DrgCasePoints.ForCase(table, 7, Money.FromYuan(90_000), Fraction.FromDecimal(1.2m)), "DrgCasePoints.ForCase");
        AssertZeroPerCall(() => DrgCasePoints.Compute(table, new DrgCases(groups, owners, costs, factors), casePoints, points), "DrgCasePoints.Compute", 20);
        AssertZeroPerCall(() => DrgCasePoints.Compute(table, new DrgCases(groups, owners, costs), default, points), "DrgCasePoints.Compute without factors", 20);
    }

    [Fact]
    public void Point_value_payments_and_settlement_allocate_nothing()
    {
        AssertZeroPerCall(() => DrgPayment.Compute(table, Money.FromYuan(900_000_000), null, new DrgCases(groups, owners, costs, factors),
            institutionFactors, default, points, settled, payments), "DrgPayment.Compute", 20);
        for (int k = 0; k < Institutions; k++)
        {
            references[k] = Money.FromFen(payments[k].Fen * (95 + (k % 40)) / 100);
        }

        // Both the all-shared path and the scaled path (a reserve of 0 leaves only the clawed-back surplus).
        AssertZeroPerCall(() => DrgSettlement.Settle(table.Policy, Money.FromYuan(45_000_000), payments, references, shared, finals), "DrgSettlement.Settle", 20);
        AssertZeroPerCall(() => DrgSettlement.Settle(table.Policy, Money.Zero, payments, references, shared, finals), "DrgSettlement.Settle (scaled)", 20);
        Assert.Equal(DrgSettlementOutcome.SharingScaled, DrgSettlement.Settle(table.Policy, Money.Zero, payments, references, shared, finals).Outcome);
    }

    // These batches run for tens of milliseconds per call. Once, in a full parallel run of the test project on the loaded
    // 2-core machine, 136 B were counted on this thread during 20 calls of DrgPayment.Compute, and never again (not in
    // 2,000 calls beside a thread allocating 1 KB objects in a loop). An allocation made by the call shows in every
    // round, so the law "a call allocates nothing" is checked by the least of three rounds; one round of 0 B proves it.
    private static void AssertZeroPerCall(Action action, string what, int iterations)
    {
        long least = long.MaxValue;
        for (int round = 0; round < 3 && least != 0; round++)
        {
            least = Math.Min(least, Allocations.Measure(action, iterations));
        }

        if (least != 0)
        {
            throw new Xunit.Sdk.XunitException($"{what} allocated at least {least} bytes over {iterations} iterations in each of 3 rounds; expected 0.");
        }
    }

    private static ulong Next(ref ulong state)
    {
        state = unchecked((state * 6364136223846793005UL) + 1442695040888963407UL);
        return state >> 11;
    }
}
