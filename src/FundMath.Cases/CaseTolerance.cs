using System.Collections.Generic;
using FundMath.Data;

namespace FundMath.Cases;

/// <summary>
/// How close an actual output must be to the expected one — 容差: exact by default; <c>tolerance_fen</c> (money,
/// absolute in fen), <c>absolute</c> (written like the value: "0.5万元", "0.01%", "1/100") or <c>relative</c>
/// (a rate of the expected value: "0.1%"). When several are given the widest applies.
/// </summary>
/// <param name="Fen">Absolute tolerance in fen (money only).</param>
/// <param name="Absolute">Absolute tolerance written like the value.</param>
/// <param name="Relative">Relative tolerance as a rate of |expected|.</param>
public sealed record CaseTolerance(long? Fen, DataNode? Absolute, Rate? Relative)
{
    /// <summary>No tolerance: values must be equal.</summary>
    public static CaseTolerance Exact { get; } = new(null, null, null);

    /// <summary>True when no tolerance is given.</summary>
    public bool IsExact => Fen is null && Absolute is null && Relative is null;

    /// <summary>"exact", or e.g. "±1 fen, ±0.5万元, ±0.1% relative".</summary>
    public override string ToString()
    {
        if (IsExact)
        {
            return "exact";
        }

        var parts = new List<string>(3);
        if (Fen is { } fen)
        {
            parts.Add($"±{fen} fen");
        }

        if (Absolute is { } abs)
        {
            parts.Add($"±{abs.Text}");
        }

        if (Relative is { } rel)
        {
            parts.Add($"±{CaseValue.Of(rel).Text} relative");
        }

        return string.Join(", ", parts);
    }
}
