using System;
using System.Globalization;

namespace FundMath.Benefits;

/// <summary>
/// The totals of a batch settlement — 结算汇总: claims, amounts by layer, and the inpatient in-scope cost and basic
/// payment by hospital level (the figures behind 住院费用目录内基金支付比例). Totals of disjoint batches add exactly
/// (<see cref="op_Addition"/>), which is why the partitioned parallel form equals the sequential one to the fen.
/// </summary>
/// <remarks><c>default(BenefitBatchTotals)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct BenefitBatchTotals : IEquatable<BenefitBatchTotals>
{
    internal readonly long ClaimCount;
    internal readonly long TotalFen, OutOfScopeFen, ClassBSelfPayFen, InScopeFen, BasicFen, SeriousFen, AssistFen, PatientFen;
    internal readonly long InScope1, InScope2, InScope3, Basic1, Basic2, Basic3;

    internal BenefitBatchTotals(long claims, long total, long outOfScope, long classBSelfPay, long inScope, long basic, long serious, long assist, long patient,
        long inScope1, long inScope2, long inScope3, long basic1, long basic2, long basic3)
    {
        ClaimCount = claims;
        TotalFen = total;
        OutOfScopeFen = outOfScope;
        ClassBSelfPayFen = classBSelfPay;
        InScopeFen = inScope;
        BasicFen = basic;
        SeriousFen = serious;
        AssistFen = assist;
        PatientFen = patient;
        InScope1 = inScope1;
        InScope2 = inScope2;
        InScope3 = inScope3;
        Basic1 = basic1;
        Basic2 = basic2;
        Basic3 = basic3;
    }

    /// <summary>Claims settled.</summary>
    public long Claims => ClaimCount;

    /// <summary>Σ 医疗费用总额.</summary>
    public Money Total => Money.FromFen(TotalFen);

    /// <summary>Σ 政策范围外费用.</summary>
    public Money OutOfScope => Money.FromFen(OutOfScopeFen);

    /// <summary>Σ 乙类先行自付.</summary>
    public Money ClassBSelfPay => Money.FromFen(ClassBSelfPayFen);

    /// <summary>Σ 政策范围内费用.</summary>
    public Money InScope => Money.FromFen(InScopeFen);

    /// <summary>Σ 基本医保统筹基金支付.</summary>
    public Money Basic => Money.FromFen(BasicFen);

    /// <summary>Σ 大病保险支付.</summary>
    public Money SeriousIllness => Money.FromFen(SeriousFen);

    /// <summary>Σ 医疗救助支付.</summary>
    public Money Assistance => Money.FromFen(AssistFen);

    /// <summary>Σ 个人负担.</summary>
    public Money Patient => Money.FromFen(PatientFen);

    /// <summary>Σ of the three layers' payments.</summary>
    public Money FundPaid => Money.FromFen(checked(BasicFen + SeriousFen + AssistFen));

    /// <summary>Σ inpatient in-scope cost at <paramref name="level"/>.</summary>
    public Money InpatientInScope(HospitalLevel level) => Money.FromFen(level switch
    {
        HospitalLevel.Level1 => InScope1,
        HospitalLevel.Level2 => InScope2,
        HospitalLevel.Level3 => InScope3,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not a defined HospitalLevel"),
    });

    /// <summary>Σ inpatient basic payments at <paramref name="level"/>.</summary>
    public Money InpatientBasic(HospitalLevel level) => Money.FromFen(level switch
    {
        HospitalLevel.Level1 => Basic1,
        HospitalLevel.Level2 => Basic2,
        HospitalLevel.Level3 => Basic3,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "not a defined HospitalLevel"),
    });

    /// <summary>
    /// 住院政策范围内基金支付比例 at a level (or over all levels when null): inpatient basic payments / inpatient in-scope
    /// cost; null when there was no inpatient in-scope cost.
    /// </summary>
    public Rate? InpatientInScopeRatio(HospitalLevel? level = null)
    {
        long basic = level is { } l ? InpatientBasic(l).Fen : checked(Basic1 + Basic2 + Basic3);
        long inScope = level is { } m ? InpatientInScope(m).Fen : checked(InScope1 + InScope2 + InScope3);
        return inScope == 0 ? null : Rate.FromRatio(basic, inScope);
    }

    /// <summary>
    /// The batch's inpatient in-scope fund ratio against <paramref name="plan"/>'s minimum target
    /// (<see cref="BenefitPlan.InpatientInScopeRatioTarget"/>, e.g. 不低于70%): Within when met, Below when not, NoTarget
    /// when the plan sets none, NoInScopeCost without inpatient in-scope cost.
    /// </summary>
    public TargetOutcome InpatientTargetOutcome(BenefitPlan plan)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        if (plan.InpatientInScopeRatioTarget is not { } target)
        {
            return TargetOutcome.NoTarget;
        }

        return InpatientInScopeRatio() is not { } ratio ? TargetOutcome.NoInScopeCost : ratio < target ? TargetOutcome.Below : TargetOutcome.Within;
    }

    /// <summary>The totals of two disjoint batches (exact; associative and commutative).</summary>
    public static BenefitBatchTotals operator +(BenefitBatchTotals left, BenefitBatchTotals right) => new(
        checked(left.ClaimCount + right.ClaimCount), checked(left.TotalFen + right.TotalFen), checked(left.OutOfScopeFen + right.OutOfScopeFen),
        checked(left.ClassBSelfPayFen + right.ClassBSelfPayFen), checked(left.InScopeFen + right.InScopeFen), checked(left.BasicFen + right.BasicFen),
        checked(left.SeriousFen + right.SeriousFen), checked(left.AssistFen + right.AssistFen), checked(left.PatientFen + right.PatientFen),
        checked(left.InScope1 + right.InScope1), checked(left.InScope2 + right.InScope2), checked(left.InScope3 + right.InScope3),
        checked(left.Basic1 + right.Basic1), checked(left.Basic2 + right.Basic2), checked(left.Basic3 + right.Basic3));

    /// <summary>The totals of two disjoint batches.</summary>
    public static BenefitBatchTotals Add(BenefitBatchTotals left, BenefitBatchTotals right) => left + right;

    /// <inheritdoc />
    public bool Equals(BenefitBatchTotals other) =>
        ClaimCount == other.ClaimCount && TotalFen == other.TotalFen && OutOfScopeFen == other.OutOfScopeFen && ClassBSelfPayFen == other.ClassBSelfPayFen
        && InScopeFen == other.InScopeFen && BasicFen == other.BasicFen && SeriousFen == other.SeriousFen && AssistFen == other.AssistFen
        && PatientFen == other.PatientFen && InScope1 == other.InScope1 && InScope2 == other.InScope2 && InScope3 == other.InScope3
        && Basic1 == other.Basic1 && Basic2 == other.Basic2 && Basic3 == other.Basic3;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is BenefitBatchTotals other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ClaimCount, TotalFen, BasicFen, SeriousFen, AssistFen, PatientFen);

    /// <summary>Equality of every total.</summary>
    public static bool operator ==(BenefitBatchTotals left, BenefitBatchTotals right) => left.Equals(right);

    /// <summary>Inequality of any total.</summary>
    public static bool operator !=(BenefitBatchTotals left, BenefitBatchTotals right) => !left.Equals(right);

    /// <summary>"3 claims: total … = basic … + 大病 … + 救助 … + patient …".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{ClaimCount} claims: total {Total:N2元} = basic {Basic:N2} + 大病 {SeriousIllness:N2} + 救助 {Assistance:N2} + patient {Patient:N2}");
}
