namespace FundMath.Reconciliation;

/// <summary>
/// The unit a figure is printed in — 计量单位. Every figure is converted to a base unit for checking:
/// money (and money per month or per person) to 元, percentages to a proportion of one, headcounts to persons,
/// counts to one, months to months. Formula: base value = printed value × <see cref="FigureUnits.Scale(FigureUnit)"/>.
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

    /// <summary>元/月 — yuan per month (a monthly expenditure).</summary>
    YuanPerMonth,

    /// <summary>万元/月 — 10⁴ yuan per month (月平均支出 in a region table).</summary>
    WanPerMonth,

    /// <summary>亿元/月 — 10⁸ yuan per month ("1.29亿元/月").</summary>
    YiPerMonth,

    /// <summary>元/人·月 — yuan per person and month (a monthly contribution base, 缴费基数).</summary>
    YuanPerPersonMonth,

    /// <summary>万人次 — 10⁴ visits or other counted events.</summary>
    WanCount,

    /// <summary>亿人次 — 10⁸ visits ("25.3亿人次").</summary>
    YiCount,
}
