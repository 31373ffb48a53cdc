using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Cli.Input;

namespace FundMath.Cli.Analysis;

/// <summary>Reads <see cref="AnalysisInput"/> from JSON, YAML or a CSV region table; the built-in sample is embedded YAML.</summary>
internal static class AnalysisInputReader
{
    public const string SampleName = "built-in sample: Zhuzhou 2021 annual fund report (zhuzhou-2021.yaml)";

    private static readonly string[] BudgetLines = ["income", "premiumIncome", "expenditure", "benefitExpenditure"];

    /// <summary>The Zhuzhou 2021 annual report shipped inside the tool.</summary>
    public static AnalysisInput Sample()
    {
        using Stream stream = typeof(AnalysisInputReader).Assembly.GetManifestResourceStream("FundMath.Cli.Samples.zhuzhou-2021.yaml")
            ?? throw new InvalidOperationException("The built-in sample is missing from the tool's resources.");
        using var reader = new StreamReader(stream);
        return FromNode(InputNode.ParseYaml(reader.ReadToEnd(), "zhuzhou-2021.yaml"));
    }

    /// <summary>The embedded sample's YAML text (documentation, examples).</summary>
    public static string SampleText()
    {
        using Stream stream = typeof(AnalysisInputReader).Assembly.GetManifestResourceStream("FundMath.Cli.Samples.zhuzhou-2021.yaml")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static AnalysisInput Load(string path)
    {
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return FromCsv(path);
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".yaml" or ".yml") && File.Exists(path))
        {
            throw new InputException($"unknown input type '{extension}'; use .json, .yaml, .yml or .csv.", path);
        }

        return FromNode(InputNode.Load(path));
    }

    public static AnalysisInput FromNode(InputNode root)
    {
        MoneyUnit unit = root.Optional("unit")?.Unit() ?? MoneyUnit.Yuan;
        string title = root.Optional("title")?.Text() ?? Path.GetFileName(root.File);
        ReportingPeriod? period = null;
        if (root.Optional("period") is { } periodNode)
        {
            try
            {
                period = ReportingPeriod.Parse(periodNode.Text());
            }
            catch (FormatException e)
            {
                throw periodNode.Error($"'{periodNode.Text()}' is not a reporting period ({e.Message}).");
            }
        }

        var statements = new List<StatementInput>();
        foreach (InputNode item in root.Optional("statements")?.Items() ?? [])
        {
            statements.Add(new StatementInput(
                item.Required("fund").Text(),
                item.Required("income").Money(unit),
                item.Required("expenditure").Money(unit),
                item.Optional("accumulated")?.Money(unit)));
        }

        var budgets = new List<BudgetLineInput>();
        InputNode? budgetsNode = root.Optional("budgets");
        if (budgetsNode is not null && period is null)
        {
            throw budgetsNode.Error("budget execution needs the report's 'period' (e.g. \"2021\" or \"2021Q3\") to know the expected progress.");
        }

        foreach (InputNode item in budgetsNode?.Items() ?? [])
        {
            InputNode lineNode = item.Required("line");
            string line = lineNode.Text();
            if (Array.IndexOf(BudgetLines, line) < 0)
            {
                throw lineNode.Error($"'{line}' is not a budget line; use one of {string.Join(", ", BudgetLines)}.");
            }

            budgets.Add(new BudgetLineInput(item.Required("fund").Text(), line, item.Required("budget").Money(unit), item.Required("executed").Money(unit)));
        }

        var cover = new List<CoverInput>();
        foreach (InputNode item in root.Optional("cover")?.Items() ?? [])
        {
            cover.Add(new CoverInput(
                item.Required("fund").Text(),
                item.Optional("region")?.Text() ?? "全市",
                item.Required("balance").Money(unit),
                item.Optional("prepayments")?.Money(unit) ?? Money.FromFen(0),
                item.Optional("payables")?.Money(unit) ?? Money.FromFen(0),
                item.Required("monthlyExpenditure").Money(unit)));
        }

        var regions = new List<RegionInput>();
        if (root.Optional("regions") is { } regionsNode)
        {
            MoneyUnit regionUnit = regionsNode.Optional("unit")?.Unit() ?? unit;
            foreach (InputNode item in regionsNode.Required("rows").Items())
            {
                regions.Add(new RegionInput(
                    item.Required("fund").Text(),
                    item.Required("region").Text(),
                    item.Required("balance").Money(regionUnit),
                    item.Required("actualBalance").Money(regionUnit),
                    item.Optional("monthlyExpenditure")?.Money(regionUnit),
                    item.Optional("printedMonths")?.Integer()));
                if (regions[^1].MonthlyExpenditure is null && regions[^1].PrintedMonths is null)
                {
                    throw item.Error($"region '{regions[^1].Region}' needs monthlyExpenditure (to compute months of cover) or printedMonths.");
                }
            }
        }

        var deficits = new List<DeficitYearInput>();
        if (root.Optional("deficits") is { } deficitsNode)
        {
            MoneyUnit deficitUnit = deficitsNode.Optional("unit")?.Unit() ?? unit;
            foreach (InputNode item in deficitsNode.Required("years").Items())
            {
                int year = (int)item.Required("year").Integer();
                if (item.Optional("surpluses") is { } surplusesNode)
                {
                    deficits.Add(Aggregate(year, surplusesNode, deficitUnit));
                    continue;
                }

                InputNode regionsCount = item.Required("regions");
                InputNode deficitCount = item.Required("deficitRegions");
                if (deficitCount.Integer() > regionsCount.Integer() || deficitCount.Integer() < 0)
                {
                    throw deficitCount.Error($"deficitRegions {deficitCount.Integer()} must be between 0 and regions {regionsCount.Integer()}.");
                }

                deficits.Add(new DeficitYearInput(year, (int)regionsCount.Integer(), (int)deficitCount.Integer(), item.Required("deficit").Money(deficitUnit), item.Required("surplus").Money(deficitUnit)));
            }
        }

        return new AnalysisInput(title, period, statements, budgets, cover, regions, deficits);
    }

    /// <summary>Aggregates a year from per-region current surpluses (income − expenditure; negative = deficit).</summary>
    private static DeficitYearInput Aggregate(int year, InputNode surpluses, MoneyUnit unit)
    {
        int regions = 0;
        int deficitRegions = 0;
        Money deficit = Money.FromFen(0);
        Money surplus = Money.FromFen(0);
        foreach (InputNode item in surpluses.Items())
        {
            Money value = item.Required("surplus").Money(unit);
            regions++;
            if (value.IsNegative)
            {
                deficitRegions++;
                deficit -= value;
            }
            else
            {
                surplus += value;
            }
        }

        return new DeficitYearInput(year, regions, deficitRegions, deficit, surplus);
    }

    /// <summary>
    /// A CSV region table with a header row: fund,region,balance,actualBalance[,monthlyExpenditure][,printedMonths].
    /// Amounts are 万元 unless they carry a unit ("3.86亿元").
    /// </summary>
    public static AnalysisInput FromCsv(string path)
    {
        string text = InputNode.ReadText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        var regions = new List<RegionInput>();
        using var csv = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new InputException("the CSV file is empty; expected a header row fund,region,balance,actualBalance,monthlyExpenditure,printedMonths.", path, 1, 1);
            }

            string[] header = csv.HeaderRecord ?? [];
            foreach (string required in (string[])["fund", "region", "balance", "actualBalance"])
            {
                if (Array.IndexOf(header, required) < 0)
                {
                    throw new InputException($"the header has no '{required}' column; expected fund,region,balance,actualBalance[,monthlyExpenditure][,printedMonths].", path, 1, 1);
                }
            }

            bool hasMonthly = Array.IndexOf(header, "monthlyExpenditure") >= 0;
            bool hasPrinted = Array.IndexOf(header, "printedMonths") >= 0;
            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                Money Amount(string column)
                {
                    string field = csv.GetField(column) ?? string.Empty;
                    var node = new CsvCell(path, line, Array.IndexOf(header, column) + 1, field);
                    return node.Money();
                }

                string? monthly = hasMonthly ? csv.GetField("monthlyExpenditure") : null;
                string? printed = hasPrinted ? csv.GetField("printedMonths") : null;
                long? printedMonths = null;
                if (!string.IsNullOrEmpty(printed))
                {
                    printedMonths = long.TryParse(printed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long p)
                        ? p
                        : throw new InputException($"printedMonths '{printed}' is not a whole number.", path, line, Array.IndexOf(header, "printedMonths") + 1);
                }

                var row = new RegionInput(
                    csv.GetField("fund") ?? string.Empty,
                    csv.GetField("region") ?? string.Empty,
                    Amount("balance"),
                    Amount("actualBalance"),
                    string.IsNullOrEmpty(monthly) ? null : Amount("monthlyExpenditure"),
                    printedMonths);
                if (row.MonthlyExpenditure is null && row.PrintedMonths is null)
                {
                    throw new InputException($"region '{row.Region}' needs monthlyExpenditure (to compute months of cover) or printedMonths.", path, line, 1);
                }

                regions.Add(row);
            }
        }
        catch (CsvHelperException e)
        {
            int line = e.Context?.Parser?.RawRow ?? 0;
            throw new InputException("malformed CSV: " + FirstLine(e.Message), path, line, 0, e);
        }

        if (regions.Count == 0)
        {
            throw new InputException("the CSV file has a header but no rows.", path, 2, 1);
        }

        return new AnalysisInput(Path.GetFileName(path), null, [], [], [], regions, []);
    }

    private static string FirstLine(string message)
    {
        int end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim();
    }

    private readonly record struct CsvCell(string File, int Line, int Column, string Text)
    {
        public Money Money()
        {
            string text = Text.Trim();
            try
            {
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal plain))
                {
                    return FundMath.Money.From(plain, MoneyUnit.Wan);
                }

                return FundMath.Money.Parse(text);
            }
            catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
            {
                throw new InputException($"'{text}' is not an amount of money ({e.Message}).", File, Line, Column);
            }
        }
    }
}
