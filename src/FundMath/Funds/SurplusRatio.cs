using System;
using FundMath.Explain;
using FundMath.Ratios;

namespace FundMath.Funds;

/// <summary>
/// The current-surplus ratio of a fund — 当期结余率 = 当期结余 / 当期收入. Zero income gives
/// <see cref="RatioOutcome.NotMeaningful"/>, never NaN or infinity.
/// </summary>
/// <remarks><c>default(SurplusRatio)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
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
