using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FundMath.Benefits;
using FundMath.Policies;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BenefitPlan"/>: scheme, parameterSetName, window, rounding (a <see cref="MidpointRounding"/>
/// name) and parameters — the entries the plan read, in name order, each its name and unit with the entry's members
/// (effectiveFrom, value or brackets, citation, note, location). Reading rebuilds the plan from those parameters on
/// the window's first day, so every rule of <see cref="BenefitPlan.FromParameters"/> is checked again (a tilted ratio
/// above 100%, bands out of order, both deductible bases…); the window must start on the latest entry's effective
/// date, a parameter the plan needs must be there and one it does not read is an error. The window's end is kept as
/// written: it is where the next value of the original set takes effect, which the plan's own entries cannot show.
/// The original parameters' domains (minimum, maximum) are not kept by the plan and not written.
/// </summary>
internal sealed class BenefitPlanJsonConverter : ResultJsonConverter<BenefitPlan>
{
    protected override BenefitPlan Read(ResultMembers members)
    {
        BenefitScheme scheme = members.Required<BenefitScheme>("scheme");
        string setName = members.Required<string>("parameterSetName");
        PolicyWindow window = members.Required<PolicyWindow>("window");
        MidpointRounding rounding = members.Required<MidpointRounding>("rounding");
        var parameters = new List<Parameter>();
        foreach (ResultMembers p in members.NestedArray("parameters"))
        {
            string name = p.Required<string>("name");
            ParameterUnit unit = p.Required<ParameterUnit>("unit");
            ParameterEntry entry = ParameterEntryJsonConverter.ReadMembers(p);
            p.EnsureAllRead();
            ParameterValue[] values = entry.IsScale ? [.. entry.Brackets.Select(b => b.Value)] : [entry.Value];
            Fraction minimum = values.Min(v => v.Exact), maximum = values.Max(v => v.Exact);
            parameters.Add(p.Create(() => new Parameter(name, unit, [entry], minimum: minimum, maximum: maximum)));
        }

        ParameterSet set = members.Create(() => ParameterSet.Create(setName, parameters));
        try
        {
            return members.Create(() => BenefitPlan.Restore(set, scheme, window, rounding));
        }
        catch (KeyNotFoundException e)
        {
            throw new JsonException($"{members.Path}: the parameters do not make the {scheme} plan: {e.Message}", e);
        }
    }

    protected override void Write(ResultWriter writer, BenefitPlan value) =>
        writer.Member("scheme", value.Scheme).Member("parameterSetName", value.ParameterSetName).Member("window", value.Window).Member("rounding", value.Rounding)
            .Array("parameters", value.Entries.OrderBy(e => e.Key, StringComparer.Ordinal), static (w, e) =>
                ParameterEntryJsonConverter.WriteMembers(w.Member("name", e.Key).Member("unit", UnitOf(e.Value)), e.Value));

    /// <summary>The unit of an entry's values (every value of a parameter has the parameter's unit).</summary>
    private static ParameterUnit UnitOf(ParameterEntry entry) => entry.IsScale ? entry.Brackets[0].Value.Unit : entry.Value.Unit;
}
