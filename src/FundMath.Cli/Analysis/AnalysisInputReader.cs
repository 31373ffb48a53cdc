using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Analysis;
using FundMath.Cli.Input;
using FundMath.Data;
using FundMath.Yaml;

namespace FundMath.Cli.Analysis;

/// <summary>Reads <see cref="AnalysisInput"/> from JSON, YAML or a CSV region table; the built-in sample is embedded YAML.</summary>
internal static class AnalysisInputReader
{
    public const string SampleName = "built-in sample: Zhuzhou 2021 annual fund report (zhuzhou-2021.yaml)";

    /// <summary>Budget line names as inputs spell them: the report's Chinese headings or English ids.</summary>
    internal static bool TryParseLine(string text, out BudgetLine line)
    {
        switch (text.Trim())
        {
            case "income" or "本年收入" or "收入":
                line = BudgetLine.TotalIncome;
                return true;
            case "premiumIncome" or "保险费收入" or "征缴收入":
                line = BudgetLine.PremiumIncome;
                return true;
            case "expenditure" or "本年支出" or "支出":
                line = BudgetLine.TotalExpenditure;
                return true;
            case "benefitExpenditure" or "保险待遇支出" or "待遇支出":
                line = BudgetLine.BenefitExpenditure;
                return true;
            default:
                line = default;
                return false;
        }
    }

    /// <summary>The Zhuzhou 2021 annual report shipped inside the tool.</summary>
    public static AnalysisInput Sample()
    {
        using Stream stream = typeof(AnalysisInputReader).Assembly.GetManifestResourceStream("FundMath.Cli.Samples.zhuzhou-2021.yaml")
            ?? throw new InvalidOperationException("The built-in sample is missing from the tool's resources.");
        using var reader = new StreamReader(stream);
        return FromNode(YamlDataReader.Read(reader.ReadToEnd(), "zhuzhou-2021.yaml"));
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

        return FromNode(DataNodeAmounts.Load(path));
    }

    public static AnalysisInput FromNode(DataNode root)
    {
        MoneyUnit unit = root.Optional("unit")?.AsUnit() ?? MoneyUnit.Yuan;
        string title = root.Optional("title")?.AsString() ?? Path.GetFileName(root.Location.Source);
        ReportingPeriod? period = root.Optional("period")?.AsPeriod();

        var statements = new List<StatementInput>();
        foreach (DataNode item in root.Optional("statements")?.AsSequence() ?? [])
        {
            statements.Add(new StatementInput(
                item.Required("fund").AsString(),
                item.Required("income").AsMoney(unit),
                item.Required("expenditure").AsMoney(unit),
                item.Optional("accumulated")?.AsMoney(unit)));
        }

        var budgets = new List<BudgetLineInput>();
        DataNode? budgetsNode = root.Optional("budgets");
        if (budgetsNode is not null && period is null)
        {
            throw budgetsNode.Error("budget execution needs the report's 'period' (e.g. \"2021\" or \"2021Q3\") to know the expected progress");
        }

        foreach (DataNode item in budgetsNode?.AsSequence() ?? [])
        {
            DataNode lineNode = item.Required("line");
            if (!TryParseLine(lineNode.AsString(), out BudgetLine line))
            {
                throw lineNode.Error($"'{lineNode.AsString()}' is not a budget line; use income (本年收入), premiumIncome (保险费收入), expenditure (本年支出) or benefitExpenditure (保险待遇支出)");
            }

            budgets.Add(new BudgetLineInput(item.Required("fund").AsString(), line, item.Required("budget").AsMoney(unit), item.Required("executed").AsMoney(unit)));
        }

        var cover = new List<CoverInput>();
        DataNode? coverNode = root.Optional("cover");
        if (coverNode is not null && period is null)
        {
            throw coverNode.Error("months of cover need the report's 'period' (e.g. \"2021\")");
        }

        foreach (DataNode item in coverNode?.AsSequence() ?? [])
        {
            cover.Add(new CoverInput(
                item.Required("fund").AsString(),
                item.Optional("region")?.AsString() ?? "全市",
                item.Required("balance").AsMoney(unit),
                item.Optional("prepayments")?.AsMoney(unit) ?? Money.FromFen(0),
                item.Optional("payables")?.AsMoney(unit) ?? Money.FromFen(0),
                item.Required("monthlyExpenditure").AsMoney(unit)));
        }

        var regions = new List<RegionInput>();
        if (root.Optional("regions") is { } regionsNode)
        {
            MoneyUnit regionUnit = regionsNode.Optional("unit")?.AsUnit() ?? unit;
            foreach (DataNode item in regionsNode.Required("rows").AsSequence())
            {
                regions.Add(new RegionInput(
                    item.Required("fund").AsString(),
                    item.Required("region").AsString(),
                    item.Required("balance").AsMoney(regionUnit),
                    item.Required("actualBalance").AsMoney(regionUnit),
                    item.Optional("monthlyExpenditure")?.AsMoney(regionUnit),
                    item.Optional("printedMonths")?.AsLong()));
                if (regions[^1].MonthlyExpenditure is null && regions[^1].PrintedMonths is null)
                {
                    throw item.Error($"region '{regions[^1].Region}' needs monthlyExpenditure (to compute months of cover) or printedMonths");
                }
            }
        }

        var deficits = new List<DeficitYearInput>();
        if (root.Optional("deficits") is { } deficitsNode)
        {
            MoneyUnit deficitUnit = deficitsNode.Optional("unit")?.AsUnit() ?? unit;
            foreach (DataNode item in deficitsNode.Required("years").AsSequence())
            {
                int year = (int)item.Required("year").AsLong();
                if (item.Optional("surpluses") is { } surplusesNode)
                {
                    deficits.Add(Aggregate(year, surplusesNode, deficitUnit));
                    continue;
                }

                DataNode regionsCount = item.Required("regions");
                DataNode deficitCount = item.Required("deficitRegions");
                if (deficitCount.AsLong() > regionsCount.AsLong() || deficitCount.AsLong() < 0)
                {
                    throw deficitCount.Error($"deficitRegions {deficitCount.AsLong()} must be between 0 and regions {regionsCount.AsLong()}");
                }

                deficits.Add(new DeficitYearInput(year, (int)regionsCount.AsLong(), (int)deficitCount.AsLong(), item.Required("deficit").AsMoney(deficitUnit), item.Required("surplus").AsMoney(deficitUnit)));
            }
        }

        return new AnalysisInput(title, period, statements, budgets, cover, regions, deficits);
    }

    /// <summary>Aggregates a year from per-region current surpluses (income − expenditure; negative = deficit).</summary>
    private static DeficitYearInput Aggregate(int year, DataNode surpluses, MoneyUnit unit)
    {
        int regions = 0;
        int deficitRegions = 0;
        Money deficit = Money.FromFen(0);
        Money surplus = Money.FromFen(0);
        foreach (DataNode item in surpluses.AsSequence())
        {
            Money value = item.Required("surplus").AsMoney(unit);
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
        string text = DataNodeAmounts.ReadText(path);
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
