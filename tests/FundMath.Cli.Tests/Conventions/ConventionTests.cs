using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FundMath.Cli.Output;
using FundMath.Cli.Views;
using Spectre.Console;

namespace FundMath.Cli.Tests.Conventions;

/// <summary>Command-line conventions: NO_COLOR and --no-color, the program name, --lang, 80 columns, bars to scale.</summary>
public class ConventionTests
{
    private const string Escape = "\u001b[";

    private static Dictionary<string, string> Env(params (string Name, string Value)[] variables) => variables.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void A_terminal_gets_colour_unless_no_color_is_set_or_asked_for()
    {
        Assert.Contains(Escape, CliRunner.RunWith(Env(), terminal: true, "analyze").Out);
        Assert.DoesNotContain(Escape, CliRunner.RunWith(Env(("NO_COLOR", "1")), terminal: true, "analyze").Out);
        Assert.DoesNotContain(Escape, CliRunner.RunWith(Env(), terminal: true, "analyze", "--no-color").Out);

        // no-color.org: an empty NO_COLOR does not count.
        Assert.Contains(Escape, CliRunner.RunWith(Env(("NO_COLOR", "")), terminal: true, "analyze").Out);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("analyze", "--help")]
    public void Usage_names_the_program_fundmath(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(0, result.ExitCode);
        string usage = result.Out[(result.Out.IndexOf("Usage:", StringComparison.Ordinal) + "Usage:".Length)..].TrimStart();
        Assert.StartsWith("fundmath ", usage);
        Assert.DoesNotContain("FundMath.Cli", result.Out);
        Assert.DoesNotContain("testhost", result.Out);
    }

    [Fact]
    public void Program_name_replaces_only_the_executable_at_the_start_of_usage_lines()
    {
        string help = "Usage:\n  testhost analyze [<FILE>] [options]\n\nDescription of testhost things\n  testhost";
        Assert.Equal("Usage:\n  fundmath analyze [<FILE>] [options]\n\nDescription of testhost things\n  fundmath", Commands.CliApp.ProgramNameInUsage(help, "testhost"));
    }

    [Fact]
    public void Lang_zh_gives_chinese_headers_outcomes_and_findings()
    {
        var result = CliRunner.Run("analyze", "--lang", "zh", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);

        // 居民医保 本年收入 29.02/26.36 = 110.09%: over the ±5pp band → 超预算.
        Assert.Contains("| 基金 | 项目 | 预算数 (亿元) | 执行数 (亿元) | 执行率 | 偏差 | 判断 |", result.Out);
        Assert.Contains("| 居民医保 | 本年收入 | 26.36 | 29.02 | 110.09% | 10.09pp | 超预算 |", result.Out);
        Assert.Contains("| 职工医保 | 保险待遇支出 | 26.46 | 24.39 | 92.18% | -7.82pp | 未达进度 |", result.Out);
        Assert.Contains("## 预算执行率\n", result.Out);
        Assert.Contains("| 等级 | 校验规则 | 问题类型 | 印刷值 | 重算值 | 位置 | 问题 |", result.Out);
        Assert.Contains("| 错误 |", result.Out);
        Assert.Contains("来源：", result.Out);
        Assert.Matches(@"共核对 \d+ 项：错误 \d+ 个，提示 \d+ 个。", result.Out);
        Assert.DoesNotContain("| Within |", result.Out);
        Assert.DoesNotContain("| Over |", result.Out);
        Assert.DoesNotContain("| Error |", result.Out);
    }

    [Fact]
    public void Json_in_chinese_keeps_machine_outcomes_and_ids()
    {
        var zh = JsonDocument.Parse(CliRunner.Run("analyze", "--lang", "zh", "--format", "json").Out).RootElement;
        var en = JsonDocument.Parse(CliRunner.Run("analyze", "--format", "json").Out).RootElement;
        JsonElement Table(JsonElement root) => root.GetProperty("sections").EnumerateArray().First(s => s.GetProperty("id").GetString() == "budget-execution").GetProperty("tables")[0];
        // Outcomes stay machine names and numbers stay numbers; only the text for people (the line's name) is Chinese.
        string Rows(JsonElement table) => string.Join("\n", table.GetProperty("rows").EnumerateArray().Select(r => string.Join(", ", r.EnumerateObject().Where(p => p.Name != "line").Select(p => p.Name + "=" + p.Value.GetRawText()))));
        Assert.Equal(Rows(Table(en)), Rows(Table(zh)));
        Assert.Equal("Over", Table(zh).GetProperty("rows")[1].GetProperty("outcome").GetString());
        Assert.Equal("本年收入 income", Table(en).GetProperty("rows")[0].GetProperty("line").GetString());
        Assert.Equal("本年收入", Table(zh).GetProperty("rows")[0].GetProperty("line").GetString());
        Assert.Equal("判断", Table(zh).GetProperty("columns").EnumerateArray().Last().GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("zh_CN.UTF-8", null, "判断")]
    [InlineData("en_US.UTF-8", null, "Outcome")]
    [InlineData("zh_CN.UTF-8", "en", "Outcome")]
    [InlineData("C.UTF-8", "zh", "判断")]
    public void Language_follows_lang_then_the_locale(string locale, string? lang, string header)
    {
        string[] args = lang is null ? ["analyze", "--format", "markdown"] : ["analyze", "--format", "markdown", "--lang", lang];
        var result = CliRunner.RunWith(Env(("LANG", locale)), terminal: false, args);
        Assert.Contains("| " + header + " |", result.Out);
    }

    [Fact]
    public void Lc_all_wins_over_lang()
    {
        var result = CliRunner.RunWith(Env(("LANG", "zh_CN.UTF-8"), ("LC_ALL", "en_GB.UTF-8")), terminal: false, "analyze", "--format", "markdown");
        Assert.Contains("| Outcome |", result.Out);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void At_80_columns_no_line_is_wider_and_no_word_is_cut(string lang)
    {
        var result = CliRunner.RunWith(Env(("COLUMNS", "80")), terminal: false, "analyze", "--lang", lang);
        Assert.Equal(0, result.ExitCode);
        string[] lines = result.Out.Split('\n');
        Assert.All(lines, line => Assert.True(line.GetCellWidth() <= 80, $"{line.GetCellWidth()} cells: {line}"));

        // Every word of every table cell and header (fund and region names, amounts, ids) appears whole on a line.
        var json = JsonDocument.Parse(CliRunner.Run("analyze", "--lang", lang, "--format", "json").Out).RootElement;
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement table in json.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("tables").EnumerateArray()))
        {
            foreach (JsonElement column in table.GetProperty("columns").EnumerateArray())
            {
                words.UnionWith(column.GetProperty("title").GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }

            // Text cells (numbers are JSON numbers, not the printed text); a finding's location and sentence are
            // detail lines, wrapped at spaces like any paragraph.
            bool findings = table.GetProperty("id").GetString() == "findings";
            var machineNames = table.GetProperty("columns").EnumerateArray().Where(c => c.GetProperty("kind").GetString() is "outcome" or "band" or "severity").Select(c => c.GetProperty("id").GetString()).ToHashSet();
            foreach (JsonElement row in table.GetProperty("rows").EnumerateArray())
            {
                foreach (JsonProperty cell in row.EnumerateObject())
                {
                    if (cell.Value.ValueKind == JsonValueKind.String && !(findings && cell.Name is "location" or "sentence") && !machineNames.Contains(cell.Name))
                    {
                        words.UnionWith(cell.Value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    }
                }
            }
        }

        words.UnionWith(["职工医保统筹基金", "城乡居民医保基金", "云龙示范区", "227,316.70", "202,305.02"]);
        string[] tokens = lines.SelectMany(l => l.Split([' ', '│', '║', '|'], StringSplitOptions.RemoveEmptyEntries)).ToArray();
        foreach (string word in words)
        {
            Assert.True(tokens.Any(t => t.Contains(word, StringComparison.Ordinal)), $"'{word}' is not whole on any line");
        }
    }

    [Fact]
    public void Terminal_bars_are_proportional_to_their_values()
    {
        var chart = new ChartSpec("c", "Chart", "months", [new ChartBar("a", 2m, "2", Tone.None), new ChartBar("b", 25m, "25", Tone.None), new ChartBar("c", 12.5m, "12.5", Tone.None)], []);
        IReadOnlyList<string> lines = TerminalBars.Render(chart, 100, colour: false, Language.English);
        int[] blocks = lines.Skip(1).Select(l => l.Count(c => c == TerminalBars.Block)).ToArray();

        // Bar area = 100 − label (1) − value (4) − 2 = 93 cells; 25 is the scale: 2 → 2/25 × 93 = 7.44 → 7; 12.5 → 46.5 → 47.
        Assert.Equal([7, 93, 47], blocks);
    }

    [Fact]
    public void Sample_month_bars_are_the_months_over_the_largest_times_the_area()
    {
        var result = CliRunner.RunWith(Env(("COLUMNS", "100")), terminal: false, "analyze");
        string[] lines = result.Out.Split('\n');
        int start = Array.FindIndex(lines, l => l.StartsWith("城乡居民医保基金 可支付月数", StringComparison.Ordinal));
        Assert.True(start > 0);

        // Printed months of the 2021 resident distribution table: 茶陵 1 … 市本级 25 (the scale).
        int[] months = [1, 2, 3, 5, 10, 10, 11, 12, 12, 17, 25];
        int[] blocks = lines.Skip(start + 1).Take(months.Length).Select(l => l.Count(c => c == TerminalBars.Block)).ToArray();
        int area = blocks[^1];
        for (int i = 0; i < months.Length; i++)
        {
            Assert.Equal((int)Math.Round(months[i] * (decimal)area / 25m, MidpointRounding.AwayFromZero), blocks[i]);
        }
    }

    [Fact]
    public void A_table_too_wide_for_its_longest_words_becomes_one_block_per_row()
    {
        var view = new ReportView("t", "T", "S");
        ViewTable table = view.AddSection("s", "S").AddTable("wide", "Wide", Enumerable.Range(0, 8).Select(i => new Column("c" + i, "Column" + i, CellKind.Text)).ToArray());
        table.AddRow(Enumerable.Range(0, 8).Select(i => Cell.Of("identifier_number_" + i)).ToArray());
        string text = ViewWriter.Render(view, OutputFormat.Table, new RenderOptions(Width: 80));
        for (int i = 0; i < 8; i++)
        {
            Assert.Contains("Column" + i + ":", text);
            Assert.Contains("identifier_number_" + i, text);
        }

        Assert.All(text.Split('\n'), line => Assert.True(line.GetCellWidth() <= 80, line));
    }
}
