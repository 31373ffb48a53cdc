using System;
using FundMath.Explain;

namespace FundMath.Cohorts;

/// <summary>
/// The structure shares of parts in a whole — 结构占比 — in three forms: exact Rates (partᵢ / whole, which sum to
/// exactly 100% for a partition), the naive display that rounds each row on its own (what reports print, which may
/// sum to 100.01%), and the apportioned display (largest remainder, <see cref="Apportionment.Percentages"/>) that
/// sums to exactly 100.00%. This struct reports the three sums and the naive display's excess.
/// </summary>
/// <remarks>Only <see cref="Compute"/> builds one, so the sums always belong to one computation. <c>default(StructureShares)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct StructureShares
{
    internal StructureShares(Rate exactSum, Rate naiveDisplaySum, Rate apportionedDisplaySum, int percentDecimals, bool isPartition)
    {
        Preconditions.DebugCheck(!isPartition || exactSum == Rate.OneHundredPercent || exactSum == Rate.Zero, "StructureShares: a partition's exact shares sum to 100%");
        ExactSum = exactSum;
        NaiveDisplaySum = naiveDisplaySum;
        ApportionedDisplaySum = apportionedDisplaySum;
        PercentDecimals = percentDecimals;
        IsPartition = isPartition;
    }

    /// <summary>
    /// Rebuilds shares from their sums (for the JSON converter, which does not have the parts): checks what the sums
    /// alone must satisfy — percentDecimals within 0–12; no sum negative; both display sums whole at
    /// <paramref name="percentDecimals"/>; a partition's exact and apportioned sums exactly 100%; otherwise the
    /// apportioned display is the naive one.
    /// </summary>
    /// <exception cref="ArgumentException">A sum breaks one of those rules (the message names it).</exception>
    internal static StructureShares FromSums(Rate exactSum, Rate naiveDisplaySum, Rate apportionedDisplaySum, int percentDecimals, bool isPartition)
    {
        Preconditions.CheckArgumentRange(nameof(percentDecimals), percentDecimals, 0, 12);
        foreach ((string name, Rate sum) in new[] { (nameof(exactSum), exactSum), (nameof(naiveDisplaySum), naiveDisplaySum), (nameof(apportionedDisplaySum), apportionedDisplaySum) })
        {
            if (sum.IsNegative)
            {
                Preconditions.ThrowArgument(name, $"{name} is {sum}: a sum of shares cannot be negative.");
            }
        }

        foreach ((string name, Rate sum) in new[] { (nameof(naiveDisplaySum), naiveDisplaySum), (nameof(apportionedDisplaySum), apportionedDisplaySum) })
        {
            if (sum.RoundToPercent(percentDecimals, MidpointRounding.ToEven) != sum)
            {
                Preconditions.ThrowArgument(name, $"{name} is {sum}, which is not a whole number of percent at {percentDecimals} decimals: a sum of displayed shares is.");
            }
        }

        if (isPartition && (exactSum != Rate.OneHundredPercent || apportionedDisplaySum != Rate.OneHundredPercent))
        {
            Preconditions.ThrowArgument(nameof(isPartition), $"a partition's exact and apportioned shares sum to 100%, not {exactSum} and {apportionedDisplaySum}.");
        }

        if (!isPartition && apportionedDisplaySum != naiveDisplaySum)
        {
            Preconditions.ThrowArgument(nameof(apportionedDisplaySum), $"apportionedDisplaySum is {apportionedDisplaySum} but naiveDisplaySum is {naiveDisplaySum}: parts that are not a partition are not apportioned, so the two are equal.");
        }

        return new(exactSum, naiveDisplaySum, apportionedDisplaySum, percentDecimals, isPartition);
    }

    /// <summary>Σ exact shares (exactly 100% for a partition).</summary>
    public Rate ExactSum { get; }

    /// <summary>Σ of the shares rounded row by row (what a report prints; may be 100.01%).</summary>
    public Rate NaiveDisplaySum { get; }

    /// <summary>Σ of the apportioned display (exactly 100% for a partition).</summary>
    public Rate ApportionedDisplaySum { get; }

    /// <summary>The percentage decimals of the display.</summary>
    public int PercentDecimals { get; }

    /// <summary>True when the parts make up the whole.</summary>
    public bool IsPartition { get; }

    /// <summary>Naive display sum − 100% (e.g. +0.01pp for 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's residents): what a report's column adds up to beyond 100%.</summary>
    public PercentagePoints NaiveDisplayExcess => NaiveDisplaySum - Rate.OneHundredPercent;

    /// <summary>
    /// Computes the shares of <paramref name="parts"/> in <paramref name="whole"/> into the three spans. For a
    /// partition the apportioned display sums to 100% exactly; for subsets (not a partition) it is left as the
    /// naive display (apportioning only makes sense when the parts make up the whole).
    /// </summary>
    /// <exception cref="ArgumentException">Span lengths differ; the whole is zero; a part exceeds the whole; a partition does not add up.</exception>
    public static StructureShares Compute(
        Headcount whole, ReadOnlySpan<Headcount> parts, bool isPartition, int percentDecimals, MidpointRounding mode,
        Span<Rate> exact, Span<Rate> naiveDisplay, Span<Rate> apportionedDisplay)
    {
        Preconditions.CheckArgumentRange(nameof(percentDecimals), percentDecimals, 0, 12);
        Preconditions.CheckMode(mode);
        if (exact.Length != parts.Length || naiveDisplay.Length != parts.Length || apportionedDisplay.Length != parts.Length)
        {
            Preconditions.ThrowArgument(nameof(exact), $"the share spans have lengths {exact.Length}/{naiveDisplay.Length}/{apportionedDisplay.Length} but there are {parts.Length} parts.");
        }

        if (whole.IsZero)
        {
            Preconditions.ThrowArgument(nameof(whole), "the whole is 0 persons: structure shares are not meaningful.");
        }

        long sum = 0;
        for (int i = 0; i < parts.Length; i++)
        {
            if (parts[i] > whole)
            {
                Preconditions.ThrowArgument(nameof(parts), $"parts[{i}] {parts[i].Persons:N0} exceeds the whole {whole.Persons:N0}.");
            }

            sum = checked(sum + parts[i].Persons);
        }

        if (isPartition && sum != whole.Persons)
        {
            Preconditions.ThrowArgument(nameof(parts), $"the parts sum to {sum:N0} but the whole is {whole.Persons:N0} (difference {sum - whole.Persons:N0}); declared as a partition, they must be equal.");
        }

        Rate exactSum = Rate.Zero;
        Rate naiveSum = Rate.Zero;
        for (int i = 0; i < parts.Length; i++)
        {
            exact[i] = Rate.Of(parts[i], whole);
            naiveDisplay[i] = exact[i].RoundToPercent(percentDecimals, mode);
            exactSum += exact[i];
            naiveSum += naiveDisplay[i];
        }

        Rate apportionedSum;
        if (isPartition) // then sum = whole.Persons > 0, checked above
        {
            ReadOnlySpan<long> weights = System.Runtime.InteropServices.MemoryMarshal.Cast<Headcount, long>(parts);
            Apportionment.Percentages(weights, percentDecimals, apportionedDisplay);
            apportionedSum = Rate.Zero;
            foreach (Rate r in apportionedDisplay)
            {
                apportionedSum += r;
            }
        }
        else
        {
            naiveDisplay.CopyTo(apportionedDisplay);
            apportionedSum = naiveSum;
        }

        return new(exactSum, naiveSum, apportionedSum, percentDecimals, isPartition);
    }

    /// <summary>Explains each part's share and the three sums (allocates; off the hot path).</summary>
    public static Explanation Explain(string name, Headcount whole, ReadOnlySpan<Headcount> parts, ReadOnlySpan<string> partNames, bool isPartition, int percentDecimals, MidpointRounding mode)
    {
        if (partNames.Length != parts.Length)
        {
            Preconditions.ThrowArgument(nameof(partNames), $"partNames has {partNames.Length} names but there are {parts.Length} parts.");
        }

        var exact = new Rate[parts.Length];
        var naive = new Rate[parts.Length];
        var apportioned = new Rate[parts.Length];
        StructureShares s = Compute(whole, parts, isPartition, percentDecimals, mode, exact, naive, apportioned);
        string fmt = "P" + percentDecimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var inputs = new Explanation[parts.Length + 1];
        inputs[0] = Explanation.Input("whole 合计", whole.Persons.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        for (int i = 0; i < parts.Length; i++)
        {
            inputs[i + 1] = new Explanation(partNames[i] + " 占比 share", exact[i].ToString("P6", null))
            {
                Formula = $"{parts[i].Persons:N0} / {whole.Persons:N0}",
                Rounding = $"naive display {naive[i].ToString(fmt, null)} ({mode}); apportioned display {apportioned[i].ToString(fmt, null)} (largest remainder)",
            };
        }

        return new Explanation(name + " 结构占比 structure shares", s.ExactSum.ToString(fmt, null))
        {
            Formula = "shareᵢ = partᵢ / whole",
            Sentence = $"exact shares sum to {s.ExactSum.ToString("P6", null)}; rounded row by row they print {s.NaiveDisplaySum.ToString(fmt, null)} ({s.NaiveDisplayExcess.ToString("P2", null)}); apportioned they print {s.ApportionedDisplaySum.ToString(fmt, null)}",
            Note = isPartition ? null : "the parts are subsets, not a partition: their shares need not sum to 100%",
            Inputs = inputs,
        };
    }
}
