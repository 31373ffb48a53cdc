using System.Collections.Generic;
using System.Linq;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// Whole reports through <see cref="ReportChecker.Check"/>, one kind of table or claim at a time: statements and
/// their totals, fund components, budget double printings, region tables and their identities, months of cover,
/// cohorts, year-on-year groups, deficit scans, quotients, products and the text's claims — for each the checks run
/// and every finding and unchecked figure in full.
/// </summary>
public sealed partial class ReportScenarioBoundaryTests
{
    private static PrintedFigure F(string text, string column = "c", string row = "r", string table = "t") =>
        PrintedFigure.Parse(text, new FigureLocation("s", table, row, column));

    private static string Render(ReconciliationResult r) =>
        string.Join("\n", (string[])[$"checks={r.ChecksRun} errors={r.ErrorCount} notes={r.NoteCount} consistent={r.IsConsistent}",
            .. r.Findings.Select(RunScenarioBoundaryTests.Describe), .. r.Unchecked.Select(RunScenarioBoundaryTests.Describe)]);

    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static RegionColumn Role(string name, RegionColumnRole role, string? fund = null, bool summable = false) => new(name, summable) { Role = role, Fund = fund };

    private static Dictionary<string, ReportDocument> All()
    {
        var all = new Dictionary<string, ReportDocument>();

        // ---- A statement of two funds and its total: 10 + 5 = 15 income, 8 + 6 = 14 expenditure, 2 − 1 = 1 surplus,
        // 20 + 10 = 30 balance but 30.10 printed; fund A's income grew 10.00 / 9.09 − 1 = 10.0%; its expenditure growth has
        // no previous figure; the table is of 2020 in a 2021 report.
        var a = new FundStatementFigures("A")
        {
            Income = F("10.00亿元", "收入", "A"), PreviousIncome = F("9.09亿元", "上年收入", "A"), IncomeGrowth = F("10.0%", "收入增幅", "A"),
            Expenditure = F("8.00亿元", "支出", "A"), ExpenditureGrowth = F("5.0%", "支出增幅", "A"),
            CurrentSurplus = F("2.00亿元", "当期结余", "A"), AccumulatedBalance = F("20.00亿元", "累计结余", "A"),
        };
        var b = new FundStatementFigures("B")
        {
            Income = F("5.00亿元", "收入", "B"), Expenditure = F("6.00亿元", "支出", "B"),
            CurrentSurplus = F("-1.00亿元", "当期结余", "B"), AccumulatedBalance = F("10.00亿元", "累计结余", "B"),
        };
        var total = new FundStatementFigures("合计")
        {
            Income = F("15.00亿元", "收入", "合计"), Expenditure = F("14.00亿元", "支出", "合计"),
            CurrentSurplus = F("1.00亿元", "当期结余", "合计"), AccumulatedBalance = F("30.10亿元", "累计结余", "合计"),
        };
        all["statement"] = new ReportDocument("r") { Period = Year2021, Statements = [new StatementTable("表一", [a, b]) { Total = total, Period = ReportingPeriod.OfYear(2020) }] };
        all["statement-without-total"] = new ReportDocument("r") { Statements = [new StatementTable("表一", [a, b]) { Period = Year2021 }] };

        // ---- A fund of two components: 1.50 + 0.50 = 2.00 surplus, 15 + 5 = 20 balance, shares 75% / 30% (25% true);
        // surplus 10.00 − 8.00 = 2.00 but 2.10 printed.
        var components = new FundStatementFigures("职工")
        {
            Income = F("10.00亿元", "收入"), Expenditure = F("8.00亿元", "支出"), CurrentSurplus = F("2.10亿元", "当期结余"), AccumulatedBalance = F("20.00亿元", "累计结余"),
            Components =
            [
                new FundComponentFigures("统筹基金") { CurrentSurplus = F("1.60亿元", "统筹当期"), AccumulatedBalance = F("15.00亿元", "统筹累计"), ShareOfBalance = F("75.0%", "统筹占比") },
                new FundComponentFigures("个人账户") { CurrentSurplus = F("0.50亿元", "个人当期"), AccumulatedBalance = F("5.00亿元", "个人累计"), ShareOfBalance = F("30.0%", "个人占比") },
            ],
        };
        all["components"] = new ReportDocument("r") { Statements = [new StatementTable("表二", [components])] };

        // ---- Budget rows: 30.9 / 30.7 ∈ [100.33%, 100.98%]: 100.40% and 100.90% both fit but disagree (double printing);
        // 30.89 / 30.66 ∈ [100.72%, 100.78%]: 100.75% fits, the text's 100.70% does not.
        all["budget"] = new ReportDocument("r")
        {
            Budgets =
            [
                new BudgetTable("预算表",
                [
                    new BudgetExecutionFigures("职工", "收入", F("30.7亿元", "预算数"), F("30.9亿元", "执行数"), F("100.40%", "执行率")) { TextRate = F("100.90%", "正文") },
                    new BudgetExecutionFigures("居民", "收入", F("30.66亿元", "预算数"), F("30.89亿元", "执行数"), F("100.75%", "执行率")) { TextRate = F("100.70%", "正文") },
                    new BudgetExecutionFigures("居民", "支出", F("30.66亿元", "预算数"), F("30.89亿元", "执行数"), F("100.75%", "执行率")),
                ]) { Period = ReportingPeriod.OfMonth(2021, 12) },
            ],
            Period = Year2021,
        };

        // ---- A region table: summable 收入 and 支出, a non-summable 比率; row B prints only 收入; the total omits 支出.
        RegionColumn[] columns = [new("收入", true), new("比率", false), new("支出", true)];
        all["regions-total"] = new ReportDocument("r")
        {
            Regions =
            [
                new RegionTable("地区表", columns,
                [
                    new RegionRow("A", [F("1.00亿元", "收入", "A"), F("50%", "比率", "A"), F("2.00亿元", "支出", "A")]),
                    new RegionRow("B", [F("2.00亿元", "收入", "B")]),
                ]) { Total = new RegionRow("合计", [F("3.10亿元", "收入", "合计"), F("60%", "比率", "合计")]) },
            ],
        };

        // ---- Region identities of one fund: 应付未付款 = 已结算未支付 + 未结算; 实际结余 = 结余 − 预缴 − 应付未付款;
        // 可支付月数 = 实际结余 / 月平均支出; 账面 = 结余 / 月平均支出.
        RegionColumn[] roles =
        [
            Role("结余", RegionColumnRole.Balance, "职工"), Role("预缴", RegionColumnRole.Prepayments, "职工"), Role("应付", RegionColumnRole.Payables, "职工"),
            Role("已结算", RegionColumnRole.SettledUnpaid, "职工"), Role("未结算", RegionColumnRole.Unsettled, "职工"), Role("实际", RegionColumnRole.ActualBalance, "职工"),
            Role("月支出", RegionColumnRole.MonthlyExpenditure, "职工"), Role("月数", RegionColumnRole.Months, "职工"), Role("账面月数", RegionColumnRole.BookMonths, "职工"),
        ];
        RegionRow Row(string region, params string?[] cells) => new(region, [.. cells.Select((c, i) => c is null ? null : F(c, roles[i].Name, region))]);
        all["region-identities"] = new ReportDocument("r")
        {
            Regions =
            [
                new RegionTable("地区表", roles,
                [
                    Row("A", "100万元", "10万元", "30万元", "20万元", "10万元", "60万元", "10万元", "6.0个月", "10.0个月"),
                    Row("B", "100万元", "10万元", "30万元", "20万元", "10万元", "65万元", "10万元", "6.0个月", "12.0个月"),
                    Row("C", "100万元", null, "30万元", "20万元", "10万元", "60万元", "10万元", null, null),
                    Row("D", "100万元", "10万元", null, "20万元", "10万元", "60万元", "10万元", "6.0个月", "10.0个月"),
                    Row("E", "100万元", "10万元", null, "20万元", null, "60万元", "10万元", null, null),
                    Row("F", "100万元", "10万元", "31万元", "20万元", "10万元", "59万元", "0万元", "6.0个月", null),
                ]),
            ],
        };

        // ---- The same columns without a fund and without any monthly expenditure: months cannot be checked.
        RegionColumn[] bare = [Role("结余", RegionColumnRole.Balance), Role("实际", RegionColumnRole.ActualBalance), Role("预缴", RegionColumnRole.Prepayments),
            Role("月数", RegionColumnRole.Months), Role("账面月数", RegionColumnRole.BookMonths)];
        all["region-no-monthly"] = new ReportDocument("r")
        {
            Regions =
            [
                new RegionTable("地区表", bare,
                [
                    new RegionRow("A", [F("100万元", "结余", "A"), F("90万元", "实际", "A"), F("10万元", "预缴", "A"), F("9.0个月", "月数", "A"), null]),
                    new RegionRow("B", [F("100万元", "结余", "B"), F("91万元", "实际", "B"), F("10万元", "预缴", "B"), null, F("10.0个月", "账面月数", "B")]),
                ]) { Total = new RegionRow("合计", [F("200万元", "结余", "合计"), F("181万元", "实际", "合计"), F("20万元", "预缴", "合计"), null, null]) },
            ],
        };

        // ---- Region expenditure over a 2021 report: 120万元 / 12 = 10万元 a month.
        RegionColumn[] spend = [Role("结余", RegionColumnRole.Balance), Role("支出", RegionColumnRole.Expenditure), Role("账面月数", RegionColumnRole.BookMonths)];
        all["region-expenditure"] = new ReportDocument("r")
        {
            Period = Year2021,
            Regions = [new RegionTable("地区表", spend, [new RegionRow("A", [F("100万元", "结余", "A"), F("120万元", "支出", "A"), F("11.0个月", "账面月数", "A")])])],
        };

        // ---- Months of cover: 23.89 − 3.66 = 20.23; 15.48 / 12 = 1.29 a month; 23.89 / 1.29 = 18.52, 20.23 / 1.29 = 15.68.
        var months = new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "结余"), F("1.29亿元", "月支出"))
        {
            Deductions = [F("3.66亿元", "扣除")], DeductionsTotal = F("3.76亿元", "扣除合计"), ActualBalance = F("20.23亿元", "实际"),
            AnnualExpenditure = F("15.48亿元", "年支出"), BookMonths = F("18.5个月", "账面月数"), ActualMonths = F("15.8个月", "月数"),
        };
        all["months"] = new ReportDocument("r") { MonthsOfCover = [months] };
        all["months-only-total"] = new ReportDocument("r")
        {
            MonthsOfCover = [new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "结余"), null) { DeductionsTotal = F("3.66亿元", "扣除合计"), ActualBalance = F("20.33亿元", "实际"), AnnualExpenditure = F("15.48亿元", "年支出"), ActualMonths = F("15.7个月", "月数") }],
        };
        all["months-no-monthly"] = new ReportDocument("r")
        {
            MonthsOfCover =
            [
                new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "结余"), null) { BookMonths = F("18.5个月", "账面月数") },
                new MonthsOfCoverFigures("个人账户", F("23.89亿元", "结余"), null) { BookMonths = F("18.5个月", "账面月数"), ActualMonths = F("15.7个月", "月数") },
                new MonthsOfCoverFigures("其他", F("23.89亿元", "结余"), null),
            ],
        };
        all["months-from-expenditure"] = new ReportDocument("r")
        {
            Period = Year2021,
            MonthsOfCover = [new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "结余"), null) { Expenditure = F("15.48亿元", "支出"), BookMonths = F("18.6个月", "账面月数") }],
        };
        all["months-monthly-and-annual"] = new ReportDocument("r")
        {
            MonthsOfCover = [new MonthsOfCoverFigures("统筹基金", F("23.89亿元", "结余"), F("1.39亿元", "月支出")) { AnnualExpenditure = F("15.48亿元", "年支出") }],
        };

        // ---- Cohorts: 6,000 + 4,000 = 10,000 persons; shares 60.0% and 39.0% cannot make 100%.
        PrintedFigure ten = F("10000人", "合计");
        all["cohorts"] = new ReportDocument("r")
        {
            Cohorts =
            [
                new CohortTable("人群", ten, [new CohortRow("A", F("6000人", "A")) { Share = F("60.0%", "A占比") }, new CohortRow("B", F("4000人", "B")) { Share = F("39.0%", "B占比") }], true),
                new CohortTable("部分", ten, [new CohortRow("A", F("6000人", "A")) { Share = F("60.0%", "A占比") }], false),
                new CohortTable("无占比", ten, [new CohortRow("A", F("6000人", "A")), new CohortRow("B", F("4001人", "B")) { Share = F("40.0%", "B占比") }], true),
                new CohortTable("空", ten, [], true),
            ],
        };

        // ---- Year on year: parts 2.00 (+5.0%) and 1.00 (previous 0.95): previous total ∈ [2.844, 2.865], 3.00 / it − 1 ∈ [4.5%, 5.7%].
        all["year-on-year"] = new ReportDocument("r")
        {
            YearOnYear =
            [
                new YearOnYearGroup("增长", new YearOnYearFigure("合计", F("3.00亿元", "合计")) { Growth = F("9.0%", "合计增幅") },
                [
                    new YearOnYearFigure("住院", F("2.00亿元", "住院")) { Growth = F("5.0%", "住院增幅") },
                    new YearOnYearFigure("门诊", F("1.00亿元", "门诊")) { Previous = F("0.95亿元", "门诊上年"), Change = F("0.06亿元", "门诊增减") },
                ]),
                new YearOnYearGroup("减半", new YearOnYearFigure("合计", F("3.00亿元", "合计")) { Growth = F("5.0%", "合计增幅") },
                [
                    new YearOnYearFigure("住院", F("2.00亿元", "住院")) { Growth = F("-100%", "住院增幅") },
                    new YearOnYearFigure("门诊", F("1.00亿元", "门诊")) { Previous = F("0.95亿元", "门诊上年") },
                ]),
                new YearOnYearGroup("零", new YearOnYearFigure("合计", F("3.00亿元", "合计")) { Growth = F("5.0%", "合计增幅") },
                [
                    new YearOnYearFigure("住院", F("0.00亿元", "住院")) { Previous = F("0.00亿元", "住院上年") },
                ]),
                new YearOnYearGroup("无增幅", new YearOnYearFigure("合计", F("3.00亿元", "合计")), [new YearOnYearFigure("住院", F("3.00亿元", "住院"))]),
                new YearOnYearGroup("单项", new YearOnYearFigure("合计", F("1.10亿元", "合计")) { Change = F("0.10亿元", "增减"), Growth = F("12.0%", "增幅") }, []),
                new YearOnYearGroup("只有增幅", new YearOnYearFigure("合计", F("1.10亿元", "合计")) { Growth = F("12.0%", "增幅") }, []),
            ],
        };

        // ---- Deficit scans: 3 + 11 = 14 regions, 3 / 14 = 21.4%, 11 / 14 = 78.6%; then 3 + 10 ≠ 14 and 20.0% ≠ 3 / 14.
        all["deficit-scan"] = new ReportDocument("r")
        {
            DeficitScans =
            [
                new DeficitScanTable("扫描",
                [
                    new DeficitScanRow("2021", F("14个", "总数"), F("3个", "收不抵支"), F("11个", "未收不抵支")) { DeficitShare = F("21.4%", "占比1"), SurplusShare = F("78.6%", "占比2") },
                    new DeficitScanRow("2020", F("14个", "总数"), F("3个", "收不抵支"), F("10个", "未收不抵支")) { DeficitShare = F("20.0%", "占比1") },
                ]),
            ],
        };

        // ---- Quotients with and without column labels, totals, products: 100人 × 380元/人 = 3.80万元.
        all["quotients-products-totals"] = new ReportDocument("r")
        {
            Quotients =
            [
                new QuotientFigure("人均", PrintedFigure.Parse("1.00万元", new FigureLocation("s")), PrintedFigure.Parse("100人", new FigureLocation("s")), PrintedFigure.Parse("110元/人", new FigureLocation("s"))),
                new QuotientFigure("结余率", F("1.00万元", "结余"), F("10.00万元", "收入"), F("10.0%", "结余率")),
            ],
            Products =
            [
                new ProductFigure("个人缴费", F("100人", "人数"), F("380元/人", "标准"), F("3.80万元", "金额")),
                new ProductFigure("个人缴费", F("100人", "人数"), F("380元/人", "标准"), F("3.90万元", "金额")),
            ],
            Totals = [new TotalFigures("合计", F("3.00亿元", "合计"), [F("1.00亿元", "a"), F("2.00亿元", "b")])],
            Repeated = [new RepeatedFigure("点值", [F("1.29亿元", "x"), F("1.50亿元", "y")])],
        };

        // ---- Claims over a months table: A 5.0, B 10.0, C 15.0 months (and book months only for 居民); from–to bands
        // include their edges, below and above exclude them (the texts are labels; the numbers are in the fields).
        RegionColumn[] claimColumns = [Role("月数", RegionColumnRole.Months, "职工"), Role("账面", RegionColumnRole.BookMonths, "居民")];
        RegionTable claimTable = new("地区表", claimColumns,
        [
            new RegionRow("A", [F("5.0个月", "月数", "A"), F("7.0个月", "账面", "A")]),
            new RegionRow("B", [F("10.0个月", "月数", "B"), null]),
            new RegionRow("C", [F("15.0个月", "月数", "C")]),
        ]) { Period = ReportingPeriod.OfYear(2020) };
        var at = new FigureLocation("三 正文");
        ReportClaim Claim(ReportClaimKind kind, string text) => new(kind, text, at);
        all["claims-bands"] = new ReportDocument("r")
        {
            Regions = [claimTable],
            Claims =
            [
                Claim(ReportClaimKind.BandCount, "6至12个月的1个") with { From = 6, To = 12, Count = 1 },
                Claim(ReportClaimKind.BandCount, "5至10个月的3个") with { From = 5, To = 10, Count = 3 },
                Claim(ReportClaimKind.BandCount, "低于6个月的1个") with { Below = 5.0m, Count = 1 },
                Claim(ReportClaimKind.BandCount, "高于12个月的2个") with { Above = 15.0m, Count = 2 },
                Claim(ReportClaimKind.BandCount, "职工高于9个月的2个") with { Above = 9, Count = 2, Fund = "职工" },
                Claim(ReportClaimKind.BandCount, "居民账面低于8个月的1个") with { Below = 8, Count = 1, Fund = "居民", Subject = ReportClaimSubject.BookMonths },
                Claim(ReportClaimKind.BandCount, "城乡低于8个月的1个") with { Below = 8, Count = 1, Fund = "城乡" },
                Claim(ReportClaimKind.BandCount, "账面低于8个月的0个") with { Below = 8, Count = 0, Subject = ReportClaimSubject.BookMonths, Fund = "职工" },
            ],
        };
        all["claims-beyond"] = new ReportDocument("r")
        {
            Regions = [claimTable],
            Budgets =
            [
                new BudgetTable("预算表",
                [
                    new BudgetExecutionFigures("职工", "收入", F("30.66亿元", "预算数"), F("30.89亿元", "执行数"), F("100.75%", "执行率")) { TextRate = F("100.75%", "正文") },
                    new BudgetExecutionFigures("居民", "支出", F("10.00亿元", "预算数"), F("9.00亿元", "执行数"), F("90.00%", "执行率")),
                ]),
            ],
            Claims =
            [
                Claim(ReportClaimKind.AllAbove, "执行率均高于80%") with { Limit = 80, Subject = ReportClaimSubject.ExecutionRates },
                Claim(ReportClaimKind.AllAbove, "执行率均高于90%") with { Limit = 90, Subject = ReportClaimSubject.ExecutionRates },
                Claim(ReportClaimKind.AllBelow, "执行率均低于100.75%") with { Limit = 100.75m, Subject = ReportClaimSubject.ExecutionRates },
                Claim(ReportClaimKind.AllBelow, "月数均低于16个月") with { Limit = 16 },
                Claim(ReportClaimKind.AllBelow, "月数均低于15个月") with { Limit = 15 },
                Claim(ReportClaimKind.AllAbove, "账面月数均高于8个月") with { Limit = 8, Subject = ReportClaimSubject.BookMonths, Fund = "职工" },
            ],
        };
        all["claims-periods"] = new ReportDocument("r")
        {
            Period = Year2021,
            Regions = [claimTable],
            Statements = [new StatementTable("表一", []) { Period = ReportingPeriod.OfMonth(2021, 12) }],
            Budgets = [new BudgetTable("预算表", []) { Period = Year2021 }],
            Claims =
            [
                Claim(ReportClaimKind.Period, "2021年") with { StatedPeriod = Year2021 },
                Claim(ReportClaimKind.Period, "1-12月") with { StatedPeriod = ReportingPeriod.OfMonth(2021, 12) },
            ],
        };
        all["claims-no-period"] = new ReportDocument("r")
        {
            Statements = [new StatementTable("表一", [])],
            Claims = [Claim(ReportClaimKind.Period, "2021年") with { StatedPeriod = Year2021 }],
        };
        return all;
    }
}
