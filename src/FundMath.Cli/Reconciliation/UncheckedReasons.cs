using System.Collections.Generic;
using FundMath.Reconciliation;

namespace FundMath.Cli.Reconciliation;

/// <summary>
/// Why a printed figure was not checked, in Chinese (--lang zh), from its <see cref="UncheckedFigure.Message"/> and
/// <see cref="UncheckedFigure.Arguments"/>: the same facts as the core's English <see cref="UncheckedFigure.Reason"/>.
/// A reason without a message, or whose arguments do not fit it, keeps its English text.
/// </summary>
internal static class UncheckedReasons
{
    private const string TotalGrowth = "合计增长率 = 合计 / Σ (分项 / (1 + 分项增长率)) − 1";

    public static string Chinese(UncheckedFigure figure)
    {
        IReadOnlyList<string> a = figure.Arguments;
        int needed = figure.Message switch
        {
            UncheckedMessage.TotalGrowthPartUnknown => 2,
            UncheckedMessage.TotalGrowthPartMayBeMinusWhole => 4,
            UncheckedMessage.TotalGrowthPreviousMayBeZero => 1,
            UncheckedMessage.GrowthPreviousMayBeZero or UncheckedMessage.GrowthChangeDivisorMayBeZero or UncheckedMessage.QuotientDenominatorMayBeZero => 3,
            UncheckedMessage.GrowthCurrentNotPrinted or UncheckedMessage.GrowthPreviousFundMayBeZero => 1,
            UncheckedMessage.GrowthPreviousNotPrinted or UncheckedMessage.RegionMonthsNoExpenditure or UncheckedMessage.ClaimNoFigures => 2,
            UncheckedMessage.ClaimNoRegionTable => 3,
            UncheckedMessage.ClaimNoPeriod => 1,
            UncheckedMessage.Other => int.MaxValue,
            _ => 0,
        };
        if (a.Count < needed)
        {
            return figure.Reason;
        }

        return figure.Message switch
        {
            UncheckedMessage.NoMonthlyExpenditure => "未印月平均支出，报告也未给出报告期，无法由期间支出推算（请加 period:），可支付月数未核对",
            UncheckedMessage.NoPeriodForMonthlyExpenditure => "报告未给出报告期，无法由期间支出推算月平均支出（请加 period:）",
            UncheckedMessage.MonthlyExpenditureMayBeZero => "月平均支出可能为零，可支付月数无意义，未核对",
            UncheckedMessage.TotalGrowthPartUnknown => $"{a[0]}：{TotalGrowth}：{a[1]} 既未印上期数，也未印增长率，合计增长率未核对",
            UncheckedMessage.TotalGrowthPartMayBeMinusWhole => $"{a[0]}：{TotalGrowth}：{a[2]} 的增长率 {a[1]}（{a[3]}）可能为 −100%，其上期数和合计增长率均未核对",
            UncheckedMessage.TotalGrowthPreviousMayBeZero => $"{a[0]}：{TotalGrowth}：各分项上期数之和可能为零，合计增长率未核对",
            UncheckedMessage.GrowthNoPrevious => "未印上期数或增减额，同比增长率未核对",
            UncheckedMessage.GrowthPreviousMayBeZero => $"{a[0]} 同比增长率 = 本期 / 上期 − 1：上期数 {a[1]}（{a[2]}）按印刷精度可能为零，同比增长率未核对",
            UncheckedMessage.GrowthChangeDivisorMayBeZero => $"{a[0]} 同比增长率 = 增减额 / (本期 − 增减额)：本期 {a[1]} − 增减额 {a[2]} 按印刷精度可能为零，同比增长率未核对",
            UncheckedMessage.GrowthCurrentNotPrinted => $"本期{What(a[0])}本身未印，其同比增长率未核对",
            UncheckedMessage.GrowthPreviousNotPrinted => $"未印上年同期{What(a[0])}（{a[1]}），同比增长率未核对",
            UncheckedMessage.GrowthPreviousFundMayBeZero => $"上年同期{What(a[0])}可能为零，同比增长率无意义",
            UncheckedMessage.QuotientDenominatorMayBeZero => $"{a[0]}：分母 {a[1]}（{a[2]}）按印刷精度可能为零，比率未核对",
            UncheckedMessage.RegionMonthsNoExpenditure => $"{a[0]} 一列未核对：表中没有月平均支出，也没有可配合报告期使用的期间支出作除数（共 {a[1]} 行）",
            UncheckedMessage.RegionDeductionBlank => "该行有扣除项单元格为空，实际结余 = 期末累计结余 − 扣除项 未核对",
            UncheckedMessage.ClaimNoRegionTable => $"没有地区表印有{(a[1].Length > 0 ? a[1] : string.Empty)}{(a[0] == nameof(ReportClaimSubject.BookMonths) ? "账面可支付月数" : "可支付月数")}，正文“{a[2]}”未核对",
            UncheckedMessage.ClaimNoFigures => $"报告未印可与正文“{a[1]}”核对的{(a[0] == nameof(ReportClaimSubject.ExecutionRates) ? "执行率" : "可支付月数")}",
            UncheckedMessage.ClaimNoPeriod => $"报告和各表都未给出报告期，正文“{a[0]}”未核对（请加 period:）",
            _ => figure.Reason,
        };
    }

    private static string What(string what) => what switch
    {
        "income" => "收入",
        "expenditure" => "支出",
        _ => what,
    };
}
