using System.Text.Json;
using FundMath.Benefits;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BenefitClaimEntry"/>: claim, reverses and location (null when the row was built in code). A
/// claim row has the claim and <c>"reverses": null</c>; a reversal (冲正) has <c>"claim": null</c> and the number it
/// reverses; both or neither is an error.
/// </summary>
internal sealed class BenefitClaimEntryJsonConverter : ResultJsonConverter<BenefitClaimEntry>
{
    protected override BenefitClaimEntry Read(ResultMembers members)
    {
        BenefitClaim? claim = members.RequiredOrNull<BenefitClaim?>("claim");
        long? reverses = members.RequiredOrNull<long?>("reverses");
        Data.SourceLocation location = ParameterEntryJsonConverter.ReadLocation(members);
        return (claim, reverses) switch
        {
            ({ } c, null) => BenefitClaimEntry.Settle(c, location),
            (null, { } id) => BenefitClaimEntry.Reverse(id, location),
            (null, null) => throw new JsonException($"{members.Path}: claim and reverses are both null; a row is a claim (with \"reverses\": null) or a reversal (with \"claim\": null)."),
            _ => throw new JsonException($"{members.Path}: the row has both a claim and reverses {reverses}; a reversal (冲正) carries no claim of its own (write \"claim\": null)."),
        };
    }

    protected override void Write(ResultWriter writer, BenefitClaimEntry value) =>
        ParameterEntryJsonConverter.WriteLocation(writer.Member("claim", value.IsReversal ? (BenefitClaim?)null : value.Claim).Member("reverses", value.Reverses), value.Location);
}
