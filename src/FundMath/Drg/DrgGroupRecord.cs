using System;

namespace FundMath.Drg;

/// <summary>One DRG group of a scheme as input — 病组: its id and its average cost per case (病组例均费用).</summary>
/// <param name="Scheme">The scheme whose table the group belongs to.</param>
/// <param name="Id">The group code, unique within the scheme (e.g. a CHS-DRG code such as "GB19").</param>
/// <param name="AverageCost">病组例均费用, &gt; 0.</param>
/// <remarks><c>default(DrgGroupRecord)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct DrgGroupRecord(DrgScheme Scheme, string Id, Money AverageCost)
{
    /// <summary>The group code, unique within the scheme (e.g. a CHS-DRG code such as "GB19").</summary>
    public string Id { get; init => field = value ?? throw new ArgumentNullException(nameof(Id)); } = Id ?? throw new ArgumentNullException(nameof(Id));
}
