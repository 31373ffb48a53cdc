using System;
using FundMath.Explain;

namespace FundMath.Ratios;

/// <summary>
/// The year-on-year change of a headcount — 参保人数同比增减: change = current − previous (signed persons);
/// rate = change / previous, <see cref="GrowthOutcome.NotMeaningfulZeroBase"/> for a zero base.
/// </summary>
/// <remarks><c>default(HeadcountGrowth)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct HeadcountGrowth
{
    /// <summary>Creates the growth of <paramref name="current"/> over <paramref name="previous"/>.</summary>
    public HeadcountGrowth(Headcount current, Headcount previous)
    {
        Current = current;
        Previous = previous;
    }

    /// <summary>本期: the current count.</summary>
    public Headcount Current { get; }

    /// <summary>上期: the base count.</summary>
    public Headcount Previous { get; }

    /// <summary>增减人数: current − previous (signed persons; 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's −2.21万人).</summary>
    public long Change => Current.ChangeFrom(Previous);

    /// <summary>Meaningful or NotMeaningfulZeroBase (headcounts are never negative).</summary>
    public GrowthOutcome Outcome => Previous.IsZero ? GrowthOutcome.NotMeaningfulZeroBase : GrowthOutcome.Meaningful;

    /// <summary>增长率: change / previous, exact.</summary>
    /// <exception cref="InvalidOperationException">The base is zero.</exception>
    public Rate Rate
    {
        get
        {
            if (Previous.IsZero)
            {
                MoneyGrowth.ThrowZeroBase(Current);
            }

            return Rate.FromRatio(Change, Previous.Persons);
        }
    }

    /// <summary>The rate, or false when the base is zero.</summary>
    public bool TryGetRate(out Rate rate)
    {
        rate = Previous.IsZero ? default : Rate.FromRatio(Change, Previous.Persons);
        return !Previous.IsZero;
    }

    /// <summary>Explains the change and the rate (增减人数 = 本期 − 上期; 增长率 = 增减 / 上期).</summary>
    public Explanation Explain(string name) => new((name ?? throw new System.ArgumentNullException(nameof(name))) + " 同比增长率 year-on-year growth", TryGetRate(out Rate r) ? r.ToString("P2", null) : "not meaningful (zero base)")
    {
        Formula = "(本期 current − 上期 previous) / 上期 previous",
        Rounding = "exact; displayed to 0.01% (AwayFromZero, 四舍五入)",
        Inputs =
        [
            Explanation.Input("本期 current", Current.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            Explanation.Input("上期 previous", Previous.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)),
            new Explanation("增减人数 change", Change.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)) { Formula = "current − previous" },
        ],
    };
}
