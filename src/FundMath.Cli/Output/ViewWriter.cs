using System;
using System.IO;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>Renders a <see cref="ReportView"/> in one of the output formats.</summary>
internal static class ViewWriter
{
    public static void Write(ReportView view, OutputFormat format, TextWriter writer, RenderOptions options)
    {
        switch (format)
        {
            case OutputFormat.Table:
                TerminalWriter.Write(view, writer, options);
                break;
            case OutputFormat.Markdown:
                MarkdownWriter.Write(view, writer, options);
                break;
            case OutputFormat.Csv:
                CsvViewWriter.Write(view, writer);
                break;
            case OutputFormat.WideCsv:
                WideCsvWriter.Write(view, writer);
                break;
            case OutputFormat.Json:
                JsonViewWriter.Write(view, writer, options);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown output format.");
        }
    }

    /// <summary>Renders to a string (tests, --out).</summary>
    public static string Render(ReportView view, OutputFormat format, RenderOptions options)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(view, format, writer, options);
        return writer.ToString();
    }
}
