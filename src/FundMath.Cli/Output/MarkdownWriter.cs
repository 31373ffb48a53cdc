using System.IO;
using System.Linq;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>Writes a view as GitHub-flavoured Markdown: headings, pipe tables (numbers right-aligned), notes as a list.</summary>
internal static class MarkdownWriter
{
    public static void Write(ReportView view, TextWriter writer, RenderOptions options)
    {
        writer.Write("# ");
        writer.Write(Escape(view.Title));
        writer.Write("\n\n" + ViewLocalizer.Fixed("Source:", options.Language) + " ");
        writer.Write(Escape(view.Source));
        writer.Write("\n");
        foreach (Section section in view.Sections)
        {
            writer.Write("\n## ");
            writer.Write(Escape(section.Title));
            writer.Write("\n");
            foreach (ViewTable table in section.Tables.Select(PeopleColumns.Of))
            {
                writer.Write("\n### ");
                writer.Write(Escape(table.Title));
                writer.Write("\n\n| ");
                writer.Write(string.Join(" | ", table.Columns.Select(c => Escape(Header(c)))));
                writer.Write(" |\n|");
                foreach (Column column in table.Columns)
                {
                    writer.Write(IsRightAligned(column.Kind) ? " ---: |" : " --- |");
                }

                writer.Write("\n");
                foreach (Cell[] row in table.Rows)
                {
                    writer.Write("| ");
                    writer.Write(string.Join(" | ", row.Select(c => Escape(c.Text))));
                    writer.Write(" |\n");
                }
            }

            if (section.Notes.Count > 0)
            {
                writer.Write("\n");
                foreach (string note in section.Notes)
                {
                    writer.Write("- ");
                    writer.Write(Escape(note));
                    writer.Write("\n");
                }
            }
        }

        if (options.Explain && view.Explanations.Count > 0)
        {
            writer.Write("\n## " + ViewLocalizer.Fixed("Explanations", options.Language) + "\n");
            foreach (var explanation in view.Explanations)
            {
                writer.Write("\n```text\n");
                writer.Write(ExplanationLocalizer.ToText(explanation, options.Language).Replace("\r\n", "\n", System.StringComparison.Ordinal).TrimEnd('\n'));
                writer.Write("\n```\n");
            }
        }
    }

    internal static string Header(Column column) => column.Unit is null ? column.Title : column.Title + " (" + column.Unit + ")";

    internal static bool IsRightAligned(CellKind kind) =>
        kind is CellKind.Integer or CellKind.Money or CellKind.Rate or CellKind.Points or CellKind.Months or CellKind.Decimal;

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", System.StringComparison.Ordinal)
            .Replace("|", "\\|", System.StringComparison.Ordinal)
            .Replace("\r", " ", System.StringComparison.Ordinal)
            .Replace("\n", " ", System.StringComparison.Ordinal);
}
