using System.Text.Json;

namespace FundMath.Serialization;

/// <summary>Reads a settled amount (never negative) in fen, for the converters of settlement results.</summary>
internal static class SettledAmount
{
    /// <summary>The money member <paramref name="name"/> in fen; a negative amount is an error naming the member.</summary>
    public static long Fen(ResultMembers members, string name)
    {
        Money amount = members.Required<Money>(name);
        return amount.IsNegative ? throw new JsonException($"{members.Path}.{name} is {amount:N2} 元; a settled amount cannot be negative.") : amount.Fen;
    }
}
