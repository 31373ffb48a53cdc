namespace FundMath.Reconciliation;

/// <summary>
/// The unit a figure is printed in — 计量单位. Every figure is converted to a base unit for checking:
/// money to 元, percentages to a proportion of one, headcounts to persons, months to months.
/// Formula: base value = printed value × <see cref="FigureUnits.Scale(FigureUnit)"/>.
/// </summary>
public enum FigureUnit
{
    /// <summary>元 (yuan).</summary>
    Yuan,

    /// <summary>万元 (10⁴ 元).</summary>
    Wan,

    /// <summary>亿元 (10⁸ 元).</summary>
    Yi,

    /// <summary>% — a percentage; the base value is the proportion (110.09% → 1.1009).</summary>
    Percent,

    /// <summary>人 — persons.</summary>
    Persons,

    /// <summary>万人 — 10⁴ persons.</summary>
    WanPersons,

    /// <summary>人次, 个, 家 — a plain count (visits, regions, institutions).</summary>
    Count,

    /// <summary>个月 — months (months of cover).</summary>
    Months,

    /// <summary>元/人 — yuan per person (per-capita standards and averages).</summary>
    YuanPerPerson,
}
