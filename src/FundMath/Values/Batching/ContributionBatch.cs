using System;

namespace FundMath;

/// <summary>
/// One batch of the contribution kernels, prepared once: the input and output spans (fen, structure of arrays),
/// the band, each rate as a per-batch reciprocal and as its exact fraction, and the rounding mode. Built by the
/// public batch methods after their argument checks; the kernel reads it by reference.
/// </summary>
internal ref struct ContributionBatch
{
    /// <summary>Wages (with the clamp) or bases, in fen.</summary>
    internal ReadOnlySpan<long> Input;

    /// <summary>Receives the clamped bases (empty when the kernel does not write them).</summary>
    internal Span<long> Bases;

    /// <summary>Receives employer contributions (including maternity).</summary>
    internal Span<long> Employer;

    /// <summary>Receives individual contributions.</summary>
    internal Span<long> Individual;

    /// <summary>The band's floor and cap in fen (used with the clamp).</summary>
    internal long Floor;

    /// <inheritdoc cref="Floor"/>
    internal long Cap;

    /// <summary>The rates as exact fractions (the exact path and the reciprocals both start from these).</summary>
    internal Fraction EmployerRate;

    /// <inheritdoc cref="EmployerRate"/>
    internal Fraction MaternityRate;

    /// <inheritdoc cref="EmployerRate"/>
    internal Fraction IndividualRate;

    /// <summary>The rates as per-batch reciprocals; valid when <see cref="HasReciprocals"/>.</summary>
    internal RateReciprocal EmployerReciprocal;

    /// <inheritdoc cref="EmployerReciprocal"/>
    internal RateReciprocal MaternityReciprocal;

    /// <inheritdoc cref="EmployerReciprocal"/>
    internal RateReciprocal IndividualReciprocal;

    /// <summary>True when all three rates have reciprocals (0 ≤ n ≤ d &lt; 2³²).</summary>
    internal bool HasReciprocals;

    /// <summary>The rounding of each person's amount.</summary>
    internal MidpointRounding Mode;

    /// <summary>Prepares the rates: the exact fractions and, when they fit, the reciprocals (once per batch).</summary>
    internal void SetRates(Rate employer, Rate maternity, Rate individual)
    {
        EmployerRate = employer.Value;
        MaternityRate = maternity.Value;
        IndividualRate = individual.Value;
        HasReciprocals = RateReciprocal.TryCreate(EmployerRate, out EmployerReciprocal)
            & RateReciprocal.TryCreate(MaternityRate, out MaternityReciprocal)
            & RateReciprocal.TryCreate(IndividualRate, out IndividualReciprocal);
    }
}
