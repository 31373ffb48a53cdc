using System.Text.Json;
using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CohortCategory"/>: code, chineseName and englishName, all required. A predefined code must come with its own names; any other code is read through <see cref="CohortCategory.Define"/>.</summary>
internal sealed class CohortCategoryJsonConverter : ResultJsonConverter<CohortCategory>
{
    protected override CohortCategory Read(ResultMembers members)
    {
        string code = members.Required<string>("code");
        string chinese = members.Required<string>("chineseName");
        string english = members.Required<string>("englishName");
        if (TryWellKnown(code, out CohortCategory known))
        {
            if (known.ChineseName != chinese || known.EnglishName != english)
            {
                throw new JsonException($"CohortCategory: the code '{code}' is predefined as {known.ChineseName} ({known.EnglishName}), not {chinese} ({english}).");
            }

            return known;
        }

        return members.Create(() => CohortCategory.Define(code, chinese, english));
    }

    protected override void Write(ResultWriter writer, CohortCategory value) =>
        writer.Member("code", value.Code).Member("chineseName", value.ChineseName).Member("englishName", value.EnglishName);

    private static bool TryWellKnown(string code, out CohortCategory known)
    {
        foreach (CohortCategory c in CohortCategory.WellKnown)
        {
            if (c.Code == code)
            {
                known = c;
                return true;
            }
        }

        known = default;
        return false;
    }
}
