using System.Globalization;

namespace FundMath.Pooling;

/// <summary>
/// The city-level inputs of one settlement year of one scheme — 年度结算参数: the year, the scheme, the collected
/// fund's opening balance (归集基金期初余额), its interest income (统筹后基金利息收入) and, for the resident transition,
/// the unified subsidy standard (全市统筹后居民医保财政补助标准).
/// </summary>
/// <remarks><c>default(PoolingYear)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct PoolingYear
{
    /// <summary>A settlement year of a scheme with a zero opening balance and no interest.</summary>
    public PoolingYear(int year, PooledScheme scheme)
    {
        Year = year;
        Scheme = scheme;
    }

    /// <summary>The settlement year, e.g. 2023.</summary>
    public int Year { get; init; }

    /// <summary>The scheme (职工医保 or 居民医保): each has its own collected fund.</summary>
    public PooledScheme Scheme { get; init; }

    /// <summary>
    /// 归集基金期初余额: the collected fund's balance at the start of the year (in the first year, e.g. the merged
    /// 以前年度市级医疗风险调剂金结余), ≥ 0.
    /// </summary>
    public Money CollectedFundOpening { get; init; }

    /// <summary>统筹后基金利息收入: the collected fund's interest income of the year, ≥ 0.</summary>
    public Money Interest { get; init; }

    /// <summary>全市统筹后居民医保财政补助标准 (元/人·年): needed for a resident-scheme deficit in a transition year.</summary>
    public Money? UnifiedSubsidyStandard { get; init; }

    /// <summary>Checks the year's inputs against the policy.</summary>
    internal void Validate(PoolingPolicy policy, bool anyTransitionDeficit)
    {
        if (unchecked((uint)Scheme) > (uint)PooledScheme.Resident)
        {
            throw new PoolingInputException(null, nameof(Scheme), ((int)Scheme).ToString(CultureInfo.InvariantCulture), "not a defined PooledScheme (Employee or Resident)");
        }

        if (policy.Date.Year != Year)
        {
            throw new PoolingInputException(null, nameof(Year), Year.ToString(CultureInfo.InvariantCulture),
                $"the policy was read on {policy.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}; read it at the start of the settlement year (PoolingPolicy.FromParameters(set, new LocalDate({Year}, 1, 1)))");
        }

        if (CollectedFundOpening.IsNegative)
        {
            throw new PoolingInputException(null, nameof(CollectedFundOpening), PoolingCounty.Text(CollectedFundOpening), "the collected fund (归集基金) never goes below zero, so its opening balance is 0 or more");
        }

        if (Interest.IsNegative)
        {
            throw new PoolingInputException(null, nameof(Interest), PoolingCounty.Text(Interest), "interest income (利息收入) is an inflow, 0 or more");
        }

        if (UnifiedSubsidyStandard is { } u && u.IsNegative)
        {
            throw new PoolingInputException(null, nameof(UnifiedSubsidyStandard), PoolingCounty.Text(u), "a subsidy standard (财政补助标准, 元/人) cannot be negative");
        }

        if (anyTransitionDeficit && UnifiedSubsidyStandard is null)
        {
            throw new PoolingInputException(null, nameof(UnifiedSubsidyStandard), "missing",
                $"a county has a resident-scheme deficit in transition year {Year}: it is first filled by the excess of its 2021 subsidy standard over the unified standard (四(二)8(2)); give the unified standard (元/人)");
        }
    }
}
