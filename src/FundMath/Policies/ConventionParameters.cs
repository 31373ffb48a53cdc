namespace FundMath.Policies;

/// <summary>
/// Typed keys for the parameters of FundMath's conventions layer, <see cref="ParameterSet.Conventions"/> — 地方惯例参数:
/// local conventions, not national rules, each saying whose convention it is (today 株洲市's 2021 annual fund report).
/// The national set does not define them, so read them from a set that layers the conventions (or your own values)
/// over it: <c>ConventionParameters.Analysis.BudgetTolerance.At(ParameterSet.NationalWithConventions, date)</c>.
/// </summary>
public static class ConventionParameters
{
    /// <summary>Fund analysis thresholds that are local conventions.</summary>
    public static class Analysis
    {
        /// <summary>累计结余可支付月数 below which the fund is insufficient: 3 months (株洲市's grouping 低于3个月, 3-9个月, 高于9个月; from 2020).</summary>
        public static readonly ParameterKey<Fraction> MonthsOfCoverWarningBelow = ParameterKeys.Months("analysis.months_of_cover.warning_below");

        /// <summary>累计结余可支付月数 above which the balance is high: 9 months (株洲市's grouping; from 2020).</summary>
        public static readonly ParameterKey<Fraction> MonthsOfCoverHighAbove = ParameterKeys.Months("analysis.months_of_cover.high_above");

        /// <summary>预算执行率 tolerance around time progress: ±5pp (株洲市: 按上下浮动5个百分点的控制标准; from 2021). No national rule sets it.</summary>
        public static readonly ParameterKey<PercentagePoints> BudgetTolerance = ParameterKeys.Points("analysis.budget_execution.tolerance");
    }
}
