using System.Collections.Generic;
using System.IO;

namespace FundMath.Cli.Tests.Conventions;

/// <summary>
/// --lang zh for <c>fundmath settle</c> (the shipped 安康 sample claims) and for the warnings of <c>fundmath analyze</c>
/// about input it cannot use: the Chinese texts with the figures, ids and locations kept as printed.
/// </summary>
public class SettleAndWarningChineseTests
{
    private static Dictionary<string, string> Wide => new() { ["COLUMNS"] = "2000" };

    private static string Repository(params string[] parts) => Path.GetFullPath(Path.Combine([CliRunner.SourceDirectory(), "..", "..", .. parts]));

    private static string WriteTemp(string name, string text)
    {
        string dir = Path.Combine(Path.GetTempPath(), "fundmath-zh-tests-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, text, new System.Text.UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void Settle_says_its_rows_cap_states_and_notes_in_chinese()
    {
        var result = CliRunner.RunWith(Wide, terminal: false, "settle", Repository("samples", "claims", "ankang-2021.yaml"), "--lang", "zh", "--format", "markdown");
        Assert.Equal(0, result.ExitCode);

        // Claim 5001 (employee, 200,000.00元 at a 三级 hospital) reaches the basic cap of 60,000.00元; claim 1001 stays below it.
        Assert.Contains("| 5001 | 900.00 | 60,000.00 | 81,800.00 | 17,600.00 | 40,600.00 | 本次达到上限 | 无目标 |", result.Out);
        Assert.Contains("| 1001 | 0.00 | 72.30 | 0.00 | 0.00 | 48.20 | 未达上限 | 无目标 |", result.Out);
        Assert.Contains("| 5 职工医保 | 2021 |", result.Out);
        Assert.Contains("|   其中 政策范围外 | 32,300.00 | 9.43% |", result.Out);
        Assert.Contains("- 仍有效结算单 11 笔，参保人年度 5 个；各部分之和与合计精确相等。", result.Out);
        Assert.Contains("- 住院政策范围内基金支付比例 三级：45.59%（住院 3 人次）。", result.Out);
        Assert.DoesNotContain("BelowCap", result.Out);
        Assert.DoesNotContain("of which", result.Out);
    }

    [Fact]
    public void Settle_explains_a_claim_in_chinese()
    {
        var result = CliRunner.RunWith(Wide, terminal: false, "settle", Repository("samples", "claims", "ankang-2021.yaml"), "--lang", "zh", "--explain");
        Assert.Equal(0, result.ExitCode);

        // Claim 1001: 120.50元 at 60% (居民 门诊统筹, 一级及以下, no deductible) = 72.30元.
        Assert.Contains("结算 结算单 1001（参保人 1，2021-03-02，benefits.resident 待遇方案（ankang）2021-01-01..9999-12-31） = 120.50元\n", result.Out);
        Assert.Contains("  - 基本医保统筹基金支付（门诊统筹，一级及以下，居民） = 72.30元\n", result.Out);
        Assert.Contains("      公式：min(round((政策范围内 − 起付线) × 支付比例), 剩余限额)\n", result.Out);
        Assert.Contains("        公式：min(政策范围内 120.50元, max(0, 0.00元 − 0.00元 已用) = 0.00元)\n", result.Out);
        Assert.Contains("      说明：未达上限\n", result.Out);
        Assert.DoesNotContain("cap room", result.Out);
    }

    [Fact]
    public void Analyze_warns_in_chinese_under_lang_zh()
    {
        string file = WriteTemp("unknown-line.yaml",
            "title: t\nperiod: 2021Q1\nbudgets:\n- title: b\n  unit: 亿元\n  rows:\n  - { fund: 职工医保, line: 其他支出, budget: '4.00', executed: '1.00', rate: 25.00% }\n");
        var zh = CliRunner.RunWith(Wide, terminal: false, "analyze", file, "--lang", "zh", "--format", "markdown");
        Assert.Equal(0, zh.ExitCode);
        Assert.Contains("## 未使用的输入\n", zh.Out);
        Assert.Contains("unknown-line.yaml:7:71: b › b › 职工医保 其他支出 › 执行率：职工医保 的预算项目 '其他支出' 不是 `fundmath analyze` 评价的项目（本年收入、保险费收入、本年支出、保险待遇支出，或 `income`、`premiumIncome`、`expenditure`、`benefitExpenditure`）；其执行率仍核对。", zh.Out);
        Assert.DoesNotContain("is not one analyze judges", zh.Out);

        // A report without a period: the warning without a location.
        string undated = WriteTemp("no-period.yaml",
            "title: t\nbudgets:\n- title: b\n  unit: 亿元\n  rows:\n  - { fund: 职工医保, line: 本年收入, budget: '4.00', executed: '1.00', rate: 25.00% }\n");
        var noPeriod = CliRunner.RunWith(Wide, terminal: false, "analyze", undated, "--lang", "zh", "--format", "markdown");
        Assert.Contains("- 报告没有报告期（写 period: 2021Q1 或 year: 2021），因此不评价预算执行和可支付月数；`fundmath check-report` 仍核对这些数字。", noPeriod.Out);

        // English stays as it was.
        var en = CliRunner.RunWith(Wide, terminal: false, "analyze", file, "--format", "markdown");
        Assert.Contains("unknown-line.yaml:7:71: b › b › 职工医保 其他支出 › 执行率: budget line '其他支出' of 职工医保 is not one analyze judges", en.Out);
    }
}
