using FundMath.Cli.Output;
using FundMath.Cli.Views;

namespace FundMath.Cli.Tests.Output;

public class WriterTests
{
    private static ReportView View()
    {
        var view = new ReportView("test", "T", "S");
        var table = view.AddSection("s", "Section").AddTable("t", "Table", new Column("name", "Name", CellKind.Text), new Column("rate", "Rate", CellKind.Rate));
        table.AddRow(Cell.Of("a, \"quoted\" | piped"), Cell.Of(Rate.FromRatio(1, 3)));
        return view;
    }

    [Fact]
    public void Csv_quotes_commas_and_quotes_and_carries_the_exact_value()
    {
        string csv = ViewWriter.Render(View(), OutputFormat.Csv, new RenderOptions());
        Assert.Equal("section,table,row,column,value,text\ns,t,1,name,\"a, \"\"quoted\"\" | piped\",\"a, \"\"quoted\"\" | piped\"\ns,t,1,rate,33.3333,33.33%\n", csv);
    }

    [Fact]
    public void Markdown_escapes_pipes_and_right_aligns_numbers()
    {
        string md = ViewWriter.Render(View(), OutputFormat.Markdown, new RenderOptions());
        Assert.Contains("| Name | Rate |\n| --- | ---: |\n| a, \"quoted\" \\| piped | 33.33% |\n", md);
    }

    [Fact]
    public void Terminal_table_without_colour_has_no_escape_codes()
    {
        string text = ViewWriter.Render(View(), OutputFormat.Table, new RenderOptions());
        Assert.DoesNotContain("\u001b[", text);
        Assert.Contains("33.33%", text);
    }

    [Fact]
    public void Terminal_table_with_colour_colours_outcomes()
    {
        var view = new ReportView("test", "T", "S");
        view.AddSection("s", "S").AddTable("t", "T", new Column("o", "Outcome", CellKind.Outcome)).AddRow(Cell.Outcome("Over", Tone.Bad));
        string text = ViewWriter.Render(view, OutputFormat.Table, new RenderOptions(Colour: true));
        Assert.Contains("\u001b[", text);
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_rejected()
    {
        var table = new ViewTable("t", "T", [new Column("a", "A", CellKind.Text)]);
        var e = Assert.Throws<System.ArgumentException>(() => table.AddRow(Cell.Of("x"), Cell.Of("y")));
        Assert.Contains("Table 't' has 1 columns", e.Message);
    }

    [Fact]
    public void Terminal_prints_detail_columns_under_the_table_numbered_by_row()
    {
        var view = new ReportView("test", "T", "S");
        var table = view.AddSection("s", "S").AddTable("t", "T", new Column("k", "Kind", CellKind.Text), new Column("why", "Finding", CellKind.Text, Detail: true));
        table.AddRow(Cell.Of("Mismatch"), Cell.Of("1.71亿元 does not match 29.02 − 27.04"));
        string text = ViewWriter.Render(view, OutputFormat.Table, new RenderOptions());
        Assert.Contains("│ 1 │ Mismatch │", text);
        Assert.Contains("[1] Finding: 1.71亿元 does not match 29.02 − 27.04", text);
        Assert.Contains("| Mismatch | 1.71亿元 does not match 29.02 − 27.04 |", ViewWriter.Render(view, OutputFormat.Markdown, new RenderOptions()));
    }
}
