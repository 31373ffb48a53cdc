using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FundMath.Cli.Views;
using FundMath.Explain;

namespace FundMath.Cli.Output;

/// <summary>Writes a view as the stable JSON document described in docs/cli.md ("schemaVersion": 1).</summary>
internal static class JsonViewWriter
{
    public static void Write(ReportView view, TextWriter writer, RenderOptions options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", ReportView.SchemaVersion);
            json.WriteString("command", view.Command);
            json.WriteString("title", view.Title);
            json.WriteString("source", view.Source);
            json.WriteStartArray("sections");
            foreach (Section section in view.Sections)
            {
                json.WriteStartObject();
                json.WriteString("id", section.Id);
                json.WriteString("title", section.Title);
                json.WriteStartArray("tables");
                foreach (ViewTable table in section.Tables)
                {
                    WriteTable(json, table);
                }

                json.WriteEndArray();
                json.WriteStartArray("notes");
                foreach (string note in section.Notes)
                {
                    json.WriteStringValue(note);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (options.Explain)
            {
                json.WriteStartArray("explanations");
                foreach (Explanation explanation in view.Explanations)
                {
                    WriteExplanation(json, explanation);
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        writer.Write(Encoding.UTF8.GetString(buffer.ToArray()));
        writer.Write("\n");
    }

    private static void WriteTable(Utf8JsonWriter json, ViewTable table)
    {
        json.WriteStartObject();
        json.WriteString("id", table.Id);
        json.WriteString("title", table.Title);
        json.WriteStartArray("columns");
        foreach (Column column in table.Columns)
        {
            json.WriteStartObject();
            json.WriteString("id", column.Id);
            json.WriteString("title", column.Title);
            json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(column.Kind.ToString()));
            if (column.Unit is not null)
            {
                json.WriteString("displayUnit", column.Unit);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rows");
        foreach (Cell[] row in table.Rows)
        {
            json.WriteStartObject();
            for (int c = 0; c < row.Length; c++)
            {
                Cell cell = row[c];
                string name = table.Columns[c].Id;
                if (cell.Number is { } number)
                {
                    json.WriteNumber(name, number);
                }
                else if (cell.Text.Length == 0)
                {
                    json.WriteNull(name);
                }
                else
                {
                    json.WriteString(name, cell.Text);
                }
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteExplanation(Utf8JsonWriter json, Explanation node)
    {
        json.WriteStartObject();
        json.WriteString("name", node.Name);
        json.WriteString("value", node.Value);
        json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(node.Kind.ToString()));
        WriteOptional(json, "formula", node.Formula);
        WriteOptional(json, "rounding", node.Rounding);
        WriteOptional(json, "sentence", node.Sentence);
        WriteOptional(json, "note", node.Note);
        if (node.Citation is { } citation)
        {
            json.WriteString("citation", citation.ToString());
        }

        if (node.EffectiveFrom is { } from)
        {
            json.WriteString("effectiveFrom", from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (node.Inputs.Count > 0)
        {
            json.WriteStartArray("inputs");
            foreach (Explanation input in node.Inputs)
            {
                WriteExplanation(json, input);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
