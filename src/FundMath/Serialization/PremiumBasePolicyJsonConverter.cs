using System;
using FundMath.Citations;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="PremiumBasePolicy"/> in its two shapes: a band from a wage (referenceMonthlyWage, floorRatio,
/// capRatio, floorRounding, capRounding, citation; floor and cap derived and checked), read through the constructor;
/// or a band of amounts (floor, cap, citation), read through <see cref="PremiumBasePolicy.FromAmounts"/>.
/// </summary>
internal sealed class PremiumBasePolicyJsonConverter : ResultJsonConverter<PremiumBasePolicy>
{
    /// <summary>Any of these makes the JSON the wage shape, so a missing one is named rather than read as the other shape.</summary>
    private static readonly string[] WageMembers = ["referenceMonthlyWage", "floorRatio", "capRatio", "floorRounding", "capRounding"];

    protected override PremiumBasePolicy Read(ResultMembers members)
    {
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        if (!Array.Exists(WageMembers, members.Has))
        {
            Money floor = members.Required<Money>("floor");
            Money cap = members.Required<Money>("cap");
            return members.Create(() => PremiumBasePolicy.FromAmounts(floor, cap, citation));
        }

        Money wage = members.Required<Money>("referenceMonthlyWage");
        Rate floorRatio = members.Required<Rate>("floorRatio");
        Rate capRatio = members.Required<Rate>("capRatio");
        MidpointRounding floorRounding = members.Required<MidpointRounding>("floorRounding");
        MidpointRounding capRounding = members.Required<MidpointRounding>("capRounding");
        PremiumBasePolicy policy = members.Create(() => new PremiumBasePolicy(wage, floorRatio, capRatio, floorRounding, capRounding, citation));
        members.Derived("floor", policy.Floor);
        members.Derived("cap", policy.Cap);
        return policy;
    }

    protected override void Write(ResultWriter writer, PremiumBasePolicy value)
    {
        if (value.ReferenceMonthlyWage.IsPositive)
        {
            writer.Member("referenceMonthlyWage", value.ReferenceMonthlyWage).Member("floorRatio", value.FloorRatio).Member("capRatio", value.CapRatio)
                .Member("floorRounding", value.FloorRounding).Member("capRounding", value.CapRounding);
        }

        writer.Member("floor", value.Floor).Member("cap", value.Cap).Member("citation", value.Citation);
    }
}
