using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DeficitScan"/>: period, regions, deficitRegions, deficitTotal and surplusTotal (the shares
/// and the net balance are derived and checked when present). Only a scan that some regions could give is
/// accepted: each deficit region short by at least 1 fen, no surplus without a surplus region. Reading takes
/// constant time and memory whatever the region count.
/// </summary>
internal sealed class DeficitScanJsonConverter : JsonConverter<DeficitScan>
{
    public override DeficitScan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(DeficitScan), options);
        ReportingPeriod period = members.Required<ReportingPeriod>("period");
        int regions = members.Required<int>("regions");
        int deficitRegions = members.Required<int>("deficitRegions");
        Money deficit = members.Required<Money>("deficitTotal");
        Money surplus = members.Required<Money>("surplusTotal");
        if (regions < 0 || deficitRegions < 0 || deficitRegions > regions)
        {
            throw new JsonException($"DeficitScan: deficitRegions {deficitRegions} of {regions} regions is not a count of regions.");
        }

        if (deficit.Fen < deficitRegions || (deficitRegions == 0 && !deficit.IsZero) || surplus.IsNegative || (regions == deficitRegions && !surplus.IsZero))
        {
            throw new JsonException($"DeficitScan: {deficitRegions} deficit regions totalling {deficit} and {regions - deficitRegions} other regions totalling {surplus} cannot come from a scan.");
        }

        // The checks above are exactly the totals some balances give (deficit regions short by ≥ 1 fen each, no
        // surplus without a surplus region), so the scan is rebuilt from its totals in constant time and memory
        // whatever "regions" claims.
        DeficitScan result = members.Create(() => DeficitScan.FromTotals(period, regions, deficitRegions, deficit, surplus));
        members.Check("surplusRegions", result.SurplusRegions);
        members.Check("deficitShare", result.DeficitShare);
        members.Check("surplusShare", result.SurplusShare);
        members.Check("netBalance", result.NetBalance);
        members.EnsureAllRead();
        return result;
    }

    public override void Write(Utf8JsonWriter writer, DeficitScan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "period", value.Period, options);
        ResultMembers.Write(writer, "regions", value.Regions, options);
        ResultMembers.Write(writer, "deficitRegions", value.DeficitRegions, options);
        ResultMembers.Write(writer, "surplusRegions", value.SurplusRegions, options);
        ResultMembers.Write(writer, "deficitTotal", value.DeficitTotal, options);
        ResultMembers.Write(writer, "surplusTotal", value.SurplusTotal, options);
        ResultMembers.Write(writer, "deficitShare", value.DeficitShare, options);
        ResultMembers.Write(writer, "surplusShare", value.SurplusShare, options);
        ResultMembers.Write(writer, "netBalance", value.NetBalance, options);
        writer.WriteEndObject();
    }
}
