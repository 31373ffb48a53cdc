using System;
using System.Collections.Generic;
using System.Text.Json;
using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="CohortCounts"/>: one member per well-known <see cref="CohortCategory"/> by its code
/// ("insured": 727400, …), every one required, then custom: the user-defined categories with their names and
/// counts, in code order (a well-known or repeated code there is an error). Read through <see cref="CohortCounts.With(CohortCategory, Headcount)"/>.
/// </summary>
internal sealed class CohortCountsJsonConverter : ResultJsonConverter<CohortCounts>
{
    protected override CohortCounts Read(ResultMembers members)
    {
        CohortCounts result = CohortCounts.Empty;
        foreach (CohortCategory category in CohortCategory.WellKnown)
        {
            result = result.With(category, members.Required<Headcount>(category.Code));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResultMembers entry in members.NestedArray("custom"))
        {
            CohortCategory category = entry.Required<CohortCategory>("category");
            Headcount persons = entry.Required<Headcount>("persons");
            entry.EnsureAllRead();
            if (category.IsWellKnown)
            {
                throw new JsonException($"CohortCounts.custom: '{category.Code}' is a well-known category; write it as the member '{category.Code}'.");
            }

            if (!seen.Add(category.Code))
            {
                throw new JsonException($"CohortCounts.custom: the category '{category.Code}' appears twice.");
            }

            result = result.With(category, persons);
        }

        return result;
    }

    protected override void Write(ResultWriter writer, CohortCounts value)
    {
        foreach (CohortCategory category in CohortCategory.WellKnown)
        {
            writer.Member(category.Code, value[category]);
        }

        writer.Array("custom", value.Custom.ToArray(), static (w, entry) => w.Member("category", entry.Category).Member("persons", Headcount.FromPersons(entry.Persons)));
    }
}
