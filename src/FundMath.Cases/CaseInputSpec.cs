using System;

namespace FundMath.Cases;

/// <summary>Declares one input a calculation reads — 输入说明 (documentation and <c>fundmath</c> listings).</summary>
/// <param name="Name">The input name as written under <c>inputs:</c>.</param>
/// <param name="Kind">The input's type.</param>
/// <param name="Description">What it means, with units.</param>
/// <param name="Required">False when the calculation has a documented default.</param>
public sealed record CaseInputSpec(string Name, CaseValueKind Kind, string Description, bool Required = true)
{
    /// <summary>The input name as written under <c>inputs:</c>.</summary>
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); } = Name ?? throw new ArgumentNullException(nameof(Name));

    /// <summary>What it means, with units.</summary>
    public string Description { get; init => field = value ?? throw new ArgumentNullException(nameof(Description)); } = Description ?? throw new ArgumentNullException(nameof(Description));
}
