using System;

namespace FundMath.Policies;

/// <summary>One bracket of a scale: a key such as "tier1", its value and an optional label — 档次.</summary>
/// <param name="Key">The bracket key, e.g. "tier1" or "western_treatment".</param>
/// <param name="Value">The bracket's value.</param>
/// <param name="Note">An optional note, e.g. "12 western provinces".</param>
public sealed record ScaleBracket(string Key, ParameterValue Value, string? Note = null)
{
    /// <summary>The bracket key, e.g. "tier1" or "western_treatment".</summary>
    public string Key { get; init => field = value ?? throw new ArgumentNullException(nameof(Key)); } = Key ?? throw new ArgumentNullException(nameof(Key));
}
