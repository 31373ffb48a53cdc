using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Drg;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Drg;

/// <summary>Laws of the point payment, over generated scheme-years (<see cref="DrgArbitraries"/>).</summary>
public sealed class DrgPropertyTests
{
    [FundMathProperty]
    public Property Payments_sum_to_the_distributable_budget_to_the_fen() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            (DrgSchemeResult r, _, Money[] payments) = Run(s);
            return Money.Sum(payments) == r.PointValue.Distributable
                && r.PointValue.Distributable + r.PointValue.Reserve == s.Budget
                && payments.All(p => !p.IsNegative);
        });

    [FundMathProperty]
    public Property Year_end_settlement_conserves_the_budget() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            DrgSchemePayment p = Calculate(s, withReferences: true);
            DrgSettlementTotals t = p.SettlementTotals!.Value;
            Money finals = Money.Sum([.. p.Settlements!.Select(x => x.Final)]);
            return finals == t.Final
                && t.Final + t.Unspent == s.Budget
                && !t.Unspent.IsNegative
                && t.Shared <= t.SharedRequested
                && (t.Outcome == DrgSettlementOutcome.AllShared || t.Unspent.IsZero);
        });

    [FundMathProperty]
    public Property Payments_are_monotone_in_settled_points() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            (_, DrgPoints[] settled, Money[] payments) = Run(s);
            for (int i = 0; i < settled.Length; i++)
            {
                for (int j = 0; j < settled.Length; j++)
                {
                    if (settled[i] < settled[j] && payments[i] > payments[j])
                    {
                        return false;
                    }

                    if (settled[i] == settled[j] && Math.Abs(payments[i].Fen - payments[j].Fen) > 1)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [FundMathProperty]
    public Property Point_value_times_points_is_within_one_fen_per_institution_before_apportionment() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            (DrgSchemeResult r, DrgPoints[] settled, Money[] payments) = Run(s);
            DrgPointValue v = r.PointValue;
            long roundedAlone = settled.Sum(p => v.PaymentFor(p, MidpointRounding.AwayFromZero).Fen);
            long drift = Math.Abs(roundedAlone - v.Distributable.Fen);

            // Each apportioned payment is within one fen of its exact share D × s / W: |p·W − D·s| < W.
            bool withinOneFen = settled.Select((p, i) =>
                Int128.Abs(((Int128)payments[i].Fen * v.TotalPoints.MicroPoints) - ((Int128)v.Distributable.Fen * p.MicroPoints)) < v.TotalPoints.MicroPoints).All(b => b);
            return (drift <= settled.Length && 2 * drift <= settled.Length && withinOneFen)
                .Label($"drift {drift} fen over {settled.Length} institutions");
        });

    [FundMathProperty]
    public Property Outlier_re_pointing_is_monotone_in_cost() =>
        Prop.ForAll(DrgArbitraries.Scenario(), DrgArbitraries.Cost(), DrgArbitraries.Cost(), (s, a, b) =>
        {
            DrgGroupTable table = s.Table();
            Fraction factor = s.CaseFactors[^1];
            (Money low, Money high) = a <= b ? (a, b) : (b, a);
            for (int g = 0; g < table.Count; g++)
            {
                DrgCaseResult x = DrgCasePoints.ForCase(table, g, low, factor);
                DrgCaseResult y = DrgCasePoints.ForCase(table, g, high, factor);
                DrgCaseResult normal = DrgCasePoints.ForCase(table, g, table.AverageCost(g), factor);
                if (x.Points > y.Points || x.BasePoints > y.BasePoints)
                {
                    return false.Label($"group {g}: {low} → {x}, {high} → {y}");
                }

                // A low outlier never gets more than a normal case of its group; a high outlier never less.
                if ((x.Kind == DrgCaseKind.LowOutlier && x.Points > normal.Points) || (y.Kind == DrgCaseKind.HighOutlier && y.Points < normal.Points))
                {
                    return false.Label($"group {g}: outlier {x} / {y} vs normal {normal}");
                }
            }

            return true.Label("monotone");
        });

    [FundMathProperty]
    public Property Employee_cases_never_change_resident_point_values() =>
        Prop.ForAll(DrgArbitraries.Scenario(), DrgArbitraries.Scenario(), (employee, resident) =>
        {
            int institutions = employee.InstitutionFactors.Length;
            DrgInstitutionRecord[] records = [.. employee.InstitutionIds.Select((id, k) => new DrgInstitutionRecord(id, employee.InstitutionFactors[k]))];
            DrgSchemeBudget[] budgets =
            [
                new(DrgScheme.Employee, employee.Budget, employee.Reserve, employee.OverallAverageCost),
                new(DrgScheme.Resident, resident.Budget, resident.Reserve, resident.OverallAverageCost),
            ];
            DrgGroupRecord[] groups = [.. employee.GroupRecords(DrgScheme.Employee, "E"), .. resident.GroupRecords(DrgScheme.Resident, "R")];
            DrgCaseRecord[] residentCases = [.. resident.CaseRecords(DrgScheme.Resident, "R", institutions)];
            DrgCaseRecord[] oneEmployeeCase = [.. employee.CaseRecords(DrgScheme.Employee, "E", institutions).Take(1)];
            DrgCaseRecord[] allEmployeeCases = [.. employee.CaseRecords(DrgScheme.Employee, "E", institutions)];

            // The employee cases come first in one input and are interleaved after the resident ones in the other.
            DrgAnnualPayment few = DrgAnnualPayment.Calculate(employee.Policy, budgets, groups, records, [.. oneEmployeeCase, .. residentCases]);
            DrgAnnualPayment many = DrgAnnualPayment.Calculate(employee.Policy, budgets, groups, records, [.. residentCases, .. allEmployeeCases]);
            DrgSchemePayment a = few.For(DrgScheme.Resident)!;
            DrgSchemePayment b = many.For(DrgScheme.Resident)!;
            return a.PointValue.TotalPoints == b.PointValue.TotalPoints
                && a.PointValue.Distributable == b.PointValue.Distributable
                && a.PointValue.YuanPerPoint(12, MidpointRounding.ToEven) == b.PointValue.YuanPerPoint(12, MidpointRounding.ToEven)
                && a.Payments.SequenceEqual(b.Payments);
        });

    [FundMathProperty]
    public Property Partitioned_parallel_form_is_bit_identical_to_the_sequential_one() =>
        Prop.ForAll(DrgArbitraries.Scenario(), Gen.Choose(2, 4).ToArbitrary(), (s, degree) =>
        {
            // Repeat the scenario's cases to at least 3 × 4,096 so that the batch really splits.
            int copies = (12_288 / s.CaseCosts.Length) + 1;
            int[] groups = [.. Enumerable.Repeat(s.CaseGroups, copies).SelectMany(x => x)];
            int[] owners = [.. Enumerable.Repeat(s.CaseInstitutions, copies).SelectMany(x => x)];
            Money[] costs = [.. Enumerable.Repeat(s.CaseCosts, copies).SelectMany(x => x)];
            Fraction[] factors = [.. Enumerable.Repeat(s.CaseFactors, copies).SelectMany(x => x)];
            DrgGroupTable table = s.Table();
            var seqPoints = new DrgPoints[costs.Length];
            var parPoints = new DrgPoints[costs.Length];
            var seqInstitutions = new DrgPoints[s.InstitutionFactors.Length];
            var parInstitutions = new DrgPoints[s.InstitutionFactors.Length];
            DrgPointTotals a = DrgCasePoints.Compute(table, new DrgCases(groups, owners, costs, factors), seqPoints, seqInstitutions);
            DrgPointTotals b = DrgCasePoints.ComputePartitioned(table, groups, owners, costs, factors, parPoints, parInstitutions, degree);
            return a.Points == b.Points && a.Cases == b.Cases && a.HighOutliers == b.HighOutliers && a.LowOutliers == b.LowOutliers
                && seqPoints.SequenceEqual(parPoints) && seqInstitutions.SequenceEqual(parInstitutions);
        });

    // Fractions keep the pair they were built from (6/4 stays 6/4): the kernel multiplies by the stored pair, which its
    // headroom check bounded, and the points are those of the reduced factor.
    [FundMathProperty]
    public Property Unreduced_factors_give_the_points_of_their_reduced_form() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            DrgGroupTable table = s.Table();
            Fraction[] tripled = [.. s.CaseFactors.Select(f => Fraction.Create(f.Numerator * 3, f.Denominator * 3))];
            var reduced = new DrgPoints[s.CaseCosts.Length];
            var unreduced = new DrgPoints[s.CaseCosts.Length];
            var byReduced = new DrgPoints[s.InstitutionFactors.Length];
            var byUnreduced = new DrgPoints[s.InstitutionFactors.Length];
            DrgPointTotals a = DrgCasePoints.Compute(table, s.Cases(), reduced, byReduced);
            DrgPointTotals b = DrgCasePoints.Compute(table, new DrgCases(s.CaseGroups, s.CaseInstitutions, s.CaseCosts, tripled), unreduced, byUnreduced);
            return a.Equals(b) && reduced.SequenceEqual(unreduced) && byReduced.SequenceEqual(byUnreduced);
        });

    [FundMathProperty]
    public Property Scalar_case_points_agree_with_the_batch() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            DrgGroupTable table = s.Table();
            var points = new DrgPoints[s.CaseCosts.Length];
            var institutions = new DrgPoints[s.InstitutionFactors.Length];
            DrgPointTotals totals = DrgCasePoints.Compute(table, s.Cases(), points, institutions);
            long high = 0, low = 0;
            for (int i = 0; i < points.Length; i++)
            {
                DrgCaseResult one = DrgCasePoints.ForCase(table, s.CaseGroups[i], s.CaseCosts[i], s.CaseFactors[i]);
                if (one.Points != points[i] || one.Kind != table.Classify(s.CaseGroups[i], s.CaseCosts[i]))
                {
                    return false;
                }

                high += one.Kind == DrgCaseKind.HighOutlier ? 1 : 0;
                low += one.Kind == DrgCaseKind.LowOutlier ? 1 : 0;
            }

            return totals.Points == DrgPoints.Sum(points) && DrgPoints.Sum(institutions) == totals.Points
                && totals.HighOutliers == high && totals.LowOutliers == low;
        });

    [FundMathProperty]
    public Property Wide_and_64_bit_outlier_arithmetic_agree() =>
        Prop.ForAll(DrgArbitraries.Scenario(), s =>
        {
            DrgGroupTable table = s.Table();
            DrgCases cases = s.Cases();
            DrgCasePoints.BatchBounds bounds = DrgCasePoints.Validate(table, cases, s.InstitutionFactors.Length);
            var narrow = new DrgPoints[cases.Count];
            var wide = new DrgPoints[cases.Count];
            var byInstitution = new long[s.InstitutionFactors.Length];
            DrgPointTotals b = DrgCasePoints.Accumulate(table, cases, bounds with { OutliersFitInt64 = false }, wide, byInstitution);

            // The 64-bit form is only taken when the batch's largest cost keeps it below 2⁶³; then it must agree.
            bool same = true;
            if (bounds.OutliersFitInt64)
            {
                DrgPointTotals a = DrgCasePoints.Accumulate(table, cases, bounds, narrow, byInstitution);
                same = narrow.SequenceEqual(wide) && a.Points == b.Points;
            }

            // The scalar explanation's base points (always 128-bit) match the kernel's for factor-1 cases too.
            bool scalar = Enumerable.Range(0, cases.Count).All(i => s.CaseFactors[i] != Fraction.One
                || DrgCasePoints.ForCase(table, s.CaseGroups[i], s.CaseCosts[i], Fraction.One).BasePoints == wide[i]);
            return (same.Label("64-bit = 128-bit").And(scalar.Label("scalar base points = kernel")))
                .Classify(bounds.OutliersFitInt64, "64-bit path taken");
        });

    [FundMathProperty]
    public Property Partitions_merge_to_the_whole_batch() =>
        Prop.ForAll(DrgArbitraries.Scenario(), Gen.Choose(0, 300).ToArbitrary(), (s, cut) =>
        {
            DrgGroupTable table = s.Table();
            DrgCases cases = s.Cases();
            int k = Math.Min(cut, cases.Count);
            var whole = new DrgPoints[s.InstitutionFactors.Length];
            var left = new DrgPoints[whole.Length];
            var right = new DrgPoints[whole.Length];
            DrgPointTotals all = DrgCasePoints.Compute(table, cases, default, whole);
            DrgPointTotals merged = DrgCasePoints.Compute(table, cases.Slice(0, k), default, left)
                + DrgCasePoints.Compute(table, cases.Slice(k, cases.Count - k), default, right);
            return all.Points == merged.Points && all.HighOutliers == merged.HighOutliers && all.LowOutliers == merged.LowOutliers
                && whole.Select((p, i) => p == left[i] + right[i]).All(b => b);
        });

    [FundMathProperty]
    public Property Settlement_moves_each_payment_towards_its_reference_within_the_bands() =>
        Prop.ForAll(DrgArbitraries.Policy(), DrgArbitraries.Cost(), DrgArbitraries.Cost(), (policy, payment, reference) =>
        {
            DrgInstitutionSettlement x = DrgSettlement.ForInstitution(policy, payment, reference);
            Money lo = Money.Min(payment, reference), hi = Money.Max(payment, reference);
            bool between = x.Final >= lo && x.Final <= hi;
            bool bounded = x.Kind switch
            {
                DrgSettlementKind.Surplus => x.Retained <= x.Eligible && x.Eligible <= payment - reference && x.Retained + x.ClawedBack == payment - reference,
                DrgSettlementKind.Overrun => x.Shared <= x.Eligible && x.Eligible <= reference - payment && x.Eligible <= x.Band,
                _ => x.Final == payment,
            };
            return between && bounded;
        });

    [FundMathProperty]
    public Property Specialised_rounding_agrees_with_the_exact_rounding() =>
        Prop.ForAll(ArbMap.Default.ArbFor<long>(), ArbMap.Default.ArbFor<long>(), ValueArbitraries.MidpointRounding(), (n, d, mode) =>
        {
            long numerator = n == long.MinValue ? 0 : Math.Abs(n);
            long denominator = d == long.MinValue || d == 0 ? 1 : Math.Abs(d);
            return PositiveRounding.Divide(numerator, denominator, mode) == (long)IntegerRounding.Divide(numerator, denominator, mode)
                && PositiveRounding.Divide((Int128)numerator * 1_000_003, denominator, mode) == IntegerRounding.Divide((Int128)numerator * 1_000_003, denominator, mode);
        });

    private static (DrgSchemeResult Result, DrgPoints[] Settled, Money[] Payments) Run(DrgScenario s)
    {
        int n = s.InstitutionFactors.Length;
        var points = new DrgPoints[n];
        var settled = new DrgPoints[n];
        var payments = new Money[n];
        DrgSchemeResult r = DrgPayment.Compute(s.Table(), s.Budget, s.Reserve, s.Cases(), s.InstitutionFactors, default, points, settled, payments);
        return (r, settled, payments);
    }

    private static DrgSchemePayment Calculate(DrgScenario s, bool withReferences) =>
        DrgPayment.Calculate(s.Table(), s.Budget, s.Reserve, s.Cases(), s.InstitutionIds, s.InstitutionFactors, withReferences ? s.References : default);
}
