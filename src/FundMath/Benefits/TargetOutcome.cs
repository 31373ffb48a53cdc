namespace FundMath.Benefits;

/// <summary>
/// The three-layer in-scope ratio against a group's target band — 综合保障比例是否达标: (基本医保 + 大病保险 + 医疗救助)
/// / 政策范围内费用 compared with the plan's band for the person's group (e.g. 80%–85%).
/// </summary>
public enum TargetOutcome : byte
{
    /// <summary>The plan sets no band for the group (no parameter, or the band 0%–100%).</summary>
    NoTarget = 0,

    /// <summary>There was no in-scope cost, so the ratio is not meaningful.</summary>
    NoInScopeCost = 1,

    /// <summary>The ratio is below the band's lower edge (the target is not met).</summary>
    Below = 2,

    /// <summary>The ratio lies within the band (met).</summary>
    Within = 3,

    /// <summary>The ratio is above the band's upper edge (over-protection, 过度保障).</summary>
    Above = 4,
}
