using System;

namespace FundMath.Contributions;

/// <summary>
/// A paying population for one year: persons, months paid per person, average monthly base and rate.
/// 缴费人群（人数 × 缴费月数 × 平均缴费基数 × 费率）.
/// Income = round(persons × months × average base × rate).
/// </summary>
/// <remarks><c>default(PayingPopulation)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct PayingPopulation : IEquatable<PayingPopulation>
{
    /// <summary>Creates a paying population.</summary>
    /// <param name="persons">Persons paying.</param>
    /// <param name="months">Months paid by each person in the year (0–12).</param>
    /// <param name="averageBase">Average monthly premium base (≥ 0).</param>
    /// <param name="rate">Combined contribution rate (0–100%).</param>
    /// <exception cref="ArgumentOutOfRangeException">months outside 0–12 (a person cannot pay more than 12 months in a year), a negative base, or a rate outside 0–100%.</exception>
    public PayingPopulation(Headcount persons, int months, Money averageBase, Rate rate)
    {
        if (months < 0 || months > 12)
        {
            Preconditions.ThrowOutOfRange(nameof(months), months, $"months {months} is outside 0–12: a person cannot pay more than 12 months of premiums in a year.");
        }

        ContributionRates.CheckBase(averageBase, nameof(averageBase));
        ContributionRates.CheckRate(rate, nameof(rate));
        Persons = persons;
        Months = months;
        AverageBase = averageBase;
        Rate = rate;
    }

    /// <summary>Persons paying.</summary>
    public Headcount Persons { get; }

    /// <summary>Months paid per person.</summary>
    public int Months { get; }

    /// <summary>Average monthly premium base.</summary>
    public Money AverageBase { get; }

    /// <summary>Combined contribution rate.</summary>
    public Rate Rate { get; }

    /// <summary>Person-months = persons × months.</summary>
    public long PersonMonths => checked(Persons.Persons * Months);

    /// <summary>Annual premium income = person-months × base × rate, rounded once to the fen ("sum then round").</summary>
    public Money Income(MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        return Money.FromFen(ContributionRates.Times(checked(PersonMonths * AverageBase.Fen), Rate, mode));
    }

    /// <inheritdoc/>
    public bool Equals(PayingPopulation other) => Persons == other.Persons && Months == other.Months && AverageBase == other.AverageBase && Rate == other.Rate;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PayingPopulation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Persons, Months, AverageBase, Rate);

    /// <summary>Equality.</summary>
    public static bool operator ==(PayingPopulation left, PayingPopulation right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PayingPopulation left, PayingPopulation right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{Persons} × {Months} months × {AverageBase:F2元} × {Rate:P4}";
}
