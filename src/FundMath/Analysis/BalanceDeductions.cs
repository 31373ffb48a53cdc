using System;
using System.Globalization;

namespace FundMath.Analysis;

/// <summary>
/// The amounts deducted from a fund's book balance to reach its actual balance — 一次性预缴款(补贴) and
/// 应付未付款. <c>Payables = SettledUnpaid + NotYetSettled + ReservesWithheld + OtherPayables</c>;
/// <c>Total = OneTimePrepaymentsAndSubsidies + Payables</c>.
/// </summary>
/// <remarks>
/// Each amount must be zero or positive (checked by <see cref="MonthsOfCover.Compute(ReportingPeriod, Money, BalanceDeductions, MonthlyExpenditure, CoverBandPolicy)"/>).
/// When a report gives only a lumped payables figure ("未结算医疗费、医院超标缓付和基金预留等约3.66亿元"), put
/// it in <see cref="OtherPayables"/>.
/// </remarks>
/// <param name="OneTimePrepaymentsAndSubsidies">一次性预缴款(补贴): one-time prepaid premiums and subsidies.</param>
/// <param name="SettledUnpaid">业务已结算财务未支付: claims settled but not yet paid.</param>
/// <param name="NotYetSettled">业务未结算: claims incurred but not yet settled.</param>
/// <param name="ReservesWithheld">暂扣医疗机构的预留金: reserves withheld from medical institutions.</param>
/// <param name="OtherPayables">其他未付款: other payables.</param>
public readonly record struct BalanceDeductions(
    Money OneTimePrepaymentsAndSubsidies,
    Money SettledUnpaid,
    Money NotYetSettled,
    Money ReservesWithheld,
    Money OtherPayables)
{
    /// <summary>No deductions: the actual balance is the book balance.</summary>
    public static BalanceDeductions None => default;

    /// <summary>应付未付款: the four payables summed.</summary>
    public Money Payables
    {
        get
        {
            long sum = 0;
            if (!TryAdd(ref sum, SettledUnpaid) || !TryAdd(ref sum, NotYetSettled) || !TryAdd(ref sum, ReservesWithheld) || !TryAdd(ref sum, OtherPayables))
            {
                throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"BalanceDeductions.Payables: SettledUnpaid {SettledUnpaid:N2元} + NotYetSettled {NotYetSettled:N2元} + ReservesWithheld {ReservesWithheld:N2元} + OtherPayables {OtherPayables:N2元} exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元)."));
            }

            return Money.FromFen(sum);
        }
    }

    /// <summary>Every deduction summed.</summary>
    public Money Total
    {
        get
        {
            Money payables = Payables;
            long sum = OneTimePrepaymentsAndSubsidies.Fen;
            return TryAdd(ref sum, payables)
                ? Money.FromFen(sum)
                : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"BalanceDeductions.Total: OneTimePrepaymentsAndSubsidies {OneTimePrepaymentsAndSubsidies:N2元} + Payables {payables:N2元} exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元)."));
        }
    }

    /// <summary>Deductions given as a prepayment figure and one lumped payables figure (as 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》 does).</summary>
    public static BalanceDeductions Lumped(Money oneTimePrepaymentsAndSubsidies, Money payables) =>
        new(oneTimePrepaymentsAndSubsidies, Money.Zero, Money.Zero, Money.Zero, payables);

    /// <summary>The component-wise sum (for a total row).</summary>
    public static BalanceDeductions operator +(BalanceDeductions left, BalanceDeductions right) => new(
        Add(left.OneTimePrepaymentsAndSubsidies, right.OneTimePrepaymentsAndSubsidies, nameof(OneTimePrepaymentsAndSubsidies)),
        Add(left.SettledUnpaid, right.SettledUnpaid, nameof(SettledUnpaid)),
        Add(left.NotYetSettled, right.NotYetSettled, nameof(NotYetSettled)),
        Add(left.ReservesWithheld, right.ReservesWithheld, nameof(ReservesWithheld)),
        Add(left.OtherPayables, right.OtherPayables, nameof(OtherPayables)));

    private static Money Add(Money left, Money right, string component)
    {
        long sum = left.Fen;
        return TryAdd(ref sum, right)
            ? Money.FromFen(sum)
            : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"BalanceDeductions + BalanceDeductions: {component} {left:N2元} + {right:N2元} exceeds the range of Money (−92,233,720,368,547,758.08元 to 92,233,720,368,547,758.07元)."));
    }

    private static bool TryAdd(ref long sum, Money amount)
    {
        long before = sum;
        sum = unchecked(before + amount.Fen);
        return ((before ^ sum) & (amount.Fen ^ sum)) >= 0;
    }

    /// <summary>True when any deduction is negative (checked without building a message).</summary>
    internal bool HasNegative
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get =>
        (OneTimePrepaymentsAndSubsidies.Fen | SettledUnpaid.Fen | NotYetSettled.Fen | ReservesWithheld.Fen | OtherPayables.Fen) < 0;
    }

    /// <summary>Throws when any deduction is negative, naming it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A deduction is negative.</exception>
    public void EnsureNonNegative(string paramName)
    {
        Preconditions.CheckNotNull(paramName, nameof(paramName));
        Check(OneTimePrepaymentsAndSubsidies, paramName, nameof(OneTimePrepaymentsAndSubsidies));
        Check(SettledUnpaid, paramName, nameof(SettledUnpaid));
        Check(NotYetSettled, paramName, nameof(NotYetSettled));
        Check(ReservesWithheld, paramName, nameof(ReservesWithheld));
        Check(OtherPayables, paramName, nameof(OtherPayables));
    }

    private static void Check(Money amount, string paramName, string what)
    {
        if (amount.IsNegative)
        {
            Preconditions.ThrowOutOfRange(paramName, amount, $"{paramName}.{what} is {amount}; a deduction from the balance must be 0 or more.");
        }
    }
}
