using System.Collections.Generic;
using System.Linq;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

public sealed partial class ReaderBoundaryTests
{
    // One document using every member of docs/report-format.md.
    private const string Everything = """
        {
          "title": "全要素", "publisher": "某局", "period": "2021H1",
          "statements": [
            { "title": "收支表", "section": "一", "unit": "亿元", "period": "2021-06",
              "funds": [
                { "fund": "职工", "income": "10.00", "incomeGrowth": "10.0%", "previousIncome": "9.09", "expenditure": "8.00",
                  "expenditureGrowth": "5.0%", "previousExpenditure": "7.62", "currentSurplus": "2.00", "accumulatedBalance": "20.00",
                  "components": [ { "name": "统筹", "currentSurplus": "1.50", "accumulatedBalance": "15.00", "shareOfBalance": "75.0%" } ] } ],
              "total": { "fund": "合计", "income": "10.00" } },
            { "title": "无节", "funds": [] }
          ],
          "budgets": [
            { "title": "预算表", "unit": "万元", "period": "2021H1",
              "rows": [ { "fund": "居民", "line": "收入", "budget": "100", "executed": "90", "rate": "90.0%", "textRate": "90%" } ] }
          ],
          "regions": [
            { "title": "地区表", "section": "三", "unit": "万元", "fund": "职工", "period": "2021H1",
              "columns": [
                { "name": "期末累计结余" },
                { "name": "应付未付款", "columns": [ { "name": "业务已结算财务未支付" }, { "name": "业务未结算" }, { "name": "暂扣预留金" }, { "name": "其他未付款" }, { "name": "小计" } ] },
                { "name": "一次性预缴" }, { "name": "实际结余" }, { "name": "月平均支出" }, { "name": "可支付月数" }, { "name": "账面可支付月数" },
                { "name": "备注", "role": "other", "unit": "个" }, { "name": "人数", "summable": true, "unit": "人" }, { "name": "其他" }
              ],
              "rows": [ { "region": "甲", "values": ["100", "1", "2", "3", "4", "10", "5", "85", "10", "8.5", "10.0", "1", "3", null] } ],
              "total": { "region": "合计", "values": ["100", "1", "2", "3", "4", "10", "-", "85", "10", "8.5", "10.0", "1", "3", null] } },
            { "title": "两险", "columns": [ { "name": "居民 累计结余", "unit": "亿元" }, { "name": "月数", "role": "months" }, { "name": "应付未付款" }, { "name": "预付款" }, { "name": "可支撑月数", "unit": "个月" }, { "name": "累计结余" },
                { "name": "小计" }, { "name": "应付未付款", "columns": [ { "name": "合计" } ] }, { "name": "职工", "columns": [ { "name": "应付未付款" } ] } ],
              "rows": [] }
          ],
          "monthsOfCover": [
            { "fund": "统筹", "region": "全市", "section": "四", "unit": "亿元", "balance": "23.89", "monthlyExpenditure": "1.29", "expenditure": "7.74",
              "annualExpenditure": "15.48", "bookMonths": "18.5", "deductions": [ { "label": "预缴", "value": "约0" }, "3.66" ], "deductionsTotal": "3.66",
              "actualBalance": "20.23", "actualMonths": "约15个月" },
            { "fund": "个人", "unit": "亿元", "balance": "1.00", "annualExpenditure": "12.00" },
            { "fund": "当期", "balance": "1.00亿元", "expenditure": "6.00亿元" }
          ],
          "claims": [
            { "kind": "bandCount", "text": "6至9个月的2个", "at": "四 正文", "fund": "职工", "subject": "bookMonths", "from": "6", "to": "9", "count": "2" },
            { "kind": "allBelow", "text": "均低于25%", "limit": "25%" },
            { "kind": "allAbove", "text": "均高于9个月", "fund": "职工", "limit": "9个月" },
            { "kind": "allAbove", "text": "月数均高于3", "subject": "months", "limit": "3" },
            { "kind": "period", "text": "上半年", "stated": "2021H1" },
            { "kind": "bandCount", "text": "低于3个月的1个", "below": "3", "count": "1" },
            { "kind": "bandCount", "text": "高于12个月的0个", "above": "12", "count": "0" }
          ],
          "cohorts": [
            { "title": "人群", "section": "五", "unit": "人", "partition": false, "total": "100",
              "rows": [ { "name": "在职", "count": "60", "share": "60%" }, { "name": "退休", "count": "40" } ] },
            { "title": "默认", "total": "3人", "rows": [] },
            { "title": "明示", "partition": true, "total": "3人", "rows": [] }
          ],
          "yearOnYear": [
            { "title": "增长", "section": "六", "unit": "亿元",
              "total": { "label": "合计", "current": "3.00", "previous": "2.85", "change": "0.15", "growth": "5.3%" },
              "parts": [ { "label": "住院", "current": "2.00", "growth": "5.0%" } ] },
            { "title": "单", "total": { "label": "合计", "current": "3亿元" } }
          ],
          "deficitScans": [
            { "title": "扫描", "section": "七", "rows": [ { "year": "2021", "regions": "14", "deficitRegions": "3", "deficitShare": "21.4%", "deficitAmount": "1,234",
              "surplusRegions": "11", "surplusShare": "78.6%", "surplusAmount": "5,678" } ] },
            { "title": "家", "unit": "家", "rows": [ { "year": "2020", "regions": "2", "deficitRegions": "1", "surplusRegions": "1" } ] }
          ],
          "repeated": [
            { "label": "标准", "kind": "contributionStandard", "unit": "元/人", "mentions": ["380", { "printed": "350", "at": "二 正文" }] },
            { "label": "同一", "kind": "sameFigure", "mentions": ["1元", "1元"] },
            { "label": "默认", "mentions": ["1元", "1元"] }
          ],
          "totals": [ { "label": "合计", "section": "八", "unit": "万元", "total": "3", "parts": [ { "label": "甲", "value": "1" }, "2" ] } ],
          "quotients": [ { "label": "人均", "section": "九", "unit": "元/人", "numerator": { "label": "金额", "value": "1.00万元" }, "denominator": "100人", "quotient": "100" } ],
          "products": [ { "label": "缴费", "unit": "万元", "left": { "label": "人数", "value": "100人" }, "right": "380元/人", "product": "3.80" } ]
        }
        """;

    private static string Show(PrintedFigure? f) => f is null ? "null"
        : $"{f.Text}|{f.Unit}|{f.Precision}|{f.Rounding}{(f.IsDash ? "|dash" : string.Empty)}|{f.Location}|{f.Location.Source}";

    private static IEnumerable<string> Lines(ReportDocument d)
    {
        yield return $"{d.Title}|{d.Publisher}|{d.Year}|{d.Period}";
        foreach (StatementTable t in d.Statements)
        {
            yield return $"statement {t.Title} {t.Period?.ToString() ?? "-"} total={t.Total?.Fund ?? "-"}";
            foreach (FundStatementFigures f in t.Total is null ? t.Funds : [.. t.Funds, t.Total])
            {
                foreach (PrintedFigure? x in (PrintedFigure?[])[f.Income, f.IncomeGrowth, f.PreviousIncome, f.Expenditure, f.ExpenditureGrowth, f.PreviousExpenditure, f.CurrentSurplus, f.AccumulatedBalance])
                {
                    yield return "  " + Show(x);
                }

                foreach (FundComponentFigures c in f.Components)
                {
                    yield return $"  component {c.Name}: {Show(c.CurrentSurplus)} ; {Show(c.AccumulatedBalance)} ; {Show(c.ShareOfBalance)}";
                }
            }
        }

        foreach (BudgetTable t in d.Budgets)
        {
            yield return $"budget {t.Title} {t.Period}";
            foreach (BudgetExecutionFigures r in t.Rows)
            {
                yield return $"  {r.Fund}/{r.Line}: {Show(r.Budget)} ; {Show(r.Executed)} ; {Show(r.Rate)} ; {Show(r.TextRate)}";
            }
        }

        foreach (RegionTable t in d.Regions)
        {
            yield return $"region {t.Title} {t.Period?.ToString() ?? "-"}";
            foreach (RegionColumn c in t.Columns)
            {
                yield return $"  column {c.Name}|{c.Role?.ToString() ?? "-"}|{c.Summable}|{string.Join("/", c.Header)}|{c.Fund ?? "-"}";
            }

            foreach (RegionRow r in t.Total is null ? t.Rows : [.. t.Rows, t.Total])
            {
                yield return $"  row {r.Region}: " + string.Join(" ; ", r.Values.Select(Show));
            }
        }

        foreach (MonthsOfCoverFigures m in d.MonthsOfCover)
        {
            yield return $"months {m.Fund} {m.Region ?? "-"}";
            foreach (PrintedFigure? x in (PrintedFigure?[])[m.Balance, m.MonthlyExpenditure, m.Expenditure, m.AnnualExpenditure, m.BookMonths, .. m.Deductions, m.DeductionsTotal, m.ActualBalance, m.ActualMonths])
            {
                yield return "  " + Show(x);
            }
        }

        foreach (ReportClaim c in d.Claims)
        {
            yield return $"claim {c.Kind}|{c.Text}|{c.Location}|{c.Location.Source}|{c.Fund ?? "-"}|{c.Subject}|{c.Below}|{c.From}|{c.To}|{c.Above}|{c.Count}|{c.Limit}|{c.StatedPeriod}";
        }

        foreach (CohortTable t in d.Cohorts)
        {
            yield return $"cohorts {t.Title} partition={t.IsPartition} total {Show(t.Total)}";
            foreach (CohortRow r in t.Rows)
            {
                yield return $"  {r.Name}: {Show(r.Count)} ; {Show(r.Share)}";
            }
        }

        foreach (YearOnYearGroup g in d.YearOnYear)
        {
            yield return $"yoy {g.Title}";
            foreach (YearOnYearFigure f in (YearOnYearFigure[])[g.Total, .. g.Parts])
            {
                yield return $"  {f.Label}: {Show(f.Current)} ; {Show(f.Previous)} ; {Show(f.Change)} ; {Show(f.Growth)}";
            }
        }

        foreach (DeficitScanTable t in d.DeficitScans)
        {
            yield return $"scan {t.Title}";
            foreach (DeficitScanRow r in t.Rows)
            {
                yield return $"  {r.Year}: " + string.Join(" ; ", ((PrintedFigure?[])[r.Regions, r.DeficitRegions, r.DeficitShare, r.DeficitAmount, r.SurplusRegions, r.SurplusShare, r.SurplusAmount]).Select(Show));
            }
        }

        foreach (RepeatedFigure r in d.Repeated)
        {
            yield return $"repeated {r.Label} {r.Kind}: " + string.Join(" ; ", r.Mentions.Select(Show));
        }

        foreach (TotalFigures t in d.Totals)
        {
            yield return $"total {t.Label}: {Show(t.Total)} = " + string.Join(" ; ", t.Parts.Select(Show));
        }

        foreach (QuotientFigure q in d.Quotients)
        {
            yield return $"quotient {q.Label}: {Show(q.Quotient)} = {Show(q.Numerator)} / {Show(q.Denominator)}";
        }

        foreach (ProductFigure p in d.Products)
        {
            yield return $"product {p.Label}: {Show(p.Product)} = {Show(p.Left)} × {Show(p.Right)}";
        }
    }

    [Fact]
    public void A_document_with_every_member_reads_back_figure_by_figure() =>
        Assert.Equal(Expected.ReplaceLineEndings("\n"), string.Join("\n", Lines(Read(Everything))));

    // Reviewed: sections default to the table title (or the fund), units to the table's (months columns to 个月), roles are
    // inferred from the Chinese headings (小计/合计 only under 应付未付款, a bare 应付未付款 only at the top), the outermost
    // column group names the fund, claims default to 正文 and to
    // execution rates when an allBelow/allAbove claim names no fund, cohorts default to a partition.
    private const string Expected = """
            全要素|某局|2021|2021H1
            statement 收支表 2021-06 total=合计
              10.00亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 › 收入|t.json:6:35
              10.0%|Percent|0.1|Nearest|一 › 收支表 › 职工 › 收入同比增幅|t.json:6:60
              9.09亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 › 上年同期收入|t.json:6:87
              8.00亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 › 支出|t.json:6:110
              5.0%|Percent|0.1|Nearest|一 › 收支表 › 职工 › 支出同比增幅|t.json:7:32
              7.62亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 › 上年同期支出|t.json:7:63
              2.00亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 › 当期结余|t.json:7:89
              20.00亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 › 累计结余|t.json:7:119
              component 统筹: 1.50亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 统筹 › 当期结余|t.json:8:61 ; 15.00亿元|Yi|0.01|Nearest|一 › 收支表 › 职工 统筹 › 累计结余|t.json:8:91 ; 75.0%|Percent|0.1|Nearest|一 › 收支表 › 职工 统筹 › 占比|t.json:8:118
              10.00亿元|Yi|0.01|Nearest|一 › 收支表 › 合计 › 收入|t.json:9:42
              null
              null
              null
              null
              null
              null
              null
            statement 无节 - total=-
            budget 预算表 2021H1
              居民/收入: 100万元|Wan|1|Nearest|预算表 › 预算表 › 居民 收入 › 预算数|t.json:14:57 ; 90万元|Wan|1|Nearest|预算表 › 预算表 › 居民 收入 › 执行数|t.json:14:76 ; 90.0%|Percent|0.1|Nearest|预算表 › 预算表 › 居民 收入 › 执行率|t.json:14:90 ; 90%|Percent|1|Nearest|预算表 正文 › 居民 收入 › 执行率|t.json:14:111
            region 地区表 2021H1
              column 期末累计结余|Balance|True|期末累计结余|职工
              column 应付未付款 业务已结算财务未支付|SettledUnpaid|True|应付未付款/业务已结算财务未支付|应付未付款
              column 应付未付款 业务未结算|Unsettled|True|应付未付款/业务未结算|应付未付款
              column 应付未付款 暂扣预留金|WithheldReserve|True|应付未付款/暂扣预留金|应付未付款
              column 应付未付款 其他未付款|OtherUnpaid|True|应付未付款/其他未付款|应付未付款
              column 应付未付款 小计|Payables|True|应付未付款/小计|应付未付款
              column 一次性预缴|Prepayments|True|一次性预缴|职工
              column 实际结余|ActualBalance|True|实际结余|职工
              column 月平均支出|MonthlyExpenditure|True|月平均支出|职工
              column 可支付月数|Months|False|可支付月数|职工
              column 账面可支付月数|BookMonths|False|账面可支付月数|职工
              column 备注|Other|False|备注|职工
              column 人数|-|True|人数|职工
              column 其他|-|False|其他|职工
              row 甲: 100万元|Wan|1|Nearest|三 › 地区表 › 甲 › 期末累计结余|t.json:24:45 ; 1万元|Wan|1|Nearest|三 › 地区表 › 甲 › 应付未付款 业务已结算财务未支付|t.json:24:52 ; 2万元|Wan|1|Nearest|三 › 地区表 › 甲 › 应付未付款 业务未结算|t.json:24:57 ; 3万元|Wan|1|Nearest|三 › 地区表 › 甲 › 应付未付款 暂扣预留金|t.json:24:62 ; 4万元|Wan|1|Nearest|三 › 地区表 › 甲 › 应付未付款 其他未付款|t.json:24:67 ; 10万元|Wan|1|Nearest|三 › 地区表 › 甲 › 应付未付款 小计|t.json:24:72 ; 5万元|Wan|1|Nearest|三 › 地区表 › 甲 › 一次性预缴|t.json:24:78 ; 85万元|Wan|1|Nearest|三 › 地区表 › 甲 › 实际结余|t.json:24:83 ; 10万元|Wan|1|Nearest|三 › 地区表 › 甲 › 月平均支出|t.json:24:89 ; 8.5个月|Months|0.1|Nearest|三 › 地区表 › 甲 › 可支付月数|t.json:24:95 ; 10.0个月|Months|0.1|Nearest|三 › 地区表 › 甲 › 账面可支付月数|t.json:24:102 ; 1|Count|1|Nearest|三 › 地区表 › 甲 › 备注|t.json:24:110 ; 3人|Persons|1|Nearest|三 › 地区表 › 甲 › 人数|t.json:24:115 ; null
              row 合计: 100万元|Wan|1|Nearest|三 › 地区表 › 合计 › 期末累计结余|t.json:25:45 ; 1万元|Wan|1|Nearest|三 › 地区表 › 合计 › 应付未付款 业务已结算财务未支付|t.json:25:52 ; 2万元|Wan|1|Nearest|三 › 地区表 › 合计 › 应付未付款 业务未结算|t.json:25:57 ; 3万元|Wan|1|Nearest|三 › 地区表 › 合计 › 应付未付款 暂扣预留金|t.json:25:62 ; 4万元|Wan|1|Nearest|三 › 地区表 › 合计 › 应付未付款 其他未付款|t.json:25:67 ; 10万元|Wan|1|Nearest|三 › 地区表 › 合计 › 应付未付款 小计|t.json:25:72 ; -|Wan|0|Nearest|dash|三 › 地区表 › 合计 › 一次性预缴|t.json:25:78 ; 85万元|Wan|1|Nearest|三 › 地区表 › 合计 › 实际结余|t.json:25:83 ; 10万元|Wan|1|Nearest|三 › 地区表 › 合计 › 月平均支出|t.json:25:89 ; 8.5个月|Months|0.1|Nearest|三 › 地区表 › 合计 › 可支付月数|t.json:25:95 ; 10.0个月|Months|0.1|Nearest|三 › 地区表 › 合计 › 账面可支付月数|t.json:25:102 ; 1|Count|1|Nearest|三 › 地区表 › 合计 › 备注|t.json:25:110 ; 3人|Persons|1|Nearest|三 › 地区表 › 合计 › 人数|t.json:25:115 ; null
            region 两险 -
              column 居民 累计结余|-|False|居民 累计结余|居民
              column 月数|Months|False|月数|-
              column 应付未付款|Payables|True|应付未付款|-
              column 预付款|Prepayments|True|预付款|-
              column 可支撑月数|Months|False|可支撑月数|-
              column 累计结余|Balance|True|累计结余|-
              column 小计|-|False|小计|-
              column 应付未付款 合计|Payables|True|应付未付款/合计|应付未付款
              column 职工 应付未付款|-|False|职工/应付未付款|职工
            months 统筹 全市
              23.89亿元|Yi|0.01|Nearest|四 › 统筹 › 期末累计结余|t.json:31:78
              1.29亿元|Yi|0.01|Nearest|四 › 统筹 › 月平均支出|t.json:31:109
              7.74亿元|Yi|0.01|Nearest|四 › 统筹 › 本期支出|t.json:31:132
              15.48亿元|Yi|0.01|Nearest|四 › 统筹 › 年度支出|t.json:32:28
              18.5个月|Months|0.1|Nearest|四 › 统筹 › 账面可支付月数|t.json:32:51
              约0亿元|Yi|1|Approximate|四 › 统筹 › 扣除 预缴|t.json:32:101
              3.66亿元|Yi|0.01|Nearest|四 › 统筹 › 扣除 |t.json:32:109
              3.66亿元|Yi|0.01|Nearest|四 › 统筹 › 扣除项合计|t.json:32:138
              20.23亿元|Yi|0.01|Nearest|四 › 统筹 › 实际结余|t.json:33:24
              约15个月|Months|1|Approximate|四 › 统筹 › 实际可支付月数|t.json:33:49
            months 个人 -
              1.00亿元|Yi|0.01|Nearest|个人 › 个人 › 期末累计结余|t.json:34:46
              null
              null
              12.00亿元|Yi|0.01|Nearest|个人 › 个人 › 年度支出|t.json:34:75
              null
              null
              null
              null
            months 当期 -
              1.00亿元|Yi|0.01|Nearest|当期 › 当期 › 期末累计结余|t.json:35:32
              null
              6.00亿元|Yi|0.01|Nearest|当期 › 当期 › 本期支出|t.json:35:57
              null
              null
              null
              null
              null
            claim BandCount|6至9个月的2个|四 正文 › 6至9个月的2个|t.json:38:5|职工|BookMonths||6|9||2||
            claim AllBelow|均低于25%|正文 › 均低于25%|t.json:39:5|-|ExecutionRates||||||25|
            claim AllAbove|均高于9个月|正文 › 均高于9个月|t.json:40:5|职工|Months||||||9|
            claim AllAbove|月数均高于3|正文 › 月数均高于3|t.json:41:5|-|Months||||||3|
            claim Period|上半年|正文 › 上半年|t.json:42:5|-|Months|||||||2021H1
            claim BandCount|低于3个月的1个|正文 › 低于3个月的1个|t.json:43:5|-|Months|3||||1||
            claim BandCount|高于12个月的0个|正文 › 高于12个月的0个|t.json:44:5|-|Months||||12|0||
            cohorts 人群 partition=False total 100人|Persons|1|Nearest|五 › 人群 › 合计 › 人数|t.json:47:80
              在职: 60人|Persons|1|Nearest|五 › 人群 › 在职 › 人数|t.json:48:42 ; 60%|Percent|1|Nearest|五 › 人群 › 在职 › 占比|t.json:48:57
              退休: 40人|Persons|1|Nearest|五 › 人群 › 退休 › 人数|t.json:48:91 ; null
            cohorts 默认 partition=True total 3人|Persons|1|Nearest|默认 › 默认 › 合计 › 人数|t.json:49:31
            cohorts 明示 partition=True total 3人|Persons|1|Nearest|明示 › 明示 › 合计 › 人数|t.json:50:50
            yoy 增长
              合计: 3.00亿元|Yi|0.01|Nearest|六 › 增长 › 合计 › 本期|t.json:54:44 ; 2.85亿元|Yi|0.01|Nearest|六 › 增长 › 合计 › 上期|t.json:54:64 ; 0.15亿元|Yi|0.01|Nearest|六 › 增长 › 合计 › 增减额|t.json:54:82 ; 5.3%|Percent|0.1|Nearest|六 › 增长 › 合计 › 同比增长率|t.json:54:100
              住院: 2.00亿元|Yi|0.01|Nearest|六 › 增长 › 住院 › 本期|t.json:55:46 ; null ; null ; 5.0%|Percent|0.1|Nearest|六 › 增长 › 住院 › 同比增长率|t.json:55:64
            yoy 单
              合计: 3亿元|Yi|1|Nearest|单 › 单 › 合计 › 本期|t.json:56:58 ; null ; null ; null
            scan 扫描
              2021: 14|Count|1|Nearest|七 › 扫描 › 2021 › 统筹区总数|t.json:59:77 ; 3|Count|1|Nearest|七 › 扫描 › 2021 › 收不抵支 统筹区个数|t.json:59:101 ; 21.4%|Percent|0.1|Nearest|七 › 扫描 › 2021 › 收不抵支 所占比例|t.json:59:122 ; 1234万元|Wan|1|Nearest|七 › 扫描 › 2021 › 超支金额|t.json:59:148 ; 11|Count|1|Nearest|七 › 扫描 › 2021 › 未收不抵支 统筹区个数|t.json:60:25 ; 78.6%|Percent|0.1|Nearest|七 › 扫描 › 2021 › 未收不抵支 所占比例|t.json:60:47 ; 5678万元|Wan|1|Nearest|七 › 扫描 › 2021 › 结余金额|t.json:60:73
            scan 家
              2020: 2|Count|1|Nearest|家 › 家 › 2020 › 统筹区总数|t.json:61:73 ; 1|Count|1|Nearest|家 › 家 › 2020 › 收不抵支 统筹区个数|t.json:61:96 ; null ; null ; 1|Count|1|Nearest|家 › 家 › 2020 › 未收不抵支 统筹区个数|t.json:61:119 ; null ; null
            repeated 标准 ContributionStandard: 380元/人|YuanPerPerson|1|Nearest|标准 › mention 1|t.json:64:82 ; 350元/人|YuanPerPerson|1|Nearest|二 正文|t.json:64:102
            repeated 同一 SameFigure: 1元|Yuan|1|Nearest|同一 › mention 1|t.json:65:57 ; 1元|Yuan|1|Nearest|同一 › mention 2|t.json:65:63
            repeated 默认 SameFigure: 1元|Yuan|1|Nearest|默认 › mention 1|t.json:66:35 ; 1元|Yuan|1|Nearest|默认 › mention 2|t.json:66:41
            total 合计: 3万元|Wan|1|Nearest|八 › 合计 › 合计|t.json:68:71 = 1万元|Wan|1|Nearest|八 › 合计 › 甲|t.json:68:112 ; 2万元|Wan|1|Nearest|八 › 合计|t.json:68:119
            quotient 人均: 100元/人|YuanPerPerson|1|Nearest|九 › 人均|t.json:69:152 = 1.00万元|Wan|0.01|Nearest|九 › 人均 › 金额|t.json:69:105 / 100人|Persons|1|Nearest|九 › 人均|t.json:69:132
            product 缴费: 3.80万元|Wan|0.01|Nearest|缴费 › 缴费|t.json:70:122 = 100人|Persons|1|Nearest|缴费 › 缴费 › 人数|t.json:70:82 × 380元/人|YuanPerPerson|1|Nearest|缴费 › 缴费|t.json:70:101
            """;
}
