using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Funds;

/// <summary>
/// The amounts of every well-known expenditure line — 支出明细, stored inline (72 bytes, no allocation).
/// 总支出 <see cref="Total"/> = Σ lines; 待遇支出 <see cref="Benefits"/> = Σ benefit lines.
/// </summary>
/// <remarks><c>default(ExpenditureLines)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct ExpenditureLines : IEquatable<ExpenditureLines>
{
    private readonly ExpenditureBuffer amounts;

    private ExpenditureLines(ExpenditureBuffer amounts) => this.amounts = amounts;

    /// <summary>All lines zero.</summary>
    public static ExpenditureLines Zero => default;

    /// <summary>Expenditure with the named lines (omitted lines are zero).</summary>
    public static ExpenditureLines Of(
        Money inpatient = default,
        Money outpatient = default,
        Money chronicSpecialOutpatient = default,
        Money maternity = default,
        Money personalAccount = default,
        Money otherBenefits = default,
        Money vaccine = default,
        Money transfersOut = default,
        Money other = default)
    {
        ExpenditureBuffer b = default;
        b[0] = inpatient;
        b[1] = outpatient;
        b[2] = chronicSpecialOutpatient;
        b[3] = maternity;
        b[4] = personalAccount;
        b[5] = otherBenefits;
        b[6] = vaccine;
        b[7] = transfersOut;
        b[8] = other;
        return new(b);
    }

    /// <summary>Expenditure from amounts in line order (<see cref="ExpenditureLine.Index"/>); shorter spans leave the rest zero.</summary>
    /// <exception cref="ArgumentException">More than <see cref="ExpenditureLine.Count"/> amounts.</exception>
    public static ExpenditureLines FromSpan(ReadOnlySpan<Money> amountsInLineOrder)
    {
        if (amountsInLineOrder.Length > ExpenditureLine.Count)
        {
            Preconditions.ThrowArgument(nameof(amountsInLineOrder), $"amountsInLineOrder has {amountsInLineOrder.Length} amounts but there are {ExpenditureLine.Count} expenditure lines.");
        }

        ExpenditureBuffer b = default;
        amountsInLineOrder.CopyTo(b);
        return new(b);
    }

    /// <summary>The amount of one line.</summary>
    public Money this[ExpenditureLine line] => amounts[line.Index];

    /// <summary>总支出: the sum of all lines (checked).</summary>
    public Money Total => Money.Sum(amounts);

    /// <summary>待遇支出: the sum of the benefit lines (inpatient … other benefits).</summary>
    public Money Benefits => Money.Sum(((ReadOnlySpan<Money>)amounts)[..ExpenditureLine.BenefitCount]);

    /// <summary>A copy with one line replaced.</summary>
    public ExpenditureLines With(ExpenditureLine line, Money amount)
    {
        ExpenditureBuffer b = amounts;
        b[line.Index] = amount;
        return new(b);
    }

    /// <summary>A copy with <paramref name="amount"/> added to one line.</summary>
    public ExpenditureLines Add(ExpenditureLine line, Money amount)
    {
        ExpenditureBuffer b = amounts;
        b[line.Index] += amount;
        return new(b);
    }

    /// <summary>Copies the amounts in line order into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<Money> destination) => ((ReadOnlySpan<Money>)amounts).CopyTo(destination);

    /// <summary>Line-by-line sum (checked).</summary>
    public static ExpenditureLines operator +(ExpenditureLines left, ExpenditureLines right)
    {
        ExpenditureBuffer b = default;
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            b[i] = left.amounts[i] + right.amounts[i];
        }

        return new(b);
    }

    /// <summary>Line-by-line difference (checked).</summary>
    public static ExpenditureLines operator -(ExpenditureLines left, ExpenditureLines right)
    {
        ExpenditureBuffer b = default;
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            b[i] = left.amounts[i] - right.amounts[i];
        }

        return new(b);
    }

    /// <inheritdoc />
    public bool Equals(ExpenditureLines other) => ((ReadOnlySpan<Money>)amounts).SequenceEqual(other.amounts);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExpenditureLines other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = default(HashCode);
        foreach (Money m in (ReadOnlySpan<Money>)amounts)
        {
            h.Add(m);
        }

        return h.ToHashCode();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(ExpenditureLines left, ExpenditureLines right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExpenditureLines left, ExpenditureLines right) => !left.Equals(right);

    /// <summary>"inpatient=…, outpatient=…, …".</summary>
    public override string ToString()
    {
        var parts = new string[ExpenditureLine.Count];
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            parts[i] = $"{ExpenditureLine.FromIndex(i).Code}={amounts[i]}";
        }

        return string.Join(", ", parts);
    }
}
