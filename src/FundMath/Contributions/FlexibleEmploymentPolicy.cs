using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using FundMath.Citations;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// The flexible-employment option of the employee scheme: a base chosen within the band and a rate tier.
/// 灵活就业人员参加职工医保（自选缴费基数与费率档次，如6%、8%档）.
/// Contribution(m) = round(chosen base × relief(tier, m)); the person pays it all (usually no maternity).
/// </summary>
public sealed class FlexibleEmploymentPolicy
{
    private readonly Rate[] tiers;
    private readonly ReliefWindow[] reliefs;

    /// <summary>Creates the policy.</summary>
    /// <param name="band">The band the chosen base must lie in (the employee scheme's floor and cap).</param>
    /// <param name="tiers">The rate tiers a person may choose (e.g. 6% and 8%), each 0–100%.</param>
    /// <param name="reliefs">Relief windows on the tiers (e.g. 6% → 3%, 8% → 5% from 2020-04 to 2021-03).</param>
    /// <param name="citation">The local document.</param>
    /// <exception cref="ArgumentException">No tiers, or a tier outside 0–100%.</exception>
    public FlexibleEmploymentPolicy(PremiumBasePolicy band, IEnumerable<Rate> tiers, IEnumerable<ReliefWindow>? reliefs = null, Citation? citation = null)
    {
        Preconditions.CheckNotNull(tiers, nameof(tiers));
        this.tiers = [.. tiers];
        if (this.tiers.Length == 0)
        {
            Preconditions.ThrowArgument(nameof(tiers), "tiers is empty: flexible employment needs at least one rate tier.");
        }

        for (int i = 0; i < this.tiers.Length; i++)
        {
            ContributionRates.CheckRate(this.tiers[i], $"tiers[{i}]");
        }

        Band = band;
        this.reliefs = reliefs is null ? [] : [.. reliefs];
        Citation = citation;
    }

    /// <summary>The band for the chosen base.</summary>
    public PremiumBasePolicy Band { get; }

    /// <summary>The rate tiers offered.</summary>
    public ReadOnlySpan<Rate> Tiers => tiers;

    /// <summary>The relief windows.</summary>
    public ReadOnlySpan<ReliefWindow> Reliefs => reliefs;

    /// <summary>The local document.</summary>
    public Citation? Citation { get; }

    /// <summary>The contribution for one month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The base lies outside the band (the message names the band), or the tier is not offered.</exception>
    public Money ForMonth(Money chosenBase, Rate tier, YearMonth month, MidpointRounding mode)
    {
        Check(chosenBase, tier);
        Preconditions.CheckMode(mode);
        return Money.FromFen(ContributionRates.Times(chosenBase.Fen, ReliefWindow.Resolve(tier, month, reliefs), mode));
    }

    /// <summary>
    /// One month's contributions of many persons on the same tier, into <paramref name="contributions"/> (0 bytes
    /// allocated); identical, person by person, to <see cref="ForMonth(Money, Rate, YearMonth, MidpointRounding)"/>.
    /// The tier's rate in the month (after relief) is resolved once per batch; one vectorised pass checks each base
    /// against the band and multiplies.
    /// </summary>
    /// <param name="chosenBases">Each person's chosen base (within the band).</param>
    /// <param name="tier">The tier all these persons chose.</param>
    /// <param name="month">The month.</param>
    /// <param name="mode">Rounding of each amount to the fen.</param>
    /// <param name="contributions">Receives each person's contribution; same length as <paramref name="chosenBases"/>.</param>
    /// <returns>The total of the month.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A base lies outside the band (the message gives its index; nothing from it on is written), or the tier is not offered.</exception>
    public Money ForMonth(ReadOnlySpan<Money> chosenBases, Rate tier, YearMonth month, MidpointRounding mode, Span<Money> contributions) =>
        ForMonth(chosenBases, tier, month, mode, contributions, BatchPaths.Best);

    /// <summary>
    /// The partitioned form of <see cref="ForMonth(ReadOnlySpan{Money}, Rate, YearMonth, MidpointRounding, Span{Money})"/>:
    /// contiguous ranges on the thread pool, totals added in order (identical result).
    /// </summary>
    /// <param name="chosenBases">Each person's chosen base (within the band).</param>
    /// <param name="tier">The tier all these persons chose.</param>
    /// <param name="month">The month.</param>
    /// <param name="mode">Rounding of each amount to the fen.</param>
    /// <param name="contributions">Receives each person's contribution.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentOutOfRangeException">As the sequential form (the first bad base is named), or the degree is outside 1–256.</exception>
    public Money ForMonth(ReadOnlyMemory<Money> chosenBases, Rate tier, YearMonth month, MidpointRounding mode, Memory<Money> contributions, int degreeOfParallelism)
    {
        Rate rate = PrepareBatch(chosenBases.Length, contributions.Length, tier, month, mode);
        var job = new RateJob(chosenBases, default, contributions, Band.Floor.Fen, Band.Cap.Fen, rate, mode, BatchPaths.Best);
        return BatchTotal(PartitionedBatch.Run<RateJob, RateSums>(job, chosenBases.Length, degreeOfParallelism, BlockScan.Length), chosenBases.Span);
    }

    internal Money ForMonth(ReadOnlySpan<Money> chosenBases, Rate tier, YearMonth month, MidpointRounding mode, Span<Money> contributions, BatchPath path)
    {
        Rate rate = PrepareBatch(chosenBases.Length, contributions.Length, tier, month, mode);
        var batch = new RateBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(chosenBases),
            Output = MemoryMarshal.Cast<Money, long>(contributions),
            Low = Band.Floor.Fen,
            High = Band.Cap.Fen,
            Mode = mode,
        };
        batch.SetRate(rate);
        return BatchTotal(RateKernel.Run(batch, 0, chosenBases.Length, path), chosenBases);
    }

    private Rate PrepareBatch(int bases, int contributions, Rate tier, YearMonth month, MidpointRounding mode)
    {
        if (contributions != bases)
        {
            Preconditions.ThrowArgument(nameof(contributions), $"contributions has length {contributions} but chosenBases has length {bases}; they must match.");
        }

        CheckTier(tier);
        Preconditions.CheckMode(mode);
        return ReliefWindow.Resolve(tier, month, reliefs);
    }

    private Money BatchTotal(in RateSums sums, ReadOnlySpan<Money> chosenBases)
    {
        if (sums.Fault != BatchFault.None)
        {
            Money b = chosenBases[sums.FaultIndex];
            Preconditions.ThrowOutOfRange(nameof(chosenBases), b.ToString(), $"chosenBases[{sums.FaultIndex}] {b:F2元} is outside the band {Band}: a flexible-employment base must be chosen within it (it is not clamped).");
        }

        return Money.FromFen(sums.Total);
    }

    /// <summary>The contributions over a period, month by month (a relief window crossing a year is prorated exactly).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The base lies outside the band, or the tier is not offered.</exception>
    public FlexiblePeriodContribution ForPeriod(Money chosenBase, Rate tier, ReportingPeriod period, MidpointRounding mode)
    {
        Check(chosenBase, tier);
        Preconditions.CheckMode(mode);
        long charged = 0, normal = 0;
        int reliefMonths = 0;
        long normalMonth = ContributionRates.Times(chosenBase.Fen, tier, mode);
        foreach (YearMonth m in period.Months)
        {
            Rate r = ReliefWindow.Resolve(tier, m, reliefs);
            if (r != tier)
            {
                reliefMonths++;
            }

            charged += ContributionRates.Times(chosenBase.Fen, r, mode);
            normal += normalMonth;
        }

        return new FlexiblePeriodContribution(period, chosenBase, tier, Money.FromFen(charged), Money.FromFen(normal - charged), reliefMonths);
    }

    /// <summary>Explains a period's contributions month by month.</summary>
    public Explanation Explain(Money chosenBase, Rate tier, ReportingPeriod period, MidpointRounding mode)
    {
        FlexiblePeriodContribution r = ForPeriod(chosenBase, tier, period, mode);
        var months = new List<Explanation>();
        foreach (YearMonth m in period.Months)
        {
            Rate rate = ReliefWindow.Resolve(tier, m, reliefs);
            months.Add(new Explanation(m.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture), Money.FromFen(ContributionRates.Times(chosenBase.Fen, rate, mode)).ToString("F2元", null))
            {
                Formula = $"{chosenBase:F2元} × {rate:P2}",
                Note = rate != tier ? $"阶段性减征 {tier:P2} → {rate:P2}" : null,
            });
        }

        return new Explanation($"{period} 灵活就业缴费 (flexible-employment contributions)", r.Charged.ToString("F2元", null))
        {
            Formula = "Σ over months of round(chosen base × rate(m))",
            Rounding = $"each month to the fen, {mode}",
            Sentence = $"Base {chosenBase:F2元} chosen in {Band}; tier {tier:P2}; {r.ReliefMonths} relief months; relieved {r.Relieved:F2元}.",
            Inputs = [Explanation.Parameter("缴费档次 (rate tier)", tier.ToString("P2", null), Citation, null), .. months],
        };
    }

    private void Check(Money chosenBase, Rate tier)
    {
        if (!Band.Contains(chosenBase))
        {
            Preconditions.ThrowOutOfRange(nameof(chosenBase), chosenBase.ToString(), $"chosenBase {chosenBase:F2元} is outside the band {Band}: a flexible-employment base must be chosen within it (it is not clamped).");
        }

        CheckTier(tier);
    }

    private void CheckTier(Rate tier)
    {
        if (Array.IndexOf(tiers, tier) < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(tier), tier.ToString(), $"tier {tier:P2} is not one of the offered rate tiers ({string.Join(", ", Array.ConvertAll(tiers, t => t.ToString("P2", null)))}).");
        }
    }
}
