using System.Text.Json;
using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="FundKind"/>: code, chineseName and englishName, all required. A predefined code must come with its own names; any other code is read through <see cref="FundKind.Define"/>.</summary>
internal sealed class FundKindJsonConverter : ResultJsonConverter<FundKind>
{
    protected override FundKind Read(ResultMembers members)
    {
        string code = members.Required<string>("code");
        string chinese = members.Required<string>("chineseName");
        string english = members.Required<string>("englishName");
        if (TryKnown(code, out FundKind known))
        {
            if (known.ChineseName != chinese || known.EnglishName != english)
            {
                throw new JsonException($"FundKind: the code '{code}' is predefined as {known.ChineseName} ({known.EnglishName}), not {chinese} ({english}).");
            }

            return known;
        }

        return members.Create(() => FundKind.Define(code, chinese, english));
    }

    protected override void Write(ResultWriter writer, FundKind value) =>
        writer.Member("code", value.Code).Member("chineseName", value.ChineseName).Member("englishName", value.EnglishName);

    private static bool TryKnown(string code, out FundKind known)
    {
        if (code == FundKind.Several.Code)
        {
            known = FundKind.Several;
            return true;
        }

        return FundKind.TryGetPredefined(code, out known);
    }
}
