using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Drg;

/// <summary>
/// The full, explainable point payment of one scheme — 险种点数付费明细: point value, every case's points and kind,
/// every institution's points, settled points, payment and (when reference amounts were given) year-end settlement.
/// Built only by <see cref="DrgPayment.Calculate"/>; <see cref="ExplainPointValue"/> and
/// <see cref="ExplainInstitution"/> trace the figures with their citations.
/// </summary>
public sealed class DrgSchemePayment
{
    private readonly Fraction[] factors;
    private readonly int[] caseCounts;
    private readonly DrgPoints[] casePoints;
    private readonly DrgCaseKind[] caseKinds;
    private readonly DrgPoints[] points;
    private readonly DrgPoints[] settled;
    private readonly Money[] payments;
    private readonly DrgInstitutionSettlement[]? settlements;

    internal DrgSchemePayment(DrgGroupTable table, DrgSchemeResult result, string[] institutionIds, Fraction[] factors, int[] caseCounts,
        DrgPoints[] casePoints, DrgCaseKind[] caseKinds, DrgPoints[] points, DrgPoints[] settled, Money[] payments,
        DrgInstitutionSettlement[]? settlements, DrgSettlementTotals? settlementTotals)
    {
        Table = table;
        Result = result;
        InstitutionIds = institutionIds;
        this.factors = factors;
        this.caseCounts = caseCounts;
        this.casePoints = casePoints;
        this.caseKinds = caseKinds;
        this.points = points;
        this.settled = settled;
        this.payments = payments;
        this.settlements = settlements;
        SettlementTotals = settlementTotals;
    }

    /// <summary>
    /// A scheme payment as it was written, for reading it back from JSON. The cases' costs and groups are not kept, so
    /// their points and kinds are taken as given; everything computed from what is kept is computed again and must
    /// agree: one entry per institution in every institution column; Σ case counts = the cases = result's case count;
    /// the outlier counts; Σ institution points = result's points; settled points = points × factor rounded by the
    /// policy; the point value over Σ settled points; payments apportioned from it; and, with references, each
    /// institution's settlement and the totals as <see cref="DrgSettlement.Settle"/> gives them.
    /// </summary>
    /// <exception cref="ArgumentException">A member disagrees with what the others give; the message names it.</exception>
    internal static DrgSchemePayment Restore(DrgGroupTable table, DrgSchemeResult result, string[] institutionIds, Fraction[] factors, int[] caseCounts,
        DrgPoints[] casePoints, DrgCaseKind[] caseKinds, DrgPoints[] points, DrgPoints[] settled, Money[] payments,
        DrgInstitutionSettlement[]? settlements, DrgSettlementTotals? settlementTotals)
    {
        int n = institutionIds.Length;
        if (factors.Length != n || caseCounts.Length != n || points.Length != n || settled.Length != n || payments.Length != n || (settlements is not null && settlements.Length != n))
        {
            Preconditions.ThrowArgument(nameof(institutionIds), $"one entry per institution in every institution column: {n} ids, {factors.Length} factors, {caseCounts.Length} case counts, {points.Length} points, {settled.Length} settled points, {payments.Length} payments{(settlements is null ? string.Empty : $", {settlements.Length} settlements")}.");
        }

        if (result.PointValue.Scheme != table.Scheme)
        {
            Preconditions.ThrowArgument(nameof(result), $"the point value is of scheme {result.PointValue.Scheme} but the group table of {table.Scheme}.");
        }

        long cases = 0;
        for (int k = 0; k < n; k++)
        {
            if (caseCounts[k] < 0)
            {
                Preconditions.ThrowArgument(nameof(caseCounts), $"caseCounts[{k}] is {caseCounts[k]}: a count of cases cannot be negative.");
            }

            cases += caseCounts[k];
        }

        if (casePoints.Length != caseKinds.Length || casePoints.Length != cases || result.Totals.Cases != cases)
        {
            Preconditions.ThrowArgument(nameof(caseCounts), $"the case counts add up to {cases} cases, with {casePoints.Length} case points, {caseKinds.Length} case kinds and {result.Totals.Cases} cases in the totals: one of each per case.");
        }

        long high = 0, low = 0;
        foreach (DrgCaseKind kind in caseKinds)
        {
            high += kind == DrgCaseKind.HighOutlier ? 1 : 0;
            low += kind == DrgCaseKind.LowOutlier ? 1 : 0;
        }

        if (high != result.Totals.HighOutliers || low != result.Totals.LowOutliers)
        {
            Preconditions.ThrowArgument(nameof(caseKinds), $"the case kinds have {high} high and {low} low outliers but the totals {result.Totals.HighOutliers} and {result.Totals.LowOutliers}.");
        }

        if (DrgPoints.Sum(points) != result.Totals.Points || DrgPoints.Sum(casePoints) != result.Totals.Points)
        {
            Preconditions.ThrowArgument(nameof(points), $"the institution points add up to {DrgPoints.Sum(points):G} and the case points to {DrgPoints.Sum(casePoints):G} but the totals have {result.Totals.Points:G} points.");
        }

        var expectedSettled = new DrgPoints[n];
        DrgPoints total = DrgPayment.SettledPoints(points, factors, table.Policy, expectedSettled);
        for (int k = 0; k < n; k++)
        {
            if (settled[k] != expectedSettled[k])
            {
                Preconditions.ThrowArgument(nameof(settled), $"settledPoints[{k}] ({institutionIds[k]}) is {settled[k]:G} but {points[k]:G} points × factor {DrgPolicy.ShowFactor(factors[k])} give {expectedSettled[k]:G} ({table.Policy.PointDecimals} decimals, {table.Policy.PointRounding}).");
            }
        }

        if (total != result.PointValue.TotalPoints)
        {
            Preconditions.ThrowArgument(nameof(result), $"the point value divides by {result.PointValue.TotalPoints:G} points but the settled points add up to {total:G}.");
        }

        var expectedPayments = new Money[n];
        DrgPayment.Distribute(result.PointValue, settled, expectedPayments);
        for (int k = 0; k < n; k++)
        {
            if (payments[k] != expectedPayments[k])
            {
                Preconditions.ThrowArgument(nameof(payments), $"payments[{k}] ({institutionIds[k]}) is {DrgGroupTable.Yuan(payments[k])} but the distributable {DrgGroupTable.Yuan(result.PointValue.Distributable)} apportioned by settled points gives {DrgGroupTable.Yuan(expectedPayments[k])}.");
            }
        }

        if (settlements is null)
        {
            if (settlementTotals is not null)
            {
                Preconditions.ThrowArgument(nameof(settlementTotals), "there are settlement totals but no institution settlements: both or neither.");
            }
        }
        else
        {
            var references = new Money[n];
            for (int k = 0; k < n; k++)
            {
                references[k] = settlements[k].Reference;
            }

            var shared = new Money[n];
            var finals = new Money[n];
            DrgSettlementTotals expectedTotals = DrgSettlement.Settle(table.Policy, result.PointValue.Reserve, payments, references, shared, finals);
            for (int k = 0; k < n; k++)
            {
                DrgInstitutionSettlement expected = DrgSettlement.ForInstitution(table.Policy, payments[k], references[k]).WithShared(shared[k]);
                if (!settlements[k].Equals(expected))
                {
                    Preconditions.ThrowArgument(nameof(settlements), $"settlements[{k}] ({institutionIds[k]}) is not the settlement of its payment {DrgGroupTable.Yuan(payments[k])} against its reference {DrgGroupTable.Yuan(references[k])}: shared {DrgGroupTable.Yuan(settlements[k].Shared)}, final {DrgGroupTable.Yuan(settlements[k].Final)}, where the policy and the reserve give shared {DrgGroupTable.Yuan(expected.Shared)}, final {DrgGroupTable.Yuan(expected.Final)}.");
                }
            }

            if (settlementTotals is not { } totals || !totals.Equals(expectedTotals))
            {
                Preconditions.ThrowArgument(nameof(settlementTotals), settlementTotals is null
                    ? "there are institution settlements but no settlement totals: both or neither."
                    : "the settlement totals are not those of the institution settlements with the reserve.");
            }
        }

        return new DrgSchemePayment(table, result, institutionIds, factors, caseCounts, casePoints, caseKinds, points, settled, payments, settlements, settlementTotals);
    }

    /// <summary>The scheme.</summary>
    public DrgScheme Scheme => Table.Scheme;

    /// <summary>The group table (and through it the policy).</summary>
    public DrgGroupTable Table { get; }

    /// <summary>The policy the payment was computed with.</summary>
    public DrgPolicy Policy => Table.Policy;

    /// <summary>Point value and case totals.</summary>
    public DrgSchemeResult Result { get; }

    /// <summary>The point value.</summary>
    public DrgPointValue PointValue => Result.PointValue;

    /// <summary>The institution ids, by institution index.</summary>
    public IReadOnlyList<string> InstitutionIds { get; }

    /// <summary>The institution factors.</summary>
    public IReadOnlyList<Fraction> InstitutionFactors => factors;

    /// <summary>The number of cases of each institution.</summary>
    public IReadOnlyList<int> CaseCounts => caseCounts;

    /// <summary>Each case's points.</summary>
    public IReadOnlyList<DrgPoints> CasePoints => casePoints;

    /// <summary>Each case's kind (normal, high or low outlier).</summary>
    public IReadOnlyList<DrgCaseKind> CaseKinds => caseKinds;

    /// <summary>Each institution's points before its factor (Σ of its cases' points).</summary>
    public IReadOnlyList<DrgPoints> InstitutionPoints => points;

    /// <summary>Each institution's settled points (points × factor, rounded).</summary>
    public IReadOnlyList<DrgPoints> SettledPoints => settled;

    /// <summary>Each institution's apportioned point payment; they sum to the distributable budget exactly.</summary>
    public IReadOnlyList<Money> Payments => payments;

    /// <summary>Each institution's year-end settlement, or null when no reference amounts were given.</summary>
    public IReadOnlyList<DrgInstitutionSettlement>? Settlements => settlements;

    /// <summary>The year-end settlement totals, or null.</summary>
    public DrgSettlementTotals? SettlementTotals { get; }

    /// <summary>How the point value was computed.</summary>
    public Explanation ExplainPointValue(int displayDecimals = 4) => PointValue.Explain(Policy, displayDecimals);

    /// <summary>How one institution's payment was computed: points, factor, settled points, exact share, apportionment, settlement.</summary>
    /// <exception cref="ArgumentOutOfRangeException">No such institution index.</exception>
    public Explanation ExplainInstitution(int institution, int displayDecimals = 4)
    {
        if (unchecked((uint)institution) >= (uint)payments.Length)
        {
            Preconditions.ThrowRange(nameof(institution), institution, 0, payments.Length - 1);
        }

        string d = "F" + Policy.PointDecimals.ToString(CultureInfo.InvariantCulture);
        string id = InstitutionIds[institution];
        DrgPointValue value = PointValue;
        Money unapportioned = value.PaymentFor(settled[institution], Policy.MoneyRounding);
        Money payment = payments[institution];
        long adjustment = payment.Fen - unapportioned.Fen;
        var inputs = new List<Explanation>
        {
            new($"机构点数 institution points ({caseCounts[institution]} cases)", points[institution].ToString(d, null))
            {
                Formula = "Σ 病例点数 (each: 基准点数 × 病例调整系数; outliers re-pointed)",
            },
            Explanation.Input("机构系数 institution factor", DrgPolicy.ShowFactor(factors[institution])),
            new("结算点数 settled points", settled[institution].ToString(d, null))
            {
                Formula = "机构点数 × 机构系数",
                Rounding = $"to {Policy.PointDecimals} decimals ({Policy.PointRounding})",
            },
            value.Explain(Policy, displayDecimals),
            new("按点值折算 points × point value, rounded alone", DrgGroupTable.Yuan(unapportioned))
            {
                Rounding = $"to the fen ({Policy.MoneyRounding}); rounding each institution alone can miss the budget by up to one fen per institution",
            },
        };
        var node = new Explanation($"点数付费 point payment of {id} ({DrgPointValue.SchemeName(Scheme)})", DrgGroupTable.Yuan(payment))
        {
            Formula = "结算点数 × 点值, apportioned over all institutions so that Σ = 预算 − 预留调节金",
            Sentence = $"{settled[institution].ToString(d, null)}点 × {value.YuanPerPoint(displayDecimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}元/点 ≈ {DrgGroupTable.Yuan(unapportioned)}; apportioned {DrgGroupTable.Yuan(payment)} ({(adjustment >= 0 ? "+" : string.Empty)}{adjustment.ToString(CultureInfo.InvariantCulture)} fen)",
            Rounding = "largest remainder (Apportionment): every payment within one fen of its exact share; earlier institution wins ties",
            Inputs = inputs,
        };
        if (settlements is null)
        {
            return node;
        }

        return new Explanation($"清算后支付 final payment of {id} ({DrgPointValue.SchemeName(Scheme)})", DrgGroupTable.Yuan(settlements[institution].Final))
        {
            Formula = "点数付费金额, then 结余留用 / 合理超支分担",
            Inputs = [node, DrgSettlement.Explain(Policy, settlements[institution], id)],
        };
    }

    /// <summary>"职工医保: N institutions, point value …".</summary>
    public override string ToString() => $"{DrgPointValue.SchemeName(Scheme)}: {payments.Length} institutions; {Result}";
}
