using System;
using FundMath.Benefits;

namespace FundMath.Benchmarks;

/// <summary>
/// The benchmark's baseline: the same three-layer rules written the obvious way — decimal yuan, one accumulator object per
/// person, Math.Round(…, 2, AwayFromZero) at each step, the plan's values copied into decimal tables once. Benchmark-only
/// code (not shipped); its totals are checked equal to FundMath's before timing.
/// </summary>
public sealed class NaiveDecimalSettlement
{
    private readonly decimal classB;
    private readonly decimal annualCap;
    private readonly bool[] perAdmission = new bool[3];
    private readonly decimal[,] deductible = new decimal[3, 3];
    private readonly decimal[,] repeat = new decimal[3, 3];
    private readonly decimal[,,] ratio = new decimal[3, 3, 4];
    private readonly decimal[] kindCap = new decimal[3];
    private readonly decimal[] share = new decimal[3];
    private readonly decimal[] seriousDeductible = new decimal[4];
    private readonly decimal[] bandFrom;
    private readonly decimal[,] bandRatio;
    private readonly decimal[] seriousCap = new decimal[4];
    private readonly decimal[] assistDeductible = new decimal[4];
    private readonly decimal[] assistRatio = new decimal[4];
    private readonly decimal[] assistCap = new decimal[4];
    private readonly Person[] persons;

    /// <summary>Copies a resident plan into decimal tables; one person object per person.</summary>
    public NaiveDecimalSettlement(BenefitPlan plan, int personCount)
    {
        ArgumentNullException.ThrowIfNull(plan);
        classB = plan.ClassBSelfPay.Value.ToDecimal(6, MidpointRounding.AwayFromZero);
        annualCap = plan.AnnualCap.Yuan;
        for (int k = 0; k < 3; k++)
        {
            var kind = (ClaimKind)k;
            perAdmission[k] = plan.BasisOf(kind) == DeductibleBasis.PerAdmission;
            kindCap[k] = plan.KindCap(kind)?.Yuan ?? decimal.MaxValue;
            share[k] = plan.CountedShare(kind).Value.ToDecimal(6, MidpointRounding.AwayFromZero);
            for (int l = 0; l < 3; l++)
            {
                deductible[k, l] = plan.Deductible(kind, (HospitalLevel)l).Yuan;
                repeat[k, l] = plan.RepeatFactor(kind, l + 1).Value.ToDecimal(6, MidpointRounding.AwayFromZero);
                for (int g = 0; g < 4; g++)
                {
                    ratio[k, l, g] = plan.Ratio(kind, (HospitalLevel)l, PersonStatus.Resident, (AssistanceGroup)g).Value.ToDecimal(6, MidpointRounding.AwayFromZero);
                }
            }
        }

        bandFrom = new decimal[plan.SeriousIllnessBandCount];
        bandRatio = new decimal[4, plan.SeriousIllnessBandCount];
        for (int g = 0; g < 4; g++)
        {
            var group = (AssistanceGroup)g;
            seriousDeductible[g] = plan.SeriousIllnessDeductible(group).Yuan;
            seriousCap[g] = plan.SeriousIllnessCap(group)?.Yuan ?? decimal.MaxValue;
            assistDeductible[g] = plan.AssistanceDeductible(group).Yuan;
            assistRatio[g] = plan.AssistanceRatio(group).Value.ToDecimal(6, MidpointRounding.AwayFromZero);
            assistCap[g] = plan.AssistanceCap(group).Yuan;
            for (int b = 0; b < bandFrom.Length; b++)
            {
                bandFrom[b] = plan.SeriousIllnessBandFrom(b).Yuan;
                bandRatio[g, b] = plan.SeriousIllnessBandRatio(b, group).Value.ToDecimal(6, MidpointRounding.AwayFromZero);
            }
        }

        persons = new Person[personCount];
    }

    /// <summary>Settles every claim of the table (resident scheme) from empty accumulators; returns the fund's total in yuan.</summary>
    public decimal Run(BenefitClaimTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        BenefitClaimColumns c = table.Columns;
        decimal fund = 0m;
        for (int p = 0; p < persons.Length; p++)
        {
            var person = new Person();
            persons[p] = person;
            for (int i = c.PersonStarts[p]; i < c.PersonStarts[p + 1]; i++)
            {
                fund += Settle(person, (int)c.Kinds[i], (int)c.Levels[i], (int)c.Groups[i], c.Totals[i].Yuan, c.OutOfScope[i].Yuan, c.ClassB[i].Yuan);
            }
        }

        return fund;
    }

    private static decimal R(decimal x) => Math.Round(x, 2, MidpointRounding.AwayFromZero);

    private decimal Settle(Person a, int k, int l, int g, decimal total, decimal outOfScope, decimal classBAmount)
    {
        decimal self = R(classBAmount * classB);
        decimal inScope = total - outOfScope - self;
        int visits = a.Visits[k];
        decimal due = perAdmission[k] ? R(deductible[k, l] * repeat[k, Math.Min(visits, 2)]) : Math.Max(0m, deductible[k, l] - a.DeductibleUsed[k]);
        decimal ded = Math.Min(inScope, due);
        decimal raw = R((inScope - ded) * ratio[k, l, g]);
        decimal room = kindCap[k] == decimal.MaxValue ? decimal.MaxValue : Math.Max(0m, kindCap[k] - a.Basic[k]);
        if (k != (int)ClaimKind.Outpatient)
        {
            room = Math.Min(room, Math.Max(0m, annualCap - a.Basic[0] - a.Basic[2]));
        }

        decimal basic = Math.Min(raw, room);
        decimal after = inScope - basic;
        decimal baseAdded = R(after * share[k]);
        decimal h0 = H(g, a.SeriousBase), h1 = H(g, a.SeriousBase + baseAdded);
        decimal serious = Math.Min(h1 - h0, seriousCap[g] == decimal.MaxValue ? decimal.MaxValue : Math.Max(0m, seriousCap[g] - a.SeriousPaid));
        decimal assistBase = assistRatio[g] > 0 ? after - serious : 0m;
        decimal assist = 0m;
        if (assistBase > 0)
        {
            decimal a0 = Math.Max(0m, a.AssistBase - assistDeductible[g]), a1 = Math.Max(0m, a.AssistBase + assistBase - assistDeductible[g]);
            assist = Math.Min(R(a1 * assistRatio[g]) - R(a0 * assistRatio[g]), Math.Max(0m, assistCap[g] - a.AssistPaid));
        }

        a.Visits[k]++;
        a.DeductibleUsed[k] += ded;
        a.Basic[k] += basic;
        a.SeriousBase += baseAdded;
        a.SeriousPaid += serious;
        a.AssistBase += assistBase;
        a.AssistPaid += assist;
        return basic + serious + assist;
    }

    private decimal H(int g, decimal x)
    {
        decimal y = x - seriousDeductible[g];
        if (y <= 0)
        {
            return 0m;
        }

        decimal sum = 0m;
        for (int b = 0; b < bandFrom.Length; b++)
        {
            if (y <= bandFrom[b])
            {
                break;
            }

            decimal hi = b + 1 < bandFrom.Length ? bandFrom[b + 1] : decimal.MaxValue;
            sum += (Math.Min(y, hi) - bandFrom[b]) * bandRatio[g, b];
        }

        return R(sum);
    }

    private sealed class Person
    {
        public int[] Visits { get; } = new int[3];

        public decimal[] DeductibleUsed { get; } = new decimal[3];

        public decimal[] Basic { get; } = new decimal[3];

        public decimal SeriousBase { get; set; }

        public decimal SeriousPaid { get; set; }

        public decimal AssistBase { get; set; }

        public decimal AssistPaid { get; set; }
    }
}
