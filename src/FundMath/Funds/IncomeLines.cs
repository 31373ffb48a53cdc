using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Funds;

/// <summary>
/// The amounts of every well-known income line — 收入明细, stored inline (48 bytes, no allocation).
/// 总收入 <see cref="Total"/> = Σ lines.
/// </summary>
/// <remarks><c>default(IncomeLines)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct IncomeLines : IEquatable<IncomeLines>
{
    private readonly IncomeBuffer amounts;

    private IncomeLines(IncomeBuffer amounts) => this.amounts = amounts;

    /// <summary>All lines zero.</summary>
    public static IncomeLines Zero => default;

    /// <summary>Income with the named lines (omitted lines are zero).</summary>
    public static IncomeLines Of(
        Money premiums = default,
        Money fiscalSubsidy = default,
        Money interest = default,
        Money transfersIn = default,
        Money riskReserveProvision = default,
        Money other = default)
    {
        IncomeBuffer b = default;
        b[0] = premiums;
        b[1] = fiscalSubsidy;
        b[2] = interest;
        b[3] = transfersIn;
        b[4] = riskReserveProvision;
        b[5] = other;
        return new(b);
    }

    /// <summary>Income from amounts in line order (<see cref="IncomeLine.Index"/>); shorter spans leave the rest zero.</summary>
    /// <exception cref="ArgumentException">More than <see cref="IncomeLine.Count"/> amounts.</exception>
    public static IncomeLines FromSpan(ReadOnlySpan<Money> amountsInLineOrder)
    {
        if (amountsInLineOrder.Length > IncomeLine.Count)
        {
            Preconditions.ThrowArgument(nameof(amountsInLineOrder), $"amountsInLineOrder has {amountsInLineOrder.Length} amounts but there are {IncomeLine.Count} income lines.");
        }

        IncomeBuffer b = default;
        amountsInLineOrder.CopyTo(b);
        return new(b);
    }

    /// <summary>The amount of one line.</summary>
    public Money this[IncomeLine line] => amounts[line.Index];

    /// <summary>总收入: the sum of all lines (checked).</summary>
    public Money Total => Money.Sum(amounts);

    /// <summary>A copy with one line replaced.</summary>
    public IncomeLines With(IncomeLine line, Money amount)
    {
        IncomeBuffer b = amounts;
        b[line.Index] = amount;
        return new(b);
    }

    /// <summary>A copy with <paramref name="amount"/> added to one line.</summary>
    public IncomeLines Add(IncomeLine line, Money amount)
    {
        IncomeBuffer b = amounts;
        b[line.Index] += amount;
        return new(b);
    }

    /// <summary>Copies the amounts in line order into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<Money> destination) => ((ReadOnlySpan<Money>)amounts).CopyTo(destination);

    /// <summary>Line-by-line sum (checked).</summary>
    public static IncomeLines operator +(IncomeLines left, IncomeLines right)
    {
        IncomeBuffer b = default;
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            b[i] = left.amounts[i] + right.amounts[i];
        }

        return new(b);
    }

    /// <summary>Line-by-line difference (checked).</summary>
    public static IncomeLines operator -(IncomeLines left, IncomeLines right)
    {
        IncomeBuffer b = default;
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            b[i] = left.amounts[i] - right.amounts[i];
        }

        return new(b);
    }

    /// <inheritdoc />
    public bool Equals(IncomeLines other) => ((ReadOnlySpan<Money>)amounts).SequenceEqual(other.amounts);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IncomeLines other && Equals(other);

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
    public static bool operator ==(IncomeLines left, IncomeLines right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IncomeLines left, IncomeLines right) => !left.Equals(right);

    /// <summary>"premiums=…, fiscal-subsidy=…, …".</summary>
    public override string ToString()
    {
        var parts = new string[IncomeLine.Count];
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            parts[i] = $"{IncomeLine.FromIndex(i).Code}={amounts[i]}";
        }

        return string.Join(", ", parts);
    }
}
