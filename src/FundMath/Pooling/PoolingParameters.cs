using FundMath.Policies;

namespace FundMath.Pooling;

/// <summary>
/// Typed keys for the municipal-pooling parameters — 市级统筹参数. These are a city's rules, not national ones: the
/// national set (<see cref="ParameterSet.National"/>) does not define them; the sample set
/// <c>samples/parameters/lishui.yaml</c> defines them from 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》
/// 四(二)7–8, each dated, cited and overridable. <see cref="PoolingPolicy.FromParameters"/> reads them all.
/// </summary>
public static class PoolingParameters
{
    /// <summary>The year of the initial upward transfer (上划), 2022: "2022年1月底前…按规定额度上划至市财政专户" (四(二)7(2)/(3)).</summary>
    public static readonly ParameterKey<long> UpwardTransferYear = ParameterKeys.Count("pooling.upward_transfer.year");

    /// <summary>职工医保上划额度: 3 months of the previous year's actual expenditure ("计算3个月支付能力为额度", 四(二)7(2)).</summary>
    public static readonly ParameterKey<Fraction> EmployeeTransferMonths = ParameterKeys.Months("pooling.upward_transfer.employee_months");

    /// <summary>居民医保上划额度: 1 month of the previous year's actual expenditure ("计算1个月支付能力为额度", 四(二)7(3)).</summary>
    public static readonly ParameterKey<Fraction> ResidentTransferMonths = ParameterKeys.Months("pooling.upward_transfer.resident_months");

    /// <summary>职工医保年初补充上划 threshold: 3 months, from 2023 ("2023年起…支付能力不足3个月时", 四(二)7(2)).</summary>
    public static readonly ParameterKey<Fraction> EmployeeTopUpMonths = ParameterKeys.Months("pooling.top_up.employee_months");

    /// <summary>居民医保年初补充上划 threshold: 1 month, from 2023 ("2023年起…支付能力不足1个月时", 四(二)7(3)).</summary>
    public static readonly ParameterKey<Fraction> ResidentTopUpMonths = ParameterKeys.Months("pooling.top_up.resident_months");

    /// <summary>当期缺口 share borne by the collected fund (市级归集基金承担30%, 四(二)8(1)).</summary>
    public static readonly ParameterKey<Rate> CollectedFundShare = ParameterKeys.Rate("pooling.deficit.collected_fund_share");

    /// <summary>当期缺口 share borne by the deficit county (缺口地…承担70%, 四(二)8(1)).</summary>
    public static readonly ParameterKey<Rate> CountyShare = ParameterKeys.Rate("pooling.deficit.county_share");

    /// <summary>Share of what the collected fund cannot pay borne by the city treasury (市财政…20%, 四(二)8(1)).</summary>
    public static readonly ParameterKey<Rate> CityTreasuryShare = ParameterKeys.Rate("pooling.deficit.city_treasury_share");

    /// <summary>Share of what the collected fund cannot pay borne by the county treasury (缺口地财政…80%, 四(二)8(1)).</summary>
    public static readonly ParameterKey<Rate> CountyTreasuryShare = ParameterKeys.Rate("pooling.deficit.county_treasury_share");

    /// <summary>City treasury cap as a share of the county's pooled-fund financing of the year (当年统筹基金筹资总额的1%, 四(二)8(1)).</summary>
    public static readonly ParameterKey<Rate> CityTreasuryCap = ParameterKeys.Rate("pooling.deficit.city_treasury_cap");

    /// <summary>The figure of "市级归集基金分担比例在原基础上减少5%" for a county with a prior-year deficit (四(二)8(3)); read per <see cref="PriorDeficitReading"/>.</summary>
    public static readonly ParameterKey<Rate> PriorDeficitReduction = ParameterKeys.Rate("pooling.deficit.prior_deficit_reduction");

    /// <summary>Factor on the city treasury's share for a county with a prior-year deficit, 50% ("市财政分担比例减半", 四(二)8(3)).</summary>
    public static readonly ParameterKey<Rate> PriorDeficitCityTreasuryFactor = ParameterKeys.Rate("pooling.deficit.prior_deficit_city_treasury_factor");

    /// <summary>Cut of the city-level share when the county's assessment is below 优良, 5pp ("降低5个百分点", 四(二)8(3)).</summary>
    public static readonly ParameterKey<PercentagePoints> AssessmentReduction = ParameterKeys.Points("pooling.deficit.assessment_reduction");

    /// <summary>First year of the resident-subsidy transition (2022, the first year of pooling; 四(二)8(2), 二).</summary>
    public static readonly ParameterKey<long> TransitionFirstYear = ParameterKeys.Count("pooling.transition.first_year");

    /// <summary>Length of the transition in years, 3 ("设置三年过渡期", 四(二)8(2)).</summary>
    public static readonly ParameterKey<long> TransitionYears = ParameterKeys.Count("pooling.transition.years");

    /// <summary>Transition: share of a county's current surplus kept in its own balance, 30% (四(二)8(2)).</summary>
    public static readonly ParameterKey<Rate> TransitionCountyKeepShare = ParameterKeys.Rate("pooling.transition.county_keep_share");

    /// <summary>Transition: share of a county's current surplus moved to the collected fund, 70% (四(二)8(2)).</summary>
    public static readonly ParameterKey<Rate> TransitionCollectedShare = ParameterKeys.Rate("pooling.transition.collected_share");

    /// <summary>Every key, in the order of the plan's clauses (for listings and tests).</summary>
    public static System.Collections.Generic.IReadOnlyList<string> Names { get; } =
    [
        UpwardTransferYear.Name, EmployeeTransferMonths.Name, ResidentTransferMonths.Name, EmployeeTopUpMonths.Name,
        ResidentTopUpMonths.Name, CollectedFundShare.Name, CountyShare.Name, CityTreasuryShare.Name, CountyTreasuryShare.Name,
        CityTreasuryCap.Name, PriorDeficitReduction.Name, PriorDeficitCityTreasuryFactor.Name, AssessmentReduction.Name,
        TransitionFirstYear.Name, TransitionYears.Name, TransitionCountyKeepShare.Name, TransitionCollectedShare.Name,
    ];
}
