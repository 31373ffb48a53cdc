using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="StructureShares"/>: exactSum, naiveDisplaySum, apportionedDisplaySum, percentDecimals and
/// isPartition, read through an internal factory that checks what the sums alone must satisfy (the parts are not
/// kept by the result, so <see cref="StructureShares.Compute"/> cannot be rerun); naiveDisplayExcess derived.
/// </summary>
internal sealed class StructureSharesJsonConverter : ResultJsonConverter<StructureShares>
{
    protected override StructureShares Read(ResultMembers members)
    {
        Rate exact = members.Required<Rate>("exactSum");
        Rate naive = members.Required<Rate>("naiveDisplaySum");
        Rate apportioned = members.Required<Rate>("apportionedDisplaySum");
        int decimals = members.Required<int>("percentDecimals");
        bool partition = members.Required<bool>("isPartition");
        StructureShares shares = members.Create(() => StructureShares.FromSums(exact, naive, apportioned, decimals, partition));
        members.Derived("naiveDisplayExcess", shares.NaiveDisplayExcess);
        return shares;
    }

    protected override void Write(ResultWriter writer, StructureShares value) =>
        writer.Member("exactSum", value.ExactSum).Member("naiveDisplaySum", value.NaiveDisplaySum).Member("apportionedDisplaySum", value.ApportionedDisplaySum)
            .Member("percentDecimals", value.PercentDecimals).Member("isPartition", value.IsPartition).Member("naiveDisplayExcess", value.NaiveDisplayExcess);
}
