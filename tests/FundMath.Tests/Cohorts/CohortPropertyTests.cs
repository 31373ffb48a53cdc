namespace FundMath.Tests.Cohorts;

using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath;
using FundMath.Cohorts;
using FundMath.Testing;
using FundMath.Tests.Support;

public class CohortPropertyTests
{
    private static CohortCounts FoldCounts(CohortCounts[] xs) => xs.Aggregate(CohortCounts.Empty, (a, b) => a + b);

    private static Utilisation FoldUse(Utilisation[] xs) => xs.Aggregate(Utilisation.Empty, (a, b) => a + b);

    [FundMathProperty]
    public Property Shares_of_a_partition_sum_to_exactly_100_percent_before_display_rounding() =>
        Prop.ForAll(FundArbitraries.PartitionParts(), Gen.Choose(0, 4).ToArbitrary(), (parts, decimals) =>
        {
            Headcount whole = Headcount.Sum(parts);
            var exact = new Rate[parts.Length];
            var naive = new Rate[parts.Length];
            var apportioned = new Rate[parts.Length];
            StructureShares s = StructureShares.Compute(whole, parts, true, decimals, MidpointRounding.AwayFromZero, exact, naive, apportioned);
            Rate halfUnit = Rate.FromRatio(1, 2 * 100 * (long)Math.Pow(10, decimals));
            bool rowsClose = Enumerable.Range(0, parts.Length).All(i =>
                (naive[i] - exact[i]).Abs().Value <= halfUnit.Value
                && (apportioned[i] - exact[i]).Abs().Value < (halfUnit + halfUnit).Value);
            Rate naiveSum = naive.Aggregate(Rate.Zero, (a, b) => a + b);
            return s.ExactSum == Rate.OneHundredPercent
                && s.ApportionedDisplaySum == Rate.OneHundredPercent
                && s.NaiveDisplaySum == naiveSum
                && s.NaiveDisplayExcess == naiveSum - Rate.OneHundredPercent
                && rowsClose;
        });

    [FundMathProperty]
    public Property Cohort_count_merge_is_associative_commutative_with_empty_identity() =>
        Prop.ForAll(FundArbitraries.CohortCounts(), FundArbitraries.CohortCounts(), FundArbitraries.CohortCounts(), (a, b, c) =>
            ((a + b) + c).Equals(a + (b + c)) && (a + b).Equals(b + a) && (a + CohortCounts.Empty).Equals(a) && (CohortCounts.Empty + a).Equals(a));

    [FundMathProperty]
    public Property Cohort_counts_partition_then_merge_equals_the_whole() =>
        Prop.ForAll(FundArbitraries.Partitioned(FundArbitraries.CohortCountSets()), p =>
        {
            CohortCounts whole = FoldCounts(p.Items);
            CohortCounts[] partials = Enumerable.Range(0, p.GroupCount).Select(g => FoldCounts(p.Group(g))).ToArray();
            return FoldCounts(partials).Equals(whole) && FoldCounts(partials.Reverse().ToArray()).Equals(whole) && CohortCounts.Sum(p.Items).Equals(whole);
        });

    [FundMathProperty]
    public Property Utilisation_merge_laws_and_partition_then_merge() =>
        Prop.ForAll(FundArbitraries.Partitioned(FundArbitraries.UtilisationSets()), FundArbitraries.Utilisations(), (p, x) =>
        {
            Utilisation whole = FoldUse(p.Items);
            Utilisation[] partials = Enumerable.Range(0, p.GroupCount).Select(g => FoldUse(p.Group(g))).ToArray();
            return FoldUse(partials).Equals(whole)
                && Utilisation.Sum(p.Items).Equals(whole)
                && (whole + x).Equals(x + whole)
                && (whole + Utilisation.Empty).Equals(whole)
                && whole.TotalCost == Money.Sum(p.Items.Select(u => u.TotalCost));
        });

    [FundMathProperty]
    public Property Cohort_cost_and_case_shares_sum_to_100_percent() =>
        Prop.ForAll(FundArbitraries.UtilisationSets(), xs =>
        {
            Utilisation total = Utilisation.Sum(xs);
            if (total.Cost(ServiceCategory.Inpatient).IsZero || total.Cases(ServiceCategory.Inpatient) == 0)
            {
                return true;
            }

            var cost = new Rate[xs.Length];
            var cases = new Rate[xs.Length];
            Utilisation.Shares(xs, ServiceCategory.Inpatient, cost, cases);
            return cost.Aggregate(Rate.Zero, (a, b) => a + b) == Rate.OneHundredPercent
                && cases.Aggregate(Rate.Zero, (a, b) => a + b) == Rate.OneHundredPercent;
        });

    [FundMathProperty]
    public Property Cohort_flows_merge_and_roll_forward() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3).ToArbitrary(), Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3).ToArbitrary(), (x, y) =>
        {
            CohortFlow a = CohortFlow.Create(Headcount.FromPersons(x[0] + x[2]), Headcount.FromPersons(x[1]), Headcount.FromPersons(x[2]));
            CohortFlow b = CohortFlow.Create(Headcount.FromPersons(y[0] + y[2]), Headcount.FromPersons(y[1]), Headcount.FromPersons(y[2]));
            CohortFlow m = a + b;
            return m == b + a && (a + CohortFlow.Empty) == a && m.Closing == a.Closing + b.Closing && m.NetChange == a.NetChange + b.NetChange;
        });
}
