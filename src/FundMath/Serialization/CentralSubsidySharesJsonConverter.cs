using FundMath.Citations;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CentralSubsidyShares"/>: tier1…tier5, westernTreatmentInTier2 and citation (null for none), read through the constructor (each share 0–100%).</summary>
internal sealed class CentralSubsidySharesJsonConverter : ResultJsonConverter<CentralSubsidyShares>
{
    private static readonly ProvinceTier[] Tiers = [ProvinceTier.Tier1, ProvinceTier.Tier2, ProvinceTier.Tier3, ProvinceTier.Tier4, ProvinceTier.Tier5];

    protected override CentralSubsidyShares Read(ResultMembers members)
    {
        var shares = new Rate[Tiers.Length];
        for (int i = 0; i < shares.Length; i++)
        {
            shares[i] = members.Required<Rate>(Name(i));
        }

        Rate western = members.Required<Rate>("westernTreatmentInTier2");
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        return members.Create(() => new CentralSubsidyShares(shares[0], shares[1], shares[2], shares[3], shares[4], western, citation));
    }

    protected override void Write(ResultWriter writer, CentralSubsidyShares value)
    {
        for (int i = 0; i < Tiers.Length; i++)
        {
            writer.Member(Name(i), value.ShareFor(Tiers[i]));
        }

        writer.Member("westernTreatmentInTier2", value.ShareFor(ProvinceTier.Tier2, westernTreatment: true)).Member("citation", value.Citation);
    }

    private static string Name(int i) => "tier" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
