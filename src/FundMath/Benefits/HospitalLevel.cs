namespace FundMath.Benefits;

/// <summary>
/// The level of the designated medical institution — 医疗机构级别 — as the national statistics group them
/// (三级、二级、一级及以下). Deductibles fall and ratios rise towards the lower levels.
/// </summary>
public enum HospitalLevel : byte
{
    /// <summary>一级及以下 (level 1 and primary care: 乡镇卫生院, 社区卫生服务中心); bracket key <c>level1</c>.</summary>
    Level1 = 0,

    /// <summary>二级 (level 2, e.g. county hospitals); bracket key <c>level2</c>.</summary>
    Level2 = 1,

    /// <summary>三级 (level 3, e.g. city and provincial hospitals); bracket key <c>level3</c>.</summary>
    Level3 = 2,
}
