using System.Collections.Generic;

namespace FundMath.Tests.Reconciliation;

/// <summary>What each scenario of <see cref="RunScenarioBoundaryTests"/> gives, in full (reviewed against the formulas in the scenarios' comments).</summary>
public sealed partial class RunScenarioBoundaryTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["compare-intersects"] = """
            checks=0
            => True
            """,
        ["compare-floor"] = """
            checks=0
            => False
            Quotient|DirectedRounding|Note|10元@p|[53/5, 54/5]|f|10元,1元,2元|DirectedRounding|10元¦s › t › r › p¦f¦1元, 2元¦[10.60, 10.80]元¦Floor|10元 (s › t › r › p) agrees with f (from 1元, 2元: [10.60, 10.80]元) only if it was rounded down (truncated), not to nearest as the report's other figures are.
            """,
        ["compare-ceiling"] = """
            checks=0
            => False
            Surplus|DirectedRounding|Note|10元@p|[46/5, 47/5]|f|10元,1元|DirectedRounding|10元¦s › t › r › p¦f¦1元¦[9.20, 9.40]元¦Ceiling|10元 (s › t › r › p) agrees with f (from 1元: [9.20, 9.40]元) only if it was rounded up, not to nearest as the report's other figures are.
            """,
        ["compare-mismatch"] = """
            checks=0
            => False
            Growth|Mismatch|Error|10元@p|[12, 13]|f|10元,1元|Mismatch|10元¦s › t › r › p¦f¦1元¦[12.00, 13.00]元|10元 (s › t › r › p) does not match f: from 1元 it lies in [12.00, 13.00]元; rounding to the printed precision cannot explain the difference.
            """,
        ["compare-declared-floor"] = """
            checks=0
            => False
            Total|Mismatch|Error|10元@p|[46/5, 47/5]|f|10元|Mismatch|10元¦s › t › r › p¦f¦¦[9.20, 9.40]元|10元 (s › t › r › p) does not match f: from  it lies in [9.20, 9.40]元; rounding to the printed precision cannot explain the difference.
            """,
        ["compare-exact-count"] = """
            checks=0
            => False
            Total|Mismatch|Error|10人@p|[53/5, 54/5]|f|10人|Mismatch|10人¦s › t › r › p¦f¦¦[10.60, 10.80]人|10人 (s › t › r › p) does not match f: from  it lies in [10.60, 10.80]人; rounding to the printed precision cannot explain the difference.
            """,
        ["total-skipped"] = """
            checks=0
            """,
        ["total-skip-missing"] = """
            checks=1
            """,
        ["total-payables-mismatch"] = """
            checks=1
            Payables|Mismatch|Error|6元@total|[2, 4]|f|6元,1元,2元|Mismatch|6元¦s › t › r › total¦f¦1元, 2元¦[2.00, 4.00]元|6元 (s › t › r › total) does not match f: from 1元, 2元 it lies in [2.00, 4.00]元; rounding to the printed precision cannot explain the difference.
            """,
        ["total-exact-shares"] = """
            checks=2
            Share|Mismatch|Error|33.3%@a|[997/1000, 999/1000]|Σ 占比 = 100%|33.3%,66.5%|SharesCannotMakeWhole|[99.70%, 99.90%]¦33.3%¦66.5%|The printed shares (33.3% + 66.5%) cannot add up to 100%: their sum lies in [99.70%, 99.90%] given the printed precision.
            """,
        ["quotient"] = """
            checks=2
            => True
            => True
            => True
            => True
            => True
            => False
            ExecutionRate|Mismatch|Error|70%@q|[199/401, 67/133]|f|70%,1.00元,2.00元|Mismatch|70%¦s › t › r › q¦f¦1.00元, 2.00元¦[49.63%, 50.38%]|70% (s › t › r › q) does not match f: from 1.00元, 2.00元 it lies in [49.63%, 50.38%]; rounding to the printed precision cannot explain the difference.
            unchecked 50%@q|QuotientDenominatorMayBeZero|f¦0.00亿元¦s › t › r › d|f: the denominator 0.00亿元 (s › t › r › d) may be zero at its printed precision, so the quotient is not checked
            """,
        ["growth"] = """
            checks=2
            Growth|Mismatch|Error|20.0%@g5|[6/67, 22/199]|f bad|20.0%,1.10亿元,1.00亿元|Mismatch|20.0%¦s › t › r › g5¦f bad¦1.10亿元, 1.00亿元¦[8.955%, 11.055%]|20.0% (s › t › r › g5) does not match f bad: from 1.10亿元, 1.00亿元 it lies in [8.955%, 11.055%]; rounding to the printed precision cannot explain the difference.
            unchecked 10.0%@g1|GrowthCurrentNotPrinted|income|the income itself is not printed, so its growth rate is not checked
            unchecked 10.0%@g2|GrowthPreviousNotPrinted|expenditure¦previousExpenditure|no previous-period expenditure is printed (previousExpenditure), so the growth rate is not checked
            unchecked 10.0%@g3|GrowthPreviousFundMayBeZero|income|the previous-period income may be zero, so a growth rate is not meaningful
            """,
        ["monthly-derived"] = """
            checks=0
            => [299875000/3, 300125000/3]
            => 12.00亿元 (12.00亿元 / 12)
            """,
        ["monthly-printed"] = """
            checks=2
            => [99500000, 100500000]
            => 1.00亿元 1.00亿元
            => [109500000, 110500000]
            MonthlyExpenditure|Mismatch|Error|1.10亿元@m|[299875000/3, 300125000/3]|L 月平均支出 = 本期支出 / 12 (2021)|1.10亿元,12.00亿元|Mismatch|1.10亿元¦s › t › r › m¦L 月平均支出 = 本期支出 / 12 (2021)¦12.00亿元¦[0.9996, 1.0004]亿元|1.10亿元 (s › t › r › m) does not match L 月平均支出 = 本期支出 / 12 (2021): from 12.00亿元 it lies in [0.9996, 1.0004]亿元; rounding to the printed precision cannot explain the difference.
            """,
        ["monthly-quarter"] = """
            checks=1
            => [299500000/3, 300500000/3]
            => 3.00亿元 (3.00亿元 / 3)
            => [149500000, 150500000]
            MonthlyExpenditure|Mismatch|Error|1.50亿元@m|[299500000/3, 300500000/3]|L 月平均支出 = 本期支出 / 3 (2021Q2)|1.50亿元,3.00亿元|Mismatch|1.50亿元¦s › t › r › m¦L 月平均支出 = 本期支出 / 3 (2021Q2)¦3.00亿元¦[0.9983, 1.0017]亿元|1.50亿元 (s › t › r › m) does not match L 月平均支出 = 本期支出 / 3 (2021Q2): from 3.00亿元 it lies in [0.9983, 1.0017]亿元; rounding to the printed precision cannot explain the difference.
            """,
        ["monthly-no-period"] = """
            checks=0
            => null
            => 0 ''
            => [99500000, 100500000]
            => null
            => 0 ''
            unchecked 12.00亿元@e|NoPeriodForMonthlyExpenditure||the report has no period, so the monthly expenditure cannot be derived from the period's expenditure (add period:)
            unchecked 12.00亿元@e2|NoPeriodForMonthlyExpenditure||the report has no period, so the monthly expenditure cannot be derived from the period's expenditure (add period:)
            """,
        ["table-period"] = """
            checks=5
            Period|Mismatch|Error|50.00%@报告期|[1, 1]|表内报告期 = 报告期|50.00%|TablePeriod|d¦2021-06¦2021¦50.00%¦100.00%|The table 'd' states the period 2021-06 but the report's period is 2021: its figures belong to another period (time progress 50.00% instead of 100.00%).
            Period|Mismatch|Error|100.00%@报告期|[1, 1]|表内报告期 = 报告期|100.00%|TablePeriod|e¦2021Q4¦2021¦100.00%¦100.00%|The table 'e' states the period 2021Q4 but the report's period is 2021: its figures belong to another period (time progress 100.00% instead of 100.00%).
            Period|Mismatch|Error|100.00%@报告期|[1, 1]|表内报告期 = 报告期|100.00%|TablePeriod|f¦2020¦2021¦100.00%¦100.00%|The table 'f' states the period 2020 but the report's period is 2021: its figures belong to another period (time progress 100.00% instead of 100.00%).
            """,
        ["table-period-without-report-period"] = """
            checks=0
            """,
        ["months"] = """
            checks=4
            MonthsOfCover|Mismatch|Error|16.7个月@bad|[4045/259, 4047/257]|f|16.7个月,20.23亿元,1.29亿元|Mismatch|16.7个月¦s › t › r › bad¦f¦20.23亿元, 1.29亿元¦[15.618, 15.747]个月|16.7个月 (s › t › r › bad) does not match f: from 20.23亿元, 1.29亿元 it lies in [15.618, 15.747]个月; rounding to the printed precision cannot explain the difference.
            MonthsOfCover|Mismatch|Error|16.7个月@derived|[4045/259, 4047/257]|g, 月平均支出 = 15.48亿元 / 12|16.7个月,20.23亿元,15.48亿元|Mismatch|16.7个月¦s › t › r › derived¦g, 月平均支出 = 15.48亿元 / 12¦20.23亿元, 15.48亿元¦[15.618, 15.747]个月|16.7个月 (s › t › r › derived) does not match g, 月平均支出 = 15.48亿元 / 12: from 20.23亿元, 15.48亿元 it lies in [15.618, 15.747]个月; rounding to the printed precision cannot explain the difference.
            MonthsOfCover|Mismatch|Error|约20个月@far|[4045/259, 4047/257]|h|约20个月,20.23亿元,1.29亿元|Mismatch|约20个月¦s › t › r › far¦h¦20.23亿元, 1.29亿元¦[15.62, 15.75]个月|约20个月 (s › t › r › far) does not match h: from 20.23亿元, 1.29亿元 it lies in [15.62, 15.75]个月; rounding to the printed precision cannot explain the difference.
            unchecked 约15个月@z|MonthlyExpenditureMayBeZero||the monthly expenditure may be zero, so months of cover are not meaningful
            """,
        ["months-mixed"] = """
            checks=2
            MonthsOfCover|MixedRounding|Note|约15个月@actual|[4045/259, 4047/257]|可支付月数 = 结余 / 月平均支出, printed as a whole number of months|约15个月,20.23亿元,1.29亿元,约16个月,20.23亿元,1.29亿元|MixedMonthsRounding|约15个月¦s › t › r › actual¦20.23亿元¦1.29亿元¦[15.62, 15.75]个月¦Floor¦约16个月¦s › t › r › book¦20.23亿元¦1.29亿元¦[15.62, 15.75]个月¦Nearest,Ceiling|No single rounding explains every months-of-cover figure, so the report mixes roundings: 约15个月 (s › t › r › actual: 20.23亿元 / 1.29亿元 ∈ [15.62, 15.75]个月) fits only if rounded down; 约16个月 (s › t › r › book: 20.23亿元 / 1.29亿元 ∈ [15.62, 15.75]个月) fits if rounded to nearest or up. Each figure alone is explainable, but readers comparing them are misled; state one rounding (e.g. 向下取整) and use it throughout.
            """,
        ["months-one-rounding"] = """
            checks=2
            """,
        ["months-all-nearest"] = """
            checks=2
            """,
        ["months-all-up"] = """
            checks=2
            """,
        ["months-single"] = """
            checks=1
            """,
        ["repeated"] = """
            checks=7
            Repeated|ParameterPrintedTwice|Note|380元/人@x||standard: one value|380元/人,350元/人|StandardPrintedTwice|standard¦380元/人¦s › t › r › x¦350元/人¦s › t › r › y|standard is printed with different values: 380元/人 (s › t › r › x) and 350元/人 (s › t › r › y). The standard set for a year is often collected in that year for the next coverage year (collection year vs coverage year), which may explain it; say which year each value belongs to.
            Repeated|DirectedRounding|Note|1.2亿元@y||down: one value|1.2亿元,1.29亿元|RepeatedDirectedRounding|down¦1.2亿元¦Floor¦1.29亿元¦s › t › r › x¦1.2亿元¦s › t › r › y|down is printed as 1.29亿元 (s › t › r › x) and 1.2亿元 (s › t › r › y); they agree only if 1.2亿元 was rounded down (truncated), not to nearest as the report's other figures are.
            Repeated|DirectedRounding|Note|1.4亿元@x||up: one value|1.4亿元,1.34亿元|RepeatedDirectedRounding|up¦1.4亿元¦Ceiling¦1.4亿元¦s › t › r › x¦1.34亿元¦s › t › r › y|up is printed as 1.4亿元 (s › t › r › x) and 1.34亿元 (s › t › r › y); they agree only if 1.4亿元 was rounded up, not to nearest as the report's other figures are.
            Repeated|DoublePrinting|Error|1.29亿元@x||apart: one value|1.29亿元,1.50亿元|RepeatedDoublePrinted|apart¦1.29亿元¦s › t › r › x¦1.50亿元¦s › t › r › y|apart is printed with different values: 1.29亿元 (s › t › r › x) and 1.50亿元 (s › t › r › y). They disagree beyond their printed precision and no rounding reconciles them; arithmetic in the report cannot tell which one is wrong; print one value.
            Repeated|DoublePrinting|Error|10人@x||counts: one value|10人,11人|RepeatedDoublePrinted|counts¦10人¦s › t › r › x¦11人¦s › t › r › y|counts is printed with different values: 10人 (s › t › r › x) and 11人 (s › t › r › y). They disagree beyond their printed precision and no rounding reconciles them; arithmetic in the report cannot tell which one is wrong; print one value.
            Repeated|DoublePrinting|Error|1.2亿元@x||exact: one value|1.2亿元,1.29亿元|RepeatedDoublePrinted|exact¦1.2亿元¦s › t › r › x¦1.29亿元¦s › t › r › y|exact is printed with different values: 1.2亿元 (s › t › r › x) and 1.29亿元 (s › t › r › y). They disagree beyond their printed precision and no rounding reconciles them; arithmetic in the report cannot tell which one is wrong; print one value.
            """,
    };

    public static TheoryData<string> Names => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Scenario_in_full(string name) => Assert.Equal(Expected[name].ReplaceLineEndings("\n"), Render(All()[name]));

    [Fact]
    public void Every_scenario_is_expected() => Assert.Equal(Expected.Count, All().Count);
}
