using System;
using FundMath.Explain;

namespace FundMath.Ratios;

/// <summary>
/// The year-on-year change of an amount — 同比增减额 and 同比增长率: change = current − previous;
/// rate = change / previous. A zero base gives <see cref="GrowthOutcome.NotMeaningfulZeroBase"/>, never NaN or infinity.
/// </summary>
/// <remarks><c>default(MoneyGrowth)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct MoneyGrowth
{
    /// <summary>Creates the growth of <paramref name="current"/> over <paramref name="previous"/>.</summary>
    public MoneyGrowth(Money current, Money previous)
    {
        Current = current;
        Previous = previous;
    }

    /// <summary>本期: the current amount.</summary>
    public Money Current { get; }

    /// <summary>上期 (上年同期): the base amount.</summary>
    public Money Previous { get; }

    /// <summary>增减额: current − previous (exact).</summary>
    public Money Change => Current - Previous;

    /// <summary>Whether <see cref="Rate"/> can be read.</summary>
    public GrowthOutcome Outcome => Previous.IsZero ? GrowthOutcome.NotMeaningfulZeroBase
        : Previous.IsNegative ? GrowthOutcome.NegativeBase : GrowthOutcome.Meaningful;

    /// <summary>True unless the base is zero.</summary>
    public bool HasRate => !Previous.IsZero;

    /// <summary>增长率: change / |previous|, exact.</summary>
    /// <exception cref="InvalidOperationException">The base is zero (check <see cref="Outcome"/> or use <see cref="TryGetRate"/>).</exception>
    public Rate Rate
    {
        get
        {
            if (Previous.IsZero)
            {
                ThrowZeroBase(Current);
            }

            return Rate.FromRatio(Change.Fen, Previous.Abs().Fen);
        }
    }

    /// <summary>The rate, or false when the base is zero.</summary>
    public bool TryGetRate(out Rate rate)
    {
        rate = Previous.IsZero ? default : Rate.FromRatio(Change.Fen, Previous.Abs().Fen);
        return !Previous.IsZero;
    }

    internal static void ThrowZeroBase(object current) =>
        throw new InvalidOperationException($"The growth rate of {current} over a zero base is not meaningful (GrowthOutcome.NotMeaningfulZeroBase); read Change instead.");

    /// <summary>Explains the change and the rate (同比增长率 = (本期 − 上期) / 上期).</summary>
    public Explanation Explain(string name) => new((name ?? throw new System.ArgumentNullException(nameof(name))) + " 同比增长率 year-on-year growth", HasRate ? Rate.ToString("P2", null) : "not meaningful (zero base)")
    {
        Formula = "(本期 current − 上期 previous) / 上期 previous",
        Rounding = "exact; displayed to 0.01% (AwayFromZero, 四舍五入)",
        Note = Outcome switch
        {
            GrowthOutcome.NotMeaningfulZeroBase => "the base is zero: a rate is not meaningful, the change is exact",
            GrowthOutcome.NegativeBase => "the base is negative: the rate is taken over |previous|",
            _ => null,
        },
        Inputs =
        [
            Explanation.Input("本期 current", Current.ToString("N2元", null)),
            Explanation.Input("上期 previous", Previous.ToString("N2元", null)),
            new Explanation("增减额 change", Change.ToString("N2元", null)) { Formula = "current − previous" },
        ],
    };
}
