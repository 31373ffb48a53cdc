using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="SeasonalProfile"/>: cumulativeShares, the twelve cumulative monthly shares (January … December), read through <see cref="SeasonalProfile.FromCumulative"/>.</summary>
internal sealed class SeasonalProfileJsonConverter : ResultJsonConverter<SeasonalProfile>
{
    protected override SeasonalProfile Read(ResultMembers members)
    {
        Rate[] shares = members.Required<Rate[]>("cumulativeShares");
        return members.Create(() => SeasonalProfile.FromCumulative(shares));
    }

    protected override void Write(ResultWriter writer, SeasonalProfile value)
    {
        var shares = new Rate[12];
        for (int month = 1; month <= 12; month++)
        {
            shares[month - 1] = value.CumulativeShare(month);
        }

        writer.Member("cumulativeShares", shares);
    }
}
