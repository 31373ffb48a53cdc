using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Funds;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// The projection of one fund — 基金预测: its base-year closing balance, each projected year and the key dates
/// (first current-deficit year, exhaustion year, first year months of cover leave the reasonable range).
/// </summary>
public sealed class FundProjection
{
    private readonly ProjectedYear[] years;
    private readonly KeyDate[] keyDates;

    internal FundProjection(FundKind kind, Money baseBalance, ProjectedYear[] years)
    {
        Kind = kind;
        BaseBalance = baseBalance;
        this.years = years;
        keyDates = ComputeKeyDates(years);
    }

    /// <summary>统筹基金, 个人账户 or 城乡居民医保.</summary>
    public FundKind Kind { get; }

    /// <summary>The closing balance of the base year (the first year's opening).</summary>
    public Money BaseBalance { get; }

    /// <summary>The projected years in order.</summary>
    public IReadOnlyList<ProjectedYear> Years => years;

    /// <summary>The four key dates, in <see cref="KeyDateKind"/> order.</summary>
    public IReadOnlyList<KeyDate> KeyDates => keyDates;

    /// <summary>当期收不抵支: the first current-deficit year.</summary>
    public KeyDate FirstCurrentDeficit => keyDates[(int)KeyDateKind.FirstCurrentDeficit];

    /// <summary>累计结余耗尽: the exhaustion year.</summary>
    public KeyDate Exhaustion => keyDates[(int)KeyDateKind.Exhaustion];

    /// <summary>The first year months of cover are outside the reasonable range.</summary>
    public KeyDate CoverOutsideReasonableRange => keyDates[(int)KeyDateKind.CoverOutsideReasonableRange];

    /// <summary>The first year months of cover fall below the reasonable range.</summary>
    public KeyDate CoverBelowReasonableRange => keyDates[(int)KeyDateKind.CoverBelowReasonableRange];

    /// <summary>The closing balance of the last projected year.</summary>
    public Money FinalBalance => years[^1].Closing;

    private static KeyDate[] ComputeKeyDates(ProjectedYear[] years)
    {
        string span = years.Length == 0 ? string.Empty : $"{years[0].Year}–{years[^1].Year}";
        KeyDate deficit = new(KeyDateKind.FirstCurrentDeficit, null, $"none in {span}: income covers expenditure every year");
        KeyDate exhausted = new(KeyDateKind.Exhaustion, null, $"none in {span}: the accumulated balance stays at or above zero");
        bool anyCover = Array.Exists(years, y => y.HasCover);
        KeyDate outside = new(KeyDateKind.CoverOutsideReasonableRange, null, anyCover ? $"none in {span}: months of cover stay within the reasonable range" : "not applicable: personal-account balances are not counted in months of cover");
        KeyDate below = new(KeyDateKind.CoverBelowReasonableRange, null, anyCover ? $"none in {span}: months of cover stay at or above the reasonable range's lower edge" : outside.Sentence);
        bool d = false, e = false, o = false, b = false;
        foreach (ProjectedYear y in years)
        {
            if (!d && y.IsCurrentDeficit)
            {
                d = true;
                deficit = new(KeyDateKind.FirstCurrentDeficit, y.Year, $"{y.Year}: 当期收不抵支 — income {Yi(y.Income)} < expenditure {Yi(y.Expenditure)} (current surplus {Yi(y.CurrentSurplus)})");
            }

            if (!e && y.IsExhausted)
            {
                e = true;
                exhausted = new(KeyDateKind.Exhaustion, y.Year, $"{y.Year}: 累计结余耗尽 — closing {Yi(y.Closing)} = opening {Yi(y.Opening)} + surplus {Yi(y.CurrentSurplus)} is below zero");
            }

            if (y.HasCover)
            {
                string months = y.Cover.HasMonths ? y.Cover.Months.ToString("F2", CultureInfo.InvariantCulture) : "n/a";
                string range = $"{y.Cover.Policy.ReasonableFrom}–{y.Cover.Policy.ReasonableTo}";
                if (!o && !y.Cover.IsReasonable)
                {
                    o = true;
                    string side = y.Cover.HasMonths && y.Cover.Months > y.Cover.Policy.ReasonableTo ? "above" : "below";
                    outside = new(KeyDateKind.CoverOutsideReasonableRange, y.Year, $"{y.Year}: {months} months of cover, {side} the reasonable {range} months");
                }

                if (!b && y.Cover.HasMonths && y.Cover.Months < y.Cover.Policy.ReasonableFrom)
                {
                    b = true;
                    below = new(KeyDateKind.CoverBelowReasonableRange, y.Year, $"{y.Year}: {months} months of cover, below the reasonable range's {y.Cover.Policy.ReasonableFrom} months");
                }
            }
        }

        return [deficit, exhausted, outside, below];
    }

    /// <summary>An amount in the unit its size calls for: 亿元 from 0.01亿, 万元 from 1万, else 元 (two decimals, 四舍五入).</summary>
    internal static string Yi(Money m) => m.Abs() >= Money.FromYuan(1_000_000) ? m.ToString("F2亿元", CultureInfo.InvariantCulture)
        : m.Abs() >= Money.FromYuan(10_000) ? m.ToString("F2万元", CultureInfo.InvariantCulture)
        : m.ToString("F2元", CultureInfo.InvariantCulture);
}
