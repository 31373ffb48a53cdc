namespace FundMath.Contributions;

/// <summary>Groups whose resident premium medical assistance may pay. 医疗救助资助参保对象类别.</summary>
public enum AssistanceCategory
{
    /// <summary>Not an assistance group; pays the full premium.</summary>
    None = 0,

    /// <summary>特困人员 (persons in extreme poverty).</summary>
    ExtremePoverty = 1,

    /// <summary>孤儿、事实无人抚养儿童 (orphans and de-facto unsupported children).</summary>
    Orphan = 2,

    /// <summary>低保对象 (minimum-living-allowance recipients).</summary>
    MinimumLivingAllowance = 3,

    /// <summary>返贫致贫人口、防止返贫监测对象 (monitored groups, during the transition).</summary>
    Monitored = 4,

    /// <summary>Any other locally defined group (低保边缘对象, 脱贫人口 …).</summary>
    Other = 5,
}
