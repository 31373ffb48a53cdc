using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BudgetExecution"/>: its inputs (line, period, budgeted, executed, expectedProgress, band)
/// and its judgement (outcome; rate and deviation when there is a rate — a NoBudget result has neither). Reading
/// re-evaluates the inputs and rejects an outcome, rate or deviation that disagrees.
/// </summary>
internal sealed class BudgetExecutionJsonConverter : JsonConverter<BudgetExecution>
{
    public override BudgetExecution Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(BudgetExecution), options);
        BudgetLine line = members.Required<BudgetLine>("line");
        ReportingPeriod period = members.Required<ReportingPeriod>("period");
        Money budgeted = members.Required<Money>("budgeted");
        Money executed = members.Required<Money>("executed");
        Rate expected = members.Required<Rate>("expectedProgress");
        ToleranceBand band = members.Required<ToleranceBand>("band");
        ExecutionOutcome outcome = members.Required<ExecutionOutcome>("outcome");
        BudgetExecution result = members.Create(() => BudgetExecution.Evaluate(line, period, budgeted, executed, expected, band));
        if (result.Outcome != outcome)
        {
            throw new JsonException($"BudgetExecution.outcome is {outcome} but its inputs give {result.Outcome}; a derived member must agree with the inputs.");
        }

        if (result.HasRate)
        {
            members.Check("rate", result.Rate);
            members.Check("deviation", result.Deviation);
        }
        else
        {
            members.Absent("rate", "a NoBudget execution has no rate");
            members.Absent("deviation", "a NoBudget execution has no deviation");
        }

        members.EnsureAllRead();
        return result;
    }

    public override void Write(Utf8JsonWriter writer, BudgetExecution value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "line", value.Line, options);
        ResultMembers.Write(writer, "period", value.Period, options);
        ResultMembers.Write(writer, "budgeted", value.Budgeted, options);
        ResultMembers.Write(writer, "executed", value.Executed, options);
        ResultMembers.Write(writer, "expectedProgress", value.ExpectedProgress, options);
        ResultMembers.Write(writer, "band", value.Band, options);
        ResultMembers.Write(writer, "outcome", value.Outcome, options);
        if (value.HasRate)
        {
            ResultMembers.Write(writer, "rate", value.Rate, options);
            ResultMembers.Write(writer, "deviation", value.Deviation, options);
        }

        writer.WriteEndObject();
    }
}
