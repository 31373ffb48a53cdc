using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Policies;

/// <summary>
/// One dated value of a parameter — 参数取值: effective from a date until the next entry, with its citation
/// (政策依据), an optional note, and either a single value or, for a scale, keyed brackets.
/// </summary>
public sealed class ParameterEntry
{
    private readonly ScaleBracket[] brackets;

    /// <summary>Creates a single-value entry.</summary>
    public ParameterEntry(LocalDate effectiveFrom, ParameterValue value, Citation citation, string? note = null, SourceLocation location = default)
    {
        ArgumentNullException.ThrowIfNull(citation);
        EffectiveFrom = effectiveFrom;
        Value = value;
        Citation = citation;
        Note = note;
        Location = location;
        brackets = [];
    }

    /// <summary>Creates a scale entry (keyed brackets).</summary>
    public ParameterEntry(LocalDate effectiveFrom, IEnumerable<ScaleBracket> brackets, Citation citation, string? note = null, SourceLocation location = default)
    {
        ArgumentNullException.ThrowIfNull(citation);
        ArgumentNullException.ThrowIfNull(brackets);
        EffectiveFrom = effectiveFrom;
        Citation = citation;
        Note = note;
        Location = location;
        this.brackets = [.. brackets];
        if (this.brackets.Length == 0)
        {
            throw new ArgumentException("a scale entry needs at least one bracket.", nameof(brackets));
        }
    }

    /// <summary>The first day the value applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The value (default for a scale entry; use <see cref="Bracket(string)"/>).</summary>
    public ParameterValue Value { get; }

    /// <summary>True when this entry holds keyed brackets rather than a single value.</summary>
    public bool IsScale => brackets.Length > 0;

    /// <summary>The brackets of a scale entry in file order (empty for a single value).</summary>
    public IReadOnlyList<ScaleBracket> Brackets => brackets;

    /// <summary>Where the value comes from.</summary>
    public Citation Citation { get; }

    /// <summary>An optional note (e.g. "derived from the year-on-year increase").</summary>
    public string? Note { get; }

    /// <summary>Where the entry was read (default when built in code).</summary>
    public SourceLocation Location { get; }

    /// <summary>The value of a bracket of a scale entry.</summary>
    /// <exception cref="KeyNotFoundException">No bracket has that key; the message lists the keys.</exception>
    public ParameterValue Bracket(string key)
    {
        Preconditions.CheckNotNull(key, nameof(key));
        foreach (ScaleBracket b in brackets)
        {
            if (string.Equals(b.Key, key, StringComparison.Ordinal))
            {
                return b.Value;
            }
        }

        throw new KeyNotFoundException(
            $"no bracket '{key}' in the scale effective from {EffectiveFrom:uuuu-MM-dd} (brackets: {string.Join(", ", brackets.Select(b => b.Key))}).");
    }

    /// <summary>The value text ("8.7%", or "tier1=80%, tier2=60%" for a scale).</summary>
    public string ValueText => IsScale ? string.Join(", ", brackets.Select(b => $"{b.Key}={b.Value}")) : Value.ToString();

    /// <summary>An <see cref="Explanation"/> parameter node: name, value, citation, effective date, note.</summary>
    public Explanation Explain(string parameterName) =>
        new(parameterName ?? throw new ArgumentNullException(nameof(parameterName)), ValueText, ExplanationKind.Parameter) { Citation = Citation, EffectiveFrom = EffectiveFrom, Note = Note };

    /// <summary>An explanation node for one bracket of a scale.</summary>
    public Explanation Explain(string parameterName, string bracketKey) =>
        new($"{parameterName ?? throw new ArgumentNullException(nameof(parameterName))}[{bracketKey ?? throw new ArgumentNullException(nameof(bracketKey))}]", Bracket(bracketKey).ToString(), ExplanationKind.Parameter)
        {
            Citation = Citation,
            EffectiveFrom = EffectiveFrom,
            Note = Note,
        };
}
