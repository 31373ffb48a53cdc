using System.Text.Json;
using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CustomLine"/>: code, chineseName, englishName and exactly one of incomeParent and expenditureParent (the other null), read through <see cref="CustomLine.UnderIncome"/> or <see cref="CustomLine.UnderExpenditure"/>.</summary>
internal sealed class CustomLineJsonConverter : ResultJsonConverter<CustomLine>
{
    protected override CustomLine Read(ResultMembers members)
    {
        string code = members.Required<string>("code");
        string chinese = members.Required<string>("chineseName");
        string english = members.Required<string>("englishName");
        IncomeLine? income = members.RequiredOrNull<IncomeLine?>("incomeParent");
        ExpenditureLine? expenditure = members.RequiredOrNull<ExpenditureLine?>("expenditureParent");
        return (income, expenditure) switch
        {
            ({ } i, null) => members.Create(() => CustomLine.UnderIncome(i, code, chinese, english)),
            (null, { } e) => members.Create(() => CustomLine.UnderExpenditure(e, code, chinese, english)),
            _ => throw new JsonException($"CustomLine '{code}': exactly one of incomeParent and expenditureParent must be given (the other null)."),
        };
    }

    protected override void Write(ResultWriter writer, CustomLine value)
    {
        writer.Member("code", value.Code).Member("chineseName", value.ChineseName).Member("englishName", value.EnglishName)
            .Member("incomeParent", value.IncomeParent).Member("expenditureParent", value.ExpenditureParent);
    }
}
