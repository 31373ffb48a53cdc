using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FundMath.Cli.Output;
using FundMath.Cli.Reconciliation;
using FundMath.Reconciliation;

namespace FundMath.Cli.Tests.Conventions;

/// <summary>
/// --lang zh says everything in Chinese: the reasons a printed figure was not checked (from their message and
/// arguments), the explanations (--explain), the notes; and no English word is left in the main commands' output.
/// </summary>
public class ChineseOutputTests
{
    private static Dictionary<string, string> Wide => new() { ["COLUMNS"] = "2000" };

    private static PrintedFigure F(string text, string column) => PrintedFigure.Parse(text, new FigureLocation("s", "t", "r", column));

    private static string Location(string column) => new FigureLocation("s", "t", "r", column).ToString();

    [Fact]
    public void A_quotient_over_a_denominator_that_may_be_zero_says_why_in_chinese()
    {
        var report = new ReportDocument("t") { Quotients = [new QuotientFigure("人均", F("1.00亿元", "分子"), F("0.00亿元", "分母"), F("50.00%", "商"))] };
        UncheckedFigure skipped = Assert.Single(ReportChecker.Check(report).Unchecked);
        Assert.Equal(UncheckedMessage.QuotientDenominatorMayBeZero, skipped.Message);
        Assert.Equal(["人均 = 分子 / 分母", "0.00亿元", Location("分母")], skipped.Arguments);
        Assert.Equal($"人均 = 分子 / 分母：分母 0.00亿元（{Location("分母")}）按印刷精度可能为零，比率未核对", UncheckedReasons.Chinese(skipped));
    }

    [Fact]
    public void Year_on_year_skips_say_why_in_chinese()
    {
        var overPrevious = new YearOnYearFigure("住院", F("12.47亿元", "current")) { Previous = F("0.00亿元", "previous"), Growth = F("5.8%", "growth") };
        UncheckedFigure a = Assert.Single(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", overPrevious, [])] }).Unchecked);
        Assert.Equal($"住院 同比增长率 = 本期 / 上期 − 1：上期数 0.00亿元（{Location("previous")}）按印刷精度可能为零，同比增长率未核对", UncheckedReasons.Chinese(a));

        var overChange = new YearOnYearFigure("住院", F("0.69亿元", "current")) { Change = F("0.69亿元", "change"), Growth = F("5.8%", "growth") };
        UncheckedFigure b = Assert.Single(ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", overChange, [])] }).Unchecked);
        Assert.Equal("住院 同比增长率 = 增减额 / (本期 − 增减额)：本期 0.69亿元 − 增减额 0.69亿元 按印刷精度可能为零，同比增长率未核对", UncheckedReasons.Chinese(b));

        var total = new YearOnYearFigure("合计", F("3.00亿元", "current")) { Growth = F("5.0%", "growth") };
        var known = new YearOnYearFigure("住院", F("2.00亿元", "current")) { Growth = F("5.0%", "growth") };
        var unknown = new YearOnYearFigure("门诊", F("1.00亿元", "current"));
        ReconciliationResult result = ReportChecker.Check(new ReportDocument("t") { YearOnYear = [new YearOnYearGroup("g", total, [known, unknown])] });
        UncheckedFigure group = Assert.Single(result.Unchecked, u => u.Message == UncheckedMessage.TotalGrowthPartUnknown);
        Assert.Equal("g：合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1：门诊 既未印上期数，也未印增长率，合计增长率未核对", UncheckedReasons.Chinese(group));
        Assert.Contains(result.Unchecked, u => u.Message == UncheckedMessage.GrowthNoPrevious && UncheckedReasons.Chinese(u) == "未印上期数或增减额，同比增长率未核对");
    }

    [Fact]
    public void A_reason_without_a_message_keeps_its_english()
    {
        var made = new UncheckedFigure(F("1.00亿元", "x"), "no check reads this figure");
        Assert.Equal(UncheckedMessage.Other, made.Message);
        Assert.Equal("no check reads this figure", UncheckedReasons.Chinese(made));

        // Arguments that do not fit the message (another version's JSON) keep the English too.
        Assert.Equal("r", UncheckedReasons.Chinese(made with { Reason = "r", Message = UncheckedMessage.QuotientDenominatorMayBeZero, Arguments = ["only one"] }));
    }

    [Fact]
    public void The_sample_not_checked_notes_are_chinese()
    {
        var result = CliRunner.RunWith(Wide, terminal: false, "analyze", "--lang", "zh");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("• 有 17 个印刷数字无法核对。", result.Out);
        Assert.Contains("• 未核对：24.06%（三(二) › 2021年其他医疗基金收支余情况表 › 大病医疗 › 收入同比增幅, zhuzhou-2021.yaml:45:19）：未印上年同期收入（previousIncome），同比增长率未核对。", result.Out);
        Assert.Contains("• 未核对：7.89%（二(一)1 › 二项基金总收入 › 合计 › 同比增长率, zhuzhou-2021.yaml:265:13）：未印上期数或增减额，同比增长率未核对。", result.Out);
        Assert.Contains("：城乡居民医保基金 实际可支付月数 一列未核对：表中没有月平均支出，也没有可配合报告期使用的期间支出作除数（共 11 行）。", result.Out);
        Assert.DoesNotContain("Not checked", result.Out);
        Assert.DoesNotContain("so the growth rate is not checked", result.Out);
    }

    [Fact]
    public void Explanations_are_chinese()
    {
        var result = CliRunner.RunWith(Wide, terminal: false, "analyze", "--lang", "zh", "--explain");
        Assert.Equal(0, result.ExitCode);
        string x = result.Out[result.Out.IndexOf("── 计算说明", StringComparison.Ordinal)..];

        // 居民医保 本年收入 29.02 / 26.36 = 110.09%: 10.09pp over progress 100%, 5.09pp beyond the +5pp band.
        Assert.Contains("居民医保 本年收入：本年收入 预算执行率 = 110.09%\n", x);
        Assert.Contains("      本年收入 预算执行率 110.09% 超出容差上限 +5pp 达 5.09pp（预期进度 100.00%，偏差 +10.09pp）\n", x);
        Assert.Contains("      公式：执行率 = 执行数 / 预算数；偏差 = 执行率 − 预期进度；预期进度 − 下限容差 ≤ 执行率 ≤ 预期进度 + 上限容差 时为容差内\n", x);
        Assert.Contains("      舍入：按精确值判断；印刷保留到 0.01%（四舍五入）\n", x);
        Assert.Contains("      说明：超预算：距最近的容差边界 -134,200,000.00元（边界金额向内舍入到分）\n", x);
        Assert.Contains("    - 预算数 = 2,636,000,000.00元  [输入]\n", x);

        // 职工医保统筹基金: (23.89 − 3.66)亿 / 1.29亿 = 15.68 months.
        Assert.Contains("职工医保统筹基金 全市：实际结余可支付月数 = 15.68\n", x);
        Assert.Contains("      15.68 个月 = (23.89 − 3.66)亿 / 每月 1.29亿\n", x);
        Assert.Contains("      舍入：精确值 2023/129；保留 0.01（四舍五入）；报告式整数：向下取整 15，四舍五入 16\n", x);
        Assert.Contains("      说明：分档 偏高；不在合理区间内；账面月数 18.52；结论 可支付\n", x);
        Assert.Contains("    - 一次性预缴款(补贴) = 0.00万元  [输入]\n", x);
        Assert.Contains("    - 分段 = <3 | 3–9 | >9 个月；合理区间 6–9  [参数]\n", x);

        // A finding's explanation: its Chinese name, sentence and the interval notes of its inputs.
        Assert.Contains("错误 数字不符：二 基金收支余情况 › 职工医保、居民医保收支余（二(一)1 收入、二(二)1 支出、二(三) 结余） › 居民医保 › 当期结余 = 1.71亿元\n", x);
        Assert.Contains("    1.71亿元（二 基金收支余情况 › 职工医保、居民医保收支余（二(一)1 收入、二(二)1 支出、二(三) 结余） › 居民医保 › 当期结余）与 居民医保 当期结余 = 收入 − 支出 不符：", x);
        Assert.Contains("    舍入：区间运算：四舍五入 x ± p/2，向下取整 [x, x + p]，向上取整 [x − p, x]，约 x ± p；区间端点向外取\n", x);
        Assert.Contains("    说明：由其他印刷数字重算：[1.9700, 1.9900]亿元\n", x);
        Assert.Contains("      说明：印刷精度 0.01亿元（四舍五入）：真实值在 [29.01500, 29.02500]亿元 内\n", x);
        Assert.DoesNotContain("[input]", x);
        Assert.DoesNotContain("formula:", x);
        Assert.DoesNotContain(" does not match ", x);
    }

    [Fact]
    public void Explanations_stay_english_by_default()
    {
        string x = CliRunner.RunWith(Wide, terminal: false, "analyze", "--explain").Out;
        Assert.Contains("  - 本年收入 预算执行率 budget execution rate = 110.09%\n", x);
        Assert.Contains("      本年收入 预算执行率 110.09% is 5.09pp above the +5pp band (expected 100.00%, deviation +10.09pp)\n", x);
        Assert.Contains("    - 预算数 budgeted = 2,636,000,000.00元  [input]\n", x);
    }

    /// <summary>
    /// No English word is left in any command's Chinese output. A word (a run of ASCII letters) is allowed only
    /// when it is:
    /// <list type="bullet">
    /// <item>part of a token with a digit, '.', '/' or '_' inside — a number with its unit (±5pp, -7.82pp), a
    /// file, a path or a location (zhuzhou-2021.yaml:45:19), an identifier (SampleReports.Zhuzhou2021);</item>
    /// <item>camelCase — an input field named as the input spells it (previousIncome);</item>
    /// <item>inside backticks (a command to type), a Markdown fence's language (```text), or the command after
    /// the program name in a title (fundmath check-report);</item>
    /// <item>a single letter — a variable of a formula (x ± p/2);</item>
    /// <item>an option (--rounding) and the option's value after it (nearest, floor);</item>
    /// <item>an input key with its colon (period:, year:), or a bracket key of a parameter's value as the parameter file spells it (dibao=70%, ratio_increase[dibao]);</item>
    /// <item>the product and program names FundMath and fundmath, the unit pp, a formula's function (min, max, round, ln), or DRG and DIP as Chinese documents write them;</item>
    /// <item>inside a label, title, text, description, note, id, name, city or citation the input document prints (its data, echoed as printed);</item>
    /// <item>for a case file (<c>test</c>), a key the file names (a case's inputs and outputs: amount, quotient).</item>
    /// </list>
    /// Every command runs on its built-in or shipped sample, in the table and Markdown formats, with --explain where
    /// the command has explanations and without it (the table format of <c>test</c> is the runner's own report then).
    /// </summary>
    [Theory]
    [InlineData("table", "analyze", null, true)]
    [InlineData("markdown", "analyze", null, true)]
    [InlineData("table", "analyze", null, false)]
    [InlineData("table", "check-report", null, true)]
    [InlineData("markdown", "check-report", null, true)]
    [InlineData("markdown", "check-report", null, false)]
    [InlineData("table", "analyze", "consistent-report.yaml", true)]
    [InlineData("table", "analyze", "regions.csv", true)]
    [InlineData("table", "test", "cases/mixed.yaml", false)]
    [InlineData("table", "test", "cases/mixed.yaml", true)]
    [InlineData("markdown", "test", "cases/mixed.yaml", false)]
    [InlineData("markdown", "test", "cases/mixed.yaml", true)]
    [InlineData("table", "pool", null, false)]
    [InlineData("markdown", "pool", null, false)]
    [InlineData("table", "pool", null, true)]
    [InlineData("markdown", "pool", null, true)]
    [InlineData("table", "drg", null, false)]
    [InlineData("markdown", "drg", null, false)]
    [InlineData("table", "drg", null, true)]
    [InlineData("markdown", "drg", null, true)]
    [InlineData("table", "project", null, false)]
    [InlineData("markdown", "project", null, false)]
    [InlineData("table", "project", null, true)]
    [InlineData("markdown", "project", null, true)]
    [InlineData("table", "settle", null, false)]
    [InlineData("markdown", "settle", null, false)]
    [InlineData("table", "settle", null, true)]
    [InlineData("markdown", "settle", null, true)]
    [InlineData("table", "params", null, false)]
    [InlineData("markdown", "params", null, false)]
    [InlineData("table", "params", "--at", true)]
    [InlineData("markdown", "params", "--at", true)]
    public void No_english_word_is_left_under_lang_zh(string format, string command, string? data, bool explain)
    {
        (string[] args, string input) = Sample(command, data);
        string[] options = explain ? ["--lang", "zh", "--explain", "--format", format] : ["--lang", "zh", "--format", format];
        var result = CliRunner.RunWith(Wide, terminal: false, [command, .. args, .. options]);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
        Assert.NotEqual(string.Empty, result.Out);
        Assert.Equal([], EnglishWords(result.Out, input, keysAreNames: command == "test").Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    private static string Repository(params string[] parts) => Path.GetFullPath(Path.Combine([CliRunner.SourceDirectory(), "..", "..", .. parts]));

    /// <summary>The arguments that run a command on its sample, and the text of the files it reads (their data may be echoed).</summary>
    private static (string[] Args, string Input) Sample(string command, string? data)
    {
        if (data == "--at")
        {
            // The values in force on one date, each with its explanation (the citation and the note).
            return (["--at", "2022-01-01"], string.Empty);
        }

        if (data is not null)
        {
            return ([CliRunner.DataFile(data)], File.ReadAllText(CliRunner.DataFile(data)));
        }

        return command switch
        {
            "analyze" or "check-report" => ([], File.ReadAllText(Repository("src", "FundMath.Samples", "Reports", "zhuzhou-2021.yaml"))),
            "params" => ([], string.Empty),
            "pool" => ([Repository("samples", "pooling", "example-city-2023.yaml")], File.ReadAllText(Repository("samples", "pooling", "example-city-2023.yaml")) + File.ReadAllText(Repository("samples", "parameters", "lishui.yaml"))),
            "drg" => ([Repository("samples", "drg", "sample.yaml")], File.ReadAllText(Repository("samples", "drg", "sample.yaml")) + File.ReadAllText(Repository("samples", "parameters", "drg-sample.yaml"))),
            // The standard scenarios the sample asks for print their ids (faster-ageing) as the input's own scenario names do.
            "project" => ([Repository("samples", "forecasting", "zhuzhou-2021.yaml")], File.ReadAllText(Repository("samples", "forecasting", "zhuzhou-2021.yaml"))
                + string.Concat(FundMath.Forecasting.Projection.Scenario.Standard.Select(s => "\n- name: " + s.Name))),
            "settle" => ([Repository("samples", "claims", "ankang-2021.yaml")], File.ReadAllText(Repository("samples", "claims", "ankang-2021.yaml")) + File.ReadAllText(Repository("samples", "parameters", "ankang.yaml"))),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command, "no sample for this command"),
        };
    }

    [Fact]
    public void The_word_check_finds_english()
    {
        Assert.Equal(["is", "not", "checked"], EnglishWords("24.06% is not checked（previousIncome）`fundmath params` --rounding nearest period: ±5pp x ± p/2", string.Empty));
        Assert.Equal(["text", "nearest"], EnglishWords("```text\n```\nfundmath analyze — text（nearest）", string.Empty));
        Assert.Equal(["total"], EnglishWords("大额医疗 (as printed) total", "- label: 大额医疗 (as printed)\n"));
        Assert.Equal(["total"], EnglishWords("quotient = amount ÷ divisor（total）", "inputs: { amount: 1, divisor: 2 }\nexpected: { quotient: 3 }\n", keysAreNames: true));
        Assert.Equal(["quotient", "amount"], EnglishWords("quotient = amount", "inputs: { amount: 1 }\nexpected: { quotient: 3 }\n"));
        Assert.Equal(["rate"], EnglishWords("dibao=70%, general=100%（rate）", string.Empty));
        Assert.Equal(["points"], EnglishWords("本地约定（示例值） illustrative local convention 点数计算 points", "cite: { document: 本地约定（示例值） illustrative local convention, clause: 点数计算 }\n"));
        Assert.Equal(["wrong"], EnglishWords("deliberately wrong（精确）", "    description: deliberately\n"));
    }

    /// <summary>The product and program names, the unit pp, the functions a formula is written with, and the payment methods DRG and DIP as Chinese documents write them (按疾病诊断相关分组（DRG）点数付费).</summary>
    private static readonly string[] Names = ["FundMath", "fundmath", "pp", "min", "max", "round", "ln", "DRG", "DIP"];

    internal static IEnumerable<string> EnglishWords(string output, string input, bool keysAreNames = false)
    {
        string text = output;

        // The data fields, and the same fields written inline in a flow mapping (cite: { document: 本地约定（示例值） illustrative local convention, clause: … }, a cohort's { name: college, … }),
        // longest first so that a short value ("illustrative") does not cut into a longer one that holds it.
        IEnumerable<string> values = Regex.Matches(input, @"^\s*-?\s*(?:label|title|text|description|note|id|name|city|cite):\s*['""]?(?<value>.+?)['""]?\s*$", RegexOptions.Multiline)
            .Concat(Regex.Matches(input, @"[{,]\s*(?:document|title|note|clause|cite|name):\s*(?:""(?<value>[^""\n]+)""|(?<value>[^,{}\n""]+?))\s*(?=[,}])"))
            .Select(m => m.Groups["value"].Value).Distinct().OrderByDescending(v => v.Length);
        foreach (string value in values)
        {
            text = text.Replace(value, " ", StringComparison.Ordinal);
        }

        HashSet<string> keys = keysAreNames ? Regex.Matches(input, @"(?<![\w-])([A-Za-z][A-Za-z0-9_]*):").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal) : [];

        text = Regex.Replace(text, @"^```\w*$", " ", RegexOptions.Multiline);
        text = Regex.Replace(text, "`[^`\n]*`", " ");
        text = Regex.Replace(text, @"\bfundmath (?:analyze|check-report|test|pool|drg|project|settle|params)\b", " ");
        text = Regex.Replace(text, @"--[a-z][a-z-]*(?: (?:nearest|floor|zh|en)\b)?", " ");
        text = Regex.Replace(text, @"\b(?:period|year):", " ");
        text = Regex.Replace(text, @"\b[a-z][a-z0-9_]*=", " ");
        text = Regex.Replace(text, @"\b[a-z][a-z0-9_]*\[[a-z0-9_.]+\]", " ");
        foreach (string token in Regex.Split(text, @"[\s\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF\u2500-\u257F•›…—–−=<>|()\[\],;""“”]+"))
        {
            if (token.Length == 0 || token.IndexOfAny(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '/', '_']) >= 0)
            {
                continue;
            }

            foreach (Match word in Regex.Matches(token, "[A-Za-z]+"))
            {
                if (word.Length > 1 && !Regex.IsMatch(word.Value, "^[a-z]+[A-Z]") && !Names.Contains(word.Value) && !keys.Contains(word.Value))
                {
                    yield return word.Value;
                }
            }
        }
    }

    [Fact]
    public void A_bilingual_name_keeps_its_chinese_part()
    {
        Assert.Equal("一次性预缴款(补贴)", ExplanationLocalizer.Name("一次性预缴款(补贴) one-time prepayments and subsidies"));
        Assert.Equal("职工医保 本年收入：本年收入 预算执行率", ExplanationLocalizer.Name("职工医保 本年收入 income: 本年收入 预算执行率 budget execution rate"));
        Assert.Equal("提示 单向舍入：三(二) 正文", ExplanationLocalizer.Name("Note DirectedRounding: 三(二) 正文"));
        Assert.Equal("only english", ExplanationLocalizer.Name("only english"));
    }
}
