using System;
using System.Globalization;

namespace FundMath.Cli.Views;

/// <summary>
/// One typed cell: the text people see (<see cref="Text"/>), the value machines read (<see cref="Number"/> as an
/// exact decimal, or the text itself), and a tone for colour.
/// </summary>
internal readonly record struct Cell(CellKind Kind, string Text, decimal? Number, Tone Tone = Tone.None)
{
    public static readonly Cell Empty = new(CellKind.Text, string.Empty, null);

    public bool IsNumeric => Number.HasValue;

    public static Cell Of(string text) => new(CellKind.Text, text, null);

    public static Cell Of(long value) => new(CellKind.Integer, value.ToString("N0", CultureInfo.InvariantCulture), value);

    /// <summary>A money amount shown in a unit (元/万元/亿元) with fixed decimals; JSON carries the exact yuan amount.</summary>
    public static Cell Of(Money amount, MoneyUnit unit, int decimals) =>
        new(CellKind.Money, amount.Format(unit, decimals, MidpointRounding.AwayFromZero, grouping: true, withUnit: false), amount.Fen / 100m);

    /// <summary>A rate shown as a percentage with two decimals (110.09%); JSON carries the percentage to 4 decimals.</summary>
    public static Cell Of(Rate rate) =>
        new(CellKind.Rate, rate.ToString("P2", CultureInfo.InvariantCulture), rate.ToPercent(4, MidpointRounding.AwayFromZero));

    public static Cell Of(PercentagePoints points) =>
        new(CellKind.Points, points.ToString("P2", CultureInfo.InvariantCulture), points.Points.ToDecimal(4, MidpointRounding.AwayFromZero));

    /// <summary>Months of cover exact to two decimals (15.68).</summary>
    public static Cell Months(Fraction months) =>
        new(CellKind.Months, months.ToDecimal(2, MidpointRounding.AwayFromZero).ToString("F2", CultureInfo.InvariantCulture), months.ToDecimal(2, MidpointRounding.AwayFromZero));

    /// <summary>Months of cover as a report prints them (an integer, by the chosen rounding).</summary>
    public static Cell MonthsRounded(Fraction months, MidpointRounding mode)
    {
        long rounded = months.RoundToInteger(mode);
        return new(CellKind.Integer, rounded.ToString(CultureInfo.InvariantCulture), rounded);
    }

    /// <summary>An exact decimal number (DRG points, a point value) printed with a .NET numeric format such as "N4".</summary>
    public static Cell Decimal(decimal value, string format) =>
        new(CellKind.Decimal, value.ToString(format, CultureInfo.InvariantCulture), value);

    /// <summary>
    /// A printed figure as printed: its own decimals and grouping ("33,520.85", "约15", "-"); JSON carries the exact
    /// base value (元 for money, months, a percentage for rates).
    /// </summary>
    public static Cell Printed(FundMath.Reconciliation.PrintedFigure figure, Tone tone = Tone.None)
    {
        string text = figure.IsDash ? "-"
            : (figure.Rounding == FundMath.Reconciliation.PrintRounding.Approximate ? "约" : string.Empty)
              + figure.Printed.ToString("N" + figure.Printed.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        CellKind kind = FundMath.Reconciliation.FigureUnits.IsMoney(figure.Unit) ? CellKind.Money
            : figure.Unit == FundMath.Reconciliation.FigureUnit.Months ? CellKind.Months
            : figure.Unit == FundMath.Reconciliation.FigureUnit.Percent ? CellKind.Rate : CellKind.Decimal;
        decimal number = kind == CellKind.Rate ? figure.Printed : figure.Value.ToDecimal(6, MidpointRounding.AwayFromZero);
        return new(kind, text, number, tone);
    }

    public static Cell Outcome(string name, Tone tone) => new(CellKind.Outcome, name, null, tone);

    public static Cell Band(string name, Tone tone) => new(CellKind.Band, name, null, tone);

    public static Cell Severity(string name, Tone tone) => new(CellKind.Severity, name, null, tone);
}
