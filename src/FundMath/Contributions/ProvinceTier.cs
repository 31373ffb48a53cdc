namespace FundMath.Contributions;

/// <summary>Province tiers for the central share of resident subsidies. 中央财政分档（国办发〔2018〕6号）.</summary>
public enum ProvinceTier
{
    /// <summary>第一档: the 12 western provinces (central 80%).</summary>
    Tier1 = 1,

    /// <summary>第二档: the 10 central provinces (central 60%; counties with western treatment 80%).</summary>
    Tier2 = 2,

    /// <summary>第三档: 辽宁, 福建, 山东 (central 50%).</summary>
    Tier3 = 3,

    /// <summary>第四档: 天津, 江苏, 浙江, 广东 and the 5 cities with separate budget status (central 30%).</summary>
    Tier4 = 4,

    /// <summary>第五档: 北京, 上海 (central 10%).</summary>
    Tier5 = 5,
}
