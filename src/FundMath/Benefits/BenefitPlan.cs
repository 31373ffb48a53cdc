using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// One scheme's benefit plan over a window of dates — 待遇方案: the rules of the three layers 基本医保 → 大病保险 →
/// 医疗救助, read from dated, cited parameters (<c>benefits.employee.*</c> or <c>benefits.resident.*</c>) of a region's
/// parameter set and valid while none of them changes. Built only by <see cref="FromParameters"/>; override any value
/// by layering a parameter set (<see cref="ParameterSet.WithOverrides(IEnumerable{Parameter}, string)"/>).
/// <list type="bullet">
/// <item>基本医保: 政策范围内 = total − 政策范围外 − 乙类先行自付 (class-B amount × <c>class_b_self_pay</c>); 起付线 per
/// admission (× <c>repeat_factor</c> of the admission's ordinal) or per year, by hospital level; 支付比例 by level ×
/// person status (+ <c>group_increase</c> for inpatients of an assistance group); 最高支付限额 <c>annual_cap</c> over
/// inpatient and 门诊慢特病 payments, and each outpatient kind's own <c>annual_cap</c>.</item>
/// <item>大病保险 on the basic layer's in-scope patient share (× <c>counted_share</c> of the claim kind), accumulated over the
/// year: deductible (<c>deductible</c>, or <c>reference_income</c> × <c>deductible_income_share</c>) × the group's
/// <c>deductible_factor</c>; tiered bands <c>band_from</c>/<c>band_ratio</c> (+ the group's <c>ratio_increase</c>);
/// <c>cap</c> unless the group's <c>cap_applies</c> is 0 (取消封顶线).</item>
/// <item>医疗救助 on what remains, accumulated over the year for the group: <c>deductible</c>, <c>ratio</c>, <c>cap</c> by group.</item>
/// <item>Targets: the group's three-layer band <c>target.min</c>–<c>target.max</c> (optional) and the inpatient in-scope
/// fund-ratio target <c>inpatient.in_scope_ratio_target</c> (optional).</item>
/// </list>
/// Rates are held to 0.0001% (fixed point over 10⁶); every payment is rounded once to the fen with <see cref="Rounding"/>.
/// </summary>
public sealed class BenefitPlan
{
    private readonly Dictionary<string, ParameterEntry> entries;

    // Kernel tables (fixed-point numerators over BenefitArithmetic.Scale, amounts in fen).
    internal readonly long ClassBNum;
    internal readonly bool[] PerAdmission = new bool[BenefitKeys.Kinds];
    internal readonly long[] DeductibleBase = new long[BenefitKeys.Kinds * BenefitKeys.Levels];
    internal readonly long[] RepeatNum = new long[BenefitKeys.Kinds * BenefitKeys.Ordinals];
    internal readonly long[] DeductibleDue = new long[BenefitKeys.Kinds * BenefitKeys.Levels * BenefitKeys.Ordinals];
    internal readonly long[] RatioNum = new long[BenefitKeys.Kinds * BenefitKeys.Levels * BenefitKeys.Statuses * BenefitKeys.Groups];
    internal readonly long[] KindCapFen = new long[BenefitKeys.Kinds];
    internal readonly long AnnualCapFen;
    internal readonly long[] CountedShareNum = new long[BenefitKeys.Kinds];
    internal readonly long[] SeriousDeductibleFen = new long[BenefitKeys.Groups];
    internal readonly long[] BandFromFen;
    internal readonly long[] BandNum;
    internal readonly int BandCount;
    internal readonly long[] SeriousCapFen = new long[BenefitKeys.Groups];
    internal readonly long[] AssistDeductibleFen = new long[BenefitKeys.Groups];
    internal readonly long[] AssistNum = new long[BenefitKeys.Groups];
    internal readonly long[] AssistCapFen = new long[BenefitKeys.Groups];
    internal readonly long[] TargetMinNum = new long[BenefitKeys.Groups];
    internal readonly long[] TargetMaxNum = new long[BenefitKeys.Groups];
    internal readonly long InpatientTargetNum;
    internal readonly string[] BandKeys;
    internal readonly Money SeriousBaseDeductible;
    internal readonly Money? SeriousFunding;

    private BenefitPlan(ParameterSet set, BenefitScheme scheme, LocalDate date, MidpointRounding rounding)
    {
        Scheme = scheme;
        Rounding = rounding;
        ParameterSetName = set.Name;
        var r = new Reader(set, scheme, date);
        string p = BenefitKeys.Prefix(scheme);

        ClassBNum = BenefitArithmetic.ToFixed(r.Rate(BenefitKeys.ClassBSelfPay), $"{p}.{BenefitKeys.ClassBSelfPay}");
        AnnualCapFen = r.Money(BenefitKeys.AnnualCap).Fen;

        foreach (ClaimKind kind in Enum.GetValues<ClaimKind>())
        {
            int k = (int)kind;
            string kk = BenefitKeys.Key(kind);
            string perAdmission = $"{kk}.{BenefitKeys.DeductiblePerAdmission}", perYear = $"{kk}.{BenefitKeys.DeductiblePerYear}";
            bool hasAdmission = r.Has(perAdmission), hasYear = r.Has(perYear);
            if (hasAdmission == hasYear)
            {
                throw new ArgumentException(hasAdmission
                    ? $"benefit plan {p} on {date:uuuu-MM-dd} in parameter set {set.Name}: {p}.{perAdmission} and {p}.{perYear} are both in force; a kind's 起付线 is counted either per admission or per year."
                    : $"benefit plan {p} on {date:uuuu-MM-dd} in parameter set {set.Name}: {kk} needs its 起付线: define {p}.{perAdmission} (per admission) or {p}.{perYear} (per year).");
            }

            PerAdmission[k] = hasAdmission;
            string dedName = hasAdmission ? perAdmission : perYear;
            for (int o = 0; o < BenefitKeys.Ordinals; o++)
            {
                RepeatNum[(k * BenefitKeys.Ordinals) + o] = hasAdmission
                    ? BenefitArithmetic.ToFixed(r.Rate($"{kk}.{BenefitKeys.RepeatFactor}", BenefitKeys.OrdinalKeys[o]), $"{p}.{kk}.{BenefitKeys.RepeatFactor}[{BenefitKeys.OrdinalKeys[o]}]")
                    : BenefitArithmetic.Scale;
            }

            foreach (HospitalLevel level in Enum.GetValues<HospitalLevel>())
            {
                int l = (int)level;
                long amount = r.Money(dedName, BenefitKeys.Key(level)).Fen;
                DeductibleBase[(k * BenefitKeys.Levels) + l] = amount;
                for (int o = 0; o < BenefitKeys.Ordinals; o++)
                {
                    DeductibleDue[(((k * BenefitKeys.Levels) + l) * BenefitKeys.Ordinals) + o] =
                        BenefitArithmetic.Apply(amount, RepeatNum[(k * BenefitKeys.Ordinals) + o], rounding);
                }

                foreach (PersonStatus status in Enum.GetValues<PersonStatus>())
                {
                    int s = (int)status;
                    Rate? baseRatio = BenefitKeys.Allows(scheme, status)
                        ? r.Rate($"{kk}.{BenefitKeys.Ratio}", $"{BenefitKeys.Key(level)}.{BenefitKeys.Key(status)}")
                        : null;
                    foreach (AssistanceGroup group in Enum.GetValues<AssistanceGroup>())
                    {
                        int g = (int)group;
                        int index = (((((k * BenefitKeys.Levels) + l) * BenefitKeys.Statuses) + s) * BenefitKeys.Groups) + g;
                        if (!baseRatio.HasValue)
                        {
                            RatioNum[index] = -1;
                            continue;
                        }

                        // Not a pattern variable: removing the block or the `continue` above (mutation testing)
                        // must leave a compilable method, with no local that is only assigned by a pattern.
                        Rate ratio = baseRatio.GetValueOrDefault();
                        Rate tilted = kind == ClaimKind.Inpatient ? ratio + r.Points($"{kk}.{BenefitKeys.GroupIncrease}", BenefitKeys.Key(group)) : ratio;
                        RatioNum[index] = BenefitArithmetic.ToFixed(tilted,
                            kind == ClaimKind.Inpatient
                                ? $"{p}.{kk}.{BenefitKeys.Ratio}[{BenefitKeys.Key(level)}.{BenefitKeys.Key(status)}] + {p}.{kk}.{BenefitKeys.GroupIncrease}[{BenefitKeys.Key(group)}]"
                                : $"{p}.{kk}.{BenefitKeys.Ratio}[{BenefitKeys.Key(level)}.{BenefitKeys.Key(status)}]");
                    }
                }
            }

            KindCapFen[k] = kind == ClaimKind.Inpatient ? BenefitArithmetic.NoCap : r.Money($"{kk}.{BenefitKeys.KindCap}").Fen;
            CountedShareNum[k] = BenefitArithmetic.ToFixed(r.Rate(BenefitKeys.SeriousCountedShare, kk), $"{p}.{BenefitKeys.SeriousCountedShare}[{kk}]");
        }

        // 大病保险: the base deductible, tiered bands, cap, and the tilt for assistance groups.
        if (r.Has(BenefitKeys.SeriousDeductible))
        {
            SeriousBaseDeductible = r.Money(BenefitKeys.SeriousDeductible);
        }
        else
        {
            Money income = r.Money(BenefitKeys.SeriousReferenceIncome);
            Rate share = r.Rate(BenefitKeys.SeriousIncomeShare);
            SeriousBaseDeductible = income.Multiply(share, rounding);
        }

        (string Key, Money From, Rate Ratio)[] bands = r.Bands();
        BandCount = bands.Length;
        BandKeys = [.. bands.Select(b => b.Key)];
        BandFromFen = [.. bands.Select(b => b.From.Fen)];
        BandNum = new long[BenefitKeys.Groups * BandCount];
        long seriousCap = r.Money(BenefitKeys.SeriousCap).Fen;
        foreach (AssistanceGroup group in Enum.GetValues<AssistanceGroup>())
        {
            int g = (int)group;
            string gk = BenefitKeys.Key(group);
            Rate factor = r.Rate(BenefitKeys.SeriousDeductibleFactor, gk);
            BenefitArithmetic.ToFixed(factor, $"{p}.{BenefitKeys.SeriousDeductibleFactor}[{gk}]");
            SeriousDeductibleFen[g] = SeriousBaseDeductible.Multiply(factor, rounding).Fen;
            PercentagePoints increase = r.Points(BenefitKeys.SeriousRatioIncrease, gk);
            for (int b = 0; b < BandCount; b++)
            {
                BandNum[(g * BandCount) + b] = BenefitArithmetic.ToFixed(bands[b].Ratio + increase,
                    $"{p}.{BenefitKeys.SeriousBandRatio}[{bands[b].Key}] + {p}.{BenefitKeys.SeriousRatioIncrease}[{gk}]");
            }

            long applies = r.Count(BenefitKeys.SeriousCapApplies, gk);
            if (applies is not (0 or 1))
            {
                throw new ArgumentException($"{p}.{BenefitKeys.SeriousCapApplies}[{gk}] = {applies} on {date:uuuu-MM-dd}: write 1 (the cap applies) or 0 (取消封顶线, no cap).");
            }

            SeriousCapFen[g] = applies == 1 ? seriousCap : BenefitArithmetic.NoCap;

            // 医疗救助 by group.
            AssistDeductibleFen[g] = r.Money(BenefitKeys.AssistanceDeductible, gk).Fen;
            AssistNum[g] = BenefitArithmetic.ToFixed(r.Rate(BenefitKeys.AssistanceRatio, gk), $"{p}.{BenefitKeys.AssistanceRatio}[{gk}]");
            AssistCapFen[g] = r.Money(BenefitKeys.AssistanceCap, gk).Fen;

            // The group's three-layer target band (optional).
            if (r.Has(BenefitKeys.TargetMin) || r.Has(BenefitKeys.TargetMax))
            {
                long min = BenefitArithmetic.ToFixed(r.Rate(BenefitKeys.TargetMin, gk), $"{p}.{BenefitKeys.TargetMin}[{gk}]");
                long max = BenefitArithmetic.ToFixed(r.Rate(BenefitKeys.TargetMax, gk), $"{p}.{BenefitKeys.TargetMax}[{gk}]");
                if (min > max)
                {
                    throw new ArgumentException($"{p}.{BenefitKeys.TargetMin}[{gk}] {BenefitArithmetic.ToRate(min)} exceeds {p}.{BenefitKeys.TargetMax}[{gk}] {BenefitArithmetic.ToRate(max)} on {date:uuuu-MM-dd}.");
                }

                bool none = min == 0 && max == BenefitArithmetic.Scale;
                TargetMinNum[g] = none ? -1 : min;
                TargetMaxNum[g] = none ? -1 : max;
            }
            else
            {
                TargetMinNum[g] = -1;
                TargetMaxNum[g] = -1;
            }
        }

        SeriousFunding = r.Has(BenefitKeys.SeriousFunding) ? r.Money(BenefitKeys.SeriousFunding) : null;
        string target = $"{BenefitKeys.Key(ClaimKind.Inpatient)}.{BenefitKeys.InScopeRatioTarget}";
        InpatientTargetNum = r.Has(target) ? BenefitArithmetic.ToFixed(r.Rate(target), $"{p}.{target}") : -1;

        entries = r.Used;
        Window = new PolicyWindow(r.WindowStart, r.WindowEnd);
    }

    /// <summary>The scheme whose rules these are.</summary>
    public BenefitScheme Scheme { get; }

    /// <summary>The dates over which every parameter of the plan keeps its value (a claim outside it needs another plan).</summary>
    public PolicyWindow Window { get; private init; }

    /// <summary>How every payment is rounded to the fen (the 四舍五入 of settlement systems is <see cref="MidpointRounding.AwayFromZero"/>).</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>The name of the parameter set (the region) the plan was read from, e.g. "ankang".</summary>
    public string ParameterSetName { get; }

    /// <summary>乙类先行自付比例: the share of the class-B amount the patient pays before the basic layer.</summary>
    public Rate ClassBSelfPay => BenefitArithmetic.ToRate(ClassBNum);

    /// <summary>最高支付限额: the basic fund's annual cap over inpatient and 门诊慢特病 payments.</summary>
    public Money AnnualCap => Money.FromFen(AnnualCapFen);

    /// <summary>The 大病保险 deductible before any group factor (the parameter, or reference income × share).</summary>
    public Money SeriousIllnessBaseDeductible => SeriousBaseDeductible;

    /// <summary>大病保险筹资标准 (元/人·年), when the plan states it: the per-insured funding the layer's payments draw on.</summary>
    public Money? SeriousIllnessFundingPerPerson => SeriousFunding;

    /// <summary>The number of 大病保险 payment bands.</summary>
    public int SeriousIllnessBandCount => BandCount;

    /// <summary>The inpatient in-scope fund-ratio target (住院政策范围内基金支付比例), or null when the plan sets none.</summary>
    public Rate? InpatientInScopeRatioTarget => InpatientTargetNum < 0 ? null : BenefitArithmetic.ToRate(InpatientTargetNum);

    /// <summary>
    /// Reads the plan of <paramref name="scheme"/> in force on <paramref name="date"/> from <paramref name="parameters"/>
    /// (a region's set layered over the national defaults). Its <see cref="Window"/> is the span around the date over
    /// which no parameter it reads changes.
    /// </summary>
    /// <param name="parameters">The parameter set, e.g. <c>ParameterFiles.Load("samples/parameters/ankang.yaml")</c>.</param>
    /// <param name="scheme">Employee or resident.</param>
    /// <param name="date">A date the plan applies on.</param>
    /// <param name="rounding">How payments are rounded to the fen (default 四舍五入).</param>
    /// <exception cref="ParameterNotFoundException">A parameter or bracket the plan needs is missing or has no value on the date.</exception>
    /// <exception cref="ArgumentException">A value breaks a rule (a tilted ratio above 100%, bands out of order, a rate finer than 0.0001%, both deductible bases defined…); the message names the parameter, the value and the rule.</exception>
    public static BenefitPlan FromParameters(ParameterSet parameters, BenefitScheme scheme, LocalDate date, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        Preconditions.CheckMode(rounding, nameof(rounding));
        BenefitKeys.Prefix(scheme);
        return new BenefitPlan(parameters, scheme, date, rounding);
    }

    /// <summary>The parameter entries the plan read, by full name (what it is written as in JSON).</summary>
    internal IReadOnlyDictionary<string, ParameterEntry> Entries => entries;

    /// <summary>
    /// The plan of <paramref name="scheme"/> rebuilt from the parameters it read (each with the one entry it read) over
    /// <paramref name="window"/>, for reading a plan back from JSON: the plan is read from <paramref name="parameters"/> on
    /// the window's first day, so every rule of <see cref="FromParameters"/> applies again; the window must start on the
    /// latest effective date of the entries, and every parameter given must be one the plan reads. The window's end
    /// cannot be derived from the entries alone (it is where the next value of the original set takes effect) and is
    /// taken as given.
    /// </summary>
    /// <exception cref="ParameterNotFoundException">A parameter the plan needs is missing, or has no value on the window's first day.</exception>
    /// <exception cref="ArgumentException">A value breaks a rule of the plan, the window does not start at the latest entry, or a parameter is not read by the plan.</exception>
    internal static BenefitPlan Restore(ParameterSet parameters, BenefitScheme scheme, PolicyWindow window, MidpointRounding rounding)
    {
        Preconditions.CheckMode(rounding, nameof(rounding));
        BenefitKeys.Prefix(scheme);
        var plan = new BenefitPlan(parameters, scheme, window.Start, rounding) { Window = window };
        LocalDate latest = plan.entries.Values.Max(e => e.EffectiveFrom);
        if (latest != window.Start)
        {
            throw new ArgumentException($"the window {window} of the {BenefitKeys.Prefix(scheme)} plan does not start on its latest parameter's effective date {latest:uuuu-MM-dd}: a plan's window starts when its last value takes effect.", nameof(window));
        }

        foreach (string name in parameters.Names)
        {
            if (!plan.entries.ContainsKey(name))
            {
                throw new ArgumentException($"parameter {name} is not one the {BenefitKeys.Prefix(scheme)} plan reads on {window.Start:uuuu-MM-dd}: a plan is written with the parameters it read, and only those.", nameof(parameters));
            }
        }

        return plan;
    }

    /// <summary>
    /// Every parameter name a plan of <paramref name="scheme"/> can read (required and optional), e.g.
    /// "benefits.resident.inpatient.ratio".
    /// </summary>
    public static IReadOnlyList<string> ParameterNames(BenefitScheme scheme)
    {
        string p = BenefitKeys.Prefix(scheme);
        var names = new List<string> { $"{p}.{BenefitKeys.ClassBSelfPay}", $"{p}.{BenefitKeys.AnnualCap}" };
        foreach (ClaimKind kind in Enum.GetValues<ClaimKind>())
        {
            string kk = BenefitKeys.Key(kind);
            names.Add($"{p}.{kk}.{BenefitKeys.DeductiblePerAdmission}");
            names.Add($"{p}.{kk}.{BenefitKeys.DeductiblePerYear}");
            names.Add($"{p}.{kk}.{BenefitKeys.RepeatFactor}");
            names.Add($"{p}.{kk}.{BenefitKeys.Ratio}");
            if (kind == ClaimKind.Inpatient)
            {
                names.Add($"{p}.{kk}.{BenefitKeys.GroupIncrease}");
                names.Add($"{p}.{kk}.{BenefitKeys.InScopeRatioTarget}");
            }
            else
            {
                names.Add($"{p}.{kk}.{BenefitKeys.KindCap}");
            }
        }

        foreach (string s in (string[])[BenefitKeys.SeriousDeductible, BenefitKeys.SeriousIncomeShare, BenefitKeys.SeriousReferenceIncome,
                     BenefitKeys.SeriousBandFrom, BenefitKeys.SeriousBandRatio, BenefitKeys.SeriousCap, BenefitKeys.SeriousFunding, BenefitKeys.SeriousCountedShare,
                     BenefitKeys.SeriousDeductibleFactor, BenefitKeys.SeriousRatioIncrease, BenefitKeys.SeriousCapApplies,
                     BenefitKeys.AssistanceDeductible, BenefitKeys.AssistanceRatio, BenefitKeys.AssistanceCap, BenefitKeys.TargetMin, BenefitKeys.TargetMax])
        {
            names.Add($"{p}.{s}");
        }

        return names;
    }

    /// <summary>How <paramref name="kind"/>'s 起付线 is counted.</summary>
    public DeductibleBasis BasisOf(ClaimKind kind) => PerAdmission[KindIndex(kind)] ? DeductibleBasis.PerAdmission : DeductibleBasis.PerYear;

    /// <summary>The 起付线 of <paramref name="kind"/> at <paramref name="level"/> before any repeat factor.</summary>
    public Money Deductible(ClaimKind kind, HospitalLevel level) => Money.FromFen(DeductibleBase[(KindIndex(kind) * BenefitKeys.Levels) + LevelIndex(level)]);

    /// <summary>The factor on a per-admission 起付线 for the <paramref name="admission"/>-th admission of the year (1-based).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="admission"/> is below 1.</exception>
    public Rate RepeatFactor(ClaimKind kind, int admission)
    {
        Preconditions.CheckArgumentRange(nameof(admission), admission, 1, int.MaxValue);
        return BenefitArithmetic.ToRate(RepeatNum[(KindIndex(kind) * BenefitKeys.Ordinals) + Math.Min(admission - 1, BenefitKeys.Ordinals - 1)]);
    }

    /// <summary>The basic layer's 支付比例 for the combination, including an inpatient group increase.</summary>
    /// <exception cref="ArgumentException"><paramref name="status"/> does not belong to the plan's scheme.</exception>
    public Rate Ratio(ClaimKind kind, HospitalLevel level, PersonStatus status, AssistanceGroup group)
    {
        long n = RatioNum[RatioIndex(kind, level, status, group)];
        if (n < 0)
        {
            Preconditions.ThrowArgument(nameof(status), $"person status {status} does not belong to the {Scheme} scheme; use {BenefitKeys.AllowedStatuses(Scheme)}.");
        }

        return BenefitArithmetic.ToRate(n);
    }

    /// <summary>The own annual cap of an outpatient kind (门诊统筹 / 门诊慢特病 年度限额); null for inpatients (only the annual cap).</summary>
    public Money? KindCap(ClaimKind kind) => KindCapFen[KindIndex(kind)] == BenefitArithmetic.NoCap ? null : Money.FromFen(KindCapFen[(int)kind]);

    /// <summary>True when payments of <paramref name="kind"/> count towards the annual cap (住院 and 门诊慢特病; 门诊统筹 has its own).</summary>
    public static bool CountsTowardAnnualCap(ClaimKind kind) => kind != ClaimKind.Outpatient;

    /// <summary>The share of a claim's basic-layer in-scope patient share that counts towards 大病保险.</summary>
    public Rate CountedShare(ClaimKind kind) => BenefitArithmetic.ToRate(CountedShareNum[KindIndex(kind)]);

    /// <summary>The 大病保险 deductible for <paramref name="group"/> (the base × the group's factor).</summary>
    public Money SeriousIllnessDeductible(AssistanceGroup group) => Money.FromFen(SeriousDeductibleFen[GroupIndex(group)]);

    /// <summary>The lower edge (above the deductible) of 大病保险 band <paramref name="band"/> (0-based).</summary>
    public Money SeriousIllnessBandFrom(int band)
    {
        Preconditions.CheckArgumentRange(nameof(band), band, 0, BandCount - 1);
        return Money.FromFen(BandFromFen[band]);
    }

    /// <summary>The 大病保险 ratio of band <paramref name="band"/> for <paramref name="group"/> (including the group's increase).</summary>
    public Rate SeriousIllnessBandRatio(int band, AssistanceGroup group)
    {
        Preconditions.CheckArgumentRange(nameof(band), band, 0, BandCount - 1);
        return BenefitArithmetic.ToRate(BandNum[(GroupIndex(group) * BandCount) + band]);
    }

    /// <summary>The 大病保险 annual cap for <paramref name="group"/>; null when the group has none (取消封顶线).</summary>
    public Money? SeriousIllnessCap(AssistanceGroup group) =>
        SeriousCapFen[GroupIndex(group)] == BenefitArithmetic.NoCap ? null : Money.FromFen(SeriousCapFen[(int)group]);

    /// <summary>The 医疗救助 annual deductible (起付标准) for <paramref name="group"/>.</summary>
    public Money AssistanceDeductible(AssistanceGroup group) => Money.FromFen(AssistDeductibleFen[GroupIndex(group)]);

    /// <summary>The 医疗救助 ratio (救助比例) for <paramref name="group"/>; 0% for a group that receives none.</summary>
    public Rate AssistanceRatio(AssistanceGroup group) => BenefitArithmetic.ToRate(AssistNum[GroupIndex(group)]);

    /// <summary>The 医疗救助 yearly cap (年度救助限额) for <paramref name="group"/>.</summary>
    public Money AssistanceCap(AssistanceGroup group) => Money.FromFen(AssistCapFen[GroupIndex(group)]);

    /// <summary>The group's three-layer target band (e.g. 80%–85%), when the plan sets one.</summary>
    public bool TryGetTarget(AssistanceGroup group, out Rate minimum, out Rate maximum)
    {
        int g = GroupIndex(group);
        bool has = TargetMinNum[g] >= 0;
        minimum = has ? BenefitArithmetic.ToRate(TargetMinNum[g]) : Rate.Zero;
        maximum = has ? BenefitArithmetic.ToRate(TargetMaxNum[g]) : Rate.OneHundredPercent;
        return has;
    }

    /// <summary>The plan's parameters with values, effective dates and citations (for <c>--explain</c> and reviews).</summary>
    public Explanation Explain() =>
        new($"待遇方案 benefit plan {BenefitKeys.Prefix(Scheme)} ({ParameterSetName})", Window.ToString())
        {
            Sentence = $"{Scheme} plan of parameter set {ParameterSetName}, valid {Window}; payments rounded to the fen ({Rounding}).",
            Inputs = [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.Value.Explain(e.Key))],
        };

    /// <summary>"benefits.resident plan (ankang) 2021-01-01..2021-12-31".</summary>
    public override string ToString() => $"{BenefitKeys.Prefix(Scheme)} plan ({ParameterSetName}) {Window}";

    /// <summary>An explanation node for one parameter value (with its bracket) as the plan read it.</summary>
    internal Explanation Parameter(string suffix, string? bracket = null)
    {
        string name = $"{BenefitKeys.Prefix(Scheme)}.{suffix}";
        ParameterEntry entry = entries[name];
        return bracket is null ? entry.Explain(name) : entry.Explain(name, bracket);
    }

    /// <summary>True when the plan read the parameter (optional parameters may be absent).</summary>
    internal bool Read(string suffix) => entries.ContainsKey($"{BenefitKeys.Prefix(Scheme)}.{suffix}");

    internal static int RatioIndex(ClaimKind kind, HospitalLevel level, PersonStatus status, AssistanceGroup group) =>
        (((((KindIndex(kind) * BenefitKeys.Levels) + LevelIndex(level)) * BenefitKeys.Statuses) + StatusIndex(status)) * BenefitKeys.Groups) + GroupIndex(group);

    private static int KindIndex(ClaimKind kind)
    {
        if (unchecked((uint)kind) >= BenefitKeys.Kinds)
        {
            Preconditions.ThrowOutOfRange(nameof(kind), kind, $"claim kind {(int)kind} is not a defined ClaimKind (Inpatient, Outpatient, ChronicOutpatient).");
        }

        return (int)kind;
    }

    private static int LevelIndex(HospitalLevel level)
    {
        if (unchecked((uint)level) >= BenefitKeys.Levels)
        {
            Preconditions.ThrowOutOfRange(nameof(level), level, $"hospital level {(int)level} is not a defined HospitalLevel (Level1, Level2, Level3).");
        }

        return (int)level;
    }

    private static int StatusIndex(PersonStatus status)
    {
        if (unchecked((uint)status) >= BenefitKeys.Statuses)
        {
            Preconditions.ThrowOutOfRange(nameof(status), status, $"person status {(int)status} is not a defined PersonStatus (InService, Retired, Resident).");
        }

        return (int)status;
    }

    private static int GroupIndex(AssistanceGroup group)
    {
        if (unchecked((uint)group) >= BenefitKeys.Groups)
        {
            Preconditions.ThrowOutOfRange(nameof(group), group, $"assistance group {(int)group} is not a defined AssistanceGroup (General, Destitute, Dibao, PovertyRelapse).");
        }

        return (int)group;
    }

    /// <summary>Reads the plan's parameters at one date, remembering each entry and narrowing the validity window.</summary>
    private sealed class Reader(ParameterSet set, BenefitScheme scheme, LocalDate date)
    {
        private readonly string prefix = BenefitKeys.Prefix(scheme);

        public Dictionary<string, ParameterEntry> Used { get; } = new(StringComparer.Ordinal);

        public LocalDate WindowStart { get; private set; } = LocalDate.MinIsoValue;

        public LocalDate WindowEnd { get; private set; } = LocalDate.MaxIsoValue;

        /// <summary>True when the parameter has a value on the date (an absent optional parameter still bounds the window by its first date).</summary>
        public bool Has(string suffix)
        {
            Parameter? p = set.Find($"{prefix}.{suffix}");
            if (p is null)
            {
                return false;
            }

            if (p.TryAt(date) is null)
            {
                Narrow(p.Entries[0].EffectiveFrom.PlusDays(-1));
                return false;
            }

            return true;
        }

        public Money Money(string suffix, string? bracket = null) => Value(suffix, bracket, "a money amount", static u => u.IsMoney()).AsMoney();

        public Rate Rate(string suffix, string? bracket = null) => Value(suffix, bracket, "a rate", static u => u == ParameterUnit.Rate).AsRate();

        public PercentagePoints Points(string suffix, string bracket) => Value(suffix, bracket, "percentage points", static u => u == ParameterUnit.PercentagePoints).AsPercentagePoints();

        public long Count(string suffix, string bracket) => Value(suffix, bracket, "a count", static u => u == ParameterUnit.Count).AsCount();

        /// <summary>The 大病保险 bands: band_from (money scale) and band_ratio (rate scale) with the same keys, the first edge 0, edges ascending.</summary>
        public (string Key, Money From, Rate Ratio)[] Bands()
        {
            ParameterEntry from = Entry(BenefitKeys.SeriousBandFrom, "a scale of money amounts", static u => u.IsMoney(), scale: true);
            ParameterEntry ratio = Entry(BenefitKeys.SeriousBandRatio, "a scale of rates", static u => u == ParameterUnit.Rate, scale: true);
            string fromName = $"{prefix}.{BenefitKeys.SeriousBandFrom}", ratioName = $"{prefix}.{BenefitKeys.SeriousBandRatio}";
            var bands = new List<(string, Money, Rate)>();
            foreach (ScaleBracket b in from.Brackets)
            {
                if (!ratio.Brackets.Any(x => x.Key == b.Key))
                {
                    throw new ParameterNotFoundException(ratioName,
                        $"{ratioName} on {date:uuuu-MM-dd} has no bracket '{b.Key}' for the band of {fromName}[{b.Key}] (brackets: {string.Join(", ", ratio.Brackets.Select(x => x.Key))}).");
                }

                bands.Add((b.Key, b.Value.AsMoney(), ratio.Bracket(b.Key).AsRate()));
            }

            foreach (ScaleBracket b in ratio.Brackets)
            {
                if (!from.Brackets.Any(x => x.Key == b.Key))
                {
                    throw new ParameterNotFoundException(fromName,
                        $"{fromName} on {date:uuuu-MM-dd} has no bracket '{b.Key}' for the ratio {ratioName}[{b.Key}] (brackets: {string.Join(", ", from.Brackets.Select(x => x.Key))}).");
                }
            }

            for (int i = 0; i < bands.Count; i++)
            {
                if (i == 0 && !bands[0].Item2.IsZero)
                {
                    throw new ArgumentException($"{fromName}[{bands[0].Item1}] = {bands[0].Item2.ToString("F2", CultureInfo.InvariantCulture)}元 on {date:uuuu-MM-dd}: the first band must start at 0 (the amount just above the deductible).");
                }

                if (i > 0 && bands[i].Item2 <= bands[i - 1].Item2)
                {
                    throw new ArgumentException($"{fromName}[{bands[i].Item1}] = {bands[i].Item2.ToString("F2", CultureInfo.InvariantCulture)}元 on {date:uuuu-MM-dd} does not exceed the previous band's edge {bands[i - 1].Item2.ToString("F2", CultureInfo.InvariantCulture)}元: band edges must ascend in file order.");
                }
            }

            return [.. bands];
        }

        private ParameterValue Value(string suffix, string? bracket, string what, Func<ParameterUnit, bool> unitOk)
        {
            ParameterEntry entry = Entry(suffix, bracket is null ? what : "a scale of " + what, unitOk, scale: bracket is not null);
            if (bracket is null)
            {
                return entry.Value;
            }

            foreach (ScaleBracket b in entry.Brackets)
            {
                if (b.Key == bracket)
                {
                    return b.Value;
                }
            }

            throw new ParameterNotFoundException($"{prefix}.{suffix}",
                $"{prefix}.{suffix} on {date:uuuu-MM-dd} (parameter set {set.Name}) has no bracket '{bracket}'; the plan needs it (brackets: {string.Join(", ", entry.Brackets.Select(b => b.Key))}).");
        }

        private ParameterEntry Entry(string suffix, string what, Func<ParameterUnit, bool> unitOk, bool scale)
        {
            string name = $"{prefix}.{suffix}";
            Parameter p = set.Find(name) ?? throw new ParameterNotFoundException(name,
                $"the {scheme} benefit plan needs parameter {name} ({what}); parameter set {set.Name} does not define it.");
            if (!unitOk(p.Unit) || p.IsScale != scale)
            {
                throw new ArgumentException($"parameter {name} in set {set.Name} is {(p.IsScale ? "a scale of " : string.Empty)}{p.Unit.FileName()}; the benefit plan reads it as {what}.");
            }

            ParameterEntry entry = p.TryAt(date) ?? throw new ParameterNotFoundException(name,
                $"parameter {name} has no value on {date:uuuu-MM-dd} in set {set.Name}: its first value is effective from {p.Entries[0].EffectiveFrom:uuuu-MM-dd}.");
            if (Used.TryAdd(name, entry))
            {
                if (entry.EffectiveFrom > WindowStart)
                {
                    WindowStart = entry.EffectiveFrom;
                }

                foreach (ParameterEntry e in p.Entries)
                {
                    if (e.EffectiveFrom > date)
                    {
                        Narrow(e.EffectiveFrom.PlusDays(-1));
                        break;
                    }
                }
            }

            return entry;
        }

        private void Narrow(LocalDate end)
        {
            if (end < WindowEnd)
            {
                WindowEnd = end;
            }
        }
    }
}
