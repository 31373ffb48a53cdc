using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundMath.Analysis;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="BudgetTolerancePolicy"/>: the four lines' bands, all required, built through the constructor (a
/// policy read from JSON is a constructed policy, never <c>default(BudgetTolerancePolicy)</c>).
/// </summary>
internal sealed class BudgetTolerancePolicyJsonConverter : JsonConverter<BudgetTolerancePolicy>
{
    public override BudgetTolerancePolicy Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ResultMembers members = ResultMembers.Read(ref reader, nameof(BudgetTolerancePolicy), options);
        ToleranceBand totalIncome = members.Required<ToleranceBand>("totalIncome");
        ToleranceBand premiumIncome = members.Required<ToleranceBand>("premiumIncome");
        ToleranceBand totalExpenditure = members.Required<ToleranceBand>("totalExpenditure");
        ToleranceBand benefitExpenditure = members.Required<ToleranceBand>("benefitExpenditure");
        members.EnsureAllRead();
        return members.Create(() => new BudgetTolerancePolicy(totalIncome, premiumIncome, totalExpenditure, benefitExpenditure));
    }

    public override void Write(Utf8JsonWriter writer, BudgetTolerancePolicy value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        ResultMembers.Write(writer, "totalIncome", value.TotalIncome, options);
        ResultMembers.Write(writer, "premiumIncome", value.PremiumIncome, options);
        ResultMembers.Write(writer, "totalExpenditure", value.TotalExpenditure, options);
        ResultMembers.Write(writer, "benefitExpenditure", value.BenefitExpenditure, options);
        writer.WriteEndObject();
    }
}
