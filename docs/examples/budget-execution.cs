#:package FundMath@0.1.0
#:package FundMath.Samples@0.1.0
#:package CsvHelper@33.0.1
#:property PublishAot=false
// Budget execution (预算执行率) against expected progress ±5pp for every budget row of the sample report, printed
// and exported as CSV (CsvHelper: RFC 4180 quoting, units in the headers) into OUT_DIR (default: a new temporary
// folder). Run anywhere: dotnet run budget-execution.cs [OUT_DIR]
using System.Globalization;
using System.Text;
using CsvHelper;
using FundMath;
using FundMath.Analysis;
using FundMath.Reconciliation;
using FundMath.Samples;

ReportDocument report = SampleReports.Zhuzhou2021;
var period = ReportingPeriod.OfYear(report.Year ?? 2021);
string outDir = args.Length > 0 ? args[0] : Directory.CreateTempSubdirectory("fundmath-examples-").FullName;
Directory.CreateDirectory(outDir);
string path = Path.Combine(outDir, "budget-execution.csv");
int rows = 0;
using (var csv = new CsvWriter(new StreamWriter(path, append: false, new UTF8Encoding(false)), CultureInfo.InvariantCulture))
{
    foreach (string header in new[] { "fund", "line", "budget_yuan", "executed_yuan", "rate_percent", "deviation_pp", "outcome" })
    {
        csv.WriteField(header);
    }

    csv.NextRecord();

    foreach (BudgetExecutionFigures row in report.Budgets.SelectMany(t => t.Rows))
    {
        BudgetLine line = row.Line switch
        {
            "本年收入" => BudgetLine.TotalIncome,
            "保险费收入" => BudgetLine.PremiumIncome,
            "本年支出" => BudgetLine.TotalExpenditure,
            _ => BudgetLine.BenefitExpenditure,
        };
        BudgetExecution execution = BudgetExecution.Evaluate(line, period, row.Budget.ToMoney(), row.Executed.ToMoney(), BudgetTolerancePolicy.Default);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{row.Fund} {row.Line,-6} {execution.Rate,8:P2} {execution.Deviation,9:P2} {execution.Outcome,-6} (report printed {row.Rate.Text})"));
        csv.WriteField(row.Fund);
        csv.WriteField(row.Line);
        csv.WriteField(execution.Budgeted.Yuan);
        csv.WriteField(execution.Executed.Yuan);
        csv.WriteField(execution.Rate.ToPercent(4, MidpointRounding.AwayFromZero));
        csv.WriteField(execution.Deviation.ToPoints(4, MidpointRounding.AwayFromZero));
        csv.WriteField(execution.Outcome.ToString());
        csv.NextRecord();
        rows++;
    }
}

Console.WriteLine($"wrote {Path.GetFileName(path)} ({rows + 1} lines)");
if (args.Length == 0)
{
    Console.Error.WriteLine($"output folder: {outDir}");
}
