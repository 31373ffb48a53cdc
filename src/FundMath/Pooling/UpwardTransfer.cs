using System;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Pooling;

/// <summary>
/// A county's upward transfer into the collected fund — 上划基金: "上划基金以各县（市）上年度实际支出计算3个月支付能力为额度。
/// 各地从累计结余上划基金，累计结余不足上划的部分由当地财政安排专项资金补足" (《丽水市全面做实基本医疗保险市级统筹实施方案
/// （征求意见稿）》四(二)7(2); the resident fund: 1 month, 7(3)).
/// </summary>
/// <remarks>
/// <para>Quota = previous-year actual expenditure × N / 12, 四舍五入 to the fen (N = 3 employee, 1 resident). It is
/// paid from the usable balance — max(0, accumulated balance − pre-pooling personal-account balance), because
/// "不得用留存的统筹前职工医保个人账户资金抵付上划资金" — and what the balance lacks is a special appropriation of the county
/// treasury (<see cref="CountyFunding.SpecialAppropriation"/>). The personal-account balance never counts towards the
/// quota and never lowers it.</para>
/// <para>This is the rule for one county; <see cref="CitySettlement"/> applies it to every county in the transfer
/// year (<see cref="PoolingPolicy.UpwardTransferYear"/>).</para>
/// <para><c>default(UpwardTransfer)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct UpwardTransfer
{
    private readonly PoolingPolicy? policy;

    private UpwardTransfer(PoolingPolicy policy, PooledScheme scheme, Money previousYearExpenditure, Money accumulatedBalance, Money personalAccountBalance)
    {
        this.policy = policy;
        Scheme = scheme;
        PreviousYearExpenditure = previousYearExpenditure;
        AccumulatedBalance = accumulatedBalance;
        PersonalAccountBalance = personalAccountBalance;
        Money usable = PoolingMath.Usable(accumulatedBalance, personalAccountBalance);
        UsableBalance = usable;
        Funding = CountyFunding.Draw(PoolingMath.Quota(previousYearExpenditure, policy.TransferShareOfYear(scheme)), ref usable);
    }

    /// <summary>The policy applied (null for <c>default</c>; for the JSON form).</summary>
    internal PoolingPolicy? Policy => policy;

    /// <summary>The scheme.</summary>
    public PooledScheme Scheme { get; }

    /// <summary>The quota in months of previous-year expenditure (3 or 1).</summary>
    public Fraction Months => policy?.TransferMonths(Scheme) ?? Fraction.Zero;

    /// <summary>上年度实际支出.</summary>
    public Money PreviousYearExpenditure { get; }

    /// <summary>累计结余 as booked (incl. personal accounts for the employee scheme).</summary>
    public Money AccumulatedBalance { get; }

    /// <summary>其中统筹前职工医保个人账户结余: excluded from the usable balance.</summary>
    public Money PersonalAccountBalance { get; }

    /// <summary>max(0, AccumulatedBalance − PersonalAccountBalance).</summary>
    public Money UsableBalance { get; }

    /// <summary>上划额度: the quota.</summary>
    public Money Quota => Funding.Due;

    /// <summary>How the quota was paid: from the balance, the rest by special appropriation.</summary>
    public CountyFunding Funding { get; }

    /// <summary>The county's balance after the transfer: AccumulatedBalance − Funding.FromBalance (留存).</summary>
    public Money RetainedBalance => AccumulatedBalance - Funding.FromBalance;

    /// <summary>Computes a county's transfer under <paramref name="policy"/>. Allocates nothing.</summary>
    /// <param name="policy">The pooling policy.</param>
    /// <param name="scheme">The scheme (its quota months).</param>
    /// <param name="previousYearExpenditure">上年度实际支出, ≥ 0.</param>
    /// <param name="accumulatedBalance">累计结余 as booked (may be negative: a pre-pooling gap is the county's own).</param>
    /// <param name="personalAccountBalance">其中统筹前个人账户结余, ≥ 0; must be 0 for the resident scheme.</param>
    /// <param name="county">The county's name, for error messages.</param>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="PoolingInputException">A negative expenditure or personal-account balance, personal accounts in the resident scheme, or an undefined scheme.</exception>
    public static UpwardTransfer Compute(PoolingPolicy policy, PooledScheme scheme, Money previousYearExpenditure, Money accumulatedBalance, Money personalAccountBalance = default, string? county = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (unchecked((uint)scheme) > (uint)PooledScheme.Resident)
        {
            throw new PoolingInputException(county, nameof(scheme), ((int)scheme).ToString(CultureInfo.InvariantCulture), "not a defined PooledScheme (Employee or Resident)");
        }

        var input = new PoolingCounty(county ?? "(unnamed county)")
        {
            PreviousYearExpenditure = previousYearExpenditure,
            AccumulatedBalance = accumulatedBalance,
            PersonalAccountBalance = personalAccountBalance,
        };
        input.Validate(policy, new PoolingYear(policy.Date.Year, scheme), requireHeadcount: false);
        return new UpwardTransfer(policy, scheme, previousYearExpenditure, accumulatedBalance, personalAccountBalance);
    }

    /// <summary>"职工医保上划额度2,500,000.00元（上年度实际支出10,000,000.00元的3个月）：累计结余2,000,000.00元，财政专项资金补足500,000.00元。"</summary>
    public string ToChineseSentence() =>
        $"{PoolingText.SchemeChinese(Scheme)}上划额度{PoolingText.Yuan(Quota)}（上年度实际支出{PoolingText.Yuan(PreviousYearExpenditure)}的{Months}个月）：" +
        (Funding.Source switch
        {
            FundingSource.NothingDue => "无需上划",
            FundingSource.Balance => $"全部从累计结余上划{PoolingText.Yuan(Funding.FromBalance)}",
            FundingSource.Appropriation => $"累计结余无可用部分，当地财政安排专项资金补足{PoolingText.Yuan(Funding.SpecialAppropriation)}",
            _ => $"累计结余上划{PoolingText.Yuan(Funding.FromBalance)}，不足部分由当地财政安排专项资金补足{PoolingText.Yuan(Funding.SpecialAppropriation)}",
        }) +
        (PersonalAccountBalance.IsPositive ? $"（统筹前个人账户结余{PoolingText.Yuan(PersonalAccountBalance)}留存于县，不抵付上划）" : string.Empty) + "。";

    /// <summary>"Employee fund transfer quota 2,500,000.00元 (3 months of 10,000,000.00元): 2,000,000.00元 from the balance, 500,000.00元 by special appropriation."</summary>
    public string ToEnglishSentence() =>
        $"{PoolingText.SchemeEnglish(Scheme)} transfer quota {PoolingText.Yuan(Quota)} ({Months} months of {PoolingText.Yuan(PreviousYearExpenditure)} previous-year expenditure): " +
        (Funding.Source switch
        {
            FundingSource.NothingDue => "nothing to transfer",
            FundingSource.Balance => $"all {PoolingText.Yuan(Funding.FromBalance)} from the accumulated balance",
            FundingSource.Appropriation => $"no usable balance, all {PoolingText.Yuan(Funding.SpecialAppropriation)} by special appropriation",
            _ => $"{PoolingText.Yuan(Funding.FromBalance)} from the accumulated balance, {PoolingText.Yuan(Funding.SpecialAppropriation)} by special appropriation",
        }) +
        (PersonalAccountBalance.IsPositive ? $" (the {PoolingText.Yuan(PersonalAccountBalance)} pre-pooling personal-account balance stays in the county and does not offset it)" : string.Empty) + ".";

    /// <summary>The transfer as an explanation with the months parameter and its citation.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default</c>.</exception>
    public Explanation Explain()
    {
        PoolingPolicy p = policy ?? throw new InvalidOperationException("a default UpwardTransfer was not computed; it has nothing to explain.");
        string key = Scheme == PooledScheme.Resident ? PoolingParameters.ResidentTransferMonths.Name : PoolingParameters.EmployeeTransferMonths.Name;
        return new Explanation("上划额度 upward transfer quota", PoolingText.Yuan(Quota))
        {
            Formula = "上年度实际支出 × months / 12; paid from max(0, 累计结余 − 统筹前个人账户结余), the rest 当地财政安排专项资金补足",
            Rounding = "to the fen, AwayFromZero (四舍五入)",
            Sentence = ToChineseSentence(),
            Note = ToEnglishSentence(),
            Inputs =
            [
                Explanation.Input("上年度实际支出 previous-year expenditure", PoolingText.Yuan(PreviousYearExpenditure)),
                Explanation.Input("累计结余 accumulated balance", PoolingText.Yuan(AccumulatedBalance)),
                Explanation.Input("其中统筹前个人账户结余 pre-pooling personal accounts", PoolingText.Yuan(PersonalAccountBalance)),
                p.Explain(key),
                new Explanation("从累计结余 from the balance", PoolingText.Yuan(Funding.FromBalance)),
                new Explanation("财政专项资金补足 special appropriation", PoolingText.Yuan(Funding.SpecialAppropriation)),
            ],
        };
    }
}
