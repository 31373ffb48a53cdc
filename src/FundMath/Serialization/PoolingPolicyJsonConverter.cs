using System.Collections.Generic;
using FundMath.Policies;
using FundMath.Pooling;
using NodaTime;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="PoolingPolicy"/>: setName, date, priorDeficitReading and <c>parameters</c>, an object with the
/// entry of each pooling parameter in force (by name; the two top-up thresholds absent before 2023), read through
/// <see cref="PoolingPolicy.FromEntries"/>, which checks each entry and then the rules that tie them together.
/// </summary>
internal sealed class PoolingPolicyJsonConverter : ResultJsonConverter<PoolingPolicy>
{
    protected override PoolingPolicy Read(ResultMembers members)
    {
        string setName = members.Required<string>("setName");
        LocalDate date = members.Required<LocalDate>("date");
        PriorDeficitReading reading = members.Required<PriorDeficitReading>("priorDeficitReading");
        ResultMembers nested = members.Nested("parameters");
        var entries = new Dictionary<string, ParameterEntry>(System.StringComparer.Ordinal);
        foreach (string name in PoolingParameters.Names)
        {
            if (nested.Has(name))
            {
                entries[name] = nested.Required<ParameterEntry>(name);
            }
        }

        nested.EnsureAllRead();
        return members.Create(() => PoolingPolicy.FromEntries(setName, date, entries, reading));
    }

    protected override void Write(ResultWriter writer, PoolingPolicy value) =>
        writer.Member("setName", value.SetName).Member("date", value.Date).Member("priorDeficitReading", value.PriorDeficitReading)
            .Object("parameters", w =>
            {
                foreach (KeyValuePair<string, ParameterEntry> entry in value.Entries())
                {
                    w.Member(entry.Key, entry.Value);
                }
            });
}
