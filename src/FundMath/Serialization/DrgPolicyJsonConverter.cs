using System;
using System.Collections.Generic;
using System.Text.Json;
using FundMath.Citations;
using FundMath.Drg;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DrgPolicy"/>: pointDecimals, the outlier ratios, reserveRatio, the settlement bands and shares,
/// pointRounding and moneyRounding (<see cref="MidpointRounding"/> names), citation, source and date. Rules given
/// directly have <c>"source": null, "date": null</c> and are read through the constructor (every value checked); rules
/// read from a parameter set carry that set (written and read as a <see cref="ParameterSet"/>: name, layers, every
/// parameter with its history) and the date, and are read through <see cref="DrgPolicy.FromParameters"/> on them:
/// each written value must be the one the set gives on that date (a value that disagrees is refused, never replaced),
/// and the citation is null (the entries cite themselves).
/// </summary>
internal sealed class DrgPolicyJsonConverter : ResultJsonConverter<DrgPolicy>
{
    protected override DrgPolicy Read(ResultMembers members)
    {
        int decimals = members.Required<int>("pointDecimals");
        Rate high = members.Required<Rate>("highOutlierRatio");
        Rate low = members.Required<Rate>("lowOutlierRatio");
        Rate reserve = members.Required<Rate>("reserveRatio");
        Rate surplusBand = members.Required<Rate>("surplusBand");
        Rate surplusRetention = members.Required<Rate>("surplusRetention");
        Rate overrunBand = members.Required<Rate>("overrunBand");
        Rate overrunShare = members.Required<Rate>("overrunShare");
        MidpointRounding pointRounding = members.Required<MidpointRounding>("pointRounding");
        MidpointRounding moneyRounding = members.Required<MidpointRounding>("moneyRounding");
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        ParameterSet? set = members.RequiredOrNull<ParameterSet>("source");
        LocalDate? date = members.RequiredOrNull<LocalDate?>("date");
        if (set is null)
        {
            if (date is not null)
            {
                throw new JsonException($"{members.Path}.date is {date:uuuu-MM-dd} but there is no source: rules given directly have no date (write null).");
            }

            return members.Create(() => new DrgPolicy(decimals, high, low, reserve, surplusBand, surplusRetention, overrunBand, overrunShare, pointRounding, moneyRounding, citation));
        }

        if (date is not { } on)
        {
            throw new JsonException($"{members.Path}.date is null but the rules were read from parameter set {set.Name}: give the date they were read at.");
        }

        if (citation is not null)
        {
            throw new JsonException($"{members.Path}.citation must be null for rules read from parameter set {set.Name}: each value cites its own parameter entry.");
        }

        DrgPolicy policy;
        try
        {
            policy = members.Create(() => DrgPolicy.FromParameters(set, on, pointRounding, moneyRounding));
        }
        catch (KeyNotFoundException e)
        {
            throw new JsonException($"{members.Path}: the source does not give the DRG rules on {on:uuuu-MM-dd}: {e.Message}", e);
        }

        Agree(members, "pointDecimals", DrgParameters.PointDecimals.Name, decimals, policy.PointDecimals, set, on);
        Agree(members, "highOutlierRatio", DrgParameters.HighOutlierRatio.Name, high, policy.HighOutlierRatio, set, on);
        Agree(members, "lowOutlierRatio", DrgParameters.LowOutlierRatio.Name, low, policy.LowOutlierRatio, set, on);
        Agree(members, "reserveRatio", DrgParameters.ReserveRatio.Name, reserve, policy.ReserveRatio, set, on);
        Agree(members, "surplusBand", DrgParameters.SurplusBand.Name, surplusBand, policy.SurplusBand, set, on);
        Agree(members, "surplusRetention", DrgParameters.SurplusRetention.Name, surplusRetention, policy.SurplusRetention, set, on);
        Agree(members, "overrunBand", DrgParameters.OverrunBand.Name, overrunBand, policy.OverrunBand, set, on);
        Agree(members, "overrunShare", DrgParameters.OverrunShare.Name, overrunShare, policy.OverrunShare, set, on);
        return policy;
    }

    protected override void Write(ResultWriter writer, DrgPolicy value)
    {
        writer.Member("pointDecimals", value.PointDecimals).Member("highOutlierRatio", value.HighOutlierRatio).Member("lowOutlierRatio", value.LowOutlierRatio)
            .Member("reserveRatio", value.ReserveRatio).Member("surplusBand", value.SurplusBand).Member("surplusRetention", value.SurplusRetention)
            .Member("overrunBand", value.OverrunBand).Member("overrunShare", value.OverrunShare)
            .Member("pointRounding", value.PointRounding).Member("moneyRounding", value.MoneyRounding).Member("citation", value.Citation);
        writer.Member("source", value.Source).Member("date", value.Source is null ? null : (LocalDate?)value.Date);
    }

    private static void Agree<T>(ResultMembers members, string member, string parameter, T written, T read, ParameterSet set, LocalDate date)
        where T : IEquatable<T>
    {
        if (!written.Equals(read))
        {
            throw new JsonException($"{members.Path}.{member} is {written} but {parameter} in parameter set {set.Name} on {date:uuuu-MM-dd} is {read}; a value read from parameters must agree with them.");
        }
    }
}
