using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FundMath.Cli.Views;

namespace FundMath.Cli.Output;

/// <summary>
/// Puts a view into the reader's language (--lang) just before it is written: section and table titles, column
/// headers, outcome, band and severity cells, finding labels and sentences, notes and chart labels. Ids, numbers
/// and the JSON/CSV machine values stay as they are, so scripts read the same document in either language; a text
/// with no translation stays in English (never dropped).
/// </summary>
internal static partial class ViewLocalizer
{
    /// <summary>The translated view, or <paramref name="view"/> itself for English.</summary>
    /// <param name="view">The view as the command built it (English and bilingual titles).</param>
    /// <param name="language">The reader's language.</param>
    /// <param name="values">Also translate the text of outcome, band and severity cells (people's formats); false keeps them as machine names (JSON).</param>
    public static ReportView Localize(ReportView view, Language language, bool values)
    {
        if (language == Language.English)
        {
            return view;
        }

        var result = new ReportView(view.Command, Text(view.Title), view.Chinese.TryGetValue(view.Source, out string? source) ? source : Text(view.Source));
        foreach (Section section in view.Sections)
        {
            Section copy = result.AddSection(section.Id, view.Chinese.TryGetValue(section.Title, out string? sectionTitle) ? sectionTitle : SectionTitle(section.Title));
            foreach (ViewTable table in section.Tables)
            {
                // A column in English beside its Chinese twin (summaryEn beside summaryZh) is left out of people's formats.
                bool[] keep = table.Columns.Select(c => !values || !c.Id.EndsWith("En", StringComparison.Ordinal)
                    || !table.Columns.Any(z => z.Id == c.Id[..^2] + "Zh")).ToArray();
                Column[] columns = table.Columns.Where((_, i) => keep[i]).Select(c => c with
                {
                    Title = TableHeaders.TryGetValue((table.Id, c.Title), out string? own) ? own : view.Chinese.TryGetValue(c.Title, out string? said) ? said : Header(c.Title),
                }).ToArray();
                ViewTable translated = copy.AddTable(table.Id, view.Chinese.TryGetValue(table.Title, out string? title) ? title : Text(table.Title), columns);
                foreach (Cell[] row in table.Rows)
                {
                    translated.AddRow(TranslateRow(view, table, row, values).Where((_, i) => i >= keep.Length || keep[i]).ToArray());
                }
            }

            // A note the command says in Chinese elsewhere already (an English twin sentence) maps to "" and is left out.
            copy.Notes.AddRange(section.Notes.Select(n => view.Chinese.TryGetValue(n, out string? said) ? said : Text(n)).Where(n => n.Length > 0));
        }

        foreach (ChartSpec chart in view.Charts)
        {
            result.Charts.Add(chart with
            {
                Title = Text(chart.Title),
                Unit = Word(chart.Unit),
                Bars = chart.Bars.Select(b => b with { Label = Word(b.Label) }).ToArray(),
                Lines = chart.Lines.Select(l => l with { Label = Text(l.Label) }).ToArray(),
                Legend = chart.Legend?.Select(e => e with { Label = Text(e.Label) }).ToArray(),
            });
        }

        foreach (LineChartSpec chart in view.LineCharts)
        {
            result.LineCharts.Add(chart with
            {
                Title = Text(chart.Title),
                LineLabel = Text(chart.LineLabel),
                BandLabel = chart.BandLabel is null ? null : Text(chart.BandLabel),
                Markers = chart.Markers.Select(m => m with { Label = Text(m.Label) }).ToArray(),
            });
        }

        result.Explanations.AddRange(view.Explanations.Select(e => ExplanationLocalizer.Localize(e, language, view.Chinese)));
        return result;
    }

    /// <summary>A region row's flag ("Error ActualBalance; Note Total") in Chinese: each severity and check by its Chinese name.</summary>
    internal static string Flag(string flags) => string.Join("；", flags.Split("; ").Select(flag =>
    {
        int space = flag.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? flag : SeverityName(flag[..space]) + " " + (Checks.TryGetValue(flag[(space + 1)..], out string? check) ? check : flag[(space + 1)..]);
    }));

    /// <summary>A finding's severity by its Chinese name ("Error" → "错误"), or the name unchanged.</summary>
    internal static string SeverityName(string severity) => Severities.TryGetValue(severity, out string? chinese) ? chinese : severity;

    /// <summary>A finding's kind by its Chinese name ("Mismatch" → "数字不符"), or the name unchanged.</summary>
    internal static string KindName(string kind) => Kinds.TryGetValue(kind, out string? chinese) ? chinese : kind;

    /// <summary>A fixed text a writer adds itself ("Source", "Reference lines", "Explanations").</summary>
    public static string Fixed(string english, Language language) =>
        language == Language.Chinese && FixedTexts.TryGetValue(english, out string? chinese) ? chinese : english;

    /// <summary>Headers whose Chinese depends on the table ("From" of the period is its first day, of a parameter its effective date).</summary>
    private static readonly Dictionary<(string Table, string Header), string> TableHeaders = new()
    {
        [("period", "Period")] = "报告期",
        [("period", "From")] = "起始日",
        [("period", "To")] = "截止日",
        [("period", "Months")] = "月数",
        [("period", "Time progress")] = "时间进度",
    };

    private static readonly Dictionary<string, string> FixedTexts = new(StringComparer.Ordinal)
    {
        ["Source:"] = "来源：",
        ["Reference lines: "] = "参考线：",
        ["Explanations"] = "计算说明",
        ["Legend: "] = "图例：",
        ["reference line"] = "参考线",
    };

    private static Cell[] TranslateRow(ReportView view, ViewTable table, Cell[] row, bool values)
    {
        var cells = new Cell[row.Length];
        for (int c = 0; c < row.Length; c++)
        {
            Cell cell = row[c];
            bool machineName = cell.Kind is CellKind.Outcome or CellKind.Band or CellKind.Severity;
            if (machineName && !values)
            {
                cells[c] = cell;
            }
            else if (cell.Kind == CellKind.Severity)
            {
                cells[c] = cell with { Text = Severities.TryGetValue(cell.Text, out string? severity) ? severity : cell.Text };
            }
            else if (values && cell.Text.Length > 0 && view.Chinese.TryGetValue(cell.Text, out string? said))
            {
                // A text the command said in Chinese itself (a case's diff, a rule's sentence).
                cells[c] = cell with { Text = said };
            }
            else if (values && cell.Kind == CellKind.Text && ExplanationLocalizer.ChinesePart(cell.Text) is { } part)
            {
                // A bilingual label ("期初余额 opening", "住院 inpatient") keeps its Chinese part.
                cells[c] = cell with { Text = part };
            }
            else
            {
                // Data (fund and region names, amounts) is never rewritten: only a cell that is exactly a known word.
                cells[c] = Words.TryGetValue(cell.Text, out string? word) ? cell with { Text = word } : cell;
            }
        }

        for (int c = 0; c < row.Length && c < table.Columns.Count; c++)
        {
            if (values && table.Columns[c].Id == "flag" && row[c].Text.Length > 0)
            {
                cells[c] = row[c] with { Text = Flag(row[c].Text) };
            }
        }

        if (table.Id == "findings")
        {
            TranslateFinding(view, table, row, cells);
        }

        return cells;
    }

    /// <summary>A finding in Chinese: its check and kind by their Chinese names, and its sentence from the finding's message and arguments (or, for a row without one, built from the row's figures).</summary>
    private static void TranslateFinding(ReportView view, ViewTable table, Cell[] row, Cell[] cells)
    {
        int Index(string id)
        {
            for (int i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].Id == id)
                {
                    return i;
                }
            }

            return -1;
        }

        int check = Index("check"), kind = Index("kind"), printed = Index("printed"), expected = Index("expected"), location = Index("location"), sentence = Index("sentence");
        if (check < 0 || kind < 0 || printed < 0 || sentence < 0)
        {
            return;
        }

        string checkName = Checks.TryGetValue(row[check].Text, out string? c) ? c : row[check].Text;
        string kindName = Kinds.TryGetValue(row[kind].Text, out string? k) ? k : row[kind].Text;
        cells[check] = row[check] with { Text = checkName };
        cells[kind] = row[kind] with { Text = kindName };
        string where = location >= 0 && row[location].Text.Length > 0 ? row[location].Text + "：" : string.Empty;
        string recomputed = expected >= 0 && row[expected].Text.Length > 0 ? "，由其他印刷数字重算应为 " + row[expected].Text : string.Empty;
        cells[sentence] = row[sentence] with
        {
            Text = view.Chinese.TryGetValue(row[sentence].Text, out string? said) ? said : $"{where}{kindName}（{checkName}）：印刷值 {row[printed].Text}{recomputed}。",
        };
    }

    /// <summary>"基金收支余 Fund statements" → "基金收支余": a bilingual title keeps its Chinese part.</summary>
    private static string SectionTitle(string title)
    {
        int space = title.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && title.AsSpan(0, space).ContainsAnyInRange('\u4e00', '\u9fff'))
        {
            string rest = title[(space + 1)..];
            int bracket = rest.IndexOf('(', StringComparison.Ordinal);
            string inner = bracket >= 0 ? rest[(bracket + 1)..] : string.Empty;
            return title[..space] + (bracket >= 0 ? "（" + (inner.EndsWith(')') ? inner[..^1] : inner) + "）" : string.Empty);
        }

        return Text(title);
    }

    /// <summary>A column header: the whole header, or its words ("Printed (nearest)" → "印刷值（四舍五入）").</summary>
    private static string Header(string title)
    {
        if (Words.TryGetValue(title, out string? whole))
        {
            return whole;
        }

        int open = title.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && title.EndsWith(')') && Words.TryGetValue(title[..open], out string? head))
        {
            string inner = title[(open + 2)..^1];
            return head + "（" + Word(inner) + "）";
        }

        return Text(title);
    }

    /// <summary>A single word or name (an outcome, a band, a header, a unit), or the text unchanged.</summary>
    internal static string Word(string text) => Words.TryGetValue(text, out string? chinese) ? chinese : Text(text);

    /// <summary>A sentence or title: known phrases replaced, numbers and Chinese kept.</summary>
    internal static string Text(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        if (Words.TryGetValue(text, out string? whole))
        {
            return whole;
        }

        string result = ChecksRun().Replace(text, m => string.Create(CultureInfo.InvariantCulture, $"共核对 {m.Groups[1].Value} 项：错误 {m.Groups[2].Value} 个，提示 {m.Groups[3].Value} 个。"));
        result = MonthsCount().Replace(result, m => m.Groups[1].Value + "个月");
        foreach ((string english, string chinese) in Phrases)
        {
            result = result.Replace(english, chinese, StringComparison.Ordinal);
        }

        return result;
    }

    [GeneratedRegex(@"^(\d+) checks run: (\d+) error\(s\), (\d+) note\(s\)\.$")]
    private static partial Regex ChecksRun();

    [GeneratedRegex(@"(\d+(?:\.\d+)?) months\b")]
    private static partial Regex MonthsCount();

    /// <summary>Longer phrases first: each is replaced where it occurs in a title or note.</summary>
    private static readonly (string English, string Chinese)[] Phrases =
    [
        ("Printed figures that disagree beyond what printing precision explains (error) or only under a rounding the report does not use elsewhere (note)", "印刷数字之间的不一致：超出印刷精度能解释的范围为错误，仅在报告别处未使用的舍入方式下才一致为提示"),
        ("built-in sample: Zhuzhou 2021 annual fund report", "内置样例：株洲市2021年年度医疗保险基金报告"),
        ("built-in sample: ", "内置样例："),
        (" 可支付月数 months of cover by region", " 分地区可支付月数"),
        ("months of cover by region (total row from summed rows)", "分地区累计结余可支付月数（合计行由各行加总）"),
        ("Months of cover = (balance − prepayments − payables) / monthly expenditure", "可支付月数 = （期末累计结余 − 一次性预缴款 − 应付未付款）/ 月平均基金支出"),
        ("Execution rate = executed / budget, against expected progress", "执行率 = 执行数 / 预算数，对照预期进度"),
        ("Budget execution against expected progress", "预算执行率对照预期进度"),
        ("months of cover by region", "分地区可支付月数"),
        ("Regions by band", "各档地区数"),
        (" months insufficient", "个月（不足）"),
        ("Bands: ", "分档："),
        ("Reports print months as integers and mix roundings", "报告把月数印为整数，且舍入方式不一"),
        ("--rounding chooses nearest or floor.", "--rounding nearest 为四舍五入，--rounding floor 为向下取整。"),
        ("the input gives no monthly expenditure per region, so region bands use the printed months", "输入未给出各地区月平均支出，地区分档采用印刷的月数"),
        ("the total row divides the summed actual balance by the fund's monthly expenditure", "合计行以各行实际结余之和除以全市月平均支出"),
        ("its printed months use --rounding", "其整数月数按 --rounding"),
        ("deductions exceed the balance; the actual balance is negative.", "扣除项超过累计结余，实际结余为负。"),
        ("Within the band", "在容差内"),
        ("Over the band", "超预算"),
        ("Under the band", "未达预算进度"),
    ];

    /// <summary>Headers, outcomes, bands, severities, finding checks and kinds, units.</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        // Headers.
        ["Fund"] = "基金",
        ["Income"] = "收入",
        ["Expenditure"] = "支出",
        ["Current surplus"] = "当期结余",
        ["Surplus ratio"] = "结余率",
        ["Accumulated"] = "累计结余",
        ["Line"] = "项目",
        ["Budget"] = "预算数",
        ["Executed"] = "执行数",
        ["Rate"] = "执行率",
        ["Deviation"] = "偏差",
        ["Outcome"] = "判断",
        ["Region"] = "地区",
        ["Regions"] = "统筹区数",
        ["Balance"] = "期末累计结余",
        ["Prepaid"] = "一次性预缴款",
        ["Payables"] = "应付未付款",
        ["Actual"] = "实际结余",
        ["Actual balance"] = "实际结余",
        ["Per month"] = "月平均支出",
        ["Book"] = "账面月数",
        ["Months"] = "可支付月数",
        ["Printed"] = "印刷值",
        ["Printed months"] = "印刷月数",
        ["Band"] = "分档",
        ["Deductions"] = "扣除项",
        ["Year"] = "年度",
        ["In deficit"] = "收不抵支",
        ["In surplus"] = "收支结余",
        ["Share"] = "占比",
        ["Deficit"] = "超支金额",
        ["Surplus"] = "结余金额",
        ["Severity"] = "等级",
        ["Check"] = "校验规则",
        ["Kind"] = "问题类型",
        ["Recomputed"] = "重算值",
        ["Where"] = "位置",
        ["Finding"] = "问题",
        ["Total"] = "合计",
        ["Name"] = "名称",
        ["Value"] = "数值",
        ["Unit"] = "单位",
        ["From"] = "生效日期",
        ["Citation"] = "依据",
        ["Note"] = "备注",
        ["County"] = "县（市、区）",
        ["Scheme"] = "险种",
        ["Points"] = "点数",
        ["Point value"] = "点值",
        ["Cases"] = "病例数",
        ["Target"] = "目标",
        ["Scenario"] = "情景",
        ["Series"] = "序列",
        ["Model"] = "模型",
        ["Key date"] = "关键年份",
        ["Claim"] = "结算单",
        ["Claims"] = "结算单数",
        ["Person"] = "参保人",
        ["Amount"] = "金额",
        ["Basic"] = "基本医保",
        ["Serious illness"] = "大病保险",
        ["Assistance"] = "医疗救助",
        ["Patient"] = "个人负担",
        ["Deductible"] = "起付线",

        ["Flag"] = "标记",
        ["Time progress"] = "时间进度",
        ["Period"] = "报告期",
        ["To"] = "截止日",
        ["not meaningful"] = "无意义",
        ["本年收入 income"] = "本年收入",
        ["保险费收入 premium income"] = "保险费收入",
        ["本年支出 expenditure"] = "本年支出",
        ["保险待遇支出 benefit expenditure"] = "保险待遇支出",
        ["Regions per band"] = "各档地区数",
        ["Regions whose current income fell short of expenditure"] = "当期收入不抵支出的统筹区",
        ["The period every judgement follows: expected execution = time progress; monthly expenditure = the period's expenditure / its months"] = "各项判断所依据的报告期：预期执行进度 = 时间进度；月平均支出 = 期间支出 / 期间月数",

        // Headers and titles of drg, pool, settle, project and params.
        ["Reserve"] = "预留调节金",
        ["Distributable"] = "可分配预算",
        ["High outliers"] = "高倍率病例",
        ["Low outliers"] = "低倍率病例",
        ["Case points"] = "病例点数",
        ["Total points"] = "结算点数",
        ["Institution"] = "医疗机构",
        ["Factor"] = "机构系数",
        ["Point payment"] = "点数支付",
        ["Reference"] = "参照金额",
        ["Position"] = "结余/超支",
        ["Retained / shared"] = "留用/分担",
        ["Final"] = "最终支付",
        ["Σ point payments"] = "Σ 点数支付",
        ["Surplus retained"] = "结余留用",
        ["Surplus clawed back"] = "结余收回",
        ["Overrun shared"] = "超支分担",
        ["Σ final"] = "Σ 最终支付",
        ["Unspent"] = "未使用预算",
        ["Settlement"] = "年终清算",
        ["Group"] = "病组",
        ["Approp."] = "专项资金",
        ["County approp."] = "县级专项资金",
        ["Basic cap"] = "基本上限",
        ["Cap (1%)"] = "上限（1%）",
        ["City before cap"] = "市财政（封顶前）",
        ["City share"] = "市财政分担",
        ["City treasury"] = "市财政",
        ["County treasury"] = "缺口地财政",
        ["County balance"] = "县级结余",
        ["Collected fund"] = "归集基金",
        ["Cut off"] = "超限部分",
        ["Fund due"] = "应由基金支付",
        ["Top-up"] = "年初补充上划",
        ["Transfer"] = "上划",
        ["Transition"] = "过渡期",
        ["Unpaid"] = "不足支付",
        ["To fund"] = "划入基金",
        ["Kept"] = "留存",
        ["Part"] = "组成部分",
        ["Share of total"] = "占合计比例",
        ["Balance after"] = "调剂后结余",
        ["Rules"] = "规则",
        ["Why"] = "原因",
        ["Layer"] = "层级",
        ["Level"] = "医院等级",
        ["Item"] = "项目",
        ["Insured"] = "参保人数",
        ["Insured (prev.)"] = "上年参保人数",
        ["Next period"] = "下一期",
        ["Admissions"] = "住院人次",
        ["Date"] = "日期",
        ["English"] = "英文",
        ["Equation"] = "算式",
        ["Class B self-pay"] = "乙类先行自付",
        ["In scope"] = "政策范围内",
        ["Out of scope"] = "政策范围外",
        ["Three-layer ratio"] = "三重保障后报销比例",
        ["Assumes"] = "假设",
        ["Assumption"] = "假设",
        ["Balance P5"] = "累计结余 P5",
        ["Balance P50"] = "累计结余 P50",
        ["Balance P95"] = "累计结余 P95",
        ["Months P5"] = "可支付月数 P5",
        ["Months P50"] = "可支付月数 P50",
        ["Months P95"] = "可支付月数 P95",
        ["Closing balance"] = "期末累计结余",
        ["Exhaustion"] = "耗尽年份",
        ["Exhaustion (+)"] = "耗尽年份（+）",
        ["Exhaustion (−)"] = "耗尽年份（−）",
        ["Final (+)"] = "期末（+）",
        ["Final (−)"] = "期末（−）",
        ["Final balance"] = "期末累计结余",
        ["Final months"] = "期末可支付月数",
        ["First deficit"] = "首次当期收不抵支",
        ["Forecast"] = "预测值",
        ["In service per retiree"] = "在职退休比",
        ["Lower 95%"] = "95% 下限",
        ["Upper 95%"] = "95% 上限",
        ["Months of cover"] = "可支付月数",
        ["Residual SE"] = "残差标准误",
        ["Swing"] = "波动幅度",
        ["Each claim and what was in the policy scope"] = "各结算单及其政策范围内金额",
        ["Each claim's split: basic + serious illness + assistance + patient = total"] = "各结算单分担：基本医保 + 大病保险 + 医疗救助 + 个人负担 = 医疗费用总额",
        ["Each person-year's accumulators"] = "各参保人年度累计",
        ["Each scenario is the baseline with the shifts shown"] = "各情景为基准情景加所示调整",
        ["Each series with each model it has enough points for"] = "各序列及其数据点足够的各模型",
        ["Inputs of the base year and what the projection derives from them"] = "基期输入及预测由其推出的量",
        ["Name, layer (national rule or local convention), unit, effective date, value, citation"] = "名称、层级（全国规定或本地约定）、单位、生效日期、数值、依据",
        ["One sentence per county in Chinese and English"] = "每县一句说明（中文和英文）",
        ["Policy parameters (every dated value)"] = "政策参数（每个带日期的值）",
        ["Totals of the claims still active"] = "仍有效结算单的合计",
        ["Who paid what"] = "各方支付金额",
        ["Year-to-date per person (claims still active)"] = "每人年度累计（仍有效的结算单）",
        ["Σ payments = distributable budget; Σ final + unspent = budget"] = "Σ 支付 = 可分配预算；Σ 最终支付 + 未使用预算 = 预算数",

        // Roundings.
        ["nearest"] = "四舍五入",
        ["floor"] = "向下取整",

        // Outcomes and bands.
        ["Within"] = "容差内",
        ["Over"] = "超预算",
        ["Under"] = "未达进度",
        ["NoBudget"] = "无预算",
        ["NoExpenditure"] = "无支出",
        ["n/a"] = "不适用",
        ["Met"] = "达标",
        ["Below"] = "低于目标",
        ["Above"] = "高于目标",
        ["NoTarget"] = "无目标",
        ["NoCost"] = "无费用",

        // Units.
        ["months"] = "个月",
        ["合计 Total"] = "合计",
    };

    private static readonly Dictionary<string, string> Severities = new(StringComparer.Ordinal)
    {
        ["Error"] = "错误",
        ["Note"] = "提示",
    };

    /// <summary>The checks of the reconciliation by their Chinese names (校验规则).</summary>
    private static readonly Dictionary<string, string> Checks = new(StringComparer.Ordinal)
    {
        ["Total"] = "合计 = Σ 分项",
        ["Surplus"] = "当期结余 = 收入 − 支出",
        ["ActualBalance"] = "实际结余 = 期末累计结余 − Σ 扣除项",
        ["Share"] = "占比 = 分项 / 合计",
        ["ExecutionRate"] = "执行率 = 执行数 / 预算数",
        ["MonthsOfCover"] = "可支付月数 = 结余 / 月平均支出",
        ["MonthlyExpenditure"] = "月平均支出 = 年度支出 / 12",
        ["Growth"] = "同比增长率",
        ["Repeated"] = "同一数字多处出现",
        ["Quotient"] = "比率/人均",
        ["Product"] = "乘积",
    };

    /// <summary>The kinds of finding by their Chinese names (问题类型).</summary>
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["Mismatch"] = "数字不符",
        ["DirectedRounding"] = "单向舍入",
        ["MixedRounding"] = "舍入方式不一",
        ["DoublePrinting"] = "同一数字两处不同",
        ["ParameterPrintedTwice"] = "同一参数两处不同",
    };
}
