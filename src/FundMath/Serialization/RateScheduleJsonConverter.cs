using System.Linq;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="RateSchedule"/>: entries, the dated rates in month order, read through the constructor (at least one, months strictly increasing, each rate 0–100%).</summary>
internal sealed class RateScheduleJsonConverter : ResultJsonConverter<RateSchedule>
{
    protected override RateSchedule Read(ResultMembers members)
    {
        DatedRate[] entries = members.Required<DatedRate[]>("entries");
        return members.Create(() => new RateSchedule(entries));
    }

    protected override void Write(ResultWriter writer, RateSchedule value) => writer.Member("entries", value.Entries.ToArray());
}
