using System;

namespace FundMath.Benefits;

/// <summary>
/// Where a batch settlement writes each claim's split — 批量结算输出: one element per claim in every column, so that
/// <c>Basic[i] + SeriousIllness[i] + Assistance[i] + Patient[i]</c> is claim i's total.
/// </summary>
/// <remarks><c>default(BenefitPaymentColumns)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly ref struct BenefitPaymentColumns
{
    /// <summary>Wraps caller spans.</summary>
    /// <exception cref="ArgumentException">The columns differ in length.</exception>
    public BenefitPaymentColumns(Span<Money> basic, Span<Money> seriousIllness, Span<Money> assistance, Span<Money> patient)
    {
        if (seriousIllness.Length != basic.Length || assistance.Length != basic.Length || patient.Length != basic.Length)
        {
            Preconditions.ThrowArgument(nameof(basic),
                $"payment columns must have one element per claim: basic {basic.Length}, seriousIllness {seriousIllness.Length}, assistance {assistance.Length}, patient {patient.Length}.");
        }

        Basic = basic;
        SeriousIllness = seriousIllness;
        Assistance = assistance;
        Patient = patient;
    }

    /// <summary>基本医保统筹基金支付.</summary>
    public Span<Money> Basic { get; }

    /// <summary>大病保险支付.</summary>
    public Span<Money> SeriousIllness { get; }

    /// <summary>医疗救助支付.</summary>
    public Span<Money> Assistance { get; }

    /// <summary>个人负担.</summary>
    public Span<Money> Patient { get; }

    /// <summary>The number of claims.</summary>
    public int Count => Basic.Length;
}
