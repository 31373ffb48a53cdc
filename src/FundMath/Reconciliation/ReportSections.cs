using System.Collections.Generic;

namespace FundMath.Reconciliation;

/// <summary>
/// The printed figures of one fund in a fund statement — 基金收支余情况. Formula checked:
/// 当期结余 = 收入 − 支出; Σ components' 当期结余 = 当期结余; Σ components' 累计结余 = 累计结余.
/// </summary>
/// <param name="Fund">The fund's name as printed ("职工医保", "居民医保", "大病医疗").</param>
public sealed record FundStatementFigures(string Fund)
{
    /// <summary>本年收入 (current income), or null when not printed.</summary>
    public PrintedFigure? Income { get; init; }

    /// <summary>收入同比增幅 (income growth), or null.</summary>
    public PrintedFigure? IncomeGrowth { get; init; }

    /// <summary>本年支出 (current expenditure), or null.</summary>
    public PrintedFigure? Expenditure { get; init; }

    /// <summary>支出同比增幅 (expenditure growth), or null.</summary>
    public PrintedFigure? ExpenditureGrowth { get; init; }

    /// <summary>当期结余 (current surplus), or null.</summary>
    public PrintedFigure? CurrentSurplus { get; init; }

    /// <summary>期末累计结余 (accumulated balance), or null.</summary>
    public PrintedFigure? AccumulatedBalance { get; init; }

    /// <summary>The split into 统筹基金 (pooled fund) and 个人账户 (personal accounts), when printed.</summary>
    public IReadOnlyList<FundComponentFigures> Components { get; init; } = [];
}

/// <summary>
/// One component of a fund — 统筹基金 or 个人账户 — with its surplus, balance and printed share of the fund's
/// balance. Formula checked: share = component balance / fund balance.
/// </summary>
/// <param name="Name">The component's name ("统筹基金", "个人账户").</param>
public sealed record FundComponentFigures(string Name)
{
    /// <summary>当期结余 of the component, or null.</summary>
    public PrintedFigure? CurrentSurplus { get; init; }

    /// <summary>累计结余 of the component, or null.</summary>
    public PrintedFigure? AccumulatedBalance { get; init; }

    /// <summary>Printed share of the fund's accumulated balance ("占总额的48.63%"), or null.</summary>
    public PrintedFigure? ShareOfBalance { get; init; }
}

/// <summary>
/// A statement table or paragraph — 收支余情况表: several funds and optionally their printed total.
/// Formula checked: each total line = Σ funds' line; each fund's surplus = income − expenditure.
/// </summary>
/// <param name="Title">The table title or section heading.</param>
/// <param name="Funds">The funds' figures.</param>
public sealed record StatementTable(string Title, IReadOnlyList<FundStatementFigures> Funds)
{
    /// <summary>The printed total (合计) row, or null.</summary>
    public FundStatementFigures? Total { get; init; }
}

/// <summary>
/// One budget-execution line — 预算执行情况: budget, executed amount and printed 执行率, plus the same rate when it
/// is printed again in the running text. Formula checked: 执行率 = 执行数 / 预算数.
/// </summary>
/// <param name="Fund">The fund ("职工医保").</param>
/// <param name="Line">The line ("本年收入", "保险费收入", "本年支出", "保险待遇支出").</param>
/// <param name="Budget">预算数.</param>
/// <param name="Executed">执行数.</param>
/// <param name="Rate">执行率 as printed in the table.</param>
public sealed record BudgetExecutionFigures(string Fund, string Line, PrintedFigure Budget, PrintedFigure Executed, PrintedFigure Rate)
{
    /// <summary>The same 执行率 as printed in the running text, or null.</summary>
    public PrintedFigure? TextRate { get; init; }
}

/// <summary>A budget-execution table — 预算执行情况表. Formula checked per row: 执行率 = 执行数 / 预算数.</summary>
/// <param name="Title">The table title.</param>
/// <param name="Rows">Its rows.</param>
public sealed record BudgetTable(string Title, IReadOnlyList<BudgetExecutionFigures> Rows);

/// <summary>A column of a region table — 分布表列: its name and whether the total row sums it.</summary>
/// <param name="Name">The column heading ("城乡居民医保基金 期末累计结余").</param>
/// <param name="Summable">True when the 合计 row is the sum of the rows (balances); false for months and ratios.</param>
public sealed record RegionColumn(string Name, bool Summable);

/// <summary>A row of a region table — one region's printed cells, aligned with the table's columns (null = blank).</summary>
/// <param name="Region">The region ("茶陵", "市本级").</param>
/// <param name="Values">One cell per column; null where the cell is blank.</param>
public sealed record RegionRow(string Region, IReadOnlyList<PrintedFigure?> Values);

/// <summary>
/// A region distribution table — 市县区分布情况表: rows per region and a printed total row.
/// Formula checked: 合计 = Σ rows, for every summable column.
/// </summary>
/// <param name="Title">The table title.</param>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The region rows.</param>
public sealed record RegionTable(string Title, IReadOnlyList<RegionColumn> Columns, IReadOnlyList<RegionRow> Rows)
{
    /// <summary>The printed total (合计) row, or null.</summary>
    public RegionRow? Total { get; init; }
}

/// <summary>
/// A months-of-cover calculation as printed — 累计结余可支付月数: balance, each deduction, the actual balance, the
/// monthly expenditure and the printed months. Formula checked: 实际结余 = 期末累计结余 − Σ 扣除项;
/// 可支付月数 = 结余 / 月平均支出 under the rounding the report appears to use.
/// </summary>
/// <param name="Fund">The fund ("职工医保统筹基金").</param>
/// <param name="Balance">期末累计结余.</param>
/// <param name="MonthlyExpenditure">月平均基金支出.</param>
public sealed record MonthsOfCoverFigures(string Fund, PrintedFigure Balance, PrintedFigure MonthlyExpenditure)
{
    /// <summary>The year's expenditure the monthly figure is derived from (monthly = annual / 12), or null.</summary>
    public PrintedFigure? AnnualExpenditure { get; init; }

    /// <summary>Months of cover on the book balance ("可支撑约18个月"), or null.</summary>
    public PrintedFigure? BookMonths { get; init; }

    /// <summary>Each deduction (一次性预缴款, 应付未付款 …).</summary>
    public IReadOnlyList<PrintedFigure> Deductions { get; init; } = [];

    /// <summary>The printed total of the deductions ("合计4.99亿元"), or null.</summary>
    public PrintedFigure? DeductionsTotal { get; init; }

    /// <summary>实际结余 (balance net of deductions), or null.</summary>
    public PrintedFigure? ActualBalance { get; init; }

    /// <summary>Months of cover on the actual balance ("可支撑月数约15个月"), or null.</summary>
    public PrintedFigure? ActualMonths { get; init; }
}

/// <summary>One cohort — 人群: its count and printed share of the table's total.</summary>
/// <param name="Name">The cohort ("成年人", "在职职工").</param>
/// <param name="Count">Its count (persons, 人次, or money when the table splits an amount).</param>
public sealed record CohortRow(string Name, PrintedFigure Count)
{
    /// <summary>Printed share of the total, or null.</summary>
    public PrintedFigure? Share { get; init; }
}

/// <summary>
/// A cohort structure — 参保人员结构: a total and cohorts with printed shares. Formula checked: share = count /
/// total; and when the cohorts partition the total, Σ counts = total and Σ shares = 100% within rounding.
/// </summary>
/// <param name="Title">The table or paragraph.</param>
/// <param name="Total">The total count.</param>
/// <param name="Rows">The cohorts.</param>
/// <param name="IsPartition">True when the cohorts add up to the total (adults + students + college); false for overlapping groups (women, over 60).</param>
public sealed record CohortTable(string Title, PrintedFigure Total, IReadOnlyList<CohortRow> Rows, bool IsPartition);

/// <summary>
/// A year-on-year figure — 同比: the current value with its printed growth, and optionally the previous value or
/// the change. Formula checked: 同比增长率 = (本期 − 上期) / 上期; 增减额 = 本期 − 上期.
/// </summary>
/// <param name="Label">What it measures ("居民医保 收入").</param>
/// <param name="Current">本期.</param>
public sealed record YearOnYearFigure(string Label, PrintedFigure Current)
{
    /// <summary>上期 (the previous year's value), or null.</summary>
    public PrintedFigure? Previous { get; init; }

    /// <summary>增减额 (current − previous, signed), or null.</summary>
    public PrintedFigure? Change { get; init; }

    /// <summary>同比增长率 (signed), or null.</summary>
    public PrintedFigure? Growth { get; init; }
}

/// <summary>
/// A total with its parts, each with a year-on-year growth — 同比增长构成. Formula checked: Σ parts = total, and
/// the total's growth = total / Σ (part / (1 + part growth)) − 1.
/// </summary>
/// <param name="Title">The paragraph.</param>
/// <param name="Total">The total.</param>
/// <param name="Parts">The parts.</param>
public sealed record YearOnYearGroup(string Title, YearOnYearFigure Total, IReadOnlyList<YearOnYearFigure> Parts);

/// <summary>
/// One year of a deficit scan — 收不抵支情况: how many pooling areas ran a deficit, their share and amounts.
/// Formula checked: deficit areas + surplus areas = areas; share = areas / total.
/// </summary>
/// <param name="Year">The year ("2019年").</param>
/// <param name="Regions">统筹区总数.</param>
/// <param name="DeficitRegions">出现收不抵支的统筹区个数.</param>
/// <param name="SurplusRegions">未出现收不抵支的统筹区个数.</param>
public sealed record DeficitScanRow(string Year, PrintedFigure Regions, PrintedFigure DeficitRegions, PrintedFigure SurplusRegions)
{
    /// <summary>所占比例 of deficit areas, or null.</summary>
    public PrintedFigure? DeficitShare { get; init; }

    /// <summary>超支金额, or null.</summary>
    public PrintedFigure? DeficitAmount { get; init; }

    /// <summary>所占比例 of surplus areas, or null.</summary>
    public PrintedFigure? SurplusShare { get; init; }

    /// <summary>结余金额, or null.</summary>
    public PrintedFigure? SurplusAmount { get; init; }
}

/// <summary>A deficit-scan table — 收不抵支情况表 — one row per year.</summary>
/// <param name="Title">The table title.</param>
/// <param name="Rows">One row per year.</param>
public sealed record DeficitScanTable(string Title, IReadOnlyList<DeficitScanRow> Rows);

/// <summary>What a repeated figure is, which decides how a disagreement is explained — 重复数字类别.</summary>
public enum RepeatedFigureKind
{
    /// <summary>The same quantity printed in two places (a table and the text).</summary>
    SameFigure,

    /// <summary>
    /// A per-person contribution standard (个人缴费标准): a disagreement may be the collection year vs the coverage
    /// year (the standard set in year N is collected in year N for coverage year N + 1).
    /// </summary>
    ContributionStandard,
}

/// <summary>
/// The same figure printed more than once — 同一数字多处出现. Formula checked: the intervals of all mentions share a
/// common value.
/// </summary>
/// <param name="Label">What it is ("居民医保 个人缴费标准 2021").</param>
/// <param name="Mentions">Each printing (at least two).</param>
/// <param name="Kind">What kind of figure it is.</param>
public sealed record RepeatedFigure(string Label, IReadOnlyList<PrintedFigure> Mentions, RepeatedFigureKind Kind = RepeatedFigureKind.SameFigure);

/// <summary>A printed total and its printed parts — 合计. Formula checked: total = Σ parts.</summary>
/// <param name="Label">What is totalled.</param>
/// <param name="Total">The printed total.</param>
/// <param name="Parts">The printed parts.</param>
public sealed record TotalFigures(string Label, PrintedFigure Total, IReadOnlyList<PrintedFigure> Parts);

/// <summary>
/// A printed quotient of two printed figures — 比率/人均: a per-capita amount, a surplus rate, a ratio.
/// Formula checked: quotient = numerator / denominator.
/// </summary>
/// <param name="Label">What the quotient is ("职工医保 普通门急诊人均支出").</param>
/// <param name="Numerator">The numerator.</param>
/// <param name="Denominator">The denominator.</param>
/// <param name="Quotient">The printed quotient.</param>
public sealed record QuotientFigure(string Label, PrintedFigure Numerator, PrintedFigure Denominator, PrintedFigure Quotient);

/// <summary>
/// A printed product of two printed figures — 乘积: e.g. 缴费人数 × 缴费标准 = 个人缴费金额.
/// Formula checked: product = left × right.
/// </summary>
/// <param name="Label">What the product is.</param>
/// <param name="Left">The first factor (often a headcount).</param>
/// <param name="Right">The second factor (often a per-person amount).</param>
/// <param name="Product">The printed product.</param>
public sealed record ProductFigure(string Label, PrintedFigure Left, PrintedFigure Right, PrintedFigure Product);
