namespace FundMath.Reconciliation;

/// <summary>A column of a region table — 分布表列: its name and whether the total row sums it.</summary>
/// <param name="Name">The column heading ("城乡居民医保基金 期末累计结余").</param>
/// <param name="Summable">True when the 合计 row is the sum of the rows (balances); false for months and ratios.</param>
public sealed record RegionColumn(string Name, bool Summable);
