using System;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Pooling;

/// <summary>
/// The year-start check of the collected fund's payment capacity and the top-up it triggers — 年初补充上划:
/// "2023年起，每年年初全市职工医保归集基金支付能力不足3个月时，不足部分按照上年各地职工参保人数占全市职工参保人数比例从各地
/// 上划" (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7(2); the resident fund: 1 month, 7(3)).
/// </summary>
/// <remarks>
/// <para>Capacity = balance / (city previous-year expenditure / 12) months, exact. Threshold = city previous-year
/// expenditure × N / 12, rounded up to the fen (so that after the top-up the capacity is at least N months);
/// shortfall = max(0, threshold − balance). The balance is the collected fund's at the start of the year, after
/// any initial transfer of the same year.</para>
/// <para>The shortfall is split across the counties by previous-year insured headcount with
/// <see cref="Apportionment"/> (largest remainder to the fen: shares sum exactly to the shortfall; equal remainders go
/// to the earlier county, and <see cref="CitySettlement"/> orders counties by name, so the result does not depend on
/// input order). Each county pays its share like a transfer: from its usable balance, the rest by special
/// appropriation.</para>
/// <para><c>default(YearStartTopUp)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct YearStartTopUp
{
    private readonly PoolingPolicy? policy;

    internal YearStartTopUp(PoolingPolicy policy, PooledScheme scheme, Money collectedFundBalance, Money cityPreviousYearExpenditure)
    {
        this.policy = policy;
        Scheme = scheme;
        CollectedFundBalance = collectedFundBalance;
        CityPreviousYearExpenditure = cityPreviousYearExpenditure;
        ThresholdMonths = policy.TopUpMonths(scheme);
        if (policy.TopUpShareOfYear(scheme) is not { } share)
        {
            Outcome = TopUpOutcome.NotInForce;
            return;
        }

        if (!cityPreviousYearExpenditure.IsPositive)
        {
            Outcome = TopUpOutcome.NoExpenditure;
            return;
        }

        Threshold = PoolingMath.Threshold(cityPreviousYearExpenditure, share);
        Shortfall = Money.Max(Money.Zero, Threshold - collectedFundBalance);
        Outcome = Shortfall.IsPositive ? TopUpOutcome.Raised : TopUpOutcome.Sufficient;
    }

    /// <summary>The policy applied (null for <c>default</c>; for the JSON form).</summary>
    internal PoolingPolicy? Policy => policy;

    /// <summary>The scheme whose collected fund was checked.</summary>
    public PooledScheme Scheme { get; }

    /// <summary>The year (the policy's year).</summary>
    public int Year => policy?.Date.Year ?? 0;

    /// <summary>NotInForce, NoExpenditure, Sufficient or Raised.</summary>
    public TopUpOutcome Outcome { get; }

    /// <summary>The threshold in months (3 employee, 1 resident), or null when the rule is not in force.</summary>
    public Fraction? ThresholdMonths { get; }

    /// <summary>The collected fund's balance at the start of the year (after any initial transfer of the year).</summary>
    public Money CollectedFundBalance { get; }

    /// <summary>全市上年度实际支出: the city's previous-year actual expenditure of the scheme (sum over the counties).</summary>
    public Money CityPreviousYearExpenditure { get; }

    /// <summary>The balance the threshold months require: expenditure × N / 12, rounded up to the fen (0 when not in force).</summary>
    public Money Threshold { get; }

    /// <summary>不足部分: max(0, Threshold − CollectedFundBalance), raised from the counties.</summary>
    public Money Shortfall { get; }

    /// <summary>支付能力: the balance in months of average monthly previous-year expenditure, exact; null without expenditure.</summary>
    public Fraction? CapacityMonths => CityPreviousYearExpenditure.IsPositive
        ? Fraction.Create(checked(CollectedFundBalance.Fen * 12), CityPreviousYearExpenditure.Fen)
        : null;

    /// <summary>
    /// Checks the collected fund of <paramref name="scheme"/> at the start of the policy's year: its balance against
    /// the threshold months of the city's previous-year expenditure.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="PoolingInputException">A negative balance or expenditure, or an undefined scheme.</exception>
    public static YearStartTopUp Compute(PoolingPolicy policy, PooledScheme scheme, Money collectedFundBalance, Money cityPreviousYearExpenditure)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (unchecked((uint)scheme) > (uint)PooledScheme.Resident)
        {
            throw new PoolingInputException(null, nameof(scheme), ((int)scheme).ToString(CultureInfo.InvariantCulture), "not a defined PooledScheme (Employee or Resident)");
        }

        if (collectedFundBalance.IsNegative)
        {
            throw new PoolingInputException(null, nameof(collectedFundBalance), PoolingText.Yuan(collectedFundBalance), "the collected fund (归集基金) never goes below zero");
        }

        if (cityPreviousYearExpenditure.IsNegative)
        {
            throw new PoolingInputException(null, nameof(cityPreviousYearExpenditure), PoolingText.Yuan(cityPreviousYearExpenditure), "an actual expenditure (上年度实际支出) cannot be negative");
        }

        return new YearStartTopUp(policy, scheme, collectedFundBalance, cityPreviousYearExpenditure);
    }

    /// <summary>
    /// Splits <paramref name="shortfall"/> across counties by their previous-year insured headcounts, to the fen by
    /// largest remainder (Σ shares = shortfall exactly; equal remainders go to the earlier county). Allocates nothing.
    /// </summary>
    /// <exception cref="PoolingInputException">The shortfall is negative, or positive while every headcount is zero.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static void Apportion(Money shortfall, ReadOnlySpan<Headcount> previousYearInsured, Span<Money> shares)
    {
        if (shares.Length != previousYearInsured.Length)
        {
            Preconditions.ThrowArgument(nameof(shares), $"shares has room for {shares.Length} counties but previousYearInsured has {previousYearInsured.Length}; they must match.");
        }

        if (shortfall.IsNegative)
        {
            throw new PoolingInputException(null, nameof(shortfall), PoolingText.Yuan(shortfall), "a top-up shortfall is 0 or more");
        }

        if (shortfall.IsZero)
        {
            shares.Clear();
            return;
        }

        if (Headcount.Sum(previousYearInsured).IsZero)
        {
            throw new PoolingInputException(null, nameof(previousYearInsured), "0 persons in total",
                $"the shortfall {PoolingText.Yuan(shortfall)} is raised in proportion to previous-year insured headcounts (四(二)7(2)/(3)), and every county's is zero");
        }

        Apportionment.Split(shortfall, previousYearInsured, shares);
    }

    /// <summary>Splits this check's <see cref="Shortfall"/> by headcount (see <see cref="Apportion(Money, ReadOnlySpan{Headcount}, Span{Money})"/>).</summary>
    /// <exception cref="PoolingInputException">The shortfall is positive while every headcount is zero.</exception>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void Apportion(ReadOnlySpan<Headcount> previousYearInsured, Span<Money> shares) => Apportion(Shortfall, previousYearInsured, shares);

    /// <summary>"职工医保2023年初归集基金3,000,000.00元，可支付1.50个月，低于3个月：不足3,000,000.00元按上年参保人数占比从各地上划。"</summary>
    public string ToChineseSentence()
    {
        string head = $"{PoolingText.SchemeChinese(Scheme)}{PoolingText.Year(Year)}年初归集基金{PoolingText.Yuan(CollectedFundBalance)}";
        return Outcome switch
        {
            TopUpOutcome.NotInForce => head + "：年初补充上划规则（2023年起）未生效。",
            TopUpOutcome.NoExpenditure => head + "：全市上年度无实际支出，支付能力无从计算，无需补充上划。",
            TopUpOutcome.Sufficient => head + $"，可支付{Months()}个月，不低于{ThresholdMonths}个月（{PoolingText.Yuan(Threshold)}），无需补充上划。",
            _ => head + $"，可支付{Months()}个月，低于{ThresholdMonths}个月（{PoolingText.Yuan(Threshold)}）：不足{PoolingText.Yuan(Shortfall)}按上年参保人数占全市比例从各地上划。",
        };
    }

    /// <summary>"Employee fund, start of 2023: the collected fund holds 3,000,000.00元 = 1.50 months, below 3 months (…): the shortfall … is raised from the counties by previous-year insured headcount."</summary>
    public string ToEnglishSentence()
    {
        string head = $"{PoolingText.SchemeEnglish(Scheme)}, start of {PoolingText.Year(Year)}: the collected fund holds {PoolingText.Yuan(CollectedFundBalance)}";
        return Outcome switch
        {
            TopUpOutcome.NotInForce => head + "; the year-start top-up (from 2023) is not in force.",
            TopUpOutcome.NoExpenditure => head + "; the city had no previous-year expenditure, so no capacity in months is defined and nothing is raised.",
            TopUpOutcome.Sufficient => head + $" = {Months()} months, not below the {ThresholdMonths}-month threshold ({PoolingText.Yuan(Threshold)}): nothing is raised.",
            _ => head + $" = {Months()} months, below the {ThresholdMonths}-month threshold ({PoolingText.Yuan(Threshold)}): the shortfall {PoolingText.Yuan(Shortfall)} is raised from the counties by previous-year insured headcount.",
        };
    }

    /// <summary>The check as an explanation: balance, expenditure, capacity, threshold parameter with its citation, shortfall.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default</c>.</exception>
    public Explanation Explain()
    {
        PoolingPolicy p = policy ?? throw new InvalidOperationException("a default YearStartTopUp was not built by a check; it has nothing to explain.");
        string key = Scheme == PooledScheme.Resident ? PoolingParameters.ResidentTopUpMonths.Name : PoolingParameters.EmployeeTopUpMonths.Name;
        var inputs = new System.Collections.Generic.List<Explanation>
        {
            Explanation.Input("年初归集基金余额 collected fund at the start of the year", PoolingText.Yuan(CollectedFundBalance)),
            Explanation.Input("全市上年度实际支出 city previous-year expenditure", PoolingText.Yuan(CityPreviousYearExpenditure)),
        };
        if (Outcome != TopUpOutcome.NotInForce)
        {
            inputs.Add(p.Explain(key));
            inputs.Add(new Explanation("支付能力 capacity (months)", CapacityMonths is { } m ? m.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture) : "—")
            {
                Formula = "balance / (expenditure / 12), exact",
                Rounding = "printed to 0.01 month (AwayFromZero, 四舍五入); compared exactly",
            });
            inputs.Add(new Explanation("门槛金额 threshold", PoolingText.Yuan(Threshold)) { Formula = "expenditure × months / 12", Rounding = "up to the fen (ToPositiveInfinity)" });
        }

        return new Explanation("年初补充上划 year-start top-up", PoolingText.Yuan(Shortfall))
        {
            Formula = "max(0, threshold − balance), split by 上年参保人数 (largest remainder)",
            Sentence = ToChineseSentence(),
            Note = ToEnglishSentence(),
            Citation = new Citations.Citation(PoolingText.Plan, clause: Scheme == PooledScheme.Resident ? "四(二)7(3)" : "四(二)7(2)"),
            Inputs = inputs,
        };
    }

    private string Months() => CapacityMonths is { } m ? m.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture) : "—";
}
