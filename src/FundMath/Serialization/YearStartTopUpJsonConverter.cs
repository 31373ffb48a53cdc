using System.Text.Json;
using FundMath.Pooling;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="YearStartTopUp"/>: the policy, scheme, collectedFundBalance and cityPreviousYearExpenditure,
/// then the derived year, outcome, thresholdMonths, threshold, shortfall and capacityMonths (null when there are
/// none); read through <see cref="YearStartTopUp.Compute"/> and every derived member checked. A <c>default</c> check
/// (no policy) cannot be written.
/// </summary>
internal sealed class YearStartTopUpJsonConverter : ResultJsonConverter<YearStartTopUp>
{
    protected override YearStartTopUp Read(ResultMembers members)
    {
        PoolingPolicy policy = members.Required<PoolingPolicy>("policy");
        PooledScheme scheme = members.Required<PooledScheme>("scheme");
        return ReadWith(members, policy, scheme);
    }

    protected override void Write(ResultWriter writer, YearStartTopUp value)
    {
        writer.Member("policy", value.Policy ?? throw new JsonException("a default YearStartTopUp was not built by a check (it has no policy) and cannot be written."))
            .Member("scheme", value.Scheme);
        WriteWithoutPolicy(writer, value);
    }

    /// <summary>Reads the check's amounts and derived members under a policy and scheme given by the enclosing value.</summary>
    internal static YearStartTopUp ReadWith(ResultMembers members, PoolingPolicy policy, PooledScheme scheme)
    {
        Money balance = members.Required<Money>("collectedFundBalance");
        Money expenditure = members.Required<Money>("cityPreviousYearExpenditure");
        YearStartTopUp topUp = members.Create(() => YearStartTopUp.Compute(policy, scheme, balance, expenditure));
        members.Derived("year", topUp.Year);
        members.Derived("outcome", topUp.Outcome);
        Derived(members, "thresholdMonths", topUp.ThresholdMonths);
        members.Derived("threshold", topUp.Threshold);
        members.Derived("shortfall", topUp.Shortfall);
        Derived(members, "capacityMonths", topUp.CapacityMonths);
        return topUp;
    }

    /// <summary>Writes the check's amounts and derived members (the enclosing value writes the policy and scheme).</summary>
    internal static void WriteWithoutPolicy(ResultWriter writer, YearStartTopUp value) =>
        writer.Member("collectedFundBalance", value.CollectedFundBalance).Member("cityPreviousYearExpenditure", value.CityPreviousYearExpenditure)
            .Member("year", value.Year).Member("outcome", value.Outcome).Member("thresholdMonths", value.ThresholdMonths)
            .Member("threshold", value.Threshold).Member("shortfall", value.Shortfall).Member("capacityMonths", value.CapacityMonths);

    /// <summary>A derived member that may be null: present, and equal to what the inputs give (null included).</summary>
    internal static void Derived<T>(ResultMembers members, string name, T? expected)
        where T : struct
    {
        T? actual = members.RequiredOrNull<T?>(name);
        if (!Equals(actual, expected))
        {
            throw new JsonException($"{members.Path}.{name} is {(actual?.ToString() ?? "null")} but its inputs give {(expected?.ToString() ?? "null")}; a derived member must agree with the inputs.");
        }
    }
}
