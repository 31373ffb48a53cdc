using System;
using System.Globalization;

namespace FundMath.Reconciliation;

/// <summary>
/// One figure as printed in a published report — 报表数字: the printed value, its unit, the precision it was
/// printed to, how it was rounded and where it was printed. It stands for every true value that prints this
/// way. Formula: rounded to nearest, x printed with precision p means the true value lies in [x − p/2, x + p/2]
/// (see <see cref="PrintRounding"/> for floor, ceiling and "约").
/// </summary>
public sealed record PrintedFigure
{
    /// <summary>Creates a printed figure.</summary>
    /// <param name="printed">The value as printed, in <paramref name="unit"/> (30.89 for "30.89亿元"); the decimal's scale is kept.</param>
    /// <param name="unit">The unit it is printed in.</param>
    /// <param name="location">Where it is printed.</param>
    /// <param name="precision">
    /// The printed precision in <paramref name="unit"/>; null takes it from the printed decimals (30.89 → 0.01,
    /// 84555 → 1); 0 states an exact figure (an exact zero, a "-" cell), whose interval is the single point.
    /// </param>
    /// <param name="rounding">How the figure was rounded; <see cref="PrintRounding.Nearest"/> unless the report says otherwise ("约" → Approximate).</param>
    /// <exception cref="ArgumentException">The precision is negative, or the rounding mode is undefined.</exception>
    public PrintedFigure(decimal printed, FigureUnit unit, FigureLocation location, decimal? precision = null, PrintRounding rounding = PrintRounding.Nearest)
    {
        Preconditions.CheckNotNull(location, nameof(location));
        decimal p = precision ?? PrecisionOf(printed);
        if (p < 0)
        {
            Preconditions.ThrowArgument(nameof(precision), $"precision {p} of the figure at {location} is negative; write a positive precision, or 0 for an exact figure.");
        }

        if (unchecked((uint)rounding) > (uint)PrintRounding.Approximate)
        {
            Preconditions.ThrowArgument(nameof(rounding), $"rounding {(int)rounding} is not a defined PrintRounding value.");
        }

        _ = FigureUnits.Scale(unit);
        Printed = printed;
        Unit = unit;
        Precision = p;
        Rounding = rounding;
        Location = location;
    }

    /// <summary>The value as printed, in <see cref="Unit"/>.</summary>
    public decimal Printed { get; }

    /// <summary>The unit it is printed in.</summary>
    public FigureUnit Unit { get; }

    /// <summary>The printed precision in <see cref="Unit"/> (0.01 for "30.89亿元", 1 for "84,555万元").</summary>
    public decimal Precision { get; }

    /// <summary>How the figure was rounded for print.</summary>
    public PrintRounding Rounding { get; }

    /// <summary>Where it is printed.</summary>
    public FigureLocation Location { get; init => field = value ?? throw new ArgumentNullException(nameof(Location)); }

    /// <summary>
    /// True for a "-" cell — 横杠: an accounting table's way of printing zero (nothing to report). It is exactly
    /// zero (<see cref="Precision"/> 0) and reads back as "-".
    /// </summary>
    public bool IsDash { get; init; }

    /// <summary>True when the figure is exact: precision 0 (an exact zero, a "-" cell) or a whole count (<see cref="IsExactCount"/>).</summary>
    public bool IsExact => Precision == 0m || IsExactCount;

    /// <summary>The printed value in its base unit (元, proportion, persons, months) as an exact fraction.</summary>
    public Fraction Value => Fraction.FromDecimal(Printed) * FigureUnits.Scale(Unit);

    /// <summary>The precision in the base unit.</summary>
    public Fraction BasePrecision => Fraction.FromDecimal(Precision) * FigureUnits.Scale(Unit);

    /// <summary>The interval of true values (in the base unit) that print as this figure under its own rounding.</summary>
    public FigureInterval Interval => IntervalFor(Rounding);

    /// <summary>
    /// True for a whole count of persons or things printed to the unit ("3019813人", "6个"): such a figure is exact,
    /// since the true value is an integer too, and its interval is the single point.
    /// </summary>
    public bool IsExactCount => Unit is FigureUnit.Persons or FigureUnit.Count && Precision == 1m && Rounding == PrintRounding.Nearest && Printed == decimal.Truncate(Printed);

    /// <summary>The interval of true values (base unit) that print as this figure under <paramref name="rounding"/>.</summary>
    public FigureInterval IntervalFor(PrintRounding rounding)
    {
        Fraction x = Value, p = BasePrecision, half = p / Fraction.FromInteger(2);
        if (Precision == 0m || (IsExactCount && rounding == PrintRounding.Nearest))
        {
            return FigureInterval.Exactly(x);
        }

        return rounding switch
        {
            PrintRounding.Nearest => FigureInterval.Create(x - half, x + half),
            PrintRounding.Floor => FigureInterval.Create(x, x + p),
            PrintRounding.Ceiling => FigureInterval.Create(x - p, x),
            _ => FigureInterval.Create(x - p, x + p),
        };
    }

    /// <summary>The figure as exact <see cref="Money"/> (money units only).</summary>
    /// <exception cref="InvalidOperationException">The figure is not printed in 元, 万元 or 亿元.</exception>
    public Money ToMoney() => FigureUnits.IsMoney(Unit) || Unit is FigureUnit.YuanPerPerson or FigureUnit.YuanPerPersonMonth
        ? Money.FromFen((Value * Fraction.FromInteger(100)).RoundToInteger(MidpointRounding.AwayFromZero))
        : throw WrongUnit("Money");

    /// <summary>The figure as an exact <see cref="Rate"/> (percent figures only).</summary>
    /// <exception cref="InvalidOperationException">The figure is not a percentage.</exception>
    public Rate ToRate() => Unit == FigureUnit.Percent ? Rate.FromPercent(Printed) : throw WrongUnit("Rate");

    /// <summary>The figure as a <see cref="Headcount"/> (人 or 万人 figures only), rounded to a whole person.</summary>
    /// <exception cref="InvalidOperationException">The figure is not a headcount.</exception>
    public Headcount ToHeadcount() => FigureUnits.IsCount(Unit)
        ? Headcount.FromPersons(Value.RoundToInteger(MidpointRounding.AwayFromZero))
        : throw WrongUnit("Headcount");

    /// <summary>The figure as it reads in the report: "30.89亿元", "110.09%", "约15个月".</summary>
    public string Text => IsDash ? "-" :
        (Rounding == PrintRounding.Approximate ? "约" : string.Empty) + Printed.ToString(CultureInfo.InvariantCulture) + FigureUnits.Symbol(Unit);

    /// <summary>Returns <see cref="Text"/> followed by the location.</summary>
    public override string ToString() => $"{Text} ({Location})";

    /// <summary>The precision implied by a printed decimal's digits: 30.89 → 0.01, 84555 → 1, 13089.20 → 0.01.</summary>
    public static decimal PrecisionOf(decimal printed) => new(1, 0, 0, false, printed.Scale);

    /// <summary>A "-" cell: exactly zero in <paramref name="unit"/>, printed as "-".</summary>
    public static PrintedFigure Dash(FigureUnit unit, FigureLocation location) =>
        new(0m, unit, location, 0m) { IsDash = true };

    /// <summary>
    /// Reads a figure as printed: an optional "约", a number with optional thousands separators and sign, and an
    /// optional unit symbol ("30.89亿元", "84,555万元", "110.09%", "约15个月", "3019813人", "1.29亿元/月"); or
    /// "-" (also "—", "－"), an accounting table's exact zero. When the text has no unit, <paramref name="defaultUnit"/> is used.
    /// </summary>
    /// <exception cref="FormatException">The text is not a printed figure; the message quotes it.</exception>
    public static PrintedFigure Parse(string text, FigureLocation location, FigureUnit? defaultUnit = null)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        Preconditions.CheckNotNull(location, nameof(location));
        string s = text.Trim();
        if (s is "-" or "—" or "－" or "–")
        {
            return Dash(defaultUnit ?? throw new FormatException($"\"{text}\" (zero) has no unit and no default unit applies: give the table or column a unit."), location);
        }
        var rounding = PrintRounding.Nearest;
        if (s.StartsWith('约'))
        {
            rounding = PrintRounding.Approximate;
            s = s[1..].TrimStart();
        }

        // The shared invariant number scanner: thousands separators must group exactly three digits (so "1,46"
        // is rejected, not read as 146), and its error gives the position. U+2212 (−) is printed for minus.
        string scan = s.Replace('−', '-');
        decimal value;
        int end;
        try
        {
            value = Formatting.ScanNumber(scan, 0, "printed figure", scan, allowGrouping: true, out end);
        }
        catch (FormatException e)
        {
            throw new FormatException($"\"{text}\" is not a printed figure: expected a number such as \"30.89亿元\", \"110.09%\" or \"约15个月\" ({e.Message})", e);
        }

        string unitText = s[end..].Trim();
        FigureUnit unit;
        if (unitText.Length == 0)
        {
            unit = defaultUnit ?? throw new FormatException($"\"{text}\" has no unit and no default unit applies: write it as e.g. \"{text}亿元\".");
        }
        else if (!FigureUnits.TryParse(unitText, out unit))
        {
            throw new FormatException($"\"{text}\": unknown unit \"{unitText}\" at position {end + 1}; expected one of {FigureUnits.Accepted}.");
        }

        return new PrintedFigure(value, unit, location, null, rounding);
    }

    private InvalidOperationException WrongUnit(string what) =>
        new($"The figure {Text} at {Location} is printed in {Unit}, not a unit convertible to {what}.");
}
