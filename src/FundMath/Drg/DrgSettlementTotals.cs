using System;

namespace FundMath.Drg;

/// <summary>
/// The year-end settlement of one scheme in total — 年终清算汇总. Conservation: <c>Final + Unspent = PointPayments +
/// Reserve</c> (the scheme's whole budget) exactly. Built only by <see cref="DrgSettlement.Settle"/>.
/// </summary>
/// <remarks><c>default(DrgSettlementTotals)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct DrgSettlementTotals
{
    internal DrgSettlementTotals(Money pointPayments, Money reserve, Money retained, Money clawedBack, Money sharedRequested,
        Money shared, Money final, DrgSettlementOutcome outcome, int surplusInstitutions, int overrunInstitutions)
    {
        PointPayments = pointPayments;
        Reserve = reserve;
        Retained = retained;
        ClawedBack = clawedBack;
        SharedRequested = sharedRequested;
        Shared = shared;
        Final = final;
        Outcome = outcome;
        SurplusInstitutions = surplusInstitutions;
        OverrunInstitutions = overrunInstitutions;
    }

    /// <summary>
    /// Rebuilds totals from the settlement's own sums (for the JSON converter, which does not have the institutions),
    /// deriving what <see cref="DrgSettlement.Settle"/> derives from them: the pool is reserve + clawed back; shares
    /// within it are all paid (<see cref="DrgSettlementOutcome.AllShared"/>), otherwise the pool is paid
    /// (<see cref="DrgSettlementOutcome.SharingScaled"/>); final = point payments − clawed back + shared.
    /// </summary>
    /// <exception cref="ArgumentException">A negative amount or count, more retained or clawed back than surplus institutions allow (none), or shares without an overrun institution.</exception>
    internal static DrgSettlementTotals FromTotals(Money pointPayments, Money reserve, Money retained, Money clawedBack, Money sharedRequested, int surplusInstitutions, int overrunInstitutions)
    {
        foreach ((string name, Money amount) in new[] { (nameof(pointPayments), pointPayments), (nameof(reserve), reserve), (nameof(retained), retained), (nameof(clawedBack), clawedBack), (nameof(sharedRequested), sharedRequested) })
        {
            if (amount.IsNegative)
            {
                Preconditions.ThrowOutOfRange(name, amount, $"{name} {DrgGroupTable.Yuan(amount)} is negative: a settlement total is ≥ 0.");
            }
        }

        Preconditions.CheckArgumentRange(nameof(surplusInstitutions), surplusInstitutions, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(nameof(overrunInstitutions), overrunInstitutions, 0, int.MaxValue);
        if (surplusInstitutions == 0 && (retained.IsPositive || clawedBack.IsPositive))
        {
            Preconditions.ThrowArgument(nameof(surplusInstitutions), $"no institution has a surplus, yet {DrgGroupTable.Yuan(retained)} is retained and {DrgGroupTable.Yuan(clawedBack)} clawed back.");
        }

        if (overrunInstitutions == 0 && sharedRequested.IsPositive)
        {
            Preconditions.ThrowArgument(nameof(overrunInstitutions), $"no institution has an overrun, yet {DrgGroupTable.Yuan(sharedRequested)} of shares is requested.");
        }

        if (retained + clawedBack > pointPayments)
        {
            Preconditions.ThrowArgument(nameof(retained), $"retained {DrgGroupTable.Yuan(retained)} + clawed back {DrgGroupTable.Yuan(clawedBack)} exceeds the point payments {DrgGroupTable.Yuan(pointPayments)}: a surplus is part of a payment.");
        }

        Money pool = reserve + clawedBack;
        bool scaled = sharedRequested > pool;
        Money shared = scaled ? pool : sharedRequested;
        return new(pointPayments, reserve, retained, clawedBack, sharedRequested, shared, pointPayments - clawedBack + shared,
            scaled ? DrgSettlementOutcome.SharingScaled : DrgSettlementOutcome.AllShared, surplusInstitutions, overrunInstitutions);
    }

    /// <summary>Σ point payments (the distributable budget).</summary>
    public Money PointPayments { get; }

    /// <summary>预留调节金 available to the settlement.</summary>
    public Money Reserve { get; }

    /// <summary>Σ surplus retained by institutions.</summary>
    public Money Retained { get; }

    /// <summary>Σ surplus kept back by the fund.</summary>
    public Money ClawedBack { get; }

    /// <summary>Σ overrun shares granted by the rules, before scaling.</summary>
    public Money SharedRequested { get; }

    /// <summary>Σ overrun shares paid.</summary>
    public Money Shared { get; }

    /// <summary>Σ final payments.</summary>
    public Money Final { get; }

    /// <summary>What the settlement leaves unpaid of the budget (returned to the fund): PointPayments + Reserve − Final.</summary>
    public Money Unspent => PointPayments + Reserve - Final;

    /// <summary>All shares paid, or the pool was short and the shares were scaled.</summary>
    public DrgSettlementOutcome Outcome { get; }

    /// <summary>The number of institutions with a surplus.</summary>
    public int SurplusInstitutions { get; }

    /// <summary>The number of institutions with an overrun.</summary>
    public int OverrunInstitutions { get; }

    /// <summary>"final F of budget B, unspent U (AllShared)".</summary>
    public override string ToString() =>
        $"final {DrgGroupTable.Yuan(Final)} of {DrgGroupTable.Yuan(PointPayments + Reserve)}, unspent {DrgGroupTable.Yuan(Unspent)} ({Outcome})";
}
