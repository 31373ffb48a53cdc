using System;

namespace FundMath.Drg;

/// <summary>
/// One institution's year-end settlement — 机构年终清算: its point payment against its reference amount, the
/// surplus it retains (结余留用) or the overrun the fund shares (合理超支分担), and the final payment. Built only by
/// <see cref="DrgSettlement"/>.
/// </summary>
/// <remarks>
/// Surplus (payment &gt; reference): eligible = min(surplus, payment × surplus band); retained = eligible × retention;
/// final = reference + retained; the rest of the surplus is clawed back. Overrun (reference &gt; payment): eligible =
/// min(overrun, payment × overrun band); shared = eligible × share (scaled down when the pool is short); final =
/// payment + shared. Each product is rounded once to the fen with the policy's money rounding.
/// <para><c>default(DrgInstitutionSettlement)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct DrgInstitutionSettlement
{
    internal DrgInstitutionSettlement(Money pointPayment, Money reference, DrgSettlementKind kind, Money band, Money eligible,
        Money retained, Money clawedBack, Money sharedRequested, Money shared)
    {
        PointPayment = pointPayment;
        Reference = reference;
        Kind = kind;
        Band = band;
        Eligible = eligible;
        Retained = retained;
        ClawedBack = clawedBack;
        SharedRequested = sharedRequested;
        Shared = shared;
    }

    /// <summary>
    /// Rebuilds one settlement from its amounts (for the JSON converter, which does not have the policy), deriving
    /// what <see cref="DrgSettlement.ForInstitution"/> derives: the kind from payment against reference, eligible =
    /// min(surplus or overrun, band), and clawed back = surplus − retained.
    /// </summary>
    /// <exception cref="ArgumentException">A negative amount; retained above eligible; a share above eligible, or paid above requested; retained or a share on the wrong kind; a band on a balanced settlement.</exception>
    internal static DrgInstitutionSettlement FromAmounts(Money pointPayment, Money reference, Money band, Money retained, Money sharedRequested, Money shared)
    {
        foreach ((string name, Money amount) in new[] { (nameof(pointPayment), pointPayment), (nameof(reference), reference), (nameof(band), band), (nameof(retained), retained), (nameof(sharedRequested), sharedRequested), (nameof(shared), shared) })
        {
            if (amount.IsNegative)
            {
                Preconditions.ThrowOutOfRange(name, amount, $"{name} {DrgGroupTable.Yuan(amount)} is negative: a settlement amount is ≥ 0.");
            }
        }

        if (pointPayment == reference)
        {
            if (!band.IsZero || !retained.IsZero || !sharedRequested.IsZero || !shared.IsZero)
            {
                Preconditions.ThrowArgument(nameof(band), "a balanced settlement (payment = reference) has no band, retained surplus or share.");
            }

            return new(pointPayment, reference, DrgSettlementKind.Balanced, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero);
        }

        bool surplus = pointPayment > reference;
        Money difference = surplus ? pointPayment - reference : reference - pointPayment;
        Money eligible = Money.Min(difference, band);
        if (surplus)
        {
            if (retained > eligible)
            {
                Preconditions.ThrowArgument(nameof(retained), $"retained {DrgGroupTable.Yuan(retained)} exceeds the eligible surplus {DrgGroupTable.Yuan(eligible)}.");
            }

            if (!sharedRequested.IsZero || !shared.IsZero)
            {
                Preconditions.ThrowArgument(nameof(shared), "a surplus settlement has no overrun share.");
            }

            return new(pointPayment, reference, DrgSettlementKind.Surplus, band, eligible, retained, difference - retained, Money.Zero, Money.Zero);
        }

        if (!retained.IsZero)
        {
            Preconditions.ThrowArgument(nameof(retained), "an overrun settlement retains no surplus.");
        }

        if (sharedRequested > eligible || shared > sharedRequested)
        {
            Preconditions.ThrowArgument(nameof(shared), $"shares must satisfy paid {DrgGroupTable.Yuan(shared)} ≤ requested {DrgGroupTable.Yuan(sharedRequested)} ≤ eligible overrun {DrgGroupTable.Yuan(eligible)}.");
        }

        return new(pointPayment, reference, DrgSettlementKind.Overrun, band, eligible, Money.Zero, Money.Zero, sharedRequested, shared);
    }

    /// <summary>点数付费金额: the institution's apportioned point payment.</summary>
    public Money PointPayment { get; }

    /// <summary>The reference amount it is settled against (e.g. the fund's item-by-item amount, 按项目结算金额).</summary>
    public Money Reference { get; }

    /// <summary>Surplus, overrun or balanced.</summary>
    public DrgSettlementKind Kind { get; }

    /// <summary>The band amount: point payment × the surplus or overrun band.</summary>
    public Money Band { get; }

    /// <summary>The part of the surplus or overrun within the band.</summary>
    public Money Eligible { get; }

    /// <summary>结余留用: the surplus the institution keeps (0 unless <see cref="DrgSettlementKind.Surplus"/>).</summary>
    public Money Retained { get; }

    /// <summary>The surplus not retained, kept by the fund (0 unless <see cref="DrgSettlementKind.Surplus"/>).</summary>
    public Money ClawedBack { get; }

    /// <summary>合理超支分担 as granted by the rules, before any scaling (0 unless <see cref="DrgSettlementKind.Overrun"/>).</summary>
    public Money SharedRequested { get; }

    /// <summary>The overrun share actually paid (equal to <see cref="SharedRequested"/> unless the pool was short).</summary>
    public Money Shared { get; }

    /// <summary>清算后支付: reference + retained for a surplus, point payment + shared for an overrun, else the point payment.</summary>
    public Money Final => Kind switch
    {
        DrgSettlementKind.Surplus => Reference + Retained,
        DrgSettlementKind.Overrun => PointPayment + Shared,
        _ => PointPayment,
    };

    /// <summary>Final − point payment: negative for a clawback, positive for a share.</summary>
    public Money Adjustment => Final - PointPayment;

    internal DrgInstitutionSettlement WithShared(Money shared) =>
        new(PointPayment, Reference, Kind, Band, Eligible, Retained, ClawedBack, SharedRequested, shared);

    /// <summary>"Surplus: 110,000.00元 vs 100,000.00元 → 106,000.00元".</summary>
    public override string ToString() => $"{Kind}: {DrgGroupTable.Yuan(PointPayment)} vs {DrgGroupTable.Yuan(Reference)} → {DrgGroupTable.Yuan(Final)}";
}
