using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FundMath.Funds;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="LineBreakdown"/>: lines, an array of {"line": <see cref="CustomLine"/>, "amount": money} in
/// code order, read through <see cref="LineBreakdown.Add"/>. A repeated code is an error (reading never adds two
/// entries together silently).
/// </summary>
internal sealed class LineBreakdownJsonConverter : ResultJsonConverter<LineBreakdown>
{
    protected override LineBreakdown Read(ResultMembers members)
    {
        LineBreakdown result = LineBreakdown.Empty;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResultMembers entry in members.NestedArray("lines"))
        {
            CustomLine line = entry.Required<CustomLine>("line");
            Money amount = entry.Required<Money>("amount");
            entry.EnsureAllRead();
            if (!seen.Add(line.Code))
            {
                throw new JsonException($"LineBreakdown.lines: the line '{line.Code}' appears twice.");
            }

            LineBreakdown before = result;
            result = members.Create(() => before.Add(line, amount));
        }

        return result;
    }

    protected override void Write(ResultWriter writer, LineBreakdown value) =>
        writer.Array("lines", value.Lines.ToArray(), static (w, entry) => w.Member("line", entry.Line).Member("amount", entry.Amount));
}
