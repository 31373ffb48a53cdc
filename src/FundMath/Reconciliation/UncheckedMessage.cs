namespace FundMath.Reconciliation;

/// <summary>
/// Why a printed figure was not checked — 未核对原因: with <see cref="UncheckedFigure.Arguments"/> it lets a caller
/// say the reason in its reader's language (the CLI's <c>--lang zh</c>), as <see cref="FindingMessage"/> does for
/// findings. <see cref="UncheckedFigure.Reason"/> is the English text of the same message. The arguments are
/// invariant texts in the order listed for each member; a figure is its printed text, a location its
/// <see cref="FigureLocation.ToString"/>.
/// </summary>
public enum UncheckedMessage
{
    /// <summary>Only <see cref="UncheckedFigure.Reason"/> says why (an unchecked figure made by other code): no arguments.</summary>
    Other,

    /// <summary>Months of cover with no monthly expenditure printed and no period to derive it: no arguments.</summary>
    NoMonthlyExpenditure,

    /// <summary>The report has no period to derive the monthly expenditure from the period's expenditure: no arguments.</summary>
    NoPeriodForMonthlyExpenditure,

    /// <summary>The monthly expenditure may be zero, so months of cover are not meaningful: no arguments.</summary>
    MonthlyExpenditureMayBeZero,

    /// <summary>A total's growth rate with a part printing neither its previous figure nor its growth: table, part label.</summary>
    TotalGrowthPartUnknown,

    /// <summary>A total's growth rate with a part whose growth may be −100%: table, the growth's printed text, part label, the growth's location.</summary>
    TotalGrowthPartMayBeMinusWhole,

    /// <summary>A total's growth rate whose parts' previous figures may sum to zero: table.</summary>
    TotalGrowthPreviousMayBeZero,

    /// <summary>A growth rate with no previous-period figure or change printed: no arguments.</summary>
    GrowthNoPrevious,

    /// <summary>A growth rate whose previous figure may be zero at its printed precision: label, previous figure's printed text, its location.</summary>
    GrowthPreviousMayBeZero,

    /// <summary>A growth rate from a change whose divisor (本期 − 增减额) may be zero: label, current printed text, change printed text.</summary>
    GrowthChangeDivisorMayBeZero,

    /// <summary>A fund's growth rate whose current figure is not printed: what (<c>income</c> or <c>expenditure</c>).</summary>
    GrowthCurrentNotPrinted,

    /// <summary>A fund's growth rate whose previous-period figure is not printed: what (<c>income</c> or <c>expenditure</c>), the input field (<c>previousIncome</c>).</summary>
    GrowthPreviousNotPrinted,

    /// <summary>A fund's growth rate whose previous-period figure may be zero: what (<c>income</c> or <c>expenditure</c>).</summary>
    GrowthPreviousFundMayBeZero,

    /// <summary>A quotient (a ratio, a per-head figure) whose denominator may be zero at its printed precision: formula, denominator's printed text, its location.</summary>
    QuotientDenominatorMayBeZero,

    /// <summary>A region table's months column with nothing to divide by: column name, number of printed rows.</summary>
    RegionMonthsNoExpenditure,

    /// <summary>A region row with a blank deduction cell, so its actual balance is not checked: no arguments.</summary>
    RegionDeductionBlank,

    /// <summary>A claim about regions' months of cover with no region table to check it: subject (<c>Months</c> or <c>BookMonths</c>), fund (empty for all), the claim's text.</summary>
    ClaimNoRegionTable,

    /// <summary>A claim that all figures lie beyond a value, with no such figures printed: subject (<c>ExecutionRates</c> or <c>Months</c>), the claim's text.</summary>
    ClaimNoFigures,

    /// <summary>A claim about the period when neither the report nor a table states one: the claim's text.</summary>
    ClaimNoPeriod,
}
