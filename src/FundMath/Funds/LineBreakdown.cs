using System;
using System.Collections.Generic;

namespace FundMath.Funds;

/// <summary>
/// Amounts on user-defined sub-lines of a statement — 明细科目分解. Each parent line's sub-lines must not exceed
/// it in magnitude; what is left is the parent's <see cref="Remainder(in FundStatement, IncomeLine)"/> (未细分部分).
/// Immutable; <see cref="Merge"/> adds by line code (associative and commutative, identity <see cref="Empty"/>).
/// </summary>
public sealed class LineBreakdown
{
    private readonly SortedDictionary<string, (CustomLine Line, Money Amount)> lines;

    private LineBreakdown(SortedDictionary<string, (CustomLine Line, Money Amount)> lines) => this.lines = lines;

    /// <summary>No sub-lines.</summary>
    public static LineBreakdown Empty { get; } = new(new(StringComparer.Ordinal));

    /// <summary>The sub-lines and their amounts, ordered by code.</summary>
    public IEnumerable<(CustomLine Line, Money Amount)> Lines => lines.Values;

    /// <summary>A copy with <paramref name="amount"/> added to <paramref name="line"/>.</summary>
    /// <exception cref="ArgumentException">Another line with the same code but a different definition exists.</exception>
    public LineBreakdown Add(CustomLine line, Money amount)
    {
        ArgumentNullException.ThrowIfNull(line);
        var copy = new SortedDictionary<string, (CustomLine, Money)>(lines, StringComparer.Ordinal);
        AddInto(copy, line, amount);
        return new(copy);
    }

    /// <summary>The amount on a sub-line (zero if absent).</summary>
    public Money this[CustomLine line] => lines.TryGetValue(line.Code, out var v) ? v.Amount : Money.Zero;

    /// <summary>The sum of the sub-lines under an income line.</summary>
    public Money SumUnder(IncomeLine parent)
    {
        Money sum = Money.Zero;
        foreach (var (line, amount) in lines.Values)
        {
            if (line.IncomeParent == parent)
            {
                sum += amount;
            }
        }

        return sum;
    }

    /// <summary>The sum of the sub-lines under an expenditure line.</summary>
    public Money SumUnder(ExpenditureLine parent)
    {
        Money sum = Money.Zero;
        foreach (var (line, amount) in lines.Values)
        {
            if (line.ExpenditureParent == parent)
            {
                sum += amount;
            }
        }

        return sum;
    }

    /// <summary>未细分部分: the parent line's amount less its sub-lines.</summary>
    public Money Remainder(in FundStatement statement, IncomeLine parent) => statement.Income[parent] - SumUnder(parent);

    /// <summary>未细分部分: the parent line's amount less its sub-lines.</summary>
    public Money Remainder(in FundStatement statement, ExpenditureLine parent) => statement.Expenditure[parent] - SumUnder(parent);

    /// <summary>Checks that no parent line's sub-lines exceed it (both non-negative: Σ sub-lines ≤ parent).</summary>
    /// <exception cref="ArgumentException">A parent's sub-lines exceed it; the message names the line and both figures.</exception>
    public void CheckAgainst(in FundStatement statement)
    {
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            IncomeLine p = IncomeLine.FromIndex(i);
            Money sum = SumUnder(p);
            if (sum.Abs() > statement.Income[p].Abs())
            {
                Preconditions.ThrowArgument(nameof(statement), $"the sub-lines of {p} sum to {sum:N2} 元, more than the line itself ({statement.Income[p]:N2} 元).");
            }
        }

        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            ExpenditureLine p = ExpenditureLine.FromIndex(i);
            Money sum = SumUnder(p);
            if (sum.Abs() > statement.Expenditure[p].Abs())
            {
                Preconditions.ThrowArgument(nameof(statement), $"the sub-lines of {p} sum to {sum:N2} 元, more than the line itself ({statement.Expenditure[p]:N2} 元).");
            }
        }
    }

    /// <summary>Adds two breakdowns line by line.</summary>
    public static LineBreakdown Merge(LineBreakdown left, LineBreakdown right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var copy = new SortedDictionary<string, (CustomLine, Money)>(left.lines, StringComparer.Ordinal);
        foreach (var (line, amount) in right.lines.Values)
        {
            AddInto(copy, line, amount);
        }

        return new(copy);
    }

    private static void AddInto(SortedDictionary<string, (CustomLine Line, Money Amount)> target, CustomLine line, Money amount)
    {
        if (target.TryGetValue(line.Code, out var existing))
        {
            if (!existing.Line.Equals(line))
            {
                Preconditions.ThrowArgument(nameof(line), $"custom line code \"{line.Code}\" is already defined as {existing.Line}; cannot add {line}.");
            }

            target[line.Code] = (line, existing.Amount + amount);
        }
        else
        {
            target[line.Code] = (line, amount);
        }
    }

    /// <summary>True when both hold the same lines with the same amounts.</summary>
    public bool SameAs(LineBreakdown other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (lines.Count != other.lines.Count)
        {
            return false;
        }

        foreach (var (code, v) in lines)
        {
            if (!other.lines.TryGetValue(code, out var o) || !o.Line.Equals(v.Line) || o.Amount != v.Amount)
            {
                return false;
            }
        }

        return true;
    }
}
