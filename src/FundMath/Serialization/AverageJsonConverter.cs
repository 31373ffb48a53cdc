using System;
using System.Text.Json;
using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="Average"/>: total, units and value, with the outcome derived. Reading goes through <see cref="Average.Of"/>: the value must be total / units rounded to the fen by one of the rounding modes (the mode is not stored), and an average of no units has value 0.</summary>
internal sealed class AverageJsonConverter : ResultJsonConverter<Average>
{
    private static readonly MidpointRounding[] Modes = [MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity];

    protected override Average Read(ResultMembers members)
    {
        Money total = members.Required<Money>("total");
        long units = members.Required<long>("units");
        Money value = members.Required<Money>("value");
        Average? match = null;
        foreach (MidpointRounding mode in Modes)
        {
            Average candidate = members.Create(() => Average.Of(total, units, mode));
            if (candidate.Value == value)
            {
                match = candidate;
                break;
            }
        }

        Average average = match ?? throw new JsonException($"Average: value {value:N2} 元 is not {total:N2} 元 / {units} rounded to the fen by any rounding mode.");
        members.Derived("outcome", average.Outcome);
        return average;
    }

    protected override void Write(ResultWriter writer, Average value)
    {
        writer.Member("total", value.Total).Member("units", value.Units).Member("value", value.Value).Member("outcome", value.Outcome);
    }
}
