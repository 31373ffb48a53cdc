using System;
using System.Globalization;

namespace FundMath.Analysis;

/// <summary>
/// Average monthly fund expenditure, kept as the expenditure of a window of months and the window's length so
/// that the average is exact. 月平均基金支出. <c>average = Expenditure / Months</c>.
/// </summary>
/// <remarks>
/// A given average (《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's "1.29亿元/月") is a window of one month. Annual expenditure uses 12 months,
/// a quarter's 3, a trailing window its own length.
/// </remarks>
public readonly record struct MonthlyExpenditure
{
    private MonthlyExpenditure(Money expenditure, int months)
    {
        Expenditure = expenditure;
        Months = months;
    }

    /// <summary>The expenditure of the window.</summary>
    public Money Expenditure { get; }

    /// <summary>The number of months in the window (1 for a given monthly average).</summary>
    public int Months { get; }

    /// <summary>The exact average in fen per month.</summary>
    public Fraction FenPerMonth => Months == 0 ? Fraction.Zero : Fraction.Create(Expenditure.Fen, Months);

    /// <summary>The average rounded to the fen with <paramref name="mode"/>.</summary>
    public Money Average(MidpointRounding mode) => Months == 0 ? Money.Zero : Expenditure.Divide(Months, mode);

    /// <summary>A given monthly average, e.g. 1.29亿元 per month.</summary>
    public static MonthlyExpenditure PerMonth(Money average) => new(average, 1);

    /// <summary>The expenditure of <paramref name="months"/> months (a trailing window): average = expenditure / months.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is outside 1–1200.</exception>
    public static MonthlyExpenditure OverMonths(Money expenditure, int months)
    {
        Preconditions.CheckArgumentRange(nameof(months), months, 1, 1200);
        return new(expenditure, months);
    }

    /// <summary>The expenditure of <paramref name="period"/>: annual / 12, half / 6, quarter / 3, month / 1.</summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default (unknown) period.</exception>
    public static MonthlyExpenditure OfPeriod(Money expenditure, ReportingPeriod period)
    {
        BudgetExecution.CheckPeriod(period, nameof(period));
        return new(expenditure, period.MonthCount);
    }

    /// <summary>A trailing window given month by month: average = sum / count.</summary>
    /// <exception cref="ArgumentException"><paramref name="monthlyExpenditure"/> is empty.</exception>
    public static MonthlyExpenditure Trailing(ReadOnlySpan<Money> monthlyExpenditure)
    {
        if (monthlyExpenditure.IsEmpty)
        {
            Preconditions.ThrowArgument(nameof(monthlyExpenditure), "monthlyExpenditure is empty; a trailing window needs at least one month.");
        }

        return OverMonths(Money.Sum(monthlyExpenditure), monthlyExpenditure.Length);
    }

    /// <summary>
    /// The sum of two regions' averages (for a total row): the exact averages added, over the longer window. Over
    /// windows of one length that is the summed expenditure over that window; the default value (a window of 0
    /// months) adds nothing. Windows of different lengths sum only when the result stays a whole number of fen over
    /// the longer window; otherwise an <see cref="ArgumentException"/> says so.
    /// </summary>
    /// <exception cref="ArgumentException">The windows differ and the sum is not exactly representable.</exception>
    /// <exception cref="OverflowException">The summed expenditure does not fit in Money.</exception>
    public static MonthlyExpenditure operator +(MonthlyExpenditure left, MonthlyExpenditure right)
    {
        // Σ(spent / w) × w: over one window w this is Σ spent (always whole fen); a default operand contributes 0.
        int months = Math.Max(left.Months, right.Months);
        Fraction total = (left.FenPerMonth + right.FenPerMonth) * Fraction.FromInteger(months);
        if (!total.IsInteger)
        {
            Preconditions.ThrowArgument(nameof(right), $"Cannot sum monthly expenditure over {left.Months} and {right.Months} months exactly; give every region the same window.");
        }

        return new(Money.FromFen(total.Numerator), months);
    }

    /// <summary>"1.29亿元/月" style: the exact average to 0.01 of the unit, with the window.</summary>
    public override string ToString() => Months <= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{Expenditure}/月")
        : string.Create(CultureInfo.InvariantCulture, $"{Expenditure} / {Months} months");
}
