using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FundMath.Cli.Views;
using FundMath.Explain;

namespace FundMath.Cli.Forecasting;

/// <summary>
/// The Chinese of <c>fundmath project</c>'s own texts (--lang zh): section and table titles, the calibration rows,
/// key-date reasons, the notes, the stress and trend lines and the projection's explanations, each read from the
/// English the view and the forecasting library build and said again with the same figures, years and ids.
/// </summary>
internal static partial class ProjectionChinese
{
    /// <summary>Registers the Chinese of every text of the view that this class can say in <see cref="ReportView.Chinese"/>.</summary>
    public static void Register(ReportView view)
    {
        foreach (Section section in view.Sections)
        {
            Add(view, section.Title);
            foreach (ViewTable table in section.Tables)
            {
                Add(view, table.Title);
                foreach (Cell[] row in table.Rows)
                {
                    foreach (Cell cell in row.Where(c => c.Kind == CellKind.Text))
                    {
                        Add(view, cell.Text);
                    }
                }
            }

            foreach (string note in section.Notes)
            {
                Add(view, note);
            }
        }

        foreach (Explanation e in view.Explanations)
        {
            Add(view, e);
        }
    }

    private static void Add(ReportView view, Explanation e)
    {
        Add(view, e.Name);
        Add(view, e.Value);
        Add(view, e.Formula);
        Add(view, e.Rounding);
        Add(view, e.Sentence);
        Add(view, e.Note);
        foreach (Explanation i in e.Inputs)
        {
            Add(view, i);
        }
    }

    private static void Add(ReportView view, string? text)
    {
        if (text is { Length: > 0 } && Say(text) is { } chinese)
        {
            view.Chinese.TryAdd(text, chinese);
        }
    }

    /// <summary>The Chinese of one of the project command's texts, or null when it is none of them (data, a Chinese text).</summary>
    internal static string? Say(string text)
    {
        if (Whole.TryGetValue(text, out string? whole))
        {
            return whole;
        }

        if (text.Contains(" / ", System.StringComparison.Ordinal) && text.Split(" / ") is var parts && parts.All(p => Assumptions.ContainsKey(p) || Rule(p) is not null))
        {
            return string.Join(" / ", parts.Select(p => Assumptions.TryGetValue(p, out string? a) ? a : Rule(p)));
        }

        if (Assumptions.TryGetValue(text, out string? assumption))
        {
            return assumption;
        }

        foreach ((Regex pattern, MatchEvaluator say) in Templates)
        {
            Match m = pattern.Match(text);
            if (m.Success)
            {
                return say(m);
            }
        }

        return null;
    }

    private static string G(Match m, int i) => m.Groups[i].Value;

    private static string Year(string year) => year == "none" ? "无" : year;

    /// <summary>An extrapolation rule as input files write it (hold-last), in Chinese.</summary>
    private static string? Rule(string rule) => rule switch
    {
        "hold-last" => "保持末年值",
        "last-increment" => "按末年增量外推",
        "linear-trend" => "按线性趋势外推",
        _ when rule.StartsWith("growth:", System.StringComparison.Ordinal) => "按 " + rule["growth:".Length..] + " 增长",
        _ => null,
    };

    private static string Rounding(string mode) => mode switch
    {
        "AwayFromZero" => "四舍五入",
        "ToEven" => "银行家舍入",
        "ToZero" => "向零舍入",
        "ToPositiveInfinity" => "向上舍入",
        "ToNegativeInfinity" => "向下舍入",
        _ => mode,
    };

    /// <summary>The assumptions by their Chinese names (the sensitivity rows, the explanation's inputs).</summary>
    private static readonly Dictionary<string, string> Assumptions = new(System.StringComparer.Ordinal)
    {
        ["contributionBaseGrowth"] = "缴费基数增长率",
        ["inServiceJoinRate"] = "在职新增率",
        ["inServiceLeaveRate"] = "在职减少率",
        ["retirementRate"] = "退休率",
        ["retireeMortality"] = "退休人员死亡率",
        ["inServiceCostGrowth"] = "在职人均费用增长率",
        ["retiredCostGrowth"] = "退休人均费用增长率",
        ["residentCostGrowth"] = "居民人均费用增长率",
        ["residentCohortGrowth"] = "居民参保人数增长率",
        ["personalAccountDrawdown"] = "个人账户支出比例",
        ["interestRate"] = "利率",
        ["utilisation"] = "就医利用率",
    };

    private static readonly Dictionary<string, string> Whole = new(System.StringComparer.Ordinal)
    {
        ["none"] = "无",
        ["no exhaustion"] = "不会耗尽",
        ["linear"] = "线性",
        ["log-linear"] = "对数线性",
        ["damped"] = "阻尼趋势",
        ["damped-trend"] = "阻尼趋势",
        ["在职 / 退休 in service / retired"] = "在职 / 退休",
        ["subsidy / individual extrapolation"] = "财政补助 / 个人缴费 外推方式",
        ["First current deficit (当期收不抵支), exhaustion (累计结余耗尽), months of cover leaving the reasonable range"] =
            "首次当期收不抵支、累计结余耗尽、可支付月数离开合理区间的年份",
        ["Exhaustion 'none' means not within the horizon."] = "累计结余耗尽为“无”表示预测期内不会耗尽。",
        ["Percentiles are the empirical inverse CDF (MathNet QuantileDefinition.R1); a path's generator is seeded from (seed, path index), so the result does not depend on threads."] =
            "百分位数取经验分布函数的逆（MathNet.Numerics QuantileDefinition.R1）；每条路径的随机数生成器由（种子，路径序号）确定，结果与线程数无关。",
        ["趋势拟合 Trend fits of the history (least squares, MathNet.Numerics; 95% prediction interval)"] =
            "趋势拟合：历史序列（最小二乘法，MathNet.Numerics；95% 预测区间）",
        ["not applicable: personal-account balances are not counted in months of cover"] = "不适用：个人账户结余不计入可支付月数",
        ["each year: closing = opening + income − expenditure, every flow rounded to the fen"] = "每年：期末 = 期初 + 收入 − 支出，每笔收支舍入到分",
        ["premium income / ((employer rate + individual rate) × base × 12 × in service)"] = "征缴收入 / ((单位费率 + 个人费率) × 缴费基数 × 12 × 在职人数)",
        ["c_in = pooled benefits / (in service + weight × retired); c_ret = weight × c_in"] = "c_in = 统筹基金待遇支出 / (在职人数 + 权重 × 退休人数)；c_ret = 权重 × c_in",
        ["c_k = benefits × w_k / Σ(w_j × n_j)"] = "c_k = 待遇支出 × w_k / Σ(w_j × n_j)",
        ["illustrative unless the input cites a source"] = "示例值，除非输入注明来源",
        ["closing = opening + income − expenditure each year; exhausted when closing < 0"] = "每年 期末 = 期初 + 收入 − 支出；期末 < 0 即累计结余耗尽",
        ["least squares y = a + b·t (MathNet Fit.Line)"] = "最小二乘法 y = a + b·t（MathNet.Numerics Fit.Line）",
        ["least squares ln y = a + b·t (MathNet Fit.Line on ln y); growth = e^b − 1"] = "最小二乘法 ln y = a + b·t（对 ln y 用 MathNet.Numerics Fit.Line）；增长率 = e^b − 1",
        ["y = a + b·Σφ^k; φ minimises the squared error (a 48-point grid on [0.05, 0.999], then golden section to 1e-10), with a, b by MathNet Fit.Line for each φ"] =
            "y = a + b·Σφ^k；φ 使误差平方和最小（先在 [0.05, 0.999] 上取 48 点网格，再用黄金分割法精确到 1e-10），每个 φ 下 a、b 由 MathNet.Numerics Fit.Line 求得",
        ["the baseline assumptions"] = "基准假设",
        ["retirementRate +1pp, retireeMortality −0.5pp (老龄化加快)"] = "退休率 +1pp，退休人员死亡率 −0.5pp（老龄化加快）",
        ["every per-capita cost growth +2pp (医疗费用增长加快)"] = "各项人均费用增长率 +2pp（医疗费用增长加快）",
        ["contribution-base growth −1pp (缴费基数增长放缓)"] = "缴费基数增长率 −1pp（缴费基数增长放缓）",
        ["floating point (double); not money"] = "双精度浮点数；不是金额",
    };

    private static readonly (Regex Pattern, MatchEvaluator Say)[] Templates =
    [
        (new Regex(@"^基期 Starting position \((\d+)\) and calibration$"), m => $"基期（{G(m, 1)}）及校准"),
        (new Regex(@"^基金收支预测 Projection, scenario (.+) \(亿元; closing = opening \+ income − expenditure\)$"), m => $"基金收支预测，情景 {G(m, 1)}（亿元；期末 = 期初 + 收入 − 支出）"),
        (new Regex(@"^敏感性分析 Sensitivity of the exhaustion year \(each assumption ±(\S+); tornado order\)$"), m => $"敏感性分析：累计结余耗尽年份（各假设 ±{G(m, 1)}；按影响从大到小排列）"),
        (new Regex(@"^压力测试 Monte Carlo stress: (\S+) paths, seed (\S+); shocks σ: base growth (\S+), cost growth (\S+), utilisation (\S+)$"),
            m => $"压力测试（蒙特卡洛）：{G(m, 1)} 条路径，种子 {G(m, 2)}；冲击标准差 σ：缴费基数增长 {G(m, 3)}，费用增长 {G(m, 4)}，就医利用率 {G(m, 5)}"),
        (new Regex(@"^Every amount is rounded to the fen \((\S+)\) before it is summed; each year's closing balance is derived in exact money, so the roll-forward identity holds exactly\.$"),
            m => $"每笔金额先舍入到分（{Rounding(G(m, 1))}）再求和；各年期末累计结余按精确金额推算，滚存恒等式精确成立。"),
        (new Regex(@"^(\S+): exhaustion year P5 (\S+), P50 (\S+), P95 (\S+); exhausted by (\d+) on (\S+) of paths\.$"),
            m => $"{G(m, 1)}：累计结余耗尽年份 P5 {Year(G(m, 2))}，P50 {Year(G(m, 3))}，P95 {Year(G(m, 4))}；至 {G(m, 5)} 年耗尽的路径占 {G(m, 6)}。"),
        (new Regex(@"^in service (\S+) 元, retired (\S+) 元 a year$"), m => $"在职 {G(m, 1)} 元，退休 {G(m, 2)} 元（每人每年）"),
        (new Regex(@"^\S+ [\d,]+ \(\S+ 元\)(?:, \S+ [\d,]+ \(\S+ 元\))*$"), m => Regex.Replace(m.Value, @" \((\S+ 元)\)", "（$1）").Replace(", ", "，", System.StringComparison.Ordinal)),
        (new Regex(@"^(\S+) → (\S+) 元 \((\S+) after (\d+)\)$"), m => $"{G(m, 1)} → {G(m, 2)} 元（{G(m, 4)} 年后{Rule(G(m, 3)) ?? G(m, 3)}）"),
        (new Regex(@"^(\S+) → (\S+) 元 \(lag (\d+), (\S+) after (\d+)\)$"), m => $"{G(m, 1)} → {G(m, 2)} 元（滞后 {G(m, 3)} 年，{G(m, 5)} 年后{Rule(G(m, 4)) ?? G(m, 4)}）"),
        (new Regex(@"^(\d+): 当期收不抵支 — income (\S+) < expenditure (\S+) \(current surplus (\S+)\)$"), m => $"{G(m, 1)}：当期收不抵支 — 收入 {G(m, 2)} < 支出 {G(m, 3)}（当期结余 {G(m, 4)}）"),
        (new Regex(@"^(\d+): 累计结余耗尽 — closing (\S+) = opening (\S+) \+ surplus (\S+) is below zero$"), m => $"{G(m, 1)}：累计结余耗尽 — 期末 {G(m, 2)} = 期初 {G(m, 3)} + 当期结余 {G(m, 4)}，低于零"),
        (new Regex(@"^(\d+): (\S+) months of cover, below the reasonable range's (\S+) months$"), m => $"{G(m, 1)}：可支付月数 {G(m, 2)} 个月，低于合理区间下限 {G(m, 3)} 个月"),
        (new Regex(@"^(\d+): (\S+) months of cover, (above|below) the reasonable (\S+) months$"), m => $"{G(m, 1)}：可支付月数 {G(m, 2)} 个月，{(G(m, 3) == "above" ? "高于" : "低于")}合理区间 {G(m, 4)} 个月"),
        (new Regex(@"^none in (\S+): income covers expenditure every year$"), m => $"{G(m, 1)} 无：每年收入均足以支付支出"),
        (new Regex(@"^none in (\S+): the accumulated balance stays at or above zero$"), m => $"{G(m, 1)} 无：累计结余始终不低于零"),
        (new Regex(@"^none in (\S+): months of cover stay within the reasonable range$"), m => $"{G(m, 1)} 无：可支付月数始终在合理区间内"),
        (new Regex(@"^none in (\S+): months of cover stay at or above the reasonable range's lower edge$"), m => $"{G(m, 1)} 无：可支付月数始终不低于合理区间下限"),
        (new Regex(@"^(.+), scenario (\S+), (\d{4}–\d{4})$"), m => $"{G(m, 1)}，情景 {G(m, 2)}，{G(m, 3)}"),
        (new Regex(@"^(.+), scenario (\S+)$"), m => $"{G(m, 1)}，情景 {G(m, 2)}"),
        (new Regex(@"^every money output to the fen with (\S+)$"), m => $"每个金额输出舍入到分（{Rounding(G(m, 1))}）"),
        (new Regex(@"^(\S+) split by weight$"), m => $"{G(m, 1)}，按权重分摊"),
        (new Regex(@"^([\d,]+) persons, weight (\S+), (\S+) 元 a year, growth (\S+), cost growth (\S+)$"), m => $"{G(m, 1)} 人，权重 {G(m, 2)}，每人每年 {G(m, 3)} 元，人数增长 {G(m, 4)}，费用增长 {G(m, 5)}"),
        (new Regex(@"^(\S+) 元 in (\d+) … (\S+) 元 in (\d+)$"), m => $"{G(m, 2)} 年 {G(m, 1)} 元 … {G(m, 4)} 年 {G(m, 3)} 元"),
        (new Regex(@"^collected in year N: the standard of year N − (\d+)$"), m => $"第 N 年征收第 N − {G(m, 1)} 年的标准"),
        (new Regex(@"^外推 extrapolation of (\S+)$"), m => $"外推 {G(m, 1)}"),
        (new Regex(@"^last-increment: (\S+) \+ (\S+) 元 a year after (\d+)$"), m => $"按末年增量外推：{G(m, 3)} 年后 {G(m, 1)} 元，每年增加 {G(m, 2)} 元"),
        (new Regex(@"^hold-last: (\S+) 元 after (\d+)$"), m => $"保持末年值：{G(m, 2)} 年后 {G(m, 1)} 元"),
        (new Regex(@"^趋势拟合 trend fit (\S+)$"), m => $"趋势拟合 {G(m, 1)}"),
        (new Regex(@"^series (\S+)$"), m => $"序列 {G(m, 1)}"),
        (new Regex(@"^(\S+): (\d+) (yearly|quarterly) values from (\S+)$"), m => $"{G(m, 1)}：自 {G(m, 4)} 起 {G(m, 2)} 个{(G(m, 3) == "yearly" ? "年度" : "季度")}值"),
        (new Regex(@"^n = (\d+), k = (\d+), R² = (.+), residual standard error = (\S+)$"),
            m => $"n = {G(m, 1)}，k = {G(m, 2)}，R² = {(G(m, 3) == "not defined (constant series)" ? "无定义（常数序列）" : G(m, 3))}，残差标准误 = {G(m, 4)}"),
        (new Regex(@"^(.*), growth (\S+) per period \(t = 0 at (\S+)\)$"), m => $"{G(m, 1)}，每期增长 {G(m, 2)}（t = 0 对应 {G(m, 3)}）"),
        (new Regex(@"^(.*) \(t = 0 at (\S+)\)$"), m => $"{G(m, 1)}（t = 0 对应 {G(m, 2)}）"),
        (new Regex(@"^(\S*[\u4e00-\u9fff]\S*) [a-z][a-z ]*$"), m => G(m, 1)),
    ];
}
