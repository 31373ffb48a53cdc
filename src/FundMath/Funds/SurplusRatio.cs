using System;
using FundMath.Explain;

namespace FundMath.Funds;

/// <summary>Whether a ratio can be stated.</summary>
public enum RatioOutcome
{
    /// <summary>The denominator is non-zero: the ratio is stated.</summary>
    Meaningful,

    /// <summary>The denominator is zero: no ratio can be stated.</summary>
    NotMeaningful,
}

/// <summary>
/// The current-surplus ratio of a fund — 当期结余率 = 当期结余 / 当期收入. Zero income gives
/// <see cref="RatioOutcome.NotMeaningful"/>, never NaN or infinity.
/// </summary>
public readonly record struct SurplusRatio(Money CurrentSurplus, Money Income)
{
    /// <summary>Meaningful, or NotMeaningful when income is zero.</summary>
    public RatioOutcome Outcome => Income.IsZero ? RatioOutcome.NotMeaningful : RatioOutcome.Meaningful;

    /// <summary>The exact ratio.</summary>
    /// <exception cref="InvalidOperationException">Income is zero (check <see cref="Outcome"/> or use <see cref="TryGetRate"/>).</exception>
    public Rate Rate
    {
        get
        {
            if (Income.IsZero)
            {
                throw new InvalidOperationException($"当期结余率 is not meaningful: income is zero (surplus {CurrentSurplus:N2} 元); check Outcome first.");
            }

            return Rate.Of(CurrentSurplus, Income);
        }
    }

    /// <summary>The ratio, or false when income is zero.</summary>
    public bool TryGetRate(out Rate rate)
    {
        rate = Income.IsZero ? default : Rate.Of(CurrentSurplus, Income);
        return !Income.IsZero;
    }

    /// <summary>Explains the ratio: 当期结余率 = 当期结余 / 当期收入.</summary>
    public Explanation Explain() => new("当期结余率 current-surplus ratio", TryGetRate(out Rate r) ? r.ToString("P2", null) : "not meaningful (zero income)")
    {
        Formula = "当期结余 current surplus / 当期收入 income",
        Rounding = "exact; displayed to 0.01% (AwayFromZero, 四舍五入)",
        Inputs =
        [
            Explanation.Input("当期结余 current surplus", CurrentSurplus.ToString("N2元", null)),
            Explanation.Input("当期收入 income", Income.ToString("N2元", null)),
        ],
    };
}

/// <summary>
/// An accumulated balance split into the pooled fund and personal accounts — 累计结余（统筹基金 + 个人账户）:
/// total = pooled + personal; each share = part / total (NotMeaningful when the total is zero).
/// </summary>
public readonly record struct AccumulatedBalance(Money PooledFund, Money PersonalAccounts)
{
    /// <summary>累计结余: pooled + personal accounts.</summary>
    public Money Total => PooledFund + PersonalAccounts;

    /// <summary>NotMeaningful when the total is zero.</summary>
    public RatioOutcome SharesOutcome => Total.IsZero ? RatioOutcome.NotMeaningful : RatioOutcome.Meaningful;

    /// <summary>统筹基金占比: pooled / total (exact).</summary>
    /// <exception cref="InvalidOperationException">The total is zero.</exception>
    public Rate PooledShare => Share(PooledFund);

    /// <summary>个人账户占比: personal accounts / total (exact).</summary>
    /// <exception cref="InvalidOperationException">The total is zero.</exception>
    public Rate PersonalAccountShare => Share(PersonalAccounts);

    /// <summary>Merges two splits (line by line).</summary>
    public static AccumulatedBalance operator +(AccumulatedBalance left, AccumulatedBalance right) =>
        new(left.PooledFund + right.PooledFund, left.PersonalAccounts + right.PersonalAccounts);

    private Rate Share(Money part)
    {
        if (Total.IsZero)
        {
            throw new InvalidOperationException($"The shares of an accumulated balance of zero (pooled {PooledFund:N2}, personal {PersonalAccounts:N2}) are not meaningful; check SharesOutcome first.");
        }

        return Rate.Of(part, Total);
    }

    /// <summary>Explains the split and both shares.</summary>
    public Explanation Explain()
    {
        bool ok = !Total.IsZero;
        return new("累计结余 accumulated balance", Total.ToString("N2元", null))
        {
            Formula = "统筹基金 pooled fund + 个人账户 personal accounts",
            Inputs =
            [
                new Explanation("统筹基金 pooled fund", PooledFund.ToString("N2元", null)) { Note = ok ? "share " + PooledShare.ToString("P2", null) + " = pooled / total" : "share not meaningful (zero total)" },
                new Explanation("个人账户 personal accounts", PersonalAccounts.ToString("N2元", null)) { Note = ok ? "share " + PersonalAccountShare.ToString("P2", null) + " = personal / total" : "share not meaningful (zero total)" },
            ],
        };
    }
}
