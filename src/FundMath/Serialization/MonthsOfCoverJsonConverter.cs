using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="MonthsOfCover"/>: its inputs (period, bookBalance, deductions, monthlyExpenditure, policy)
/// and its judgement (outcome, band, isReasonable; months and bookMonths as exact fractions when there is
/// expenditure — a NoExpenditure result has neither). Reading recomputes and rejects a judgement that disagrees.
/// </summary>
internal sealed class MonthsOfCoverJsonConverter : JsonConverter<MonthsOfCover>
{
    public override MonthsOfCover Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(MonthsOfCover), options);
        ReportingPeriod period = members.Required<ReportingPeriod>("period");
        Money book = members.Required<Money>("bookBalance");
        BalanceDeductions deductions = members.Required<BalanceDeductions>("deductions");
        MonthlyExpenditure monthly = members.Required<MonthlyExpenditure>("monthlyExpenditure");
        CoverBandPolicy policy = members.Required<CoverBandPolicy>("policy");
        CoverOutcome outcome = members.Required<CoverOutcome>("outcome");
        MonthsOfCover result = members.Create(() => MonthsOfCover.Compute(period, book, deductions, monthly, policy));
        if (result.Outcome != outcome)
        {
            throw new JsonException($"MonthsOfCover.outcome is {outcome} but its inputs give {result.Outcome}; a derived member must agree with the inputs.");
        }

        members.Check("actualBalance", result.ActualBalance);
        members.Check("isReasonable", result.IsReasonable);
        if (members.Required<CoverBand>("band") != result.Band)
        {
            throw new JsonException($"MonthsOfCover.band disagrees with its inputs, which give {result.Band}.");
        }

        if (result.HasMonths)
        {
            members.Check("months", result.Months);
            members.Check("bookMonths", result.BookMonths);
        }
        else
        {
            members.Absent("months", "a NoExpenditure result has no months");
            members.Absent("bookMonths", "a NoExpenditure result has no months");
        }

        members.EnsureAllRead();
        return result;
    }

    public override void Write(Utf8JsonWriter writer, MonthsOfCover value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "period", value.Period, options);
        ResultMembers.Write(writer, "bookBalance", value.BookBalance, options);
        ResultMembers.Write(writer, "deductions", value.Deductions, options);
        ResultMembers.Write(writer, "monthlyExpenditure", value.MonthlyExpenditure, options);
        ResultMembers.Write(writer, "policy", value.Policy, options);
        ResultMembers.Write(writer, "outcome", value.Outcome, options);
        ResultMembers.Write(writer, "band", value.Band, options);
        ResultMembers.Write(writer, "isReasonable", value.IsReasonable, options);
        ResultMembers.Write(writer, "actualBalance", value.ActualBalance, options);
        if (value.HasMonths)
        {
            ResultMembers.Write(writer, "months", value.Months, options);
            ResultMembers.Write(writer, "bookMonths", value.BookMonths, options);
        }

        writer.WriteEndObject();
    }
}
