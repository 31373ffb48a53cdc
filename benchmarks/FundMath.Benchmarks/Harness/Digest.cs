using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FundMath.Benchmarks.Harness;

/// <summary>
/// What a run produced, as named 64-bit values: totals and counts, and for each output array a position-weighted
/// checksum Σ (i + 1) · xᵢ mod 2⁶⁴ — the same definitions the numpy peers compute, so "identical results" means every
/// element in every position agrees.
/// </summary>
internal sealed class Digest
{
    private readonly SortedDictionary<string, ulong> values = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ulong> Values => values;

    public Digest Add(string name, long value)
    {
        values[name] = unchecked((ulong)value);
        return this;
    }

    public Digest Add(string name, ulong value)
    {
        values[name] = value;
        return this;
    }

    /// <summary>Adds the weighted checksum of <paramref name="values"/> under <paramref name="name"/>.</summary>
    public Digest AddArray(string name, ReadOnlySpan<long> values)
    {
        ulong sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            sum = unchecked(sum + ((ulong)(i + 1) * (ulong)values[i]));
        }

        return Add(name, sum);
    }

    /// <summary>Adds the weighted checksum of small codes (band, outcome).</summary>
    public Digest AddCodes(string name, ReadOnlySpan<int> codes)
    {
        ulong sum = 0;
        for (int i = 0; i < codes.Length; i++)
        {
            sum = unchecked(sum + ((ulong)(i + 1) * (ulong)(long)codes[i]));
        }

        return Add(name, sum);
    }

    /// <summary>
    /// The names of this digest whose values differ from <paramref name="expected"/>'s, or that it lacks (a variant may
    /// produce a subset — counts without per-row results — but every value it produces must agree).
    /// </summary>
    public IReadOnlyList<string> Differences(Digest expected) =>
        values.Count == 0
            ? ["(no values)"]
            : values.Keys.Where(k => !expected.values.TryGetValue(k, out ulong b) || values[k] != b).ToList();

    public static Digest FromStrings(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var d = new Digest();
        foreach (var (k, v) in pairs)
        {
            d.Add(k, ulong.Parse(v, CultureInfo.InvariantCulture));
        }

        return d;
    }

    public override string ToString() => string.Join(", ", values.Select(kv => $"{kv.Key}={kv.Value.ToString(CultureInfo.InvariantCulture)}"));
}
