using System;

namespace FundMath.Pooling;

/// <summary>
/// An input of a municipal-pooling settlement breaks a rule — 统筹结算输入错误. The message names the county (when the
/// problem is a county's), the field, the value and the rule; the structured parts let a reader map the problem back
/// to its place in a file (the <c>fundmath pool</c> command reports file:line:column and the member path). Thrown
/// before anything is settled: a settlement either succeeds for every county or writes nothing.
/// </summary>
public sealed class PoolingInputException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="county">The county's name, or null for a city-level input.</param>
    /// <param name="field">The input's name, e.g. <c>Deficit</c> (a <see cref="PoolingCounty"/> or <see cref="PoolingYear"/> member).</param>
    /// <param name="value">The offending value as text.</param>
    /// <param name="rule">The rule it breaks, in words.</param>
    public PoolingInputException(string? county, string field, string value, string rule)
        : base(Compose(county, field, value, rule), field)
    {
        County = county;
        Field = field;
        Value = value;
        Rule = rule;
    }

    /// <summary>The message without ArgumentException's "(Parameter '…')" suffix: the field is already named.</summary>
    public override string Message => Compose(County, Field, Value, Rule);

    /// <summary>The county's name, or null when the input is the city's (opening balance, year, policy).</summary>
    public string? County { get; }

    /// <summary>The input's member name, e.g. <c>Deficit</c>, <c>PreviousYearInsured</c>, <c>Name</c>.</summary>
    public string Field { get; }

    /// <summary>The offending value as text ("-5.00", "missing", "莲都区").</summary>
    public string Value { get; }

    /// <summary>The rule broken, e.g. "a deficit (当期缺口) must be 0 or more".</summary>
    public string Rule { get; }

    private static string Compose(string? county, string field, string value, string rule)
    {
        Preconditions.CheckNotNull(field, nameof(field));
        Preconditions.CheckNotNull(value, nameof(value));
        Preconditions.CheckNotNull(rule, nameof(rule));
        return county is null ? $"{field} {value}: {rule}" : $"county {county}: {field} {value}: {rule}";
    }
}
