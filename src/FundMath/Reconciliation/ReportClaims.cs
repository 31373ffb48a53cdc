using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace FundMath.Reconciliation;

/// <summary>
/// Checks the claims of a report's text against its tables — 文字表述核对: band counts, "all below / above X", and
/// the stated period. Band membership uses the printed months: below N is printed &lt; N, from A to B is
/// A ≤ printed ≤ B, above N is printed &gt; N.
/// </summary>
internal static class ReportClaims
{
    internal static void Check(ReportChecker.Run run, ReportDocument report, ReportClaim claim)
    {
        switch (claim.Kind)
        {
            case ReportClaimKind.BandCount:
                BandCount(run, report, claim);
                break;
            case ReportClaimKind.AllBelow or ReportClaimKind.AllAbove:
                AllBeyond(run, report, claim);
                break;
            default:
                StatedPeriod(run, report, claim);
                break;
        }
    }

    /// <summary>The printed months of the claim's fund, one per region row (total rows excluded).</summary>
    private static List<(string Region, PrintedFigure Months)> RegionMonths(ReportDocument report, ReportClaim claim)
    {
        RegionColumnRole role = claim.Subject == ReportClaimSubject.BookMonths ? RegionColumnRole.BookMonths : RegionColumnRole.Months;
        var found = new List<(string, PrintedFigure)>();
        foreach (RegionTable table in report.Regions)
        {
            for (int c = 0; c < table.Columns.Count; c++)
            {
                RegionColumn column = table.Columns[c];
                if (column.Role != role || (claim.Fund is { } fund && column.Fund != fund))
                {
                    continue;
                }

                foreach (RegionRow row in table.Rows)
                {
                    if (c < row.Values.Count && row.Values[c] is { } months)
                    {
                        found.Add((row.Region, months));
                    }
                }
            }
        }

        return found;
    }

    private static PrintedFigure ClaimFigure(decimal value, FigureUnit unit, ReportClaim claim) =>
        new(value, unit, claim.Location, 0m);

    private static string Band(ReportClaim claim) =>
        claim.Below is { } below ? string.Create(CultureInfo.InvariantCulture, $"below {below} months")
        : claim.Above is { } above ? string.Create(CultureInfo.InvariantCulture, $"above {above} months")
        : string.Create(CultureInfo.InvariantCulture, $"{claim.From}–{claim.To} months");

    /// <summary>The band as a code for <see cref="FindingMessage.ClaimCount"/>: "below:3", "above:9" or "3–9".</summary>
    private static string BandCode(ReportClaim claim) =>
        claim.Below is { } below ? string.Create(CultureInfo.InvariantCulture, $"below:{below}")
        : claim.Above is { } above ? string.Create(CultureInfo.InvariantCulture, $"above:{above}")
        : string.Create(CultureInfo.InvariantCulture, $"{claim.From}–{claim.To}");

    private static bool InBand(ReportClaim claim, decimal months) =>
        claim.Below is { } below ? months < below
        : claim.Above is { } above ? months > above
        : months >= claim.From!.Value && months <= claim.To!.Value;

    private static void BandCount(ReportChecker.Run run, ReportDocument report, ReportClaim claim)
    {
        List<(string Region, PrintedFigure Months)> rows = RegionMonths(report, claim);
        PrintedFigure stated = ClaimFigure(claim.Count!.Value, FigureUnit.Count, claim);
        if (rows.Count == 0)
        {
            run.NotChecked(stated, $"no region table prints {(claim.Subject == ReportClaimSubject.BookMonths ? "book months" : "months")} of cover{(claim.Fund is { } f ? " for " + f : string.Empty)}, so the claim \"{claim.Text}\" is not checked",
                UncheckedMessage.ClaimNoRegionTable, claim.Subject.ToString(), claim.Fund ?? string.Empty, claim.Text);
            return;
        }

        string[] inBand = rows.Where(r => InBand(claim, r.Months.Printed)).Select(r => $"{r.Region} {r.Months.Text}").ToArray();
        run.Checks++;
        if (inBand.Length == claim.Count)
        {
            return;
        }

        PrintedFigure[] figures = [stated, .. rows.Select(r => r.Months)];
        run.Add(new Finding(ReconciliationCheck.Claim, FindingKind.Mismatch, FindingSeverity.Error, stated, FigureInterval.Exactly(Fraction.FromInteger(inBand.Length)),
            $"{claim.Text}: regions {Band(claim)} = {claim.Count}", figures,
            string.Create(CultureInfo.InvariantCulture,
                $"The text \"{claim.Text}\" ({claim.Location.Section}) states {claim.Count} region(s) {Band(claim)}{(claim.Fund is { } fund ? " for " + fund : string.Empty)}, but the region table prints {inBand.Length}: {(inBand.Length == 0 ? "none" : string.Join(", ", inBand))}."),
            FindingMessage.ClaimCount,
            [claim.Text, claim.Location.Section, claim.Count!.Value.ToString(CultureInfo.InvariantCulture), BandCode(claim), claim.Fund ?? string.Empty, inBand.Length.ToString(CultureInfo.InvariantCulture), .. inBand]));
    }

    private static void AllBeyond(ReportChecker.Run run, ReportDocument report, ReportClaim claim)
    {
        bool below = claim.Kind == ReportClaimKind.AllBelow;
        decimal limit = claim.Limit!.Value;
        List<(string Label, PrintedFigure Figure)> figures = claim.Subject == ReportClaimSubject.ExecutionRates
            ? report.Budgets.SelectMany(t => t.Rows).SelectMany(r => r.TextRate is { } text
                ? new[] { ($"{r.Fund} {r.Line}", r.Rate), ($"{r.Fund} {r.Line} (正文)", text) }
                : new[] { ($"{r.Fund} {r.Line}", r.Rate) }).ToList()
            : RegionMonths(report, claim).Select(r => (r.Region, r.Months)).ToList();
        FigureUnit unit = claim.Subject == ReportClaimSubject.ExecutionRates ? FigureUnit.Percent : FigureUnit.Months;
        PrintedFigure stated = ClaimFigure(limit, unit, claim);
        if (figures.Count == 0)
        {
            run.NotChecked(stated, $"the report prints no {(claim.Subject == ReportClaimSubject.ExecutionRates ? "execution rates" : "months of cover")} the claim \"{claim.Text}\" could be checked against",
                UncheckedMessage.ClaimNoFigures, claim.Subject.ToString(), claim.Text);
            return;
        }

        string[] beyond = figures.Where(f => below ? f.Figure.Printed >= limit : f.Figure.Printed <= limit).Select(f => $"{f.Label} {f.Figure.Text}").ToArray();
        run.Checks++;
        if (beyond.Length == 0)
        {
            return;
        }

        run.Add(new Finding(ReconciliationCheck.Claim, FindingKind.Mismatch, FindingSeverity.Error, stated, null,
            $"{claim.Text}: every figure {(below ? "<" : ">")} {stated.Text}", [stated, .. figures.Select(f => f.Figure)],
            $"The text \"{claim.Text}\" ({claim.Location.Section}) states that every figure is {(below ? "below" : "above")} {stated.Text}, but {string.Join(", ", beyond)} {(beyond.Length == 1 ? "is" : "are")} not.",
            FindingMessage.ClaimAllBeyond, [claim.Text, claim.Location.Section, below ? "Below" : "Above", stated.Text, .. beyond]));
    }

    private static void StatedPeriod(ReportChecker.Run run, ReportDocument report, ReportClaim claim)
    {
        ReportingPeriod stated = claim.StatedPeriod!.Value;
        PrintedFigure progress = ReportChecker.Run.ProgressFigure(stated, claim.Location);
        var others = new List<(string What, string? Title, ReportingPeriod Period)>();
        if (report.Period is { } period)
        {
            others.Add(("the report's period", null, period));
        }

        others.AddRange(report.Statements.Where(t => t.Period is not null).Select(t => ($"the table '{t.Title}'", (string?)t.Title, t.Period!.Value)));
        others.AddRange(report.Budgets.Where(t => t.Period is not null).Select(t => ($"the table '{t.Title}'", (string?)t.Title, t.Period!.Value)));
        others.AddRange(report.Regions.Where(t => t.Period is not null).Select(t => ($"the table '{t.Title}'", (string?)t.Title, t.Period!.Value)));
        if (others.Count == 0)
        {
            run.NotChecked(progress, $"neither the report nor a table states a period, so \"{claim.Text}\" is not checked (add period:)", UncheckedMessage.ClaimNoPeriod, claim.Text);
            return;
        }

        foreach ((string what, string? title, ReportingPeriod other) in others)
        {
            run.Checks++;
            if (other == stated || (other.Kind == PeriodKind.Month && other.LastMonth == stated.LastMonth))
            {
                continue;
            }

            run.Add(new Finding(ReconciliationCheck.Period, FindingKind.Mismatch, FindingSeverity.Error, progress,
                FigureInterval.Exactly(Fraction.FromDecimal(other.TimeProgress.ToPercent(6, System.MidpointRounding.AwayFromZero)) / Fraction.FromInteger(100)),
                "正文所述报告期 = 表内报告期", [progress],
                $"The text \"{claim.Text}\" ({claim.Location.Section}) states the period {stated}, but {what} is {other}.",
                FindingMessage.ClaimPeriod, [claim.Text, claim.Location.Section, stated.ToString(), title is null ? "report" : "table", title ?? string.Empty, other.ToString()]));
        }
    }
}
