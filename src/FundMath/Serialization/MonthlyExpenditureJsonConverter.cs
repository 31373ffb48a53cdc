using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="MonthlyExpenditure"/>: the expenditure and the number of months it covers (1–1200; 0 only
/// for the empty default with no expenditure); the average is derived, never stored.
/// </summary>
internal sealed class MonthlyExpenditureJsonConverter : JsonConverter<MonthlyExpenditure>
{
    public override MonthlyExpenditure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(MonthlyExpenditure), options);
        Money expenditure = members.Required<Money>("expenditure");
        int months = members.Required<int>("months");
        members.EnsureAllRead();
        if (months == 0)
        {
            return expenditure.IsZero
                ? default
                : throw new JsonException($"MonthlyExpenditure: months is 0 but expenditure is {expenditure}; an expenditure covers 1–1200 months.");
        }

        return members.Create(() => MonthlyExpenditure.OverMonths(expenditure, months));
    }

    public override void Write(Utf8JsonWriter writer, MonthlyExpenditure value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "expenditure", value.Expenditure, options);
        ResultMembers.Write(writer, "months", value.Months, options);
        writer.WriteEndObject();
    }
}
