namespace FundMath.Tests.Analysis;

/// <summary>
/// 株洲市2021年年度医疗保险基金财务报表及运行分析报告, "2021年市县区医疗生育保险基金累计结余分布情况表", copied row by row:
/// 期末累计结余 and 剔除应付未付及预留金实际结余 in 万元 (two decimals as printed; the employee 炎陵 actual balance
/// is printed "8069.2"), and 实际可支付月数 as printed (个, an integer). The table gives no monthly expenditure
/// per region; only the city-wide averages in the text (职工 1.29亿元/月, 居民 2.25亿元/月).
/// 合计 row as printed: 居民 227,316.70 / 177,361.41 / 8; 职工 238,864.73 / 202,305.02 / 15.
/// 云龙示范区, 芦淞区, 石峰区, 荷塘区 and 天元区 have no employee pooled fund of their own (blank in the table).
/// </summary>
internal static class ZhuzhouRegionTable2021
{
    public readonly record struct Row(string Region, decimal BookWan, decimal ActualWan, int PrintedMonths);

    public static readonly Row[] Resident =
    [
        new("茶陵", 33520.85m, 3881.49m, 1),
        new("攸县", 19227.18m, 10427.18m, 2),
        new("株洲县", 11465.50m, 4912.70m, 3),
        new("醴陵市", 33478.77m, 33478.77m, 5),
        new("云龙示范区", 3039.94m, 3034.94m, 10),
        new("芦淞区", 4117.75m, 4117.75m, 10),
        new("炎陵", 15500.54m, 12927.94m, 11),
        new("石峰区", 2585.03m, 1705.03m, 12),
        new("荷塘区", 3927.85m, 3927.85m, 12),
        new("天元区", 11631.69m, 10126.16m, 17),
        new("市本级", 88821.60m, 88821.60m, 25),
    ];

    public static readonly Row[] Employee =
    [
        new("茶陵", 5219.06m, 3419.06m, 6),
        new("攸县", 3415.97m, 1915.97m, 3),
        new("株洲县", 8676.62m, 6178.43m, 12),
        new("醴陵市", 4526.97m, 4526.97m, 4),
        new("炎陵", 8830.72m, 8069.2m, 29),
        new("市本级", 208195.39m, 178195.39m, 18),
    ];
}
