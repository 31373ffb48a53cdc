#:project ../../src/FundMath/FundMath.csproj
#:project ../../src/FundMath.Samples/FundMath.Samples.csproj
// Budget execution (预算执行率) against expected progress ±5pp for every budget row of the sample report, printed
// and exported as CSV. Run: dotnet run docs/examples/budget-execution.cs [out.csv]
using System.Globalization;
using System.Text;
using FundMath;
using FundMath.Analysis;
using FundMath.Reconciliation;
using FundMath.Samples;

ReportDocument report = SampleReports.Zhuzhou2021;
var period = ReportingPeriod.OfYear(report.Year ?? 2021);
var csv = new StringBuilder("fund,line,budget_yuan,executed_yuan,rate_percent,deviation_pp,outcome\n");

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
    csv.Append(CultureInfo.InvariantCulture,
        $"{row.Fund},{row.Line},{execution.Budgeted.Fen / 100m},{execution.Executed.Fen / 100m},{execution.Rate.ToPercent(4, MidpointRounding.AwayFromZero)},{execution.Deviation.ToPoints(4, MidpointRounding.AwayFromZero)},{execution.Outcome}\n");
}

string path = args.Length > 0 ? args[0] : "budget-execution.csv";
File.WriteAllText(path, csv.ToString(), new UTF8Encoding(false));
Console.WriteLine($"wrote {Path.GetFileName(path)} ({csv.ToString().Count(c => c == '\n')} lines)");
