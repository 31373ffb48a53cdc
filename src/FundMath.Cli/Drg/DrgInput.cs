using System;
using System.Collections.Generic;
using FundMath.Cli.Input;
using FundMath.Drg;
using NodaTime;

namespace FundMath.Cli.Drg;

/// <summary>What <c>fundmath drg</c> read: the rules, the schemes' budgets and the records, with where each record came from.</summary>
internal sealed record DrgInput(
    string Title,
    LocalDate Date,
    DrgPolicy Policy,
    IReadOnlyList<DrgSchemeBudget> Budgets,
    IReadOnlyList<DrgGroupRecord> Groups,
    IReadOnlyList<DrgInstitutionRecord> Institutions,
    IReadOnlyList<DrgCaseRecord> Cases,
    IReadOnlyDictionary<string, IReadOnlyList<DrgRecordSource>> Sources)
{
    /// <summary>The core's record error as a located input error: the record's field in its YAML/JSON node or CSV row.</summary>
    public Exception Locate(DrgInputException e)
    {
        if (Sources.TryGetValue(e.RecordKind, out IReadOnlyList<DrgRecordSource>? list) && e.RecordIndex < list.Count)
        {
            return list[e.RecordIndex].Error(e.Field, e.Message, e);
        }

        return new InputException(e.Message, inner: e);
    }
}
