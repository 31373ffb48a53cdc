using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace FundMath.Benefits;

/// <summary>
/// Validation of claims before anything is applied — 结算前校验. The batch form first checks every amount and code with
/// a vectorised pass (<see cref="Vector{T}"/>: one OR of sign bits over the differences that must be non-negative); only
/// when a lane fails does it walk the claims one by one to name the first bad one. Dates, years and the person-year
/// headroom are checked per person.
/// </summary>
internal static class BenefitBatchValidation
{
    /// <summary>Validates the claims of persons [<paramref name="firstPerson"/>, <paramref name="endPerson"/>); throws for the first invalid claim.</summary>
    internal static void Validate(BenefitPlan plan, BenefitClaimColumns claims, ReadOnlySpan<BenefitAccumulator> accumulators, int firstPerson, int endPerson)
    {
        ReadOnlySpan<int> starts = claims.PersonStarts;
        int from = starts[firstPerson], to = starts[endPerson];
        bool vectorOk = AmountsValid(claims.Totals[from..to], claims.OutOfScope[from..to], claims.ClassB[from..to])
            && CodesValid(plan.Scheme, claims.Kinds[from..to], claims.Levels[from..to], claims.Statuses[from..to], claims.Groups[from..to]);
        ReadOnlySpan<LocalDate> dates = claims.Dates;
        ReadOnlySpan<Money> totals = claims.Totals;
        // Dates compare as packed integers (year·512 + month·32 + day, monotone in the date): the public Year/Month/Day
        // accessors are bit operations, while LocalDate's ordering operators check calendars on every call.
        int windowStart = Key(plan.Window.Start), windowEnd = Key(plan.Window.End);
        for (int p = firstPerson; p < endPerson; p++)
        {
            int end = starts[p + 1];
            if (starts[p] == end)
            {
                continue;
            }

            ref readonly BenefitAccumulator a = ref accumulators[p];
            int year = a.YearValue;
            if (year == 0)
            {
                throw new BenefitClaimException(claims.Ids[starts[p]], "accumulator", string.Create(CultureInfo.InvariantCulture, $"accumulators[{p}] (unset)"),
                    "every person's accumulator is made by BenefitAccumulator.ForYear(person, year) before settling");
            }

            long claimed = a.ClaimedSum;
            for (int i = starts[p]; i < end; i++)
            {
                if (!vectorOk)
                {
                    Check(plan, claims.Ids[i], dates[i], claims.Kinds[i], claims.Levels[i], claims.Statuses[i], claims.Groups[i],
                        totals[i].Fen, claims.OutOfScope[i].Fen, claims.ClassB[i].Fen, year, claimed);
                }
                else
                {
                    LocalDate d = dates[i];
                    int key = Key(d);
                    if ((key >> 9) != year || key < windowStart || key > windowEnd || claimed + totals[i].Fen > BenefitArithmetic.MaxPersonYearFen)
                    {
                        Check(plan, claims.Ids[i], d, claims.Kinds[i], claims.Levels[i], claims.Statuses[i], claims.Groups[i],
                            totals[i].Fen, claims.OutOfScope[i].Fen, claims.ClassB[i].Fen, year, claimed);
                    }
                }

                claimed += totals[i].Fen;
            }
        }
    }

    /// <summary>Checks one claim; throws <see cref="BenefitClaimException"/> naming the field, the value and the rule.</summary>
    internal static void Check(BenefitPlan plan, long id, LocalDate date, ClaimKind kind, HospitalLevel level, PersonStatus status, AssistanceGroup group,
        long total, long outOfScope, long classB, int year, long claimedBefore)
    {
        if (unchecked((uint)kind) >= BenefitKeys.Kinds)
        {
            throw new BenefitClaimException(id, "kind", ((int)kind).ToString(CultureInfo.InvariantCulture), "a claim kind is Inpatient (住院), Outpatient (门诊统筹) or ChronicOutpatient (门诊慢特病)");
        }

        if (unchecked((uint)level) >= BenefitKeys.Levels)
        {
            throw new BenefitClaimException(id, "level", ((int)level).ToString(CultureInfo.InvariantCulture), "a hospital level is Level1 (一级及以下), Level2 (二级) or Level3 (三级)");
        }

        if (unchecked((uint)status) >= BenefitKeys.Statuses)
        {
            throw new BenefitClaimException(id, "status", ((int)status).ToString(CultureInfo.InvariantCulture), "a person status is InService (在职), Retired (退休) or Resident (居民)");
        }

        if (unchecked((uint)group) >= BenefitKeys.Groups)
        {
            throw new BenefitClaimException(id, "group", ((int)group).ToString(CultureInfo.InvariantCulture), "an assistance group is General, Destitute (特困人员), Dibao (低保对象) or PovertyRelapse (返贫致贫人口)");
        }

        if (!BenefitKeys.Allows(plan.Scheme, status))
        {
            throw new BenefitClaimException(id, "status", status.ToString(), $"a {plan.Scheme} claim's person status is {BenefitKeys.AllowedStatuses(plan.Scheme)}");
        }

        if (total < 0)
        {
            throw new BenefitClaimException(id, "total", Yuan(total), "医疗费用总额 is not negative (a refund is a reversal, 冲正, of the claim)");
        }

        if (outOfScope < 0)
        {
            throw new BenefitClaimException(id, "outOfScope", Yuan(outOfScope), "政策范围外费用 is not negative");
        }

        if (outOfScope > total)
        {
            throw new BenefitClaimException(id, "outOfScope", Yuan(outOfScope), $"政策范围外费用 is part of the total, so at most total = {Yuan(total)}");
        }

        if (classB < 0)
        {
            throw new BenefitClaimException(id, "classB", Yuan(classB), "the 乙类 amount is not negative");
        }

        if (classB > total - outOfScope)
        {
            throw new BenefitClaimException(id, "classB", Yuan(classB), $"the 乙类 amount is inside the policy scope, so at most total − outOfScope = {Yuan(total - outOfScope)}");
        }

        if (date.Year != year)
        {
            throw new BenefitClaimException(id, "date", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"the accumulator is for {year}; a claim is settled into its own year's accumulator (医保年度)"));
        }

        int key = Key(date);
        if (key < Key(plan.Window.Start) || key > Key(plan.Window.End))
        {
            throw new BenefitClaimException(id, "date", date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture),
                $"the claim is dated outside the benefit plan: {plan} applies {plan.Window}");
        }

        if (claimedBefore + total > BenefitArithmetic.MaxPersonYearFen)
        {
            throw new BenefitClaimException(id, "total", Yuan(total),
                $"one person's claims in a year total at most 100亿元 (already {Yuan(claimedBefore)} this year)");
        }
    }

    /// <summary>True when every claim has 0 ≤ out ≤ total ≤ 10¹², 0 ≤ class B ≤ total − out (vectorised).</summary>
    internal static bool AmountsValid(ReadOnlySpan<Money> totals, ReadOnlySpan<Money> outOfScope, ReadOnlySpan<Money> classB)
    {
        ReadOnlySpan<long> t = MemoryMarshal.Cast<Money, long>(totals);
        ReadOnlySpan<long> o = MemoryMarshal.Cast<Money, long>(outOfScope);
        ReadOnlySpan<long> b = MemoryMarshal.Cast<Money, long>(classB);
        long signs = 0;
        int i = 0;
        unchecked
        {
            if (Vector.IsHardwareAccelerated && t.Length >= Vector<long>.Count)
            {
                var max = new Vector<long>(BenefitArithmetic.MaxPersonYearFen);
                Vector<long> acc = Vector<long>.Zero;
                for (; i <= t.Length - Vector<long>.Count; i += Vector<long>.Count)
                {
                    var vt = new Vector<long>(t[i..]);
                    var vo = new Vector<long>(o[i..]);
                    var vb = new Vector<long>(b[i..]);
                    Vector<long> inScope = vt - vo;
                    acc |= vt | vo | vb | inScope | (inScope - vb) | (max - vt);
                }

                for (int lane = 0; lane < Vector<long>.Count; lane++)
                {
                    signs |= acc[lane];
                }
            }

            for (; i < t.Length; i++)
            {
                long inScope = t[i] - o[i];
                signs |= t[i] | o[i] | b[i] | inScope | (inScope - b[i]) | (BenefitArithmetic.MaxPersonYearFen - t[i]);
            }
        }

        return signs >= 0;
    }

    /// <summary>True when every code is defined and every status belongs to the scheme (vectorised over bytes).</summary>
    internal static bool CodesValid(BenefitScheme scheme, ReadOnlySpan<ClaimKind> kinds, ReadOnlySpan<HospitalLevel> levels, ReadOnlySpan<PersonStatus> statuses, ReadOnlySpan<AssistanceGroup> groups)
    {
        ReadOnlySpan<byte> k = MemoryMarshal.AsBytes(kinds), l = MemoryMarshal.AsBytes(levels), s = MemoryMarshal.AsBytes(statuses), g = MemoryMarshal.AsBytes(groups);
        byte statusLow = scheme == BenefitScheme.Employee ? (byte)PersonStatus.InService : (byte)PersonStatus.Resident;
        byte statusHigh = scheme == BenefitScheme.Employee ? (byte)PersonStatus.Retired : (byte)PersonStatus.Resident;
        int i = 0;
        unchecked
        {
            if (Vector.IsHardwareAccelerated && k.Length >= Vector<byte>.Count)
            {
                var kindMax = new Vector<byte>((byte)(BenefitKeys.Kinds - 1));
                var levelMax = new Vector<byte>((byte)(BenefitKeys.Levels - 1));
                var groupMax = new Vector<byte>((byte)(BenefitKeys.Groups - 1));
                var low = new Vector<byte>(statusLow);
                var width = new Vector<byte>((byte)(statusHigh - statusLow));
                Vector<byte> bad = Vector<byte>.Zero;
                for (; i <= k.Length - Vector<byte>.Count; i += Vector<byte>.Count)
                {
                    bad |= Vector.GreaterThan(new Vector<byte>(k[i..]), kindMax)
                        | Vector.GreaterThan(new Vector<byte>(l[i..]), levelMax)
                        | Vector.GreaterThan(new Vector<byte>(g[i..]), groupMax)
                        | Vector.GreaterThan(new Vector<byte>(s[i..]) - low, width);
                }

                if (bad != Vector<byte>.Zero)
                {
                    return false;
                }
            }

            for (; i < k.Length; i++)
            {
                if (k[i] >= BenefitKeys.Kinds || l[i] >= BenefitKeys.Levels || g[i] >= BenefitKeys.Groups || (byte)(s[i] - statusLow) > statusHigh - statusLow)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Key(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string Yuan(long fen) => Money.FromFen(fen).ToString("N2元", CultureInfo.InvariantCulture);
}
