using System;
using System.Globalization;
using System.Runtime.InteropServices;

namespace FundMath.Drg;

/// <summary>
/// DRG/DIP point payment of one scheme — 点数法付费: case points → institution points → institution points ×
/// institution factor (结算点数) → point value (点值) = (budget − reserve) / total points → each institution's
/// payment, apportioned so that the payments sum exactly to the distributable budget (largest remainder, earlier
/// institution wins ties). Allocation-free span forms for the hot path; <see cref="Calculate"/> for a full,
/// explainable result.
/// </summary>
/// <remarks>
/// "全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值"
/// (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(一)4); nationally "积极探索点数法与统筹地区医保基金总额预算相结合"
/// (医保发〔2021〕32号 四). Each scheme is computed on its own inputs only, so an employee case can never change the
/// resident point value.
/// </remarks>
public static class DrgPayment
{
    /// <summary>
    /// 结算点数: each institution's points × its institution factor (机构系数, e.g. a level or cost coefficient),
    /// rounded to the policy's point decimals with its point rounding.
    /// </summary>
    /// <returns>The total of the settled points (总点数).</returns>
    /// <exception cref="ArgumentException">Lengths differ, a factor is ≤ 0, or a point count is negative.</exception>
    /// <exception cref="OverflowException">A settled count or the total does not fit.</exception>
    public static DrgPoints SettledPoints(ReadOnlySpan<DrgPoints> institutionPoints, ReadOnlySpan<Fraction> institutionFactors,
        DrgPolicy policy, Span<DrgPoints> settledPoints)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (institutionFactors.Length != institutionPoints.Length || settledPoints.Length != institutionPoints.Length)
        {
            Preconditions.ThrowArgument(nameof(settledPoints), $"one factor and one settled count per institution: {institutionPoints.Length} institutions, {institutionFactors.Length} factors, {settledPoints.Length} settled counts.");
        }

        CheckFactors(institutionFactors);
        for (int i = 0; i < institutionPoints.Length; i++)
        {
            if (institutionPoints[i].IsNegative)
            {
                Preconditions.ThrowArgument(nameof(institutionPoints), $"institutions[{i}] has {institutionPoints[i]} points: points must be ≥ 0.");
            }
        }

        long unit = IntegerRounding.PowersOfTen[DrgPoints.MaxDecimals - policy.PointDecimals];
        MidpointRounding mode = policy.PointRounding;
        long total = 0;
        for (int i = 0; i < institutionPoints.Length; i++)
        {
            Fraction f = institutionFactors[i];
            Int128 units = PositiveRounding.Divide((Int128)institutionPoints[i].MicroPoints * f.RawNumerator, (Int128)f.RawDenominator * unit, mode);
            long micro = IntegerRounding.ToInt64(units * unit, "settled points in micro-points");
            settledPoints[i] = DrgPoints.FromMicroPoints(micro);
            total = checked(total + micro);
        }

        return DrgPoints.FromMicroPoints(total);
    }

    /// <summary>
    /// The institutions' payments: the distributable budget split by their settled points with
    /// <see cref="Apportionment"/> (largest remainder), so <c>Σ payments = budget − reserve</c> exactly and each
    /// payment is within one fen of <c>settled points × point value</c>.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, or the settled points do not sum to the point value's total points.</exception>
    public static void Distribute(DrgPointValue pointValue, ReadOnlySpan<DrgPoints> settledPoints, Span<Money> payments)
    {
        if (payments.Length != settledPoints.Length)
        {
            Preconditions.ThrowArgument(nameof(payments), $"payments has length {payments.Length} for {settledPoints.Length} institutions.");
        }

        DrgPoints sum = DrgPoints.Sum(settledPoints);
        if (sum != pointValue.TotalPoints || pointValue.TotalPoints.IsZero)
        {
            Preconditions.ThrowArgument(nameof(settledPoints), $"the settled points sum to {sum:G} but the point value was computed over {pointValue.TotalPoints:G}: distribute the same points the point value divides by.");
        }

        Apportionment.Split(pointValue.Distributable, MemoryMarshal.Cast<DrgPoints, long>(settledPoints), payments);
    }

    /// <summary>
    /// The whole point payment of one scheme on caller buffers, allocation-free: case points, institution points,
    /// settled points, point value and apportioned payments. The reserve is <paramref name="reserve"/> when given,
    /// else <see cref="DrgPolicy.ReserveRatio"/> of the budget. Every input is checked before anything is computed.
    /// </summary>
    /// <param name="table">The scheme's group table (its policy gives the rules).</param>
    /// <param name="budget">年度点数付费预算, ≥ 0.</param>
    /// <param name="reserve">预留调节金, 0 ≤ reserve ≤ budget; null for the policy's ratio.</param>
    /// <param name="cases">The scheme's cases.</param>
    /// <param name="institutionFactors">One institution factor per institution, &gt; 0.</param>
    /// <param name="casePoints">Receives each case's points (or empty).</param>
    /// <param name="institutionPoints">Receives each institution's points before its factor.</param>
    /// <param name="settledPoints">Receives each institution's settled points.</param>
    /// <param name="payments">Receives each institution's payment.</param>
    /// <exception cref="ArgumentException">Bad input (named case/institution, field, value, rule), or total points of zero.
    /// On an exception the output spans hold no meaningful result.</exception>
    /// <exception cref="OverflowException">The points could exceed their range.</exception>
    public static DrgSchemeResult Compute(DrgGroupTable table, Money budget, Money? reserve, DrgCases cases,
        ReadOnlySpan<Fraction> institutionFactors, Span<DrgPoints> casePoints, Span<DrgPoints> institutionPoints,
        Span<DrgPoints> settledPoints, Span<Money> payments)
    {
        ArgumentNullException.ThrowIfNull(table);
        DrgPolicy policy = table.Policy;
        if (institutionPoints.Length != institutionFactors.Length || settledPoints.Length != institutionFactors.Length || payments.Length != institutionFactors.Length)
        {
            Preconditions.ThrowArgument(nameof(payments), $"one entry per institution in every institution span: {institutionFactors.Length} factors, {institutionPoints.Length} points, {settledPoints.Length} settled, {payments.Length} payments.");
        }

        if (!casePoints.IsEmpty && casePoints.Length != cases.Count)
        {
            Preconditions.ThrowArgument(nameof(casePoints), $"casePoints has length {casePoints.Length} for {cases.Count} cases: give one per case, or an empty span.");
        }

        Money reserveAmount = reserve ?? policy.ReserveFor(budget);
        DrgPointValue.CheckBudget(budget, reserveAmount);
        CheckFactors(institutionFactors);
        DrgCasePoints.BatchBounds bounds = DrgCasePoints.Validate(table, cases, institutionPoints.Length);

        institutionPoints.Clear();
        DrgPointTotals totals = DrgCasePoints.Accumulate(table, cases, bounds, casePoints, MemoryMarshal.Cast<DrgPoints, long>(institutionPoints));
        DrgPoints settledTotal = SettledPoints(institutionPoints, institutionFactors, policy, settledPoints);
        DrgPointValue value = reserve is null
            ? DrgPointValue.Compute(table.Scheme, budget, policy, settledTotal)
            : DrgPointValue.Compute(table.Scheme, budget, reserveAmount, settledTotal);
        Distribute(value, settledPoints, payments);
        return new DrgSchemeResult(value, totals);
    }

    /// <summary>
    /// The whole point payment of one scheme as an explainable result (allocates its arrays): the same numbers as
    /// <see cref="Compute"/>, plus the year-end settlement when <paramref name="references"/> are given.
    /// </summary>
    /// <param name="table">The scheme's group table.</param>
    /// <param name="budget">年度点数付费预算.</param>
    /// <param name="reserve">预留调节金, or null for the policy's ratio.</param>
    /// <param name="cases">The scheme's cases.</param>
    /// <param name="institutionIds">One id per institution index (for explanations and listings).</param>
    /// <param name="institutionFactors">One factor per institution.</param>
    /// <param name="references">Each institution's reference amount for the year-end settlement (e.g. what the fund would
    /// pay item by item, 按项目结算的统筹基金支付额), or empty for no settlement.</param>
    /// <exception cref="ArgumentException">Bad input, or total points of zero.</exception>
    public static DrgSchemePayment Calculate(DrgGroupTable table, Money budget, Money? reserve, DrgCases cases,
        System.Collections.Generic.IReadOnlyList<string> institutionIds, ReadOnlySpan<Fraction> institutionFactors,
        ReadOnlySpan<Money> references = default)
    {
        ArgumentNullException.ThrowIfNull(institutionIds);
        if (institutionIds.Count != institutionFactors.Length)
        {
            Preconditions.ThrowArgument(nameof(institutionIds), $"{institutionIds.Count} institution ids for {institutionFactors.Length} factors.");
        }

        if (!references.IsEmpty && references.Length != institutionFactors.Length)
        {
            Preconditions.ThrowArgument(nameof(references), $"{references.Length} reference amounts for {institutionFactors.Length} institutions: give one per institution, or none.");
        }

        if (!references.IsEmpty)
        {
            DrgSettlement.CheckAmounts(references, "references");
        }

        int n = institutionFactors.Length;
        var casePoints = new DrgPoints[cases.Count];
        var points = new DrgPoints[n];
        var settled = new DrgPoints[n];
        var payments = new Money[n];
        DrgSchemeResult result = Compute(table, budget, reserve, cases, institutionFactors, casePoints, points, settled, payments);
        var kinds = new DrgCaseKind[cases.Count];
        var caseCounts = new int[n];
        for (int i = 0; i < cases.Count; i++)
        {
            kinds[i] = table.Classify(cases.Groups[i], cases.Costs[i]);
            caseCounts[cases.Institutions[i]]++;
        }

        DrgInstitutionSettlement[]? settlements = null;
        DrgSettlementTotals? settlementTotals = null;
        if (!references.IsEmpty)
        {
            var shared = new Money[n];
            var finals = new Money[n];
            settlementTotals = DrgSettlement.Settle(table.Policy, result.PointValue.Reserve, payments, references, shared, finals);
            settlements = new DrgInstitutionSettlement[n];
            for (int i = 0; i < n; i++)
            {
                settlements[i] = DrgSettlement.ForInstitution(table.Policy, payments[i], references[i]).WithShared(shared[i]);
            }
        }

        string[] ids = new string[n];
        for (int i = 0; i < n; i++)
        {
            ids[i] = institutionIds[i] ?? i.ToString(CultureInfo.InvariantCulture);
        }

        return new DrgSchemePayment(table, result, ids, institutionFactors.ToArray(), caseCounts, casePoints, kinds, points, settled, payments, settlements, settlementTotals);
    }

    private static void CheckFactors(ReadOnlySpan<Fraction> factors)
    {
        for (int i = 0; i < factors.Length; i++)
        {
            if (factors[i].RawNumerator <= 0)
            {
                Preconditions.ThrowArgument("institutionFactors", $"institutions[{i}].factor {DrgPolicy.ShowFactor(factors[i])} must be > 0: an institution factor multiplies the institution's points.");
            }
        }
    }
}
