using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Benchmarks;

/// <summary>The benefit benchmark's plan (the 2021 resident plan of samples/parameters/ankang.yaml, in code) and claim mix.</summary>
public static class BenefitWorkload
{
    private static readonly LocalDate From = new(2020, 1, 1);
    private static readonly Citation Sample = new("samples/parameters/ankang.yaml (2021 resident plan)");

    /// <summary>The resident plan parameters of the Ankang sample in force in 2021, with the national tilt.</summary>
    public static ParameterSet AnkangResident2021()
    {
        const string p = "benefits.resident";
        var list = new List<Parameter>
        {
            Single($"{p}.class_b_self_pay", ParameterUnit.Rate, ParameterValue.FromRate(Rate.FromPercent(10))),
            Single($"{p}.annual_cap", ParameterUnit.Yuan, ParameterValue.FromMoney(Money.FromYuan(150_000))),
            Scale($"{p}.inpatient.deductible_per_admission", ParameterUnit.Yuan, ("level1", Y(200)), ("level2", Y(500)), ("level3", Y(1_000))),
            Scale($"{p}.inpatient.repeat_factor", ParameterUnit.Rate, ("first", R(100)), ("second", R(50)), ("subsequent", R(50))),
            Scale($"{p}.inpatient.ratio", ParameterUnit.Rate, ("level1.resident", R(88)), ("level2.resident", R(80)), ("level3.resident", R(70))),
            Scale($"{p}.inpatient.group_increase", ParameterUnit.PercentagePoints, ("general", P(0)), ("destitute", P(0)), ("dibao", P(0)), ("poverty_relapse", P(0))),
            Scale($"{p}.outpatient.deductible_per_year", ParameterUnit.Yuan, ("level1", Y(0)), ("level2", Y(100)), ("level3", Y(200))),
            Scale($"{p}.outpatient.ratio", ParameterUnit.Rate, ("level1.resident", R(60)), ("level2.resident", R(50)), ("level3.resident", R(40))),
            Single($"{p}.outpatient.annual_cap", ParameterUnit.Yuan, Y(400)),
            Scale($"{p}.chronic.deductible_per_year", ParameterUnit.Yuan, ("level1", Y(0)), ("level2", Y(0)), ("level3", Y(0))),
            Scale($"{p}.chronic.ratio", ParameterUnit.Rate, ("level1.resident", R(70)), ("level2.resident", R(65)), ("level3.resident", R(60))),
            Single($"{p}.chronic.annual_cap", ParameterUnit.Yuan, Y(5_000)),
            Single($"{p}.serious_illness.deductible", ParameterUnit.Yuan, Y(10_000)),
            Scale($"{p}.serious_illness.band_from", ParameterUnit.Yuan, ("band1", Y(0)), ("band2", Y(100_000))),
            Scale($"{p}.serious_illness.band_ratio", ParameterUnit.Rate, ("band1", R(60)), ("band2", R(70))),
            Single($"{p}.serious_illness.cap", ParameterUnit.Yuan, Y(300_000)),
            Scale($"{p}.serious_illness.counted_share", ParameterUnit.Rate, ("inpatient", R(100)), ("outpatient", R(0)), ("chronic", R(100))),
            Scale($"{p}.serious_illness.deductible_factor", ParameterUnit.Rate, ("general", R(100)), ("destitute", R(50)), ("dibao", R(50)), ("poverty_relapse", R(50))),
            Scale($"{p}.serious_illness.ratio_increase", ParameterUnit.PercentagePoints, ("general", P(0)), ("destitute", P(5)), ("dibao", P(5)), ("poverty_relapse", P(5))),
            Scale($"{p}.serious_illness.cap_applies", ParameterUnit.Count, ("general", ParameterValue.FromCount(1)), ("destitute", ParameterValue.FromCount(0)),
                ("dibao", ParameterValue.FromCount(0)), ("poverty_relapse", ParameterValue.FromCount(0))),
            Scale($"{p}.assistance.deductible", ParameterUnit.Yuan, ("general", Y(0)), ("destitute", Y(0)), ("dibao", Y(0)), ("poverty_relapse", Y(1_000))),
            Scale($"{p}.assistance.ratio", ParameterUnit.Rate, ("general", R(0)), ("destitute", R(80)), ("dibao", R(70)), ("poverty_relapse", R(60))),
            Scale($"{p}.assistance.cap", ParameterUnit.Yuan, ("general", Y(0)), ("destitute", Y(50_000)), ("dibao", Y(50_000)), ("poverty_relapse", Y(50_000))),
        };
        return ParameterSet.Create("ankang-resident-2021", list);
    }

    /// <summary>
    /// <paramref name="count"/> resident claims of count / perPerson persons in 2021: 75% outpatient (10–500 元), 17% chronic
    /// (50–3,000 元), 8% admissions (lognormal-like, mostly 2,000–30,000 元, a tail to 400,000 元); 0–20% out of scope;
    /// 0–30% class B; any level; 10% of persons 特困/低保/返贫致贫. Deterministic for a seed.
    /// </summary>
    public static BenefitClaim[] Claims(int count, int perPerson, int seed)
    {
        var random = new Random(seed);
        var claims = new BenefitClaim[count];
        long person = 0;
        AssistanceGroup group = AssistanceGroup.General;
        for (int i = 0; i < count; i++)
        {
            if (i % perPerson == 0)
            {
                person++;
                group = random.Next(10) == 0 ? (AssistanceGroup)random.Next(1, 4) : AssistanceGroup.General;
            }

            int roll = random.Next(100);
            ClaimKind kind = roll < 75 ? ClaimKind.Outpatient : roll < 92 ? ClaimKind.ChronicOutpatient : ClaimKind.Inpatient;
            long total = kind switch
            {
                ClaimKind.Outpatient => random.NextInt64(1_000, 50_000),
                ClaimKind.ChronicOutpatient => random.NextInt64(5_000, 300_000),
                _ => (long)(200_000 * Math.Exp(random.NextDouble() * random.NextDouble() * 5.3)),
            };
            long outOfScope = total * random.Next(0, 21) / 100;
            long classB = (total - outOfScope) * random.Next(0, 31) / 100;
            var level = (HospitalLevel)random.Next(3);
            claims[i] = new BenefitClaim(i + 1, person, new LocalDate(2021, 1 + (i % perPerson * 12 / perPerson), 1 + random.Next(28)), BenefitScheme.Resident, kind, level,
                PersonStatus.Resident, group, Money.FromFen(total), Money.FromFen(outOfScope), Money.FromFen(classB));
        }

        return claims;
    }

    private static ParameterValue Y(long yuan) => ParameterValue.FromMoney(Money.FromYuan(yuan));

    private static ParameterValue R(int percent) => ParameterValue.FromRate(Rate.FromPercent(percent));

    private static ParameterValue P(int points) => ParameterValue.FromPoints(PercentagePoints.FromPoints(points));

    private static Parameter Single(string name, ParameterUnit unit, ParameterValue value) => new(name, unit, [new ParameterEntry(From, value, Sample)]);

    private static Parameter Scale(string name, ParameterUnit unit, params (string Key, ParameterValue Value)[] brackets) =>
        new(name, unit, [new ParameterEntry(From, brackets.Select(b => new ScaleBracket(b.Key, b.Value)), Sample)]);
}
