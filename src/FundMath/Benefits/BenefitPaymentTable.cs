namespace FundMath.Benefits;

/// <summary>
/// Arrays receiving a batch's split per claim — 结算结果表: the owning form of <see cref="BenefitPaymentColumns"/>,
/// used by the parallel settlement.
/// </summary>
public sealed class BenefitPaymentTable
{
    /// <summary>Allocates columns for <paramref name="claims"/> claims.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="claims"/> is negative.</exception>
    public BenefitPaymentTable(int claims)
    {
        Preconditions.CheckArgumentRange(nameof(claims), claims, 0, int.MaxValue);
        Basic = new Money[claims];
        SeriousIllness = new Money[claims];
        Assistance = new Money[claims];
        Patient = new Money[claims];
    }

    /// <summary>基本医保统筹基金支付 per claim.</summary>
    public Money[] Basic { get; }

    /// <summary>大病保险支付 per claim.</summary>
    public Money[] SeriousIllness { get; }

    /// <summary>医疗救助支付 per claim.</summary>
    public Money[] Assistance { get; }

    /// <summary>个人负担 per claim.</summary>
    public Money[] Patient { get; }

    /// <summary>The number of claims.</summary>
    public int Count => Basic.Length;

    /// <summary>The columns as spans.</summary>
    public BenefitPaymentColumns Columns => new(Basic, SeriousIllness, Assistance, Patient);
}
