using System;
using System.IO;
using FundMath.Benefits;
using FundMath.Policies;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Benefits;

/// <summary>The Ankang sample parameter set (samples/parameters/ankang.yaml) and its plans, loaded once.</summary>
internal static class AnkangPlans
{
    private static readonly Lazy<ParameterSet> LazySet = new(() =>
        ParameterFiles.Load(Path.Combine(AppContext.BaseDirectory, "samples", "parameters", "ankang.yaml")));

    public static ParameterSet Set => LazySet.Value;

    public static BenefitPlan Resident2021 => BenefitPlan.FromParameters(Set, BenefitScheme.Resident, new LocalDate(2021, 6, 1));

    public static BenefitPlan Resident2020 => BenefitPlan.FromParameters(Set, BenefitScheme.Resident, new LocalDate(2020, 6, 1));

    public static BenefitPlan Employee2021 => BenefitPlan.FromParameters(Set, BenefitScheme.Employee, new LocalDate(2021, 6, 1));

    public static BenefitPlans Plans20202021 => BenefitPlans.FromParameters(Set, new PolicyWindow(new LocalDate(2020, 1, 1), new LocalDate(2021, 12, 31)));

    /// <summary>A claim with yuan amounts.</summary>
    public static BenefitClaim Claim(long id, long person, LocalDate date, BenefitScheme scheme, ClaimKind kind, HospitalLevel level,
        decimal total, decimal outOfScope = 0, decimal classB = 0, AssistanceGroup group = AssistanceGroup.General, PersonStatus? status = null) =>
        new(id, person, date, scheme, kind, level, status ?? (scheme == BenefitScheme.Resident ? PersonStatus.Resident : PersonStatus.InService), group,
            Money.FromYuan(total), Money.FromYuan(outOfScope), Money.FromYuan(classB));

    public static Money Y(decimal yuan) => Money.FromYuan(yuan);
}
