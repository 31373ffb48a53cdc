using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FundMath.Pooling;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="CountySettlement"/>: the inputs — policy, scheme, year, the year's unifiedSubsidyStandard (null for none), the county's input, its top-up share (how it was
/// paid) and what the collected fund paid of its share — then every part of the settlement (usableBalance,
/// initialTransfer, transitionFill, collectedShare, collectedFundDue, countyPart, cityTreasuryShare, cityTreasuryDue,
/// cityTreasuryCap, cityTreasuryPaid, capCutOff, countyTreasury, surplusKept, surplusToCollectedFund,
/// closingBalance) and the rules that fired as an array of <see cref="PoolingRules"/> names. Reading settles the county
/// again through <see cref="CountySettlement.Compute"/> with the collected fund able to pay exactly what it paid, and
/// refuses any part that differs — a settlement whose parts do not add up is an error, never re-computed silently.
/// A <c>default</c> settlement (no policy) cannot be written.
/// </summary>
internal sealed class CountySettlementJsonConverter : ResultJsonConverter<CountySettlement>
{
    protected override CountySettlement Read(ResultMembers members)
    {
        PoolingPolicy policy = members.Required<PoolingPolicy>("policy");
        PooledScheme scheme = members.Required<PooledScheme>("scheme");
        int yearNumber = members.Required<int>("year");
        Money? unified = members.RequiredOrNull<Money?>("unifiedSubsidyStandard");
        var year = new PoolingYear(yearNumber, scheme) { UnifiedSubsidyStandard = unified };
        PoolingCounty input = members.Required<PoolingCounty>("input");
        CountyFunding topUp = members.Required<CountyFunding>("topUp");
        Money paid = members.Required<Money>("collectedFundPaid");
        CountySettlement s = members.Create(() => CountySettlement.Compute(policy, year, input, paid, topUp.Due));
        if (s.CollectedFundPaid != paid)
        {
            throw new JsonException($"{members.Path}: collectedFundPaid {paid} is more than the collected fund's share due {s.CollectedFundDue}; the fund never pays more than its share.");
        }

        members.Derived("topUp", s.TopUp);
        members.Derived("usableBalance", s.UsableBalance);
        members.Derived("initialTransfer", s.InitialTransfer);
        members.Derived("transitionFill", s.TransitionFill);
        members.Derived("collectedShare", s.CollectedShare);
        members.Derived("collectedFundDue", s.CollectedFundDue);
        members.Derived("countyPart", s.CountyPart);
        members.Derived("cityTreasuryShare", s.CityTreasuryShare);
        members.Derived("cityTreasuryDue", s.CityTreasuryDue);
        members.Derived("cityTreasuryCap", s.CityTreasuryCap);
        members.Derived("cityTreasuryPaid", s.CityTreasuryPaid);
        members.Derived("capCutOff", s.CapCutOff);
        members.Derived("countyTreasury", s.CountyTreasury);
        members.Derived("surplusKept", s.SurplusKept);
        members.Derived("surplusToCollectedFund", s.SurplusToCollectedFund);
        members.Derived("closingBalance", s.ClosingBalance);
        string[] rules = members.RequiredItems<string>("rules");
        string[] expected = RuleNames(s.Rules);
        if (!rules.SequenceEqual(expected, StringComparer.Ordinal))
        {
            throw new JsonException($"{members.Path}.rules is [{string.Join(", ", rules)}] but its inputs give [{string.Join(", ", expected)}]; a derived member must agree with the inputs.");
        }

        return s;
    }

    protected override void Write(ResultWriter writer, CountySettlement value) =>
        writer.Member("policy", value.Policy ?? throw new JsonException("a default CountySettlement was not settled (it has no policy) and cannot be written."))
            .Member("scheme", value.Scheme).Member("year", value.Year).Member("unifiedSubsidyStandard", value.YearInput.UnifiedSubsidyStandard).Member("input", value.Input).Member("topUp", value.TopUp).Member("collectedFundPaid", value.CollectedFundPaid)
            .Member("usableBalance", value.UsableBalance).Member("initialTransfer", value.InitialTransfer).Member("transitionFill", value.TransitionFill)
            .Member("collectedShare", value.CollectedShare).Member("collectedFundDue", value.CollectedFundDue).Member("countyPart", value.CountyPart)
            .Member("cityTreasuryShare", value.CityTreasuryShare).Member("cityTreasuryDue", value.CityTreasuryDue).Member("cityTreasuryCap", value.CityTreasuryCap)
            .Member("cityTreasuryPaid", value.CityTreasuryPaid).Member("capCutOff", value.CapCutOff).Member("countyTreasury", value.CountyTreasury)
            .Member("surplusKept", value.SurplusKept).Member("surplusToCollectedFund", value.SurplusToCollectedFund)
            .Member("closingBalance", value.ClosingBalance).Member("rules", RuleNames(value.Rules));

    /// <summary>The names of the rules that fired, in flag order.</summary>
    private static string[] RuleNames(PoolingRules rules)
    {
        var names = new List<string>();
        foreach (PoolingRules rule in Enum.GetValues<PoolingRules>())
        {
            if (rule != PoolingRules.None && (rules & rule) == rule)
            {
                names.Add(Enum.GetName(rule)!);
            }
        }

        return [.. names];
    }
}
