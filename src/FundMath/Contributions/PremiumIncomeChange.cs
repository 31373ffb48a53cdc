using System;

namespace FundMath.Contributions;

/// <summary>
/// The year-on-year change of premium income split into headcount, base and rate effects that add up exactly.
/// 征缴收入增减因素分解（参保人数、缴费基数、费率）.
/// Change = Income₁ − Income₀ = HeadcountEffect + BaseEffect + RateEffect (to the fen); built by
/// <see cref="PremiumIncome.Decompose"/> or <see cref="Of"/>, which refuses effects that do not add up.
/// </summary>
/// <remarks><c>default(PremiumIncomeChange)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct PremiumIncomeChange
{
    internal PremiumIncomeChange(Money previous, Money current, Money headcountEffect, Money baseEffect, Money rateEffect, DecompositionMethod method)
    {
        Preconditions.DebugCheck(headcountEffect + baseEffect + rateEffect == current - previous, "PremiumIncomeChange: the effects add up to current − previous");
        Previous = previous;
        Current = current;
        HeadcountEffect = headcountEffect;
        BaseEffect = baseEffect;
        RateEffect = rateEffect;
        Method = method;
    }

    /// <summary>Income of the previous year.</summary>
    public Money Previous { get; }

    /// <summary>Income of the current year.</summary>
    public Money Current { get; }

    /// <summary>Effect of the change in person-months (参保人数变动影响).</summary>
    public Money HeadcountEffect { get; }

    /// <summary>Effect of the change in average base (缴费基数增长影响).</summary>
    public Money BaseEffect { get; }

    /// <summary>Effect of the change in rate (费率变动影响, e.g. restored rates after relief).</summary>
    public Money RateEffect { get; }

    /// <summary>The attribution method.</summary>
    public DecompositionMethod Method { get; }

    /// <summary>Current − Previous.</summary>
    public Money Change => Current - Previous;

    /// <summary>A decomposition stated elsewhere (e.g. a report's 因素分析), checked to add up to the fen.</summary>
    /// <exception cref="ArgumentException">The effects do not sum to current − previous, or <paramref name="method"/> is not defined.</exception>
    public static PremiumIncomeChange Of(Money previous, Money current, Money headcountEffect, Money baseEffect, Money rateEffect, DecompositionMethod method)
    {
        if (method is not (DecompositionMethod.Shapley or DecompositionMethod.Sequential))
        {
            Preconditions.ThrowArgument(nameof(method), $"method {(int)method} is not a defined DecompositionMethod.");
        }

        Money sum = headcountEffect + baseEffect + rateEffect;
        if (sum != current - previous)
        {
            Preconditions.ThrowArgument(nameof(rateEffect), $"the effects sum to {sum:N2} 元 (headcount {headcountEffect:N2} + base {baseEffect:N2} + rate {rateEffect:N2}) but the change is {current - previous:N2} 元 (current {current:N2} − previous {previous:N2}); they must add up to the fen.");
        }

        return new(previous, current, headcountEffect, baseEffect, rateEffect, method);
    }
}
