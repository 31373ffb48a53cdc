#:package FundMath@0.1.0
#:package FundMath.Samples@0.1.0
#:property PublishAot=false
// Load a published report (the built-in Zhuzhou 2021 sample), compute months of cover net of payables for each
// fund, and print a table. Run anywhere: dotnet run months-of-cover.cs
using System.Globalization;
using FundMath;
using FundMath.Analysis;
using FundMath.Reconciliation;
using FundMath.Samples;

ReportDocument report = SampleReports.Zhuzhou2021;          // or PublishedReportFiles.Load("my-report.yaml") (FundMath.Yaml)
var period = ReportingPeriod.OfYear(report.Year ?? 2021);

Console.WriteLine(report.Title);
Console.WriteLine($"{"Fund",-12} {"Balance",9} {"Deduct",8} {"Actual",8} {"/month",7} {"Months",7} {"floor",5} {"near",5}  Band");
foreach (MonthsOfCoverFigures fund in report.MonthsOfCover)
{
    // This report prints each fund's monthly expenditure; a report that does not lets FundMath derive it from the
    // period's expenditure (MonthlyExpenditure.OfPeriod).
    if (fund.MonthlyExpenditure is not { } monthly)
    {
        continue;
    }

    Money deductions = Money.Sum(fund.Deductions.Select(d => d.ToMoney()));
    MonthsOfCover cover = MonthsOfCover.Compute(
        period,
        fund.Balance.ToMoney(),
        BalanceDeductions.Lumped(Money.Zero, deductions),
        MonthlyExpenditure.PerMonth(monthly.ToMoney()),
        CoverBandPolicy.Default);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{fund.Fund,-12} {cover.BookBalance,9:F2亿} {cover.Deductions.Total,8:F2亿} {cover.ActualBalance,8:F2亿} {monthly.ToMoney(),7:F2亿} {cover.Months,7:F2} {cover.MonthsFloor,5} {cover.MonthsNearest,5}  {cover.Band}"));
}

// The exact quotient is kept: 20.23亿 / 1.29亿 = 2023/129 months, shown to 2 decimals (15.68); the report printed
// "约15" (floor) here and "约8" (nearest) for 7.88, so both roundings are shown.
