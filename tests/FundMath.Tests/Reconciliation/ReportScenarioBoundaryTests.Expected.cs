using System.Collections.Generic;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>What each report of <see cref="ReportScenarioBoundaryTests"/> gives, in full (reviewed against the derivations in its comments).</summary>
public sealed partial class ReportScenarioBoundaryTests
{
    private static readonly Dictionary<string, string> Expected = new()
    {
        ["statement"] = """
            checks=9 errors=2 notes=0 consistent=False
            Total|Mismatch|Error|30.10亿元@累计结余|[2999000000, 3001000000]|合计累计结余 = Σ 各基金累计结余|30.10亿元,20.00亿元,10.00亿元|Mismatch|30.10亿元¦s › t › 合计 › 累计结余¦合计累计结余 = Σ 各基金累计结余¦20.00亿元, 10.00亿元¦[29.9900, 30.0100]亿元|30.10亿元 (s › t › 合计 › 累计结余) does not match 合计累计结余 = Σ 各基金累计结余: from 20.00亿元, 10.00亿元 it lies in [29.9900, 30.0100]亿元; rounding to the printed precision cannot explain the difference.
            Period|Mismatch|Error|100.00%@报告期|[1, 1]|表内报告期 = 报告期|100.00%|TablePeriod|表一¦2020¦2021¦100.00%¦100.00%|The table '表一' states the period 2020 but the report's period is 2021: its figures belong to another period (time progress 100.00% instead of 100.00%).
            unchecked 5.0%@支出增幅|GrowthPreviousNotPrinted|expenditure¦previousExpenditure|no previous-period expenditure is printed (previousExpenditure), so the growth rate is not checked
            """,
        ["statement-without-total"] = """
            checks=3 errors=0 notes=0 consistent=True
            unchecked 5.0%@支出增幅|GrowthPreviousNotPrinted|expenditure¦previousExpenditure|no previous-period expenditure is printed (previousExpenditure), so the growth rate is not checked
            """,
        ["components"] = """
            checks=5 errors=2 notes=0 consistent=False
            Surplus|Mismatch|Error|2.10亿元@当期结余|[199000000, 201000000]|职工 当期结余 = 收入 − 支出|2.10亿元,10.00亿元,8.00亿元|Mismatch|2.10亿元¦s › t › r › 当期结余¦职工 当期结余 = 收入 − 支出¦10.00亿元, 8.00亿元¦[1.9900, 2.0100]亿元|2.10亿元 (s › t › r › 当期结余) does not match 职工 当期结余 = 收入 − 支出: from 10.00亿元, 8.00亿元 it lies in [1.9900, 2.0100]亿元; rounding to the printed precision cannot explain the difference.
            Share|Mismatch|Error|30.0%@个人占比|[999/4001, 1001/3999]|个人账户 占比 = 个人账户 累计结余 / 职工 累计结余|30.0%,5.00亿元,20.00亿元|Mismatch|30.0%¦s › t › r › 个人占比¦个人账户 占比 = 个人账户 累计结余 / 职工 累计结余¦5.00亿元, 20.00亿元¦[24.969%, 25.031%]|30.0% (s › t › r › 个人占比) does not match 个人账户 占比 = 个人账户 累计结余 / 职工 累计结余: from 5.00亿元, 20.00亿元 it lies in [24.969%, 25.031%]; rounding to the printed precision cannot explain the difference.
            """,
        ["budget"] = """
            checks=8 errors=2 notes=0 consistent=False
            Repeated|DoublePrinting|Error|100.90%@正文|[617/615, 619/613]|职工 收入 执行率 = 执行数 / 预算数|100.90%,100.40%,30.9亿元,30.7亿元|RateDoublePrinted|职工¦收入¦100.40%¦s › t › r › 执行率¦100.90%¦s › t › r › 正文¦30.9亿元¦30.7亿元¦[100.3252%, 100.9788%]|职工 收入 执行率 is printed twice with different values: 100.40% (s › t › r › 执行率) and 100.90% (s › t › r › 正文). 30.9亿元 / 30.7亿元 lies in [100.3252%, 100.9788%] given the printed precision, so each value alone is explainable by rounding, but the two printings disagree beyond their precision and arithmetic cannot tell which one is wrong; print one value.
            ExecutionRate|Mismatch|Error|100.70%@正文|[6177/6133, 6179/6131]|居民 收入 执行率 = 执行数 / 预算数|100.70%,30.89亿元,30.66亿元|Mismatch|100.70%¦s › t › r › 正文¦居民 收入 执行率 = 执行数 / 预算数¦30.89亿元, 30.66亿元¦[100.7174%, 100.7829%]|100.70% (s › t › r › 正文) does not match 居民 收入 执行率 = 执行数 / 预算数: from 30.89亿元, 30.66亿元 it lies in [100.7174%, 100.7829%]; rounding to the printed precision cannot explain the difference.
            """,
        ["regions-total"] = """
            checks=1 errors=1 notes=0 consistent=False
            Total|Mismatch|Error|3.10亿元@收入|[299000000, 301000000]|收入 合计 = Σ 各市县区|3.10亿元,1.00亿元,2.00亿元|Mismatch|3.10亿元¦s › t › 合计 › 收入¦收入 合计 = Σ 各市县区¦1.00亿元, 2.00亿元¦[2.9900, 3.0100]亿元|3.10亿元 (s › t › 合计 › 收入) does not match 收入 合计 = Σ 各市县区: from 1.00亿元, 2.00亿元 it lies in [2.9900, 3.0100]亿元; rounding to the printed precision cannot explain the difference.
            """,
        ["region-identities"] = """
            checks=14 errors=3 notes=0 consistent=False
            ActualBalance|Mismatch|Error|65万元@实际|[585000, 615000]|职工 B: 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款|65万元,100万元,10万元,30万元|Mismatch|65万元¦s › t › B › 实际¦职工 B: 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款¦100万元, 10万元, 30万元¦[58.50, 61.50]万元|65万元 (s › t › B › 实际) does not match 职工 B: 实际结余 = 期末累计结余 − 一次性预缴 − 应付未付款: from 100万元, 10万元, 30万元 it lies in [58.50, 61.50]万元; rounding to the printed precision cannot explain the difference.
            MonthsOfCover|Mismatch|Error|6.0个月@月数|[43/7, 131/19]|职工 B: 可支付月数 = 实际结余 / 月平均支出|6.0个月,65万元,10万元|Mismatch|6.0个月¦s › t › B › 月数¦职工 B: 可支付月数 = 实际结余 / 月平均支出¦65万元, 10万元¦[6.143, 6.895]个月|6.0个月 (s › t › B › 月数) does not match 职工 B: 可支付月数 = 实际结余 / 月平均支出: from 65万元, 10万元 it lies in [6.143, 6.895]个月; rounding to the printed precision cannot explain the difference.
            MonthsOfCover|Mismatch|Error|12.0个月@账面月数|[199/21, 201/19]|职工 B: 账面可支付月数 = 期末累计结余 / 月平均支出|12.0个月,100万元,10万元|Mismatch|12.0个月¦s › t › B › 账面月数¦职工 B: 账面可支付月数 = 期末累计结余 / 月平均支出¦100万元, 10万元¦[9.476, 10.579]个月|12.0个月 (s › t › B › 账面月数) does not match 职工 B: 账面可支付月数 = 期末累计结余 / 月平均支出: from 100万元, 10万元 it lies in [9.476, 10.579]个月; rounding to the printed precision cannot explain the difference.
            unchecked 60万元@实际|RegionDeductionBlank||a deduction cell of the row is blank, so 实际结余 = 期末累计结余 − 扣除项 is not checked
            unchecked 60万元@实际|RegionDeductionBlank||a deduction cell of the row is blank, so 实际结余 = 期末累计结余 − 扣除项 is not checked
            unchecked 6.0个月@月数|MonthlyExpenditureMayBeZero||the monthly expenditure may be zero, so months of cover are not meaningful
            """,
        ["region-no-monthly"] = """
            checks=3 errors=0 notes=0 consistent=True
            unchecked 9.0个月@月数|RegionMonthsNoExpenditure|月数¦1|the column 月数 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (1 rows)
            unchecked 10.0个月@账面月数|RegionMonthsNoExpenditure|账面月数¦1|the column 账面月数 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (1 rows)
            """,
        ["region-expenditure"] = """
            checks=1 errors=1 notes=0 consistent=False
            MonthsOfCover|Mismatch|Error|11.0个月@账面月数|[2388/241, 2412/239]|A: 账面可支付月数 = 期末累计结余 / 月平均支出, 月平均支出 = 120万元 / 12|11.0个月,100万元,120万元|Mismatch|11.0个月¦s › t › A › 账面月数¦A: 账面可支付月数 = 期末累计结余 / 月平均支出, 月平均支出 = 120万元 / 12¦100万元, 120万元¦[9.909, 10.092]个月|11.0个月 (s › t › A › 账面月数) does not match A: 账面可支付月数 = 期末累计结余 / 月平均支出, 月平均支出 = 120万元 / 12: from 100万元, 120万元 it lies in [9.909, 10.092]个月; rounding to the printed precision cannot explain the difference.
            """,
        ["months"] = """
            checks=5 errors=1 notes=1 consistent=False
            Total|Mismatch|Error|3.76亿元@扣除合计|[365500000, 366500000]|统筹基金 扣除项合计 = Σ 扣除项|3.76亿元,3.66亿元|Mismatch|3.76亿元¦s › t › r › 扣除合计¦统筹基金 扣除项合计 = Σ 扣除项¦3.66亿元¦[3.6550, 3.6650]亿元|3.76亿元 (s › t › r › 扣除合计) does not match 统筹基金 扣除项合计 = Σ 扣除项: from 3.66亿元 it lies in [3.6550, 3.6650]亿元; rounding to the printed precision cannot explain the difference.
            MonthsOfCover|DirectedRounding|Note|15.8个月@月数|[4045/259, 4047/257]|统筹基金 实际可支付月数 = 实际结余 / 月平均支出|15.8个月,20.23亿元,1.29亿元|DirectedRounding|15.8个月¦s › t › r › 月数¦统筹基金 实际可支付月数 = 实际结余 / 月平均支出¦20.23亿元, 1.29亿元¦[15.618, 15.747]个月¦Ceiling|15.8个月 (s › t › r › 月数) agrees with 统筹基金 实际可支付月数 = 实际结余 / 月平均支出 (from 20.23亿元, 1.29亿元: [15.618, 15.747]个月) only if it was rounded up, not to nearest as the report's other figures are.
            """,
        ["months-only-total"] = """
            checks=2 errors=1 notes=1 consistent=False
            ActualBalance|Mismatch|Error|20.33亿元@实际|[2022000000, 2024000000]|统筹基金 实际结余 = 期末累计结余 − Σ 扣除项|20.33亿元,23.89亿元,3.66亿元|Mismatch|20.33亿元¦s › t › r › 实际¦统筹基金 实际结余 = 期末累计结余 − Σ 扣除项¦23.89亿元, 3.66亿元¦[20.2200, 20.2400]亿元|20.33亿元 (s › t › r › 实际) does not match 统筹基金 实际结余 = 期末累计结余 − Σ 扣除项: from 23.89亿元, 3.66亿元 it lies in [20.2200, 20.2400]亿元; rounding to the printed precision cannot explain the difference.
            MonthsOfCover|DirectedRounding|Note|15.7个月@月数|[48780/3097, 48804/3095]|统筹基金 实际可支付月数 = 实际结余 / 月平均支出, 月平均支出 = 15.48亿元 / 12|15.7个月,20.33亿元,15.48亿元|DirectedRounding|15.7个月¦s › t › r › 月数¦统筹基金 实际可支付月数 = 实际结余 / 月平均支出, 月平均支出 = 15.48亿元 / 12¦20.33亿元, 15.48亿元¦[15.751, 15.769]个月¦Floor|15.7个月 (s › t › r › 月数) agrees with 统筹基金 实际可支付月数 = 实际结余 / 月平均支出, 月平均支出 = 15.48亿元 / 12 (from 20.33亿元, 15.48亿元: [15.751, 15.769]个月) only if it was rounded down (truncated), not to nearest as the report's other figures are.
            """,
        ["months-no-monthly"] = """
            checks=0 errors=0 notes=0 consistent=True
            unchecked 18.5个月@账面月数|NoMonthlyExpenditure||no monthly expenditure is printed and the report has no period to derive it from the period's expenditure (add period:)
            unchecked 15.7个月@月数|NoMonthlyExpenditure||no monthly expenditure is printed and the report has no period to derive it from the period's expenditure (add period:)
            """,
        ["months-from-expenditure"] = """
            checks=1 errors=0 notes=1 consistent=False
            MonthsOfCover|DirectedRounding|Note|18.6个月@账面月数|[57324/3097, 57348/3095]|统筹基金 账面可支付月数 = 期末累计结余 / 月平均支出, 月平均支出 = 15.48亿元 / 12|18.6个月,23.89亿元,15.48亿元|DirectedRounding|18.6个月¦s › t › r › 账面月数¦统筹基金 账面可支付月数 = 期末累计结余 / 月平均支出, 月平均支出 = 15.48亿元 / 12¦23.89亿元, 15.48亿元¦[18.510, 18.529]个月¦Ceiling|18.6个月 (s › t › r › 账面月数) agrees with 统筹基金 账面可支付月数 = 期末累计结余 / 月平均支出, 月平均支出 = 15.48亿元 / 12 (from 23.89亿元, 15.48亿元: [18.510, 18.529]个月) only if it was rounded up, not to nearest as the report's other figures are.
            """,
        ["months-monthly-and-annual"] = """
            checks=1 errors=1 notes=0 consistent=False
            MonthlyExpenditure|Mismatch|Error|1.39亿元@月支出|[386875000/3, 387125000/3]|统筹基金 月平均支出 = 年度支出 / 12|1.39亿元,15.48亿元|Mismatch|1.39亿元¦s › t › r › 月支出¦统筹基金 月平均支出 = 年度支出 / 12¦15.48亿元¦[1.2896, 1.2904]亿元|1.39亿元 (s › t › r › 月支出) does not match 统筹基金 月平均支出 = 年度支出 / 12: from 15.48亿元 it lies in [1.2896, 1.2904]亿元; rounding to the printed precision cannot explain the difference.
            """,
        ["cohorts"] = """
            checks=7 errors=3 notes=0 consistent=False
            Share|Mismatch|Error|39.0%@B占比|[2/5, 2/5]|人群: B 占比 = B / 合计|39.0%,4000人,10000人|Mismatch|39.0%¦s › t › r › B占比¦人群: B 占比 = B / 合计¦4000人, 10000人¦[40.000%, 40.000%]|39.0% (s › t › r › B占比) does not match 人群: B 占比 = B / 合计: from 4000人, 10000人 it lies in [40.000%, 40.000%]; rounding to the printed precision cannot explain the difference.
            Share|Mismatch|Error|60.0%@A占比|[989/1000, 991/1000]|人群: Σ 占比 = 100%|60.0%,39.0%|SharesCannotMakeWhole|[98.90%, 99.10%]¦60.0%¦39.0%|The printed shares (60.0% + 39.0%) cannot add up to 100%: their sum lies in [98.90%, 99.10%] given the printed precision.
            Total|Mismatch|Error|10000人@合计|[10001, 10001]|无占比: 合计 = Σ 各人群|10000人,6000人,4001人|Mismatch|10000人¦s › t › r › 合计¦无占比: 合计 = Σ 各人群¦6000人, 4001人¦[10001.00, 10001.00]人|10000人 (s › t › r › 合计) does not match 无占比: 合计 = Σ 各人群: from 6000人, 4001人 it lies in [10001.00, 10001.00]人; rounding to the printed precision cannot explain the difference.
            """,
        ["year-on-year"] = """
            checks=7 errors=3 notes=0 consistent=False
            Growth|Mismatch|Error|9.0%@合计增幅|[54392/1202909, 67612/1195089]|增长: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1|9.0%,3.00亿元,2.00亿元,5.0%,1.00亿元,0.95亿元|Mismatch|9.0%¦s › t › r › 合计增幅¦增长: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1¦3.00亿元, 2.00亿元, 5.0%, 1.00亿元, 0.95亿元¦[4.522%, 5.657%]|9.0% (s › t › r › 合计增幅) does not match 增长: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: from 3.00亿元, 2.00亿元, 5.0%, 1.00亿元, 0.95亿元 it lies in [4.522%, 5.657%]; rounding to the printed precision cannot explain the difference.
            Total|Mismatch|Error|3.00亿元@合计|[-500000, 500000]|零: 合计 = Σ 分项|3.00亿元,0.00亿元|Mismatch|3.00亿元¦s › t › r › 合计¦零: 合计 = Σ 分项¦0.00亿元¦[-0.0050, 0.0050]亿元|3.00亿元 (s › t › r › 合计) does not match 零: 合计 = Σ 分项: from 0.00亿元 it lies in [-0.0050, 0.0050]亿元; rounding to the printed precision cannot explain the difference.
            Growth|Mismatch|Error|12.0%@增幅|[19/202, 7/66]|合计 同比增长率 = 增减额 / (本期 − 增减额)|12.0%,1.10亿元,0.10亿元|Mismatch|12.0%¦s › t › r › 增幅¦合计 同比增长率 = 增减额 / (本期 − 增减额)¦1.10亿元, 0.10亿元¦[9.406%, 10.606%]|12.0% (s › t › r › 增幅) does not match 合计 同比增长率 = 增减额 / (本期 − 增减额): from 1.10亿元, 0.10亿元 it lies in [9.406%, 10.606%]; rounding to the printed precision cannot explain the difference.
            unchecked 9.0%@合计增幅|GrowthNoPrevious||no previous-period figure or change is printed, so the growth rate is not checked
            unchecked 5.0%@住院增幅|GrowthNoPrevious||no previous-period figure or change is printed, so the growth rate is not checked
            unchecked 5.0%@合计增幅|GrowthNoPrevious||no previous-period figure or change is printed, so the growth rate is not checked
            unchecked -100%@住院增幅|GrowthNoPrevious||no previous-period figure or change is printed, so the growth rate is not checked
            unchecked 5.0%@合计增幅|TotalGrowthPartMayBeMinusWhole|减半¦-100%¦住院¦s › t › r › 住院增幅|减半: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: the growth -100% of 住院 (s › t › r › 住院增幅) may be −100%, so its previous figure and the total's growth rate are not checked
            unchecked 5.0%@合计增幅|GrowthNoPrevious||no previous-period figure or change is printed, so the growth rate is not checked
            unchecked 5.0%@合计增幅|TotalGrowthPreviousMayBeZero|零|零: 合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1: the parts' previous figures may sum to zero, so the total's growth rate is not checked
            unchecked 12.0%@增幅|GrowthNoPrevious||no previous-period figure or change is printed, so the growth rate is not checked
            """,
        ["deficit-scan"] = """
            checks=5 errors=2 notes=0 consistent=False
            Total|Mismatch|Error|14@总数|[13, 13]|统筹区总数 = 收不抵支 + 未收不抵支|14,3,10|Mismatch|14¦s › t › r › 总数¦统筹区总数 = 收不抵支 + 未收不抵支¦3, 10¦[13.00, 13.00]|14 (s › t › r › 总数) does not match 统筹区总数 = 收不抵支 + 未收不抵支: from 3, 10 it lies in [13.00, 13.00]; rounding to the printed precision cannot explain the difference.
            Share|Mismatch|Error|20.0%@占比1|[3/14, 3/14]|所占比例 = 收不抵支统筹区 / 统筹区总数|20.0%,3,14|Mismatch|20.0%¦s › t › r › 占比1¦所占比例 = 收不抵支统筹区 / 统筹区总数¦3, 14¦[21.429%, 21.429%]|20.0% (s › t › r › 占比1) does not match 所占比例 = 收不抵支统筹区 / 统筹区总数: from 3, 14 it lies in [21.429%, 21.429%]; rounding to the printed precision cannot explain the difference.
            """,
        ["quotients-products-totals"] = """
            checks=6 errors=3 notes=0 consistent=False
            Quotient|Mismatch|Error|110元/人@|[199/2, 201/2]|人均 = numerator / denominator|110元/人,1.00万元,100人|Mismatch|110元/人¦s¦人均 = numerator / denominator¦1.00万元, 100人¦[99.50, 100.50]元/人|110元/人 (s) does not match 人均 = numerator / denominator: from 1.00万元, 100人 it lies in [99.50, 100.50]元/人; rounding to the printed precision cannot explain the difference.
            Product|Mismatch|Error|3.90万元@金额|[37950, 38050]|个人缴费 = 100人 × 380元/人|3.90万元,100人,380元/人|Mismatch|3.90万元¦s › t › r › 金额¦个人缴费 = 100人 × 380元/人¦100人, 380元/人¦[3.7950, 3.8050]万元|3.90万元 (s › t › r › 金额) does not match 个人缴费 = 100人 × 380元/人: from 100人, 380元/人 it lies in [3.7950, 3.8050]万元; rounding to the printed precision cannot explain the difference.
            Repeated|DoublePrinting|Error|1.29亿元@x||点值: one value|1.29亿元,1.50亿元|RepeatedDoublePrinted|点值¦1.29亿元¦s › t › r › x¦1.50亿元¦s › t › r › y|点值 is printed with different values: 1.29亿元 (s › t › r › x) and 1.50亿元 (s › t › r › y). They disagree beyond their printed precision and no rounding reconciles them; arithmetic in the report cannot tell which one is wrong; print one value.
            """,
        ["claims-bands"] = """
            checks=6 errors=3 notes=0 consistent=False
            Claim|Mismatch|Error|3@|[2, 2]|5至10个月的3个: regions 5–10 months = 3|3,5.0个月,10.0个月,15.0个月|ClaimCount|5至10个月的3个¦三 正文¦3¦5–10¦¦2¦A 5.0个月¦B 10.0个月|The text "5至10个月的3个" (三 正文) states 3 region(s) 5–10 months, but the region table prints 2: A 5.0个月, B 10.0个月.
            Claim|Mismatch|Error|1@|[0, 0]|低于6个月的1个: regions below 5.0 months = 1|1,5.0个月,10.0个月,15.0个月|ClaimCount|低于6个月的1个¦三 正文¦1¦below:5.0¦¦0|The text "低于6个月的1个" (三 正文) states 1 region(s) below 5.0 months, but the region table prints 0: none.
            Claim|Mismatch|Error|2@|[0, 0]|高于12个月的2个: regions above 15.0 months = 2|2,5.0个月,10.0个月,15.0个月|ClaimCount|高于12个月的2个¦三 正文¦2¦above:15.0¦¦0|The text "高于12个月的2个" (三 正文) states 2 region(s) above 15.0 months, but the region table prints 0: none.
            unchecked 5.0个月@月数|RegionMonthsNoExpenditure|月数¦3|the column 月数 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (3 rows)
            unchecked 7.0个月@账面|RegionMonthsNoExpenditure|账面¦1|the column 账面 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (1 rows)
            unchecked 1@|ClaimNoRegionTable|Months¦城乡¦城乡低于8个月的1个|no region table prints months of cover for 城乡, so the claim "城乡低于8个月的1个" is not checked
            unchecked 0@|ClaimNoRegionTable|BookMonths¦职工¦账面低于8个月的0个|no region table prints book months of cover for 职工, so the claim "账面低于8个月的0个" is not checked
            """,
        ["claims-beyond"] = """
            checks=9 errors=3 notes=0 consistent=False
            Claim|Mismatch|Error|90%@||执行率均高于90%: every figure > 90%|90%,100.75%,100.75%,90.00%|ClaimAllBeyond|执行率均高于90%¦三 正文¦Above¦90%¦居民 支出 90.00%|The text "执行率均高于90%" (三 正文) states that every figure is above 90%, but 居民 支出 90.00% is not.
            Claim|Mismatch|Error|100.75%@||执行率均低于100.75%: every figure < 100.75%|100.75%,100.75%,100.75%,90.00%|ClaimAllBeyond|执行率均低于100.75%¦三 正文¦Below¦100.75%¦职工 收入 100.75%¦职工 收入 (正文) 100.75%|The text "执行率均低于100.75%" (三 正文) states that every figure is below 100.75%, but 职工 收入 100.75%, 职工 收入 (正文) 100.75% are not.
            Claim|Mismatch|Error|15个月@||月数均低于15个月: every figure < 15个月|15个月,5.0个月,10.0个月,15.0个月|ClaimAllBeyond|月数均低于15个月¦三 正文¦Below¦15个月¦C 15.0个月|The text "月数均低于15个月" (三 正文) states that every figure is below 15个月, but C 15.0个月 is not.
            unchecked 5.0个月@月数|RegionMonthsNoExpenditure|月数¦3|the column 月数 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (3 rows)
            unchecked 7.0个月@账面|RegionMonthsNoExpenditure|账面¦1|the column 账面 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (1 rows)
            unchecked 8个月@|ClaimNoFigures|BookMonths¦账面月数均高于8个月|the report prints no months of cover the claim "账面月数均高于8个月" could be checked against
            """,
        ["claims-periods"] = """
            checks=11 errors=5 notes=0 consistent=False
            Period|Mismatch|Error|100.00%@报告期|[1, 1]|表内报告期 = 报告期|100.00%|TablePeriod|地区表¦2020¦2021¦100.00%¦100.00%|The table '地区表' states the period 2020 but the report's period is 2021: its figures belong to another period (time progress 100.00% instead of 100.00%).
            Period|Mismatch|Error|100.00%@|[1, 1]|正文所述报告期 = 表内报告期|100.00%|ClaimPeriod|2021年¦三 正文¦2021¦table¦地区表¦2020|The text "2021年" (三 正文) states the period 2021, but the table '地区表' is 2020.
            Period|Mismatch|Error|100.00%@|[1, 1]|正文所述报告期 = 表内报告期|100.00%|ClaimPeriod|1-12月¦三 正文¦2021-12¦report¦¦2021|The text "1-12月" (三 正文) states the period 2021-12, but the report's period is 2021.
            Period|Mismatch|Error|100.00%@|[1, 1]|正文所述报告期 = 表内报告期|100.00%|ClaimPeriod|1-12月¦三 正文¦2021-12¦table¦预算表¦2021|The text "1-12月" (三 正文) states the period 2021-12, but the table '预算表' is 2021.
            Period|Mismatch|Error|100.00%@|[1, 1]|正文所述报告期 = 表内报告期|100.00%|ClaimPeriod|1-12月¦三 正文¦2021-12¦table¦地区表¦2020|The text "1-12月" (三 正文) states the period 2021-12, but the table '地区表' is 2020.
            unchecked 5.0个月@月数|RegionMonthsNoExpenditure|月数¦3|the column 月数 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (3 rows)
            unchecked 7.0个月@账面|RegionMonthsNoExpenditure|账面¦1|the column 账面 is not checked: the table has no monthly expenditure, and no period expenditure with a report period, to divide by (1 rows)
            """,
        ["claims-no-period"] = """
            checks=0 errors=0 notes=0 consistent=True
            unchecked 100.00%@|ClaimNoPeriod|2021年|neither the report nor a table states a period, so "2021年" is not checked (add period:)
            """,
    };

    public static TheoryData<string> Names => new(Expected.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Report_in_full(string name) => Assert.Equal(Expected[name].ReplaceLineEndings("\n"), Render(ReportChecker.Check(All()[name])));

    [Fact]
    public void Every_report_is_expected() => Assert.Equal(Expected.Count, All().Count);

    [Fact]
    public void A_null_report_is_refused() => Assert.Equal("report", Assert.Throws<System.ArgumentNullException>(() => ReportChecker.Check(null!)).ParamName);
}
