using System;
using System.Collections;
using System.Collections.Generic;
using FundMath.Policies;

namespace FundMath.Cases;

/// <summary>
/// The registry of calculations reachable from case files, by name — 计算注册表.
/// <see cref="CreateDefault"/> holds every built-in calculation; add your own with <see cref="Add"/>.
/// </summary>
public sealed class CaseCalculations : IEnumerable<ICaseCalculation>
{
    private readonly SortedDictionary<string, ICaseCalculation> byName = new(StringComparer.Ordinal);

    /// <summary>An empty registry.</summary>
    public CaseCalculations()
    {
    }

    /// <summary>A new registry with every calculation FundMath ships (each adapter class in src/FundMath.Cases/Calculations — <see cref="Foundation"/>, <see cref="Analysis"/>, … — contributes its <c>All</c> list).</summary>
    public static CaseCalculations CreateDefault()
    {
        var registry = new CaseCalculations();
        registry.AddRange(Foundation.All);
        registry.AddRange(Analysis.All);
        registry.AddRange(Funds.All);
        registry.AddRange(Contributions.All);
        registry.AddRange(Reconciliation.All);
        registry.AddRange(Benefits.All);
        registry.AddRange(Pooling.All);
        registry.AddRange(Drg.All);
        return registry;
    }

    /// <summary>The registered names in ordinal order.</summary>
    public IEnumerable<string> Names => byName.Keys;

    /// <summary>Adds a calculation; returns this for chaining.</summary>
    /// <exception cref="ArgumentException">The name is empty, malformed or already registered.</exception>
    public CaseCalculations Add(ICaseCalculation calculation)
    {
        ArgumentNullException.ThrowIfNull(calculation);
        if (string.IsNullOrWhiteSpace(calculation.Name) || !ParameterSet.IsValidName(calculation.Name))
        {
            throw new ArgumentException($"calculation name '{calculation.Name}' must be dotted lower-case words, e.g. analysis.months_of_cover.", nameof(calculation));
        }

        if (!byName.TryAdd(calculation.Name, calculation))
        {
            throw new ArgumentException($"calculation '{calculation.Name}' is already registered.", nameof(calculation));
        }

        return this;
    }

    /// <summary>Adds several calculations; returns this for chaining.</summary>
    /// <exception cref="ArgumentException">A name is malformed or already registered.</exception>
    public CaseCalculations AddRange(IEnumerable<ICaseCalculation> calculations)
    {
        ArgumentNullException.ThrowIfNull(calculations);
        foreach (ICaseCalculation c in calculations)
        {
            Add(c);
        }

        return this;
    }

    /// <summary>The calculation with that name, or null.</summary>
    public ICaseCalculation? Find(string name) => byName.TryGetValue(name ?? string.Empty, out ICaseCalculation? c) ? c : null;

    /// <summary>The calculation with that name.</summary>
    /// <exception cref="KeyNotFoundException">Unknown name; the message lists the known ones.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public ICaseCalculation Get(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Find(name) ?? throw new KeyNotFoundException($"unknown calculation '{name}' (known: {string.Join(", ", byName.Keys)}).");
    }

    /// <inheritdoc />
    public IEnumerator<ICaseCalculation> GetEnumerator() => byName.Values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
