using System;

namespace FundMath.Reconciliation;

/// <summary>
/// A checkable sentence of a report's text — 可核对的文字表述: a band count, an "all below X" statement, or the
/// stated reporting period. Formula checked: the count (or bound, or period) the text states equals what the
/// report's own tables print.
/// </summary>
/// <param name="Kind">What the claim asserts.</param>
/// <param name="Text">The sentence as printed ("没有统筹基金可支撑月数低于3个月").</param>
/// <param name="Location">Where it is printed.</param>
public sealed record ReportClaim(ReportClaimKind Kind, string Text, FigureLocation Location)
{
    /// <summary>The sentence as printed ("没有统筹基金可支撑月数低于3个月").</summary>
    public string Text { get; init => field = value ?? throw new ArgumentNullException(nameof(Text)); } = Text ?? throw new ArgumentNullException(nameof(Text));

    /// <summary>Where it is printed.</summary>
    public FigureLocation Location { get; init => field = value ?? throw new ArgumentNullException(nameof(Location)); } = Location ?? throw new ArgumentNullException(nameof(Location));

    /// <summary>The fund whose region rows are counted (a column's <see cref="RegionColumn.Fund"/>), or null for every fund.</summary>
    public string? Fund { get; init; }

    /// <summary>The figures an all-below / all-above claim is about; for a band count, <see cref="ReportClaimSubject.Months"/> or <see cref="ReportClaimSubject.BookMonths"/>.</summary>
    public ReportClaimSubject Subject { get; init; } = ReportClaimSubject.Months;

    /// <summary>A band count's lower bound (inclusive), or null for "below"; months.</summary>
    public decimal? From { get; init; }

    /// <summary>A band count's upper bound (inclusive), or null for "above"; months.</summary>
    public decimal? To { get; init; }

    /// <summary>"低于N个月": counts rows strictly below this bound, or null.</summary>
    public decimal? Below { get; init; }

    /// <summary>"高于N个月": counts rows strictly above this bound, or null.</summary>
    public decimal? Above { get; init; }

    /// <summary>The count the text states (a band count), or null.</summary>
    public int? Count { get; init; }

    /// <summary>The limit of an all-below / all-above claim, in the subject's unit (a rate as a percentage: 25 for 25%), or null.</summary>
    public decimal? Limit { get; init; }

    /// <summary>The period the text states (a <see cref="ReportClaimKind.Period"/> claim), or null.</summary>
    public ReportingPeriod? StatedPeriod { get; init; }
}
