using System;
using FundMath.Citations;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// A dated window in which one contribution rate is replaced by a lower one.
/// 阶段性减征（减征期内费率由 normalRate 降为 reliefRate）.
/// rate(m) = reliefRate when window covers m and the normal rate is normalRate; otherwise the normal rate.
/// </summary>
/// <remarks>
/// 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》: "从2020年2月至6月起…单位缴费比例由调整前8%减至4%；从2020年4月至2021年3月
/// 对城镇灵活就业人员执行减征政策，…6%费率档下降为3%，…8%费率档下降为5%".
/// <para><c>default(ReliefWindow)</c> has no window: <see cref="AppliesTo"/> (and so <see cref="Resolve"/>) rejects it.</para>
/// </remarks>
public readonly struct ReliefWindow : IEquatable<ReliefWindow>
{
    /// <summary>Creates a relief window.</summary>
    /// <param name="window">The whole months of relief.</param>
    /// <param name="normalRate">The rate the relief replaces (0–100%).</param>
    /// <param name="reliefRate">The reduced rate (0–100%, not above <paramref name="normalRate"/>).</param>
    /// <param name="citation">The document (e.g. 医保发〔2020〕6号 关于阶段性减征职工基本医疗保险费的指导意见).</param>
    /// <exception cref="ArgumentOutOfRangeException">A rate is outside 0–100%.</exception>
    /// <exception cref="ArgumentException">The relief rate is above the normal rate (a relief never raises a contribution).</exception>
    public ReliefWindow(PolicyWindow window, Rate normalRate, Rate reliefRate, Citation? citation = null)
    {
        ContributionRates.CheckRate(normalRate, nameof(normalRate));
        ContributionRates.CheckRate(reliefRate, nameof(reliefRate));
        if (reliefRate > normalRate)
        {
            Preconditions.ThrowArgument(nameof(reliefRate), $"reliefRate {reliefRate:P2} exceeds normalRate {normalRate:P2}: a relief window can only lower a rate.");
        }

        Window = window;
        NormalRate = normalRate;
        ReliefRate = reliefRate;
        Citation = citation;
    }

    /// <summary>The months of relief.</summary>
    public PolicyWindow Window { get; }

    /// <summary>The rate replaced.</summary>
    public Rate NormalRate { get; }

    /// <summary>The reduced rate.</summary>
    public Rate ReliefRate { get; }

    /// <summary>The document that sets the relief.</summary>
    public Citation? Citation { get; }

    /// <summary>Creates a relief window over whole months <paramref name="first"/>..<paramref name="last"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/> (an inverted window).</exception>
    public static ReliefWindow FromMonths(YearMonth first, YearMonth last, Rate normalRate, Rate reliefRate, Citation? citation = null) =>
        new(PolicyWindow.FromMonths(first, last), normalRate, reliefRate, citation);

    /// <summary>Whether this window replaces <paramref name="normalRate"/> in <paramref name="month"/>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(ReliefWindow)</c>, which has no window.</exception>
    public bool AppliesTo(Rate normalRate, YearMonth month) =>
        Window.IsDefault
            ? throw new InvalidOperationException("default(ReliefWindow) has no window or rates; create it with its constructor or ReliefWindow.FromMonths.")
            : normalRate == NormalRate && Window.Covers(month);

    /// <summary>
    /// The rate charged in <paramref name="month"/> for a normal rate, after the first window that applies
    /// (the normal rate when none does).
    /// </summary>
    public static Rate Resolve(Rate normalRate, YearMonth month, ReadOnlySpan<ReliefWindow> windows)
    {
        foreach (ref readonly ReliefWindow w in windows)
        {
            if (w.AppliesTo(normalRate, month))
            {
                return w.ReliefRate;
            }
        }

        return normalRate;
    }

    /// <inheritdoc/>
    public bool Equals(ReliefWindow other) => Window == other.Window && NormalRate == other.NormalRate && ReliefRate == other.ReliefRate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReliefWindow other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Window, NormalRate, ReliefRate);

    /// <summary>Equality.</summary>
    public static bool operator ==(ReliefWindow left, ReliefWindow right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ReliefWindow left, ReliefWindow right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Window}: {NormalRate:P2} → {ReliefRate:P2}";
}
