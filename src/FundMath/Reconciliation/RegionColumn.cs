using System;
using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// A column of a region table — 分布表列: its name, whether the total row sums it, what it holds and the nested
/// headings above it (城乡居民医保基金 › 应付未付款 › 小计).
/// </summary>
/// <param name="Name">The column heading as one string, its nested headings joined by spaces ("城乡居民医保基金 期末累计结余").</param>
/// <param name="Summable">True when the 合计 row is the sum of the rows (balances); false for months and ratios.</param>
public sealed record RegionColumn(string Name, bool Summable)
{
    /// <summary>The column heading as one string, its nested headings joined by spaces ("城乡居民医保基金 期末累计结余").</summary>
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>What the column holds, or null for an untyped column (checked only by its total).</summary>
    public RegionColumnRole? Role { get; init; }

    /// <summary>The nested headings from the outermost to this column's own ("城乡居民医保基金", "应付未付款", "小计"); one entry for a flat heading.</summary>
    public IReadOnlyList<string> Header { get; init => field = value ?? throw new ArgumentNullException(nameof(Header)); } = [];

    /// <summary>The fund the column belongs to (its outermost heading, or the table's fund), or null. Row identities combine the typed columns of one fund.</summary>
    public string? Fund { get; init; }
}
