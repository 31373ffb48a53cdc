namespace FundMath.Reconciliation;

/// <summary>
/// Which sentence a <see cref="Finding"/> says — 勾稽问题说明: with <see cref="Finding.Arguments"/> it lets a
/// caller write the sentence in its reader's language (the CLI's <c>--lang zh</c>) without the core doing any
/// I/O or holding translations. <see cref="Finding.Sentence"/> is the English text of the same message. The
/// arguments are invariant texts in the order listed for each member; a figure is its printed text, a location
/// its <see cref="FigureLocation.ToString"/>, a range an interval formatted in the printed figure's unit.
/// </summary>
public enum FindingMessage
{
    /// <summary>A printed figure outside what its relation gives: printed, location, formula, inputs (joined ", "), range.</summary>
    Mismatch,

    /// <summary>A printed figure that fits its relation only under a directed rounding: printed, location, formula, inputs, range, rounding (<c>Floor</c> or <c>Ceiling</c>).</summary>
    DirectedRounding,

    /// <summary>Printed shares that cannot add up to 100%: range, then each share's printed text.</summary>
    SharesCannotMakeWhole,

    /// <summary>A table stating another period than the report's: table, table period, report period, the table period's time progress, the report's time progress.</summary>
    TablePeriod,

    /// <summary>An execution rate printed twice with different values: fund, line, table rate, its location, text rate, its location, executed, budget, range.</summary>
    RateDoublePrinted,

    /// <summary>Months-of-cover figures that no single rounding explains: for each figure six arguments — printed, location, balance, monthly expenditure, range, and the roundings that fit it (<c>Nearest</c>, <c>Floor</c>, <c>Ceiling</c>, joined ",").</summary>
    MixedMonthsRounding,

    /// <summary>A contribution standard printed with different values: label, then printed and location of each mention.</summary>
    StandardPrintedTwice,

    /// <summary>Repeated mentions that agree only if one was rounded directionally: label, the candidate's printed text, rounding (<c>Floor</c> or <c>Ceiling</c>), then printed and location of each mention.</summary>
    RepeatedDirectedRounding,

    /// <summary>Repeated mentions that disagree beyond any rounding: label, then printed and location of each mention.</summary>
    RepeatedDoublePrinted,

    /// <summary>A sentence stating how many regions lie in a band of months that the region table contradicts: text, section, stated count, band (<c>below:3</c>, <c>above:9</c> or <c>3–9</c>), fund (empty for all), printed count, then each region in the band ("茶陵 1").</summary>
    ClaimCount,

    /// <summary>A sentence stating every figure is below (or above) a limit that some figures break: text, section, <c>Below</c> or <c>Above</c>, the limit as printed, then each figure that breaks it.</summary>
    ClaimAllBeyond,

    /// <summary>A sentence stating another period than a table or the report: text, section, stated period, <c>report</c> or <c>table</c>, the table's title (empty for the report), the other period.</summary>
    ClaimPeriod,
}
