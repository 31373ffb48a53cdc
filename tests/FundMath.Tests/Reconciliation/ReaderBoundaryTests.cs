using System;
using FundMath.Data;
using FundMath.Reconciliation;

namespace FundMath.Tests.Reconciliation;

/// <summary>
/// Every refusal of <see cref="PublishedReportReader"/> with its exact reason, the edges it accepts, and one JSON
/// document that uses every member, read back figure by figure (unit, precision, rounding, location, source).
/// </summary>
public sealed partial class ReaderBoundaryTests
{
    private const string Forms = "2021 (a year), 2021H1 (a half-year), 2021Q1 (a quarter) or 2021-07 (a month)";

    private static string Reason(string json) => Assert.Throws<DataFormatException>(() => PublishedReportReader.ReadJson(json, "t.json")).Reason;

    private static ReportDocument Read(string json) => PublishedReportReader.ReadJson(json, "t.json");

    public static TheoryData<string, string> Refusals => new()
    {
        { """{ "title": "t", "year": "21" }""", $"year '21' is not a calendar year such as 2021; for a quarter, half-year or month write period: 21 instead (forms: {Forms})" },
        { """{ "title": "t", "year": "2O21" }""", $"year '2O21' is not a calendar year such as 2021; for a quarter, half-year or month write period: 2O21 instead (forms: {Forms})" },
        { """{ "title": "t", "year": "1899" }""", "year 1899 is before 1900; FundMath reads reports of 1900–9999" },
        { """{ "title": "t", "year": 2021, "period": "2020Q1" }""", "period 2020Q1 is not in year 2021; give one of them, or make them agree" },
        { """{ "title": "t", "totals": [ { "label": "x", "unit": "美元", "total": "1", "parts": ["1"] } ] }""", $"unknown unit '美元' (expected one of {FigureUnits.Accepted})" },
        { """{ "title": "t", "totals": [ { "label": "x", "total": "10000001亿元", "parts": ["1元"] } ] }""", "10000001亿元 is beyond the largest figure FundMath checks (±10¹⁵ in its base unit, i.e. 1,000万亿元 or 10¹⁵ persons): a typing error?" },
        { """{ "title": "t", "totals": [ { "label": "x", "total": "1000000000000000%", "parts": ["1%"] } ] }""", "1000000000000000% is beyond the largest figure FundMath checks (±10¹⁵ in its base unit, i.e. 1,000万亿元 or 10¹⁵ persons): a typing error?" },
        { """{ "title": "t", "totals": [ { "label": "x", "total": "-1000000000000001元", "parts": ["1元"] } ] }""", "-1000000000000001元 is beyond the largest figure FundMath checks (±10¹⁵ in its base unit, i.e. 1,000万亿元 or 10¹⁵ persons): a typing error?" },
        { """{ "title": "t", "totals": [ { "label": "x", "total": { "printed": "1元", "precision": "-1" }, "parts": ["1元"] } ] }""", "precision '-1' is not a non-negative number: write the printed step in the figure's unit, e.g. 0.01 for \"30.89亿元\", or 0 for an exact figure" },
        { """{ "title": "t", "totals": [ { "label": "x", "total": { "printed": "1元", "rounding": "up" }, "parts": ["1元"] } ] }""", "unknown rounding 'up' (expected nearest, floor, ceiling or approximate)" },
        { """{ "title": "t", "regions": [ { "title": "r", "columns": [ { "name": "a", "role": "x" } ], "rows": [] } ] }""", "unknown column role 'x' (expected one of balance, prepayments, payables, settledUnpaid, unsettled, withheldReserve, otherUnpaid, actualBalance, expenditure, monthlyExpenditure, months, bookMonths, other)" },
        { """{ "title": "t", "regions": [ { "title": "r", "columns": [], "rows": [] } ] }""", "a region table needs at least one column" },
        { """{ "title": "t", "regions": [ { "title": "r", "columns": [ { "name": "a" }, { "name": "b" } ], "rows": [ { "region": "x", "values": ["1元"] } ] } ] }""", "row 'x' has 1 values but the table has 2 columns (write null for a blank cell, \"-\" for a zero)" },
        { """{ "title": "t", "regions": [ { "title": "r", "unit": "万元", "columns": [ { "name": "月支出", "role": "monthlyExpenditure" } ], "rows": [ { "region": "x", "values": ["-1"] } ] } ] }""", "月支出 -1万元 is negative: a monthly expenditure is 0 or more" },
        { """{ "title": "t", "monthsOfCover": [ { "fund": "f", "unit": "亿元", "balance": "1.00" } ] }""", "months of cover need monthlyExpenditure, or the period's expenditure (expenditure) or annualExpenditure to derive it from" },
        { """{ "title": "t", "monthsOfCover": [ { "fund": "f", "unit": "亿元", "balance": "1.00", "monthlyExpenditure": "-1.29" } ] }""", "monthlyExpenditure -1.29亿元 is negative: a monthly expenditure is 0 or more" },
        { """{ "title": "t", "claims": [ { "kind": "x", "text": "t" } ] }""", "unknown claim kind 'x' (expected bandCount, allBelow, allAbove or period)" },
        { """{ "title": "t", "claims": [ { "kind": "allBelow", "text": "t", "subject": "x", "limit": "1" } ] }""", "unknown claim subject 'x' (expected executionRates, months or bookMonths)" },
        { """{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "below": "6" } ] }""", "a bandCount claim needs count (the number of regions the text states)" },
        { """{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "count": "1" } ] }""", "a bandCount claim needs exactly one band: below: N, above: N, or from: A with to: B" },
        { """{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "count": "1", "below": "6", "above": "9" } ] }""", "a bandCount claim needs exactly one band: below: N, above: N, or from: A with to: B" },
        { """{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "count": "1", "below": "6", "from": "1", "to": "2" } ] }""", "a bandCount claim needs exactly one band: below: N, above: N, or from: A with to: B" },
        { """{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "count": "1", "from": "1" } ] }""", "a bandCount claim needs exactly one band: below: N, above: N, or from: A with to: B" },
        { """{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "count": "1", "to": "2" } ] }""", "a bandCount claim needs exactly one band: below: N, above: N, or from: A with to: B" },
        { """{ "title": "t", "claims": [ { "kind": "allBelow", "text": "t" } ] }""", "an allBelow claim needs limit (e.g. limit: 25% or limit: 9)" },
        { """{ "title": "t", "claims": [ { "kind": "allAbove", "text": "t" } ] }""", "an allAbove claim needs limit (e.g. limit: 25% or limit: 9)" },
        { """{ "title": "t", "claims": [ { "kind": "period", "text": "t" } ] }""", $"a period claim needs stated: the period the text states ({Forms})" },
        { """{ "title": "t", "claims": [ { "kind": "allBelow", "text": "t", "limit": "abc" } ] }""", "'abc' is not a number such as 3, 25% or 9个月" },
        { """{ "title": "t", "claims": [ { "kind": "allBelow", "text": "t", "limit": "1.0000001" } ] }""", "'1.0000001' is not a number such as 3, 25% or 9个月" },
        { """{ "title": "t", "deficitScans": [ { "title": "d", "rows": [ { "year": "2021", "regions": "14", "deficitRegions": "-1", "surplusRegions": "14" } ] } ] }""", "deficitRegions -1 is negative: a count of regions is 0 or more" },
        { """{ "title": "t", "deficitScans": [ { "title": "d", "rows": [ { "year": "2021", "regions": "-1", "deficitRegions": "0", "surplusRegions": "0" } ] } ] }""", "regions -1 is negative: a count of regions is 0 or more" },
        { """{ "title": "t", "deficitScans": [ { "title": "d", "rows": [ { "year": "2021", "regions": "14", "deficitRegions": "3", "surplusRegions": "15" } ] } ] }""", "surplusRegions 15 is more than regions 14: a part of the regions scanned cannot exceed them" },
        { """{ "title": "t", "repeated": [ { "label": "x", "kind": "x", "mentions": ["1元", "1元"] } ] }""", "unknown kind 'x' (expected sameFigure or contributionStandard)" },
        { """{ "title": "t", "repeated": [ { "label": "x", "mentions": ["1元"] } ] }""", "a repeated figure needs at least two mentions, found 1" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void Refusals_give_their_reason(string json, string reason) => Assert.Equal(reason, Reason(json));

    [Fact]
    public void Periods_that_do_not_parse_name_the_forms()
    {
        string reason = Reason("""{ "title": "t", "period": "2021X" }""");
        Assert.StartsWith("period '2021X' is not a reporting period (", reason);
        Assert.EndsWith($"); write {Forms}", reason);
        Assert.DoesNotContain("(Parameter", reason);
        Assert.DoesNotContain(".);", reason);
    }

    [Fact]
    public void Bad_printed_figures_give_the_parse_reason_at_the_figure()
    {
        DataFormatException e = Assert.Throws<DataFormatException>(() => Read("""{ "title": "t", "totals": [ { "label": "x", "total": { "printed": "1美元" }, "parts": ["1元"] } ] }"""));
        Assert.Equal("\"1美元\": unknown unit \"美元\" at position 2; expected one of " + FigureUnits.Accepted, e.Reason);
        e = Assert.Throws<DataFormatException>(() => Read("""{ "title": "t", "totals": [ { "label": "x", "total": "1美元", "parts": ["1元"] } ] }"""));
        Assert.Equal("\"1美元\": unknown unit \"美元\" at position 2; expected one of " + FigureUnits.Accepted, e.Reason);
    }

    [Fact]
    public void Edges_that_are_accepted()
    {
        Assert.Equal(1900, Read("""{ "title": "t", "year": "1900" }""").Year);
        Assert.Equal(ReportingPeriod.OfYear(2021), Read("""{ "title": "t", "year": " 2021 " }""").Period);
        Assert.Equal(ReportingPeriod.OfQuarter(2021, 1), Read("""{ "title": "t", "year": 2021, "period": "2021Q1" }""").Period);
        Assert.Equal(2021, Read("""{ "title": "t", "period": "2021Q1" }""").Year);
        ReportDocument none = Read("""{ "title": "t", "year": null, "period": null, "publisher": null }""");
        Assert.Equal((null, null, null), (none.Year, none.Period, none.Publisher));
        Assert.Equal(10_000_000m, Read("""{ "title": "t", "totals": [ { "label": "x", "total": "10000000亿元", "parts": ["1元"] } ] }""").Totals[0].Total.Printed);
        Assert.Equal(-999_999_999_999_999m, Read("""{ "title": "t", "totals": [ { "label": "x", "total": "-999999999999999元", "parts": ["1元"] } ] }""").Totals[0].Total.Printed);
        DeficitScanRow row = Read("""{ "title": "t", "deficitScans": [ { "title": "d", "rows": [ { "year": "2021", "regions": "14", "deficitRegions": "14", "surplusRegions": "0" } ] } ] }""").DeficitScans[0].Rows[0];
        Assert.Equal((14m, 14m, 0m, FigureUnit.Count), (row.Regions.Printed, row.DeficitRegions.Printed, row.SurplusRegions.Printed, row.Regions.Unit));
        ReportClaim claim = Read("""{ "title": "t", "claims": [ { "kind": "bandCount", "text": "t", "count": "2个", "from": "6个月", "to": "9月" } ] }""").Claims[0];
        Assert.Equal((2, 6m, 9m), (claim.Count, claim.From, claim.To));
        Assert.Equal(-1.5m, Read("""{ "title": "t", "claims": [ { "kind": "allAbove", "text": "t", "limit": "-1.5%" } ] }""").Claims[0].Limit);
        Assert.Equal(25m, Read("""{ "title": "t", "claims": [ { "kind": "allAbove", "text": "t", "limit": "25％" } ] }""").Claims[0].Limit);
        Assert.Equal(0.000001m, Read("""{ "title": "t", "claims": [ { "kind": "allAbove", "text": "t", "limit": "0.000001" } ] }""").Claims[0].Limit);
    }

    [Fact]
    public void Null_inputs_are_refused()
    {
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => PublishedReportReader.ReadJson((string)null!)).ParamName);
        Assert.Equal("root", Assert.Throws<ArgumentNullException>(() => PublishedReportReader.Read(null!)).ParamName);
        using var stream = new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes("""{ "title": "流" }"""));
        Assert.Equal("流", PublishedReportReader.ReadJson(stream, "s.json").Title);
        Assert.Equal("t", PublishedReportReader.ReadJson("""{ "title": "t" }""").Title);
    }
}
