using System;
using FundMath.Explain;
using FundMath.Ratios;

namespace FundMath.Funds;

/// <summary>
/// An accumulated balance split into the pooled fund and personal accounts — 累计结余（统筹基金 + 个人账户）:
/// total = pooled + personal; each share = part / total (NotMeaningful when the total is zero).
/// </summary>
/// <remarks><c>default(AccumulatedBalance)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
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
