using System;
using System.Globalization;

namespace FundMath.Benefits;

/// <summary>
/// One person's year-to-date benefit state — 年度累计: claims and visits per kind, 起付线 used, each layer's payments
/// (against its cap) and the bases of the accumulating layers (大病保险 and 医疗救助 work on the year's running
/// totals). Settlement reads and updates it; reversal (冲正) subtracts exactly what the claim added. A value type so a
/// batch holds one per person in a span; create it with <see cref="ForYear"/>.
/// </summary>
/// <remarks><c>default(BenefitAccumulator)</c> is an empty accumulator: no claims added, every total 0.00元.</remarks>
public struct BenefitAccumulator : IEquatable<BenefitAccumulator>
{
    internal long PersonIdValue;
    internal int YearValue;
    internal int ClaimCount;
    internal KindInts VisitCounts;
    internal long ClaimedSum;
    internal long InScopeSum;
    internal KindLongs DeductibleSums;
    internal KindLongs BasicSums;
    internal long SeriousBaseSum, SeriousPaidSum;
    internal long AssistBaseSum, AssistPaidSum;

    /// <summary>An empty accumulator for <paramref name="personId"/> in <paramref name="year"/> (nothing settled yet).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–9999.</exception>
    public static BenefitAccumulator ForYear(long personId, int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1900, 9999);
        return new BenefitAccumulator { PersonIdValue = personId, YearValue = year };
    }

    /// <summary>The person whose year this is.</summary>
    public readonly long PersonId => PersonIdValue;

    /// <summary>The calendar year (医保年度) the totals belong to; 0 for a default (unset) accumulator.</summary>
    public readonly int Year => YearValue;

    /// <summary>Claims settled (and not reversed) this year.</summary>
    public readonly int Claims => ClaimCount;

    /// <summary>住院次数: admissions settled this year.</summary>
    public readonly int Admissions => VisitCounts[0];

    /// <summary>Σ claim totals this year.</summary>
    public readonly Money Claimed => Money.FromFen(ClaimedSum);

    /// <summary>Σ 政策范围内费用 (in-scope amounts after 乙类先行自付) this year.</summary>
    public readonly Money InScope => Money.FromFen(InScopeSum);

    /// <summary>Σ payments of the basic layer (基本医保统筹基金) this year, all kinds.</summary>
    public readonly Money BasicPaid => Money.FromFen(unchecked(BasicSums[0] + BasicSums[1] + BasicSums[2]));

    /// <summary>Σ 大病保险 payments this year.</summary>
    public readonly Money SeriousIllnessPaid => Money.FromFen(SeriousPaidSum);

    /// <summary>Σ 医疗救助 payments this year.</summary>
    public readonly Money AssistancePaid => Money.FromFen(AssistPaidSum);

    /// <summary>The 大病保险 base accumulated this year (the counted in-scope patient shares after the basic layer).</summary>
    public readonly Money SeriousIllnessBase => Money.FromFen(SeriousBaseSum);

    /// <summary>The 医疗救助 base accumulated this year (what remained after 大病保险, while the person was in an assistance group).</summary>
    public readonly Money AssistanceBase => Money.FromFen(AssistBaseSum);

    /// <summary>The basic layer's payments that count towards 最高支付限额 (住院 + 门诊慢特病).</summary>
    public readonly Money AnnualCapUsed => Money.FromFen(unchecked(BasicSums[0] + BasicSums[2]));

    /// <summary>Visits (admissions for inpatients) of <paramref name="kind"/> this year.</summary>
    public readonly int Visits(ClaimKind kind) => kind switch
    {
        ClaimKind.Inpatient => VisitCounts[0],
        ClaimKind.Outpatient => VisitCounts[1],
        ClaimKind.ChronicOutpatient => VisitCounts[2],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined ClaimKind"),
    };

    /// <summary>起付线 used by <paramref name="kind"/>'s claims this year (per-year deductibles are consumed by it).</summary>
    public readonly Money DeductibleUsed(ClaimKind kind) => Money.FromFen(kind switch
    {
        ClaimKind.Inpatient => DeductibleSums[0],
        ClaimKind.Outpatient => DeductibleSums[1],
        ClaimKind.ChronicOutpatient => DeductibleSums[2],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined ClaimKind"),
    });

    /// <summary>The basic layer's payments for <paramref name="kind"/> this year (against the kind's own cap).</summary>
    public readonly Money BasicPaidFor(ClaimKind kind) => Money.FromFen(kind switch
    {
        ClaimKind.Inpatient => BasicSums[0],
        ClaimKind.Outpatient => BasicSums[1],
        ClaimKind.ChronicOutpatient => BasicSums[2],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a defined ClaimKind"),
    });

    /// <summary>(基本医保 + 大病保险 + 医疗救助) this year.</summary>
    public readonly Money FundPaid => Money.FromFen(unchecked(BasicSums[0] + BasicSums[1] + BasicSums[2] + SeriousPaidSum + AssistPaidSum));

    /// <summary>
    /// The year's three-layer in-scope ratio against <paramref name="plan"/>'s band for <paramref name="group"/>:
    /// FundPaid / InScope.
    /// </summary>
    public readonly TargetOutcome TargetFor(BenefitPlan plan, AssistanceGroup group)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        return BenefitSettlement.Target(plan, group, unchecked(BasicSums[0] + BasicSums[1] + BasicSums[2] + SeriousPaidSum + AssistPaidSum), InScopeSum);
    }

    /// <inheritdoc />
    public readonly bool Equals(BenefitAccumulator other) =>
        PersonIdValue == other.PersonIdValue && YearValue == other.YearValue && ClaimCount == other.ClaimCount
        && VisitCounts[0] == other.VisitCounts[0] && VisitCounts[1] == other.VisitCounts[1] && VisitCounts[2] == other.VisitCounts[2]
        && ClaimedSum == other.ClaimedSum && InScopeSum == other.InScopeSum
        && DeductibleSums[0] == other.DeductibleSums[0] && DeductibleSums[1] == other.DeductibleSums[1] && DeductibleSums[2] == other.DeductibleSums[2]
        && BasicSums[0] == other.BasicSums[0] && BasicSums[1] == other.BasicSums[1] && BasicSums[2] == other.BasicSums[2]
        && SeriousBaseSum == other.SeriousBaseSum && SeriousPaidSum == other.SeriousPaidSum
        && AssistBaseSum == other.AssistBaseSum && AssistPaidSum == other.AssistPaidSum;

    /// <inheritdoc />
    public override readonly bool Equals(object? obj) => obj is BenefitAccumulator other && Equals(other);

    /// <inheritdoc />
    public override readonly int GetHashCode() =>
        HashCode.Combine(PersonIdValue, YearValue, ClaimCount, ClaimedSum, unchecked(BasicSums[0] + BasicSums[1] + BasicSums[2]), SeriousPaidSum, AssistPaidSum, SeriousBaseSum);

    /// <summary>Equality of every total.</summary>
    public static bool operator ==(BenefitAccumulator left, BenefitAccumulator right) => left.Equals(right);

    /// <summary>Inequality of any total.</summary>
    public static bool operator !=(BenefitAccumulator left, BenefitAccumulator right) => !left.Equals(right);

    /// <summary>"person 7, 2021: 3 claims, basic 12,345.00元, 大病 0.00元, 救助 0.00元".</summary>
    public override readonly string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"person {PersonIdValue}, {YearValue}: {ClaimCount} claims ({VisitCounts[0]} admissions), claimed {Claimed:N2元}, basic {BasicPaid:N2元}, 大病 {SeriousIllnessPaid:N2元}, 救助 {AssistancePaid:N2元}");

    /// <summary>Three counters, one per <see cref="ClaimKind"/>.</summary>
    [System.Runtime.CompilerServices.InlineArray(3)]
    internal struct KindInts
    {
        private int element;
    }

    /// <summary>Three amounts in fen, one per <see cref="ClaimKind"/>.</summary>
    [System.Runtime.CompilerServices.InlineArray(3)]
    internal struct KindLongs
    {
        private long element;
    }
}
