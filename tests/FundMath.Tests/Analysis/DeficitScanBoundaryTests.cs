using System;
using System.Linq;
using FundMath.Analysis;
using FundMath.Funds;

namespace FundMath.Tests.Analysis;

using Money = FundMath.Money;

/// <summary>
/// The edges of the deficit scan and of the fund-statement conveniences that the golden tests do not reach: the
/// explanation's text, equality on each count alone, the partitioned scan over many regions, every budget line read
/// from a statement, and the refusals of the empty statement, a statement of another period and the unknown period.
/// </summary>
public class DeficitScanBoundaryTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Wan(decimal amount) => Money.From(amount, MoneyUnit.Wan);

    private static Money Yi(decimal amount) => Money.From(amount, MoneyUnit.Yi);

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));

    // ---------------------------------------------------------------- DeficitScan

    // Balances 20万, −40万, 0: one region of three in deficit (33%) by 40万; two not (67%), surplus 20万.
    [Fact]
    public void Explanation_gives_counts_shares_and_sums()
    {
        DeficitScan s = DeficitScan.Scan(Year2021, [Wan(20), Wan(-40), Money.Zero]);
        Assert.Equal(
            Lines(
                "当期收不抵支 deficit scan = 1/3",
                "    2021: 1 of 3 regions (33%) in deficit (收不抵支), 40万元; 2 (67%) not, surplus 20万元",
                "    formula: in deficit when 当期收入 < 当期支出; 超支金额 = Σ(支出 − 收入) over those; 结余金额 = Σ(收入 − 支出) over the rest; 所占比例 = count / 统筹区总数",
                "    rounding: shares printed to whole percent, amounts to whole 万元 (AwayFromZero, 四舍五入)",
                "  - 统筹区总数 regions = 3  [input]",
                "  - 出现收不抵支 in deficit = 1 (33%), 40.00万元",
                "  - 未出现收不抵支 not in deficit = 2 (67%), 20.00万元"),
            s.Explain().ToText());
        Assert.Equal(s.ToSentence(), s.ToString());
        Assert.Equal(Wan(-20), s.NetBalance);
    }

    [Fact]
    public void Scans_differing_in_one_figure_alone_are_not_equal()
    {
        DeficitScan s = DeficitScan.Scan(Year2021, [Wan(2), Wan(-4), Money.Zero]);
        // Two deficits of 2万 each: the same deficit total, surplus and region count, but two deficit regions.
        DeficitScan twoDeficits = DeficitScan.Scan(Year2021, [Wan(2), Wan(-2), Wan(-2)]);
        Assert.Equal((s.Regions, s.DeficitTotal, s.SurplusTotal), (twoDeficits.Regions, twoDeficits.DeficitTotal, twoDeficits.SurplusTotal));
        Assert.NotEqual(s, twoDeficits);
        Assert.False(s == twoDeficits);
        Assert.True(s != twoDeficits);
        Assert.False(s.Equals((object)twoDeficits));
        Assert.Equal(2, twoDeficits.DeficitRegions);
        Assert.Equal(1, twoDeficits.SurplusRegions);
        Assert.Equal(Rate.FromRatio(2, 3), twoDeficits.DeficitShare);
        Assert.Equal(Rate.FromRatio(1, 3), twoDeficits.SurplusShare);
        Assert.Equal(default(DeficitScan), default(DeficitScan));
        Assert.Equal(0, default(DeficitScan).SurplusRegions);
    }

    // 300 regions, every seventh in deficit by 3 fen, the others in surplus by 5 fen: on two threads, in several
    // ranges, the same counts and sums as one pass.
    [Fact]
    public void Partitioned_scan_over_many_regions_adds_the_ranges()
    {
        Money[] income = Enumerable.Range(0, 300).Select(i => Money.FromFen(i % 7 == 0 ? 7 : 15)).ToArray();
        Money[] spent = Enumerable.Repeat(Money.FromFen(10), 300).ToArray();
        DeficitScan sequential = DeficitScan.Scan(Year2021, income, spent);
        DeficitScan partitioned = DeficitScan.Scan(Year2021, income.AsMemory(), spent.AsMemory(), 2);
        Assert.Equal(sequential, partitioned);
        Assert.Equal(43, partitioned.DeficitRegions);
        Assert.Equal(300, partitioned.Regions);
        Assert.Equal(Money.FromFen(43 * 3), partitioned.DeficitTotal);
        Assert.Equal(Money.FromFen(257 * 5), partitioned.SurplusTotal);
        Assert.Equal(Year2021, partitioned.Period);
    }

    [Fact]
    public void Several_periods_are_sliced_period_by_period()
    {
        ReportingPeriod[] years = [ReportingPeriod.OfYear(2019), ReportingPeriod.OfYear(2020), Year2021];
        // Period p's two regions have balances −p and p + 1 fen.
        Money[] income = [Money.FromFen(10), Money.FromFen(11), Money.FromFen(9), Money.FromFen(12), Money.FromFen(8), Money.FromFen(13)];
        Money[] spent = Enumerable.Repeat(Money.FromFen(10), 6).ToArray();
        var results = new DeficitScan[3];
        DeficitScan.ScanPeriods(years, 2, income, spent, results);
        for (int p = 0; p < 3; p++)
        {
            Assert.Equal(years[p], results[p].Period);
            Assert.Equal(2, results[p].Regions);
            Assert.Equal(p == 0 ? 0 : 1, results[p].DeficitRegions);
            Assert.Equal(Money.FromFen(p), results[p].DeficitTotal);
            Assert.Equal(Money.FromFen(p + 1), results[p].SurplusTotal);
        }

        ArgumentException e = Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(years, 2, income, spent, new DeficitScan[2]));
        Assert.StartsWith("results has room for 2 scans but there are 3 periods.", e.Message);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(years, 3, income, spent, results));
        Assert.StartsWith("income has 6 values; 3 periods × 3 regions need 9.", e.Message);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.ScanPeriods(years, 2, income, spent.AsSpan(1), results));
        Assert.StartsWith("expenditure has 5 values; 3 periods × 2 regions need 6.", e.Message);
    }

    [Fact]
    public void Scan_refusals_give_the_rule()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(Year2021, [Wan(1)], ReadOnlySpan<Money>.Empty));
        Assert.Equal("expenditure", e.ParamName);
        Assert.StartsWith("expenditure has 0 regions but income has 1; they must match.", e.Message);
        e = Assert.Throws<ArgumentException>(() => DeficitScan.Scan(default, ReadOnlySpan<Money>.Empty));
        Assert.StartsWith("period is the default ReportingPeriod (year 0), an unknown period", e.Message);
    }

    // ---------------------------------------------------------------- FundStatementAnalysis

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告, 职工医保 2021: income 30.89亿 (保险费收入 27.10), expenditure 26.55亿 of which
    // 个人账户支出 11.05亿 and 保险待遇支出 24.39亿 (lines not itemised in the report are lumped, as in FundStatementAnalysisTests).
    private static FundStatement Employee2021(string region = "株洲市") =>
        FundStatement.Create(
            FundKind.EmployeeBasic,
            region,
            Year2021,
            Yi(44.79m),
            IncomeLines.Of(premiums: Yi(27.10m), other: Yi(3.79m)),
            ExpenditureLines.Of(personalAccount: Yi(11.05m), otherBenefits: Yi(13.34m), other: Yi(2.16m)));

    [Fact]
    public void Every_budget_line_is_read_from_the_statement()
    {
        FundStatement s = Employee2021();
        (BudgetLine Line, Money Amount)[] lines =
        [
            (BudgetLine.TotalIncome, Yi(30.89m)),
            (BudgetLine.PremiumIncome, Yi(27.10m)),
            (BudgetLine.TotalExpenditure, Yi(26.55m)),
            (BudgetLine.BenefitExpenditure, Yi(24.39m)),
        ];
        foreach ((BudgetLine line, Money amount) in lines)
        {
            Assert.Equal(amount, FundStatementAnalysis.AmountOn(s, line));
            BudgetExecution e = FundStatementAnalysis.Execution(s, line, amount, BudgetTolerancePolicy.Default);
            Assert.Equal((amount, amount, line, Year2021, ExecutionOutcome.Within), (e.Executed, e.Budgeted, e.Line, e.Period, e.Outcome));
        }

        ArgumentOutOfRangeException r = Assert.Throws<ArgumentOutOfRangeException>(() => FundStatementAnalysis.AmountOn(s, (BudgetLine)4));
        Assert.Equal("line", r.ParamName);
        Assert.StartsWith("line 4 is not a defined BudgetLine.", r.Message);
        Assert.Equal(Yi(15.50m), FundStatementAnalysis.PooledExpenditure(s));
    }

    [Fact]
    public void The_empty_statement_has_no_period_to_judge_or_cover()
    {
        FundStatement empty = FundStatement.Empty;
        Assert.Throws<InvalidOperationException>(() => FundStatementAnalysis.Execution(empty, BudgetLine.TotalIncome, Yi(1m), BudgetTolerancePolicy.Default));
        Assert.Throws<InvalidOperationException>(() => FundStatementAnalysis.MonthsOfCover(empty, BalanceDeductions.None, CoverBandPolicy.Default));
        Assert.Equal(Money.Zero, FundStatementAnalysis.AmountOn(empty, BudgetLine.PremiumIncome));
    }

    [Fact]
    public void Deficit_scan_over_statements_refuses_other_periods_and_the_empty_statement()
    {
        FundStatement a = Employee2021("茶陵县");
        ArgumentException e = Assert.Throws<ArgumentException>(() => FundStatementAnalysis.DeficitScan(Year2021, [a, FundStatement.Empty]));
        Assert.Equal("regions", e.ParamName);
        Assert.StartsWith("regions[1] () is not for 2021; a deficit scan covers one period.", e.Message);
        e = Assert.Throws<ArgumentException>(() => FundStatementAnalysis.DeficitScan(ReportingPeriod.OfYear(2020), [a]));
        Assert.Equal("regions", e.ParamName);
        Assert.StartsWith("regions[0] (茶陵县) is not for 2020; a deficit scan covers one period.", e.Message);
        e = Assert.Throws<ArgumentException>(() => FundStatementAnalysis.DeficitScan(default, ReadOnlySpan<FundStatement>.Empty));
        Assert.Equal("period", e.ParamName);
    }

    // 茶陵县 +4.34亿, a balanced region (1亿 in, 1亿 out: not in deficit), a region 0.2亿 short and one 0.05亿 short.
    [Fact]
    public void Deficit_scan_over_statements_counts_a_balanced_region_as_not_in_deficit()
    {
        FundStatement balanced = FundStatement.Create(FundKind.EmployeeBasic, "炎陵县", Year2021, Yi(1m), IncomeLines.Of(premiums: Yi(1m)), ExpenditureLines.Of(otherBenefits: Yi(1m)));
        FundStatement short1 = FundStatement.Create(FundKind.EmployeeBasic, "攸县", Year2021, Yi(1m), IncomeLines.Of(premiums: Yi(1m)), ExpenditureLines.Of(otherBenefits: Yi(1.2m)));
        FundStatement short2 = FundStatement.Create(FundKind.EmployeeBasic, "醴陵市", Year2021, Yi(1m), IncomeLines.Of(premiums: Yi(1m)), ExpenditureLines.Of(otherBenefits: Yi(1.05m)));
        DeficitScan s = FundStatementAnalysis.DeficitScan(Year2021, [Employee2021(), balanced, short1, short2]);
        Assert.Equal(4, s.Regions);
        Assert.Equal(2, s.DeficitRegions);
        Assert.Equal(Yi(0.25m), s.DeficitTotal);
        Assert.Equal(Yi(4.34m), s.SurplusTotal);
        Assert.Equal(DeficitScan.Scan(Year2021, [Yi(4.34m), Money.Zero, Yi(-0.2m), Yi(-0.05m)]), s);
        DeficitScan none = FundStatementAnalysis.DeficitScan(Year2021, ReadOnlySpan<FundStatement>.Empty);
        Assert.Equal((0, 0, Money.Zero, Money.Zero, Year2021), (none.Regions, none.DeficitRegions, none.DeficitTotal, none.SurplusTotal, none.Period));
    }
}
