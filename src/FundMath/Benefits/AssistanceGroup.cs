namespace FundMath.Benefits;

/// <summary>
/// The person's assistance category — 困难群众类别 — which tilts 大病保险 (deductible lowered, ratio raised, cap
/// removed) and decides 医疗救助 (ratio, deductible, yearly cap): 特困人员, 低保对象, 返贫致贫人口, or none.
/// </summary>
public enum AssistanceGroup : byte
{
    /// <summary>普通参保人员: no assistance category; bracket key <c>general</c>.</summary>
    General = 0,

    /// <summary>特困人员 (persons in extreme poverty, 特困供养); bracket key <c>destitute</c>.</summary>
    Destitute = 1,

    /// <summary>低保对象 (minimum-living-guarantee recipients); bracket key <c>dibao</c>.</summary>
    Dibao = 2,

    /// <summary>返贫致贫人口 (persons who fell, or fell back, into poverty); bracket key <c>poverty_relapse</c>.</summary>
    PovertyRelapse = 3,
}
