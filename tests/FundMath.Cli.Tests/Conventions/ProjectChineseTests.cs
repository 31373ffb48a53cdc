using System.Collections.Generic;
using System.IO;

namespace FundMath.Cli.Tests.Conventions;

/// <summary>
/// <c>fundmath project --lang zh</c> on samples/forecasting/zhuzhou-2021.yaml says the view's and the projection's
/// texts in Chinese with the figures of the English output, and the English output is unchanged.
/// </summary>
public class ProjectChineseTests
{
    private static Dictionary<string, string> Wide => new() { ["COLUMNS"] = "2000" };

    private static string Sample => Path.GetFullPath(Path.Combine(CliRunner.SourceDirectory(), "..", "..", "samples", "forecasting", "zhuzhou-2021.yaml"));

    [Fact]
    public void Calibration_key_dates_and_notes_are_chinese_with_the_same_figures()
    {
        string zh = CliRunner.RunWith(Wide, terminal: false, "project", Sample, "--lang", "zh", "--format", "markdown").Out;
        string en = CliRunner.RunWith(Wide, terminal: false, "project", Sample, "--format", "markdown").Out;

        // The calibrated per-capita pooled benefits, the first deficit and the exhaustion of the resident fund.
        Assert.Contains("| 人均统筹待遇 | 在职 899.91 元，退休 4184.59 元（每人每年） |", zh);
        Assert.Contains("in service 899.91 元, retired 4184.59 元 a year", en);
        Assert.Contains("2029：当期收不抵支 — 收入 30.52亿元 < 支出 31.19亿元（当期结余 -0.67亿元）", zh);
        Assert.Contains("2029: 当期收不抵支 — income 30.52亿元 < expenditure 31.19亿元 (current surplus -0.67亿元)", en);
        Assert.Contains("2028：累计结余耗尽 — 期末 -6.82亿元 = 期初 3.13亿元 + 当期结余 -9.95亿元，低于零", zh);
        Assert.Contains("| 人均财政补助 | 610.00 → 880.00 元（2025 年后按末年增量外推） |", zh);

        // Scenario ids stay ids; "none" is 无; the Monte Carlo line keeps its percentiles and share of paths.
        Assert.Contains("| faster-ageing | 统筹基金 | 2026 | 无 | 3.96 | 1.22 |", zh);
        Assert.Contains("| faster-ageing | 统筹基金 | 2026 | none | 3.96 | 1.22 |", en);
        Assert.Contains("- 城乡居民医保：累计结余耗尽年份 P5 2027，P50 2028，P95 2029；至 2031 年耗尽的路径占 100.0%。", zh);
        Assert.Contains("| 退休率 | 无 | 无 | 无 | 66.05 | 37.16 | 10.06 | 55.99 |", zh);
        Assert.Contains("| retirementRate | none | none | none | 66.05 | 37.16 | 10.06 | 55.99 |", en);
        Assert.DoesNotContain("months of cover", zh);
    }

    [Fact]
    public void The_explanations_are_chinese()
    {
        string x = CliRunner.RunWith(Wide, terminal: false, "project", Sample, "--lang", "zh", "--explain").Out;
        Assert.Contains("基金收支预测 = 株洲市，情景 baseline，2022–2031\n", x);
        Assert.Contains("公式：每年：期末 = 期初 + 收入 − 支出，每笔收支舍入到分\n", x);
        Assert.Contains("- 外推 resident.individual_contribution = 保持末年值：2025 年后 400.00 元\n", x);
        Assert.Contains("说明：n = 8，k = 2，R² = 0.9974，残差标准误 = 0.00685156\n", x);
        Assert.Single(x.Split('\n'), l => l.Contains("- 在职新增率 / 在职减少率 / 退休率 / 退休人员死亡率 = 3.00% / 1.00% / 4.00% / 2.00%", System.StringComparison.Ordinal));
    }
}
