using System.Globalization;

namespace FundMath.Benefits;

/// <summary>
/// The settlement of one claim across the three layers — 一站式结算结果: what was out of scope, the class-B self-pay,
/// the in-scope amount, the basic layer's deductible, ratio and cap state, 大病保险 and 医疗救助 with their bases and cap
/// states, and the patient's share. The parts always add up to the claim total exactly:
/// <c>Basic + SeriousIllness + Assistance + Patient = Total</c> and <c>Patient = OutOfScope + ClassBSelfPay + InScopePatient</c>.
/// Built only by <see cref="BenefitSettlement"/>; it also records what the claim added to the accumulator, so a
/// reversal (冲正) subtracts exactly that.
/// </summary>
/// <remarks><c>default(ClaimSettlement)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct ClaimSettlement
{
    internal ClaimSettlement(in BenefitSettlement.Core core, long claimId, long personId, int year, ClaimKind kind, AssistanceGroup group, TargetOutcome target, bool perAdmission)
    {
        ClaimId = claimId;
        PersonId = personId;
        Year = year;
        Kind = kind;
        Group = group;
        Target = target;
        DeductibleBasis = perAdmission ? DeductibleBasis.PerAdmission : DeductibleBasis.PerYear;
        C = core;
    }

    internal BenefitSettlement.Core C { get; }

    /// <summary>The claim settled.</summary>
    public long ClaimId { get; }

    /// <summary>The person.</summary>
    public long PersonId { get; }

    /// <summary>The accumulator year the claim was settled in.</summary>
    public int Year { get; }

    /// <summary>The claim's kind.</summary>
    public ClaimKind Kind { get; }

    /// <summary>The person's assistance group at settlement.</summary>
    public AssistanceGroup Group { get; }

    /// <summary>医疗费用总额.</summary>
    public Money Total => Money.FromFen(C.Total);

    /// <summary>政策范围外费用 (全自费), paid by the patient.</summary>
    public Money OutOfScope => Money.FromFen(C.OutOfScope);

    /// <summary>乙类先行自付: round(class-B amount × the plan's ratio), paid by the patient.</summary>
    public Money ClassBSelfPay => Money.FromFen(C.ClassBSelfPay);

    /// <summary>政策范围内费用 = total − out of scope − class-B self-pay: what the layers work on.</summary>
    public Money InScope => Money.FromFen(C.InScope);

    /// <summary>How the claim's 起付线 was counted.</summary>
    public DeductibleBasis DeductibleBasis { get; }

    /// <summary>The claim's ordinal among the year's visits of its kind (1 = the first admission of the year).</summary>
    public int Visit => (int)C.Ordinal + 1;

    /// <summary>The 起付线 still due when the claim arrived (per admission: level amount × repeat factor; per year: what was left).</summary>
    public Money DeductibleDue => Money.FromFen(C.DeductibleDue);

    /// <summary>The 起付线 the claim paid: min(in scope, deductible due).</summary>
    public Money Deductible => Money.FromFen(C.Deductible);

    /// <summary>The basic layer's 支付比例 applied (level × status, + the group increase for inpatients).</summary>
    public Rate BasicRatio => BenefitArithmetic.ToRate(C.RatioNum);

    /// <summary>round((in scope − deductible) × ratio): the basic payment before any cap.</summary>
    public Money BasicBeforeCap => Money.FromFen(C.BasicRaw);

    /// <summary>基本医保统筹基金支付: the basic payment after the annual and kind caps.</summary>
    public Money Basic => Money.FromFen(C.Basic);

    /// <summary>Where the basic layer's binding cap stood.</summary>
    public CapState BasicCap => (CapState)C.BasicCapState;

    /// <summary>The basic layer's cap room the claim found (min of the annual and the kind cap room; long.MaxValue fen when uncapped).</summary>
    public Money BasicCapRoom => Money.FromFen(C.BasicRoom);

    /// <summary>The in-scope patient share after the basic layer: in scope − basic.</summary>
    public Money AfterBasic => Money.FromFen(C.InScope - C.Basic);

    /// <summary>The 大病保险 base this claim added: round(after basic × the kind's counted share).</summary>
    public Money SeriousIllnessBase => Money.FromFen(C.SeriousBase);

    /// <summary>H(base after) − H(base before): the 大病保险 payment by the year's bands before the cap.</summary>
    public Money SeriousIllnessBeforeCap => Money.FromFen(C.SeriousRaw);

    /// <summary>大病保险支付.</summary>
    public Money SeriousIllness => Money.FromFen(C.Serious);

    /// <summary>Where the 大病保险 cap stood.</summary>
    public CapState SeriousIllnessCap => (CapState)C.SeriousCapState;

    /// <summary>The 医疗救助 base this claim added (what remained after 大病保险, for a person in an assistance group).</summary>
    public Money AssistanceBase => Money.FromFen(C.AssistBase);

    /// <summary>医疗救助 by the year's deductible and ratio, before the yearly cap.</summary>
    public Money AssistanceBeforeCap => Money.FromFen(C.AssistRaw);

    /// <summary>医疗救助支付.</summary>
    public Money Assistance => Money.FromFen(C.Assist);

    /// <summary>Where the 医疗救助 cap stood.</summary>
    public CapState AssistanceCap => (CapState)C.AssistCapState;

    /// <summary>The in-scope part the patient still pays: in scope − basic − 大病 − 救助.</summary>
    public Money InScopePatient => Money.FromFen(C.InScope - C.Basic - C.Serious - C.Assist);

    /// <summary>个人负担: total − basic − 大病 − 救助 = out of scope + class-B self-pay + in-scope patient share.</summary>
    public Money Patient => Money.FromFen(C.Patient);

    /// <summary>基本医保 + 大病保险 + 医疗救助.</summary>
    public Money FundPaid => Money.FromFen(C.Basic + C.Serious + C.Assist);

    /// <summary>The claim's three-layer in-scope ratio (fund paid / in scope); zero when nothing was in scope.</summary>
    public Rate ThreeLayerRatio => C.InScope == 0 ? Rate.Zero : Rate.FromRatio(C.Basic + C.Serious + C.Assist, C.InScope);

    /// <summary>The claim's three-layer ratio against the group's target band.</summary>
    public TargetOutcome Target { get; }

    /// <summary>"claim 17: total 20,000.00元 = basic 13,000.00 + 大病 0.00 + 救助 0.00 + patient 7,000.00".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"claim {ClaimId}: total {Total:N2元} = basic {Basic:N2} + 大病 {SeriousIllness:N2} + 救助 {Assistance:N2} + patient {Patient:N2}");
}
