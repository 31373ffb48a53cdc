using System;
using System.Runtime.InteropServices;
using FundMath.Explain;

namespace FundMath.Drg;

/// <summary>
/// The year-end settlement of a point payment — 年终清算: 结余留用、合理超支分担. Each institution's point payment
/// is compared with a reference amount (e.g. what the fund would have paid item by item); a surplus within a band
/// is partly retained, an overrun within a band is partly shared, and the reserved adjustment fund (预留调节金)
/// together with the clawed-back surplus pays the shares.
/// </summary>
/// <remarks>
/// <para>Rules (the ratios and bands are parameters, <see cref="DrgPolicy"/>; their values in the shipped sample
/// are illustrative local conventions — 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(一)4 asks for a
/// "全市统一的激励约束机制和盈亏分担机制" without publishing ratios):</para>
/// <para>surplus S = payment − reference &gt; 0: retained = round(min(S, round(payment × surplus band)) × retention),
/// final = reference + retained, clawed back = S − retained;</para>
/// <para>overrun O = reference − payment &gt; 0: shared = round(min(O, round(payment × overrun band)) × share),
/// final = payment + shared.</para>
/// <para>Pool = reserve + Σ clawed back. If Σ shares ≤ pool every share is paid and the rest of the pool is unspent;
/// otherwise the pool is apportioned over the overrun institutions by their shares (largest remainder) —
/// <see cref="DrgSettlementOutcome.SharingScaled"/>. Either way Σ final + unspent = Σ payments + reserve exactly.</para>
/// </remarks>
public static class DrgSettlement
{
    /// <summary>One institution's settlement before any pool scaling.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative amount.</exception>
    public static DrgInstitutionSettlement ForInstitution(DrgPolicy policy, Money pointPayment, Money reference)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (pointPayment.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(pointPayment), pointPayment, $"pointPayment {DrgGroupTable.Yuan(pointPayment)} is negative.");
        }

        if (reference.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(reference), reference, $"reference {DrgGroupTable.Yuan(reference)} is negative: a reference amount must be ≥ 0.");
        }

        MidpointRounding mode = policy.MoneyRounding;
        if (pointPayment > reference)
        {
            Money surplus = pointPayment - reference;
            Money band = pointPayment.Multiply(policy.SurplusBand, mode);
            Money eligible = Money.Min(surplus, band);
            Money retained = eligible.Multiply(policy.SurplusRetention, mode);
            return new(pointPayment, reference, DrgSettlementKind.Surplus, band, eligible, retained, surplus - retained, Money.Zero, Money.Zero);
        }

        if (reference > pointPayment)
        {
            Money overrun = reference - pointPayment;
            Money band = pointPayment.Multiply(policy.OverrunBand, mode);
            Money eligible = Money.Min(overrun, band);
            Money shared = eligible.Multiply(policy.OverrunShare, mode);
            return new(pointPayment, reference, DrgSettlementKind.Overrun, band, eligible, Money.Zero, Money.Zero, shared, shared);
        }

        return new(pointPayment, reference, DrgSettlementKind.Balanced, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero);
    }

    /// <summary>
    /// Settles every institution of a scheme into caller spans: <paramref name="shared"/> receives each overrun share
    /// paid (0 for others), <paramref name="finalPayments"/> each final payment. Allocation-free.
    /// </summary>
    /// <exception cref="ArgumentException">Lengths differ, or a negative amount (named by institution index).</exception>
    public static DrgSettlementTotals Settle(DrgPolicy policy, Money reserve, ReadOnlySpan<Money> pointPayments,
        ReadOnlySpan<Money> references, Span<Money> shared, Span<Money> finalPayments)
    {
        ArgumentNullException.ThrowIfNull(policy);
        int n = pointPayments.Length;
        if (references.Length != n || shared.Length != n || finalPayments.Length != n)
        {
            Preconditions.ThrowArgument(nameof(references), $"one entry per institution: {n} point payments, {references.Length} references, {shared.Length} shared, {finalPayments.Length} final.");
        }

        if (reserve.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(reserve), reserve, $"reserve {DrgGroupTable.Yuan(reserve)} is negative.");
        }

        CheckAmounts(pointPayments, nameof(pointPayments));
        CheckAmounts(references, nameof(references));
        Money payments = Money.Zero, retained = Money.Zero, clawedBack = Money.Zero, requested = Money.Zero;
        int surplusCount = 0, overrunCount = 0;
        for (int i = 0; i < n; i++)
        {
            DrgInstitutionSettlement s = ForInstitution(policy, pointPayments[i], references[i]);
            payments += s.PointPayment;
            retained += s.Retained;
            clawedBack += s.ClawedBack;
            requested += s.SharedRequested;
            shared[i] = s.SharedRequested;
            surplusCount += s.Kind == DrgSettlementKind.Surplus ? 1 : 0;
            overrunCount += s.Kind == DrgSettlementKind.Overrun ? 1 : 0;
        }

        Money pool = reserve + clawedBack;
        DrgSettlementOutcome outcome = DrgSettlementOutcome.AllShared;
        Money paidShares = requested;
        if (requested > pool)
        {
            // finalPayments is scratch for the scaled shares until the last loop overwrites it.
            Apportionment.Split(pool, MemoryMarshal.Cast<Money, long>(shared), finalPayments);
            finalPayments.CopyTo(shared);
            outcome = DrgSettlementOutcome.SharingScaled;
            paidShares = pool;
        }

        Money final = Money.Zero;
        for (int i = 0; i < n; i++)
        {
            Money f = ForInstitution(policy, pointPayments[i], references[i]).WithShared(shared[i]).Final;
            finalPayments[i] = f;
            final += f;
        }

        return new DrgSettlementTotals(payments, reserve, retained, clawedBack, requested, paidShares, final, outcome, surplusCount, overrunCount);
    }

    /// <summary>How one institution's settlement was reached, with the band and ratio parameters' citations.</summary>
    public static Explanation Explain(DrgPolicy policy, DrgInstitutionSettlement settlement, string? institutionId = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        string who = institutionId is null ? string.Empty : " of " + institutionId;
        DrgInstitutionSettlement s = settlement;
        Explanation payment = Explanation.Input("点数付费金额 point payment", DrgGroupTable.Yuan(s.PointPayment));
        Explanation reference = Explanation.Input("参照金额 reference amount", DrgGroupTable.Yuan(s.Reference));
        return s.Kind switch
        {
            DrgSettlementKind.Surplus => new Explanation($"年终清算 year-end settlement{who} (结余留用)", DrgGroupTable.Yuan(s.Final))
            {
                Formula = "参照金额 + min(结余, 点数付费金额 × 结余范围) × 结余留用比例",
                Sentence = $"surplus {DrgGroupTable.Yuan(s.PointPayment - s.Reference)}; within the band {DrgGroupTable.Yuan(s.Eligible)} (band {DrgGroupTable.Yuan(s.Band)}); retained {DrgGroupTable.Yuan(s.Retained)}; clawed back {DrgGroupTable.Yuan(s.ClawedBack)}; final {DrgGroupTable.Yuan(s.Reference)} + {DrgGroupTable.Yuan(s.Retained)} = {DrgGroupTable.Yuan(s.Final)}",
                Rounding = $"band and retained amount to the fen ({policy.MoneyRounding})",
                Note = "surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios",
                Inputs =
                [
                    payment,
                    reference,
                    policy.Node("结余留用范围 surplus band", DrgParameters.SurplusBand, policy.SurplusBand),
                    policy.Node("结余留用比例 surplus retention", DrgParameters.SurplusRetention, policy.SurplusRetention),
                ],
            },
            DrgSettlementKind.Overrun => new Explanation($"年终清算 year-end settlement{who} (合理超支分担)", DrgGroupTable.Yuan(s.Final))
            {
                Formula = "点数付费金额 + min(超支, 点数付费金额 × 超支范围) × 超支分担比例",
                Sentence = $"overrun {DrgGroupTable.Yuan(s.Reference - s.PointPayment)}; within the band {DrgGroupTable.Yuan(s.Eligible)} (band {DrgGroupTable.Yuan(s.Band)}); shared {DrgGroupTable.Yuan(s.SharedRequested)}" +
                    (s.Shared == s.SharedRequested ? string.Empty : $", scaled to {DrgGroupTable.Yuan(s.Shared)} because the reserve and clawed-back surplus were short") +
                    $"; final {DrgGroupTable.Yuan(s.PointPayment)} + {DrgGroupTable.Yuan(s.Shared)} = {DrgGroupTable.Yuan(s.Final)}",
                Rounding = $"band and shared amount to the fen ({policy.MoneyRounding})",
                Note = "surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios",
                Inputs =
                [
                    payment,
                    reference,
                    policy.Node("合理超支范围 overrun band", DrgParameters.OverrunBand, policy.OverrunBand),
                    policy.Node("合理超支分担比例 overrun share", DrgParameters.OverrunShare, policy.OverrunShare),
                ],
            },
            _ => new Explanation($"年终清算 year-end settlement{who}", DrgGroupTable.Yuan(s.Final))
            {
                Sentence = "the point payment equals the reference amount: nothing retained or shared",
                Inputs = [payment, reference],
            },
        };
    }

    internal static void CheckAmounts(ReadOnlySpan<Money> amounts, string name)
    {
        for (int i = 0; i < amounts.Length; i++)
        {
            if (amounts[i].IsNegative)
            {
                Preconditions.ThrowArgument(name, $"{name}[{i}] {DrgGroupTable.Yuan(amounts[i])} is negative: settlement amounts must be ≥ 0.");
            }
        }
    }
}
