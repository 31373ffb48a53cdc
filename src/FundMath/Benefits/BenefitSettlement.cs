using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;
using FundMath.Explain;

namespace FundMath.Benefits;

/// <summary>
/// Settles claims across the three layers — 基本医保 → 大病保险 → 医疗救助 (一站式结算) — against a person's
/// year-to-date accumulator, and reverses them (冲正).
/// <list type="number">
/// <item>政策范围内 S = total − out of scope − round(class B × 乙类先行自付).</item>
/// <item>基本医保: deductible d = min(S, due); basic = min(round((S − d) × ratio), cap room), where the room is what is left
/// of 最高支付限额 (inpatient + 门诊慢特病) and of the kind's own annual cap.</item>
/// <item>大病保险 on b = round((S − basic) × counted share), accumulated over the year: with H(x) = round(Σ bands of
/// (x − deductible) × band ratio), the claim gets min(H(B + b) − H(B), cap − paid) where B is the year's base so far.</item>
/// <item>医疗救助 on a = S − basic − 大病 (for a person in an assistance group), accumulated the same way with the group's
/// deductible, ratio and yearly cap.</item>
/// <item>个人负担 = total − basic − 大病 − 救助 (so the parts add up to the total exactly).</item>
/// </list>
/// Order within a year: each claim is settled against the accumulator as it stands (as one-stop settlement does at
/// discharge), so per-claim splits depend on the order; the year totals of 大病保险 and 医疗救助 are
/// min(cap, H(year base)) in every order, and every layer's year total is order-independent when no claim's
/// deductible depends on earlier claims (docs/benefits.md, "Order within a year").
/// </summary>
public static class BenefitSettlement
{
    /// <summary>
    /// Settles one claim: validates it against the plan and the accumulator (nothing is applied when it is invalid),
    /// computes each layer's payment and updates <paramref name="accumulator"/>.
    /// </summary>
    /// <exception cref="BenefitClaimException">A negative amount, out of scope above the total, class B above the in-scope amount,
    /// an undefined kind/level/group, a status of another scheme, another scheme than the plan's, a date outside the plan's
    /// window or the accumulator's year, another person's accumulator, or a person-year above 100亿元.</exception>
    public static ClaimSettlement Settle(BenefitPlan plan, in BenefitClaim claim, ref BenefitAccumulator accumulator)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Validate(plan, claim, accumulator);
        Core core = Compute(plan, claim, ref accumulator);
        return new ClaimSettlement(core, claim.Id, claim.PersonId, accumulator.YearValue, claim.Kind, claim.Group,
            Target(plan, claim.Group, core.Basic + core.Serious + core.Assist, core.InScope), plan.PerAdmission[(int)claim.Kind]);
    }

    /// <summary>
    /// Reverses a settled claim (冲正): subtracts from <paramref name="accumulator"/> exactly what the settlement added
    /// (a visit, the deductible used, each layer's payment and base, the claim and its amounts). Settling a claim and
    /// reversing it restores the accumulator exactly. Later claims keep their settlement; their recorded amounts stay.
    /// </summary>
    /// <exception cref="BenefitClaimException">The settlement belongs to another person or year, or is not contained in the accumulator (e.g. reversed twice).</exception>
    public static void Reverse(in ClaimSettlement settlement, ref BenefitAccumulator accumulator)
    {
        Core c = settlement.C;
        int k = (int)settlement.Kind;
        if (settlement.PersonId != accumulator.PersonIdValue || settlement.Year != accumulator.YearValue)
        {
            throw new BenefitClaimException(settlement.ClaimId, "personId",
                string.Create(CultureInfo.InvariantCulture, $"{settlement.PersonId} ({settlement.Year})"),
                string.Create(CultureInfo.InvariantCulture, $"a reversal applies to the accumulator the claim was settled into (person {accumulator.PersonIdValue}, {accumulator.YearValue})"));
        }

        if (accumulator.ClaimCount < 1 || accumulator.VisitCounts[k] < 1 || accumulator.ClaimedSum < c.Total || accumulator.InScopeSum < c.InScope
            || accumulator.DeductibleSums[k] < c.Deductible || accumulator.BasicSums[k] < c.Basic
            || accumulator.SeriousBaseSum < c.SeriousBase || accumulator.SeriousPaidSum < c.Serious
            || accumulator.AssistBaseSum < c.AssistBase || accumulator.AssistPaidSum < c.Assist)
        {
            throw new BenefitClaimException(settlement.ClaimId, "claimId", settlement.ClaimId.ToString(CultureInfo.InvariantCulture),
                "a reversal (冲正) subtracts what the claim added; this accumulator does not contain it (reversed already, or settled elsewhere)");
        }

        unchecked
        {
            accumulator.ClaimCount--;
            accumulator.VisitCounts[k]--;
            accumulator.ClaimedSum -= c.Total;
            accumulator.InScopeSum -= c.InScope;
            accumulator.DeductibleSums[k] -= c.Deductible;
            accumulator.BasicSums[k] -= c.Basic;
            accumulator.SeriousBaseSum -= c.SeriousBase;
            accumulator.SeriousPaidSum -= c.Serious;
            accumulator.AssistBaseSum -= c.AssistBase;
            accumulator.AssistPaidSum -= c.Assist;
        }
    }

    /// <summary>
    /// Explains how <paramref name="claim"/> settles against <paramref name="before"/> (the accumulator before the claim;
    /// not changed): every step with its formula, rounding and each parameter's value, effective date and citation.
    /// </summary>
    /// <exception cref="BenefitClaimException">The claim is invalid (as for <see cref="Settle(BenefitPlan, in BenefitClaim, ref BenefitAccumulator)"/>).</exception>
    public static Explanation Explain(BenefitPlan plan, in BenefitClaim claim, in BenefitAccumulator before)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        BenefitAccumulator copy = before;
        ClaimSettlement s = Settle(plan, claim, ref copy);
        return SettlementExplainer.Explain(plan, claim, before, s);
    }

    /// <summary>
    /// Settles a batch of claims grouped by person (structure of arrays) against one accumulator per person, writing each
    /// claim's split into <paramref name="payments"/>; 0 bytes allocated. Every claim is validated first (amounts with a
    /// vectorised pass, then dates and years per person); if any is invalid nothing is applied and the first invalid claim is
    /// named. Claim by claim the result equals <see cref="Settle(BenefitPlan, in BenefitClaim, ref BenefitAccumulator)"/> in the same order.
    /// </summary>
    /// <param name="plan">The plan; every claim must fall in its window and its scheme.</param>
    /// <param name="claims">The claims, grouped by person.</param>
    /// <param name="accumulators">One per person (<c>claims.Persons</c>), each for the claims' year; updated in place.</param>
    /// <param name="payments">Receives each claim's split (one element per claim).</param>
    /// <exception cref="ArgumentException">Span lengths disagree.</exception>
    /// <exception cref="BenefitClaimException">A claim is invalid; nothing was applied.</exception>
    public static BenefitBatchTotals Settle(BenefitPlan plan, BenefitClaimColumns claims, Span<BenefitAccumulator> accumulators, BenefitPaymentColumns payments)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        CheckShapes(claims, accumulators.Length, payments.Count);
        BenefitBatchValidation.Validate(plan, claims, accumulators, 0, claims.Persons);
        return Run(plan, claims, accumulators, payments, 0, claims.Persons);
    }

    /// <summary>
    /// The partitioned parallel form of <see cref="Settle(BenefitPlan, BenefitClaimColumns, Span{BenefitAccumulator}, BenefitPaymentColumns)"/>:
    /// persons are cut into <paramref name="partitions"/> contiguous ranges of about equal claim counts (a person is never
    /// split), every range is validated in parallel (nothing is applied if any claim is invalid; the lowest invalid claim is
    /// reported), then settled in parallel. Results and totals are bit-identical to the sequential form (integer totals add
    /// exactly in any grouping). Allocates only the task bookkeeping of <see cref="Parallel"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partitions"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Lengths disagree.</exception>
    /// <exception cref="BenefitClaimException">A claim is invalid; nothing was applied.</exception>
    public static BenefitBatchTotals SettleParallel(BenefitPlan plan, BenefitClaimTable claims, BenefitAccumulator[] accumulators, BenefitPaymentTable payments, int partitions)
    {
        Preconditions.CheckNotNull(plan, nameof(plan));
        Preconditions.CheckNotNull(claims, nameof(claims));
        Preconditions.CheckNotNull(accumulators, nameof(accumulators));
        Preconditions.CheckNotNull(payments, nameof(payments));
        Preconditions.CheckArgumentRange(nameof(partitions), partitions, 1, 1024);
        CheckShapes(claims.Columns, accumulators.Length, payments.Count);
        int persons = claims.Persons;
        int[] cuts = Partition(claims.PersonStartsArray, persons, partitions);
        int parts = cuts.Length - 1;
        var errors = new BenefitClaimException?[parts];
        var firstBad = new int[parts];
        var options = new ParallelOptions { MaxDegreeOfParallelism = parts };
        Parallel.For(0, parts, options, p =>
        {
            try
            {
                BenefitBatchValidation.Validate(plan, claims.Columns, accumulators, cuts[p], cuts[p + 1]);
            }
            catch (BenefitClaimException e)
            {
                errors[p] = e;
            }
        });
        foreach (BenefitClaimException? e in errors)
        {
            if (e is not null)
            {
                throw e; // partitions are in claim order, so the first failing partition holds the lowest invalid claim
            }
        }

        var totals = new BenefitBatchTotals[parts];
        Parallel.For(0, parts, options, p => totals[p] = Run(plan, claims.Columns, accumulators, payments.Columns, cuts[p], cuts[p + 1]));
        BenefitBatchTotals sum = default;
        foreach (BenefitBatchTotals t in totals)
        {
            sum += t;
        }

        return sum;
    }

    /// <summary>
    /// Person boundaries for <paramref name="partitions"/> ranges of about equal claim counts: cut p is the first person
    /// whose claims start at or after p × claims / partitions. Empty ranges are dropped.
    /// </summary>
    internal static int[] Partition(int[] personStarts, int persons, int partitions)
    {
        int claims = personStarts[persons];
        var cuts = new List<int>(partitions + 1) { 0 };
        for (int p = 1; p < partitions; p++)
        {
            long target = (long)claims * p / partitions;
            int lo = 0, hi = persons;
            while (lo < hi)
            {
                int mid = (lo + hi) >>> 1;
                if (personStarts[mid] < target)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            if (lo > cuts[^1] && lo < persons)
            {
                cuts.Add(lo);
            }
        }

        cuts.Add(persons);
        if (cuts.Count > 2 && cuts[^1] == cuts[^2])
        {
            cuts.RemoveAt(cuts.Count - 1);
        }

        return [.. cuts];
    }

    /// <summary>The three-layer ratio fund / inScope against the group's band.</summary>
    internal static TargetOutcome Target(BenefitPlan plan, AssistanceGroup group, long fund, long inScope)
    {
        int g = (int)group;
        long min = plan.TargetMinNum[g];
        if (min < 0)
        {
            return TargetOutcome.NoTarget;
        }

        if (inScope == 0)
        {
            return TargetOutcome.NoInScopeCost;
        }

        // fund ≤ inScope ≤ 10¹² and numerators ≤ 10⁶: the products fit in 64 bits.
        long scaled = fund * BenefitArithmetic.Scale;
        return scaled < min * inScope ? TargetOutcome.Below
            : scaled > plan.TargetMaxNum[g] * inScope ? TargetOutcome.Above
            : TargetOutcome.Within;
    }

    /// <summary>Validates one claim against the plan and the accumulator; throws naming the claim, field, value and rule.</summary>
    internal static void Validate(BenefitPlan plan, in BenefitClaim claim, in BenefitAccumulator accumulator)
    {
        if (claim.Scheme != plan.Scheme)
        {
            throw new BenefitClaimException(claim.Id, "scheme", claim.Scheme.ToString(),
                $"the claim is settled under the plan of its own scheme; this plan is {plan.Scheme} ({plan})");
        }

        if (accumulator.YearValue == 0 || claim.PersonId != accumulator.PersonIdValue)
        {
            throw new BenefitClaimException(claim.Id, "personId", claim.PersonId.ToString(CultureInfo.InvariantCulture),
                accumulator.YearValue == 0
                    ? "settle into an accumulator made by BenefitAccumulator.ForYear(person, year); this one is unset"
                    : string.Create(CultureInfo.InvariantCulture, $"the claim must be settled into its person's accumulator; this one is person {accumulator.PersonIdValue}'s"));
        }

        BenefitBatchValidation.Check(plan, claim.Id, claim.Date, claim.Kind, claim.Level, claim.Status, claim.Group,
            claim.Total.Fen, claim.OutOfScope.Fen, claim.ClassB.Fen, accumulator.YearValue, accumulator.ClaimedSum);
    }

    private static void CheckShapes(BenefitClaimColumns claims, int accumulators, int payments)
    {
        if (accumulators != claims.Persons)
        {
            Preconditions.ThrowArgument(nameof(accumulators), $"accumulators ({accumulators}) must hold one accumulator per person ({claims.Persons}).");
        }

        if (payments != claims.Count)
        {
            Preconditions.ThrowArgument(nameof(payments), $"payments ({payments}) must hold one element per claim ({claims.Count}).");
        }
    }

    private static Core Compute(BenefitPlan plan, in BenefitClaim claim, ref BenefitAccumulator a) => plan.Rounding switch
    {
        MidpointRounding.AwayFromZero => Compute<BenefitArithmetic.AwayFromZero>(plan, ref a, (int)claim.Kind, (int)claim.Level, (int)claim.Status, (int)claim.Group, claim.Total.Fen, claim.OutOfScope.Fen, claim.ClassB.Fen),
        MidpointRounding.ToEven => Compute<BenefitArithmetic.ToEven>(plan, ref a, (int)claim.Kind, (int)claim.Level, (int)claim.Status, (int)claim.Group, claim.Total.Fen, claim.OutOfScope.Fen, claim.ClassB.Fen),
        MidpointRounding.ToPositiveInfinity => Compute<BenefitArithmetic.Up>(plan, ref a, (int)claim.Kind, (int)claim.Level, (int)claim.Status, (int)claim.Group, claim.Total.Fen, claim.OutOfScope.Fen, claim.ClassB.Fen),
        _ => Compute<BenefitArithmetic.Down>(plan, ref a, (int)claim.Kind, (int)claim.Level, (int)claim.Status, (int)claim.Group, claim.Total.Fen, claim.OutOfScope.Fen, claim.ClassB.Fen),
    };

    internal static BenefitBatchTotals Run(BenefitPlan plan, BenefitClaimColumns claims, Span<BenefitAccumulator> accumulators, BenefitPaymentColumns payments, int firstPerson, int endPerson) => plan.Rounding switch
    {
        MidpointRounding.AwayFromZero => Run<BenefitArithmetic.AwayFromZero>(plan, claims, accumulators, payments, firstPerson, endPerson),
        MidpointRounding.ToEven => Run<BenefitArithmetic.ToEven>(plan, claims, accumulators, payments, firstPerson, endPerson),
        MidpointRounding.ToPositiveInfinity => Run<BenefitArithmetic.Up>(plan, claims, accumulators, payments, firstPerson, endPerson),
        _ => Run<BenefitArithmetic.Down>(plan, claims, accumulators, payments, firstPerson, endPerson),
    };

    private static BenefitBatchTotals Run<TR>(BenefitPlan plan, BenefitClaimColumns claims, Span<BenefitAccumulator> accumulators, BenefitPaymentColumns payments, int firstPerson, int endPerson)
        where TR : struct, BenefitArithmetic.IRounding
    {
        ReadOnlySpan<int> starts = claims.PersonStarts;
        ReadOnlySpan<ClaimKind> kinds = claims.Kinds;
        ReadOnlySpan<HospitalLevel> levels = claims.Levels;
        ReadOnlySpan<PersonStatus> statuses = claims.Statuses;
        ReadOnlySpan<AssistanceGroup> groups = claims.Groups;
        ReadOnlySpan<Money> totals = claims.Totals, outs = claims.OutOfScope, classB = claims.ClassB;
        Span<Money> basicOut = payments.Basic, seriousOut = payments.SeriousIllness, assistOut = payments.Assistance, patientOut = payments.Patient;
        long count = 0, sTotal = 0, sOut = 0, sClassB = 0, sInScope = 0, sBasic = 0, sSerious = 0, sAssist = 0, sPatient = 0;
        long in1 = 0, in2 = 0, in3 = 0, b1 = 0, b2 = 0, b3 = 0;
        unchecked
        {
            for (int p = firstPerson; p < endPerson; p++)
            {
                ref BenefitAccumulator a = ref accumulators[p];
                int end = starts[p + 1];
                for (int i = starts[p]; i < end; i++)
                {
                    int kind = (int)kinds[i], level = (int)levels[i];
                    Core c = Compute<TR>(plan, ref a, kind, level, (int)statuses[i], (int)groups[i], totals[i].Fen, outs[i].Fen, classB[i].Fen);
                    basicOut[i] = Money.FromFen(c.Basic);
                    seriousOut[i] = Money.FromFen(c.Serious);
                    assistOut[i] = Money.FromFen(c.Assist);
                    patientOut[i] = Money.FromFen(c.Patient);
                    count++;
                    sTotal += c.Total;
                    sOut += c.OutOfScope;
                    sClassB += c.ClassBSelfPay;
                    sInScope += c.InScope;
                    sBasic += c.Basic;
                    sSerious += c.Serious;
                    sAssist += c.Assist;
                    sPatient += c.Patient;
                    if (kind == (int)ClaimKind.Inpatient)
                    {
                        switch (level)
                        {
                            case 0:
                                in1 += c.InScope;
                                b1 += c.Basic;
                                break;
                            case 1:
                                in2 += c.InScope;
                                b2 += c.Basic;
                                break;
                            default:
                                in3 += c.InScope;
                                b3 += c.Basic;
                                break;
                        }
                    }
                }
            }
        }

        return new BenefitBatchTotals(count, sTotal, sOut, sClassB, sInScope, sBasic, sSerious, sAssist, sPatient, in1, in2, in3, b1, b2, b3);
    }

    /// <summary>
    /// The one implementation of the settlement arithmetic (scalar, batch and parallel forms all call it): computes a
    /// validated claim's split and adds it to the accumulator. Unchecked: validation bounds every amount by the
    /// person-year limit, so no product exceeds 10¹⁸.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Core Compute<TR>(BenefitPlan plan, ref BenefitAccumulator a, int kind, int level, int status, int group, long total, long outOfScope, long classB)
        where TR : struct, BenefitArithmetic.IRounding
    {
        unchecked
        {
            Core c = default;
            c.Total = total;
            c.OutOfScope = outOfScope;
            long classBSelf = classB == 0 ? 0 : TR.Quotient(classB * plan.ClassBNum);
            long inScope = total - outOfScope - classBSelf;
            c.ClassBSelfPay = classBSelf;
            c.InScope = inScope;

            // 基本医保: deductible, ratio, caps.
            int visits = a.VisitCounts[kind];
            int kl = (kind * BenefitKeys.Levels) + level;
            long due = plan.PerAdmission[kind]
                ? plan.DeductibleDue[(kl * BenefitKeys.Ordinals) + (visits < 2 ? visits : 2)]
                : Math.Max(0, plan.DeductibleBase[kl] - a.DeductibleSums[kind]);
            long deductible = Math.Min(inScope, due);
            long ratio = plan.RatioNum[(((kl * BenefitKeys.Statuses) + status) * BenefitKeys.Groups) + group];
            long basicRaw = TR.Quotient((inScope - deductible) * ratio);
            long kindCap = plan.KindCapFen[kind];
            long room = kindCap == BenefitArithmetic.NoCap ? BenefitArithmetic.NoCap : Math.Max(0, kindCap - a.BasicSums[kind]);
            bool capped = kindCap != BenefitArithmetic.NoCap;
            if (kind != (int)ClaimKind.Outpatient)
            {
                room = Math.Min(room, Math.Max(0, plan.AnnualCapFen - (a.BasicSums[0] + a.BasicSums[2])));
                capped = true;
            }

            long basic = Math.Min(basicRaw, room);
            c.Ordinal = visits;
            c.DeductibleDue = due;
            c.Deductible = deductible;
            c.RatioNum = ratio;
            c.BasicRaw = basicRaw;
            c.Basic = basic;
            c.BasicRoom = room;
            c.BasicCapState = (byte)State(capped, basicRaw, room);

            // 大病保险 on the counted part of the in-scope patient share, accumulated over the year.
            long afterBasic = inScope - basic;
            long share = plan.CountedShareNum[kind];
            long seriousBase = share == BenefitArithmetic.Scale ? afterBasic : share == 0 ? 0 : TR.Quotient(afterBasic * share);
            long b0 = a.SeriousBaseSum, b1 = b0 + seriousBase;
            long seriousRaw = b1 > plan.SeriousDeductibleFen[group] ? SeriousH<TR>(plan, group, b1) - SeriousH<TR>(plan, group, b0) : 0;
            long seriousCap = plan.SeriousCapFen[group];
            long seriousRoom = seriousCap == BenefitArithmetic.NoCap ? BenefitArithmetic.NoCap : Math.Max(0, seriousCap - a.SeriousPaidSum);
            long serious = Math.Min(seriousRaw, seriousRoom);
            c.SeriousBase = seriousBase;
            c.SeriousRaw = seriousRaw;
            c.Serious = serious;
            c.SeriousRoom = seriousRoom;
            c.SeriousCapState = (byte)State(seriousCap != BenefitArithmetic.NoCap, seriousRaw, seriousRoom);

            // 医疗救助 on what remains, for a person in an assistance group, accumulated over the year.
            long assistNum = plan.AssistNum[group];
            long assistBase = assistNum > 0 ? afterBasic - serious : 0;
            long assistRaw = 0;
            if (assistBase > 0)
            {
                long d = plan.AssistDeductibleFen[group];
                long a0 = a.AssistBaseSum, a1 = a0 + assistBase;
                if (a1 > d)
                {
                    assistRaw = TR.Quotient((a1 - d) * assistNum) - (a0 > d ? TR.Quotient((a0 - d) * assistNum) : 0);
                }
            }

            long assistCap = plan.AssistCapFen[group];
            long assistRoom = Math.Max(0, assistCap - a.AssistPaidSum);
            long assist = Math.Min(assistRaw, assistRoom);
            c.AssistBase = assistBase;
            c.AssistRaw = assistRaw;
            c.Assist = assist;
            c.AssistRoom = assistRoom;
            c.AssistCapState = (byte)State(true, assistRaw, assistRoom);
            c.Patient = total - basic - serious - assist;

            // The accumulator gains exactly what Reverse subtracts.
            a.ClaimCount++;
            a.VisitCounts[kind] = visits + 1;
            a.ClaimedSum += total;
            a.InScopeSum += inScope;
            a.DeductibleSums[kind] += deductible;
            a.BasicSums[kind] += basic;
            a.SeriousBaseSum = b1;
            a.SeriousPaidSum += serious;
            a.AssistBaseSum += assistBase;
            a.AssistPaidSum += assist;
            return c;
        }
    }

    /// <summary>H(x) = round(Σ over bands of the part of (x − deductible) in the band × the band's ratio): 大病保险 owed on a year base x, before the cap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static long SeriousH<TR>(BenefitPlan plan, int group, long x)
        where TR : struct, BenefitArithmetic.IRounding
    {
        unchecked
        {
            long y = x - plan.SeriousDeductibleFen[group];
            if (y <= 0)
            {
                return 0;
            }

            long[] from = plan.BandFromFen;
            long[] num = plan.BandNum;
            int bands = plan.BandCount, offset = group * bands;
            long sum = 0;
            for (int k = 0; k < bands; k++)
            {
                long lo = from[k];
                if (y <= lo)
                {
                    break;
                }

                long hi = k + 1 < bands ? from[k + 1] : long.MaxValue;
                sum += (Math.Min(y, hi) - lo) * num[offset + k];
            }

            return TR.Quotient(sum);
        }
    }

    /// <summary>H for the plan's own rounding (explanations).</summary>
    internal static long SeriousH(BenefitPlan plan, AssistanceGroup group, long x) => plan.Rounding switch
    {
        MidpointRounding.AwayFromZero => SeriousH<BenefitArithmetic.AwayFromZero>(plan, (int)group, x),
        MidpointRounding.ToEven => SeriousH<BenefitArithmetic.ToEven>(plan, (int)group, x),
        MidpointRounding.ToPositiveInfinity => SeriousH<BenefitArithmetic.Up>(plan, (int)group, x),
        _ => SeriousH<BenefitArithmetic.Down>(plan, (int)group, x),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static CapState State(bool capped, long raw, long room) =>
        !capped ? CapState.Uncapped : room == BenefitArithmetic.NoCap ? CapState.Uncapped : raw <= room ? CapState.BelowCap : room == 0 ? CapState.ExhaustedBefore : CapState.ReachedOnThisClaim;

    /// <summary>Every intermediate figure of one claim's settlement (fen; rates as numerators over 10⁶).</summary>
    internal struct Core
    {
        internal long Total, OutOfScope, ClassBSelfPay, InScope;
        internal long Ordinal, DeductibleDue, Deductible, RatioNum, BasicRaw, Basic, BasicRoom;
        internal long SeriousBase, SeriousRaw, Serious, SeriousRoom;
        internal long AssistBase, AssistRaw, Assist, AssistRoom;
        internal long Patient;
        internal byte BasicCapState, SeriousCapState, AssistCapState;
    }
}
