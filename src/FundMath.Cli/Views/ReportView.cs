using System;
using System.Collections.Generic;
using FundMath.Explain;

namespace FundMath.Cli.Views;

/// <summary>What a command prints, independent of the output format: titled sections of tables and notes.</summary>
internal sealed class ReportView
{
    /// <summary>The version of the JSON document shape; bump it when a field changes meaning or disappears.</summary>
    /// <remarks>2: analyze and check-report start with a "period" section; analyze's region tables show printed figures with a "flag" column; a "warnings" section lists input not analysed.</remarks>
    public const int SchemaVersion = 2;

    public ReportView(string command, string title, string source)
    {
        Command = command;
        Title = title;
        Source = source;
    }

    /// <summary>The command that produced the view, e.g. "analyze".</summary>
    public string Command { get; }

    /// <summary>A heading for people.</summary>
    public string Title { get; }

    /// <summary>Where the input came from: a file path or "built-in sample: …".</summary>
    public string Source { get; }

    public List<Section> Sections { get; } = [];

    /// <summary>Charts to draw under the tables (terminal bar charts, SVG with --chart).</summary>
    public List<ChartSpec> Charts { get; } = [];

    /// <summary>Line charts over years (SVG with --chart; e.g. a projected balance with its stress band).</summary>
    public List<LineChartSpec> LineCharts { get; } = [];

    /// <summary>Explanation trees printed with --explain.</summary>
    public List<Explanation> Explanations { get; } = [];

    /// <summary>Chinese for texts the view's builders can say themselves (a finding's sentence from its message and arguments), used by --lang zh.</summary>
    public Dictionary<string, string> Chinese { get; } = new(StringComparer.Ordinal);

    public Section AddSection(string id, string title)
    {
        var section = new Section(id, title);
        Sections.Add(section);
        return section;
    }
}
