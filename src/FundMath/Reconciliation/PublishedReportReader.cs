using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Data;

namespace FundMath.Reconciliation;

/// <summary>
/// Reads a published report's figures from a <see cref="DataNode"/> tree (JSON here; YAML through
/// FundMath.Yaml's <c>DataFiles.Load</c>) — 报表数字读取. The format is described in docs/report-format.md.
/// Every figure is a printed string ("30.89亿元", "110.09%", "约15个月") or a mapping
/// <c>{ printed, unit, precision, rounding, at }</c>; errors name the file, line, column and member path.
/// </summary>
public static class PublishedReportReader
{
    /// <summary>Reads a report document from JSON text.</summary>
    /// <exception cref="DataFormatException">Malformed JSON or an invalid figure; the message gives line and column.</exception>
    public static ReportDocument ReadJson(string json, string sourceName = "<string>") => Read(JsonDataReader.Read(json, sourceName));

    /// <summary>Reads a report document from a JSON stream.</summary>
    /// <exception cref="DataFormatException">Malformed JSON or an invalid figure; the message gives line and column.</exception>
    public static ReportDocument ReadJson(Stream stream, string sourceName) => Read(JsonDataReader.Read(stream, sourceName));

    /// <summary>Reads a report document from a parsed data tree.</summary>
    /// <exception cref="DataFormatException">A missing member, an unknown member or an invalid figure, located in the source.</exception>
    public static ReportDocument Read(DataNode root)
    {
        Preconditions.CheckNotNull(root, nameof(root));
        root.EnsureOnly("title", "year", "publisher", "statements", "budgets", "regions", "monthsOfCover", "cohorts",
            "yearOnYear", "deficitScans", "repeated", "totals", "quotients", "products");
        return new ReportDocument(root.Required("title").AsString())
        {
            Year = root.Optional("year") is { IsNull: false } y ? ReadYear(y) : null,
            Publisher = root.Optional("publisher") is { IsNull: false } p ? p.AsString() : null,
            Statements = List(root, "statements", ReadStatementTable),
            Budgets = List(root, "budgets", ReadBudgetTable),
            Regions = List(root, "regions", ReadRegionTable),
            MonthsOfCover = List(root, "monthsOfCover", ReadMonths),
            Cohorts = List(root, "cohorts", ReadCohorts),
            YearOnYear = List(root, "yearOnYear", ReadYearOnYear),
            DeficitScans = List(root, "deficitScans", ReadDeficitScan),
            Repeated = List(root, "repeated", ReadRepeated),
            Totals = List(root, "totals", ReadTotal),
            Quotients = List(root, "quotients", ReadQuotient),
            Products = List(root, "products", ReadProduct),
        };
    }

    /// <summary>The largest magnitude of a figure in its base unit (元, persons, proportion): 10¹⁵, a thousand times a
    /// year of China's whole medical insurance fund income. Larger figures are typing errors, and would overflow the
    /// exact 64-bit arithmetic of the checks (sums, ratios) — refused here, where the figure's position is known.</summary>
    internal const long MaxFigureMagnitude = 1_000_000_000_000_000;

    private static int ReadYear(DataNode node)
    {
        int year = node.AsInt();
        return year is >= 1900 and <= 9999
            ? year
            : throw node.Error($"year {year} is outside the years FundMath reports on (1900–9999)");
    }

    /// <summary>Refuses a figure whose value lies outside ±<see cref="MaxFigureMagnitude"/> in its base unit.</summary>
    private static PrintedFigure InRange(PrintedFigure figure, DataNode node)
    {
        decimal scale = FigureUnits.Scale(figure.Unit) is var f && f.Denominator == 1 ? f.Numerator : 1m;
        decimal magnitude = Math.Abs(figure.Printed) >= MaxFigureMagnitude ? decimal.MaxValue : Math.Abs(figure.Printed) * scale;
        if (magnitude > MaxFigureMagnitude)
        {
            throw node.Error($"{figure.Text} is beyond the largest figure FundMath checks (±10¹⁵ in its base unit, i.e. 1,000万亿元 or 10¹⁵ persons): a typing error?");
        }

        try
        {
            // Every check starts from these exact values; computing them here locates a figure with too many digits.
            _ = figure.Interval;
            if (FigureUnits.IsMoney(figure.Unit) || figure.Unit == FigureUnit.YuanPerPerson)
            {
                _ = figure.ToMoney();
            }
        }
        catch (OverflowException e)
        {
            throw node.Error($"{figure.Text} has more digits than FundMath's exact 64-bit arithmetic holds ({e.Message})", e);
        }

        return figure;
    }

    private static IReadOnlyList<T> List<T>(DataNode parent, string name, Func<DataNode, T> read) =>
        parent.Optional(name) is { IsNull: false } node ? node.AsSequence().Select(read).ToArray() : [];

    private static FigureUnit? Unit(DataNode node, FigureUnit? inherited = null)
    {
        if (node.Optional("unit") is not { IsNull: false } unitNode)
        {
            return inherited;
        }

        string text = unitNode.AsString();
        return FigureUnits.TryParse(text, out FigureUnit unit)
            ? unit
            : throw unitNode.Error($"unknown unit '{text}' (expected 元, 万元, 亿元, %, 人, 万人, 人次, 个, 个月 or 元/人)");
    }

    private static string Section(DataNode node, string fallback) =>
        node.Optional("section") is { IsNull: false } s ? s.AsString() : fallback;

    /// <summary>Reads one figure: a printed string, or a mapping { printed, unit, precision, rounding, at }.</summary>
    private static PrintedFigure Figure(DataNode node, FigureLocation location, FigureUnit? unit)
    {
        try
        {
            if (node.IsMapping)
            {
                node.EnsureOnly("printed", "unit", "precision", "rounding", "at");
                FigureUnit? ownUnit = Unit(node, unit);
                FigureLocation at = node.Optional("at") is { IsNull: false } a ? new FigureLocation(a.AsString()) : location;
                PrintedFigure parsed = PrintedFigure.Parse(node.Required("printed").AsString(), at, ownUnit);
                decimal? precision = node.Optional("precision") is { IsNull: false } pn ? pn.AsDecimal() : null;
                PrintRounding rounding = node.Optional("rounding") is { IsNull: false } rn ? ParseRounding(rn) : parsed.Rounding;
                return InRange(new PrintedFigure(parsed.Printed, parsed.Unit, at with { Source = node.Location.ToString() }, precision ?? parsed.Precision, rounding), node);
            }

            PrintedFigure figure = PrintedFigure.Parse(node.AsString(), location, unit);
            return InRange(figure with { Location = location with { Source = node.Location.ToString() } }, node);
        }
        catch (FormatException e) when (e is not DataFormatException)
        {
            throw node.Error(e.Message, e);
        }
        catch (ArgumentException e)
        {
            throw node.Error(e.Message, e);
        }
    }

    private static PrintedFigure? OptionalFigure(DataNode parent, string name, FigureLocation location, FigureUnit? unit) =>
        parent.Optional(name) is { IsNull: false } node ? Figure(node, location, unit) : null;

    private static PrintedFigure RequiredFigure(DataNode parent, string name, FigureLocation location, FigureUnit? unit) =>
        Figure(parent.Required(name), location, unit);

    private static PrintRounding ParseRounding(DataNode node) => node.AsString() switch
    {
        "nearest" => PrintRounding.Nearest,
        "floor" => PrintRounding.Floor,
        "ceiling" => PrintRounding.Ceiling,
        "approximate" => PrintRounding.Approximate,
        string other => throw node.Error($"unknown rounding '{other}' (expected nearest, floor, ceiling or approximate)"),
    };

    private static StatementTable ReadStatementTable(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "funds", "total");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        return new StatementTable(title, node.Required("funds").AsSequence().Select(f => ReadFund(f, section, title, unit)).ToArray())
        {
            Total = node.Optional("total") is { IsNull: false } t ? ReadFund(t, section, title, unit) : null,
        };
    }

    private static FundStatementFigures ReadFund(DataNode node, string section, string table, FigureUnit? unit)
    {
        node.EnsureOnly("fund", "income", "incomeGrowth", "expenditure", "expenditureGrowth", "currentSurplus", "accumulatedBalance", "components");
        string fund = node.Required("fund").AsString();
        FigureLocation At(string column) => new(section, table, fund, column);
        return new FundStatementFigures(fund)
        {
            Income = OptionalFigure(node, "income", At("收入"), unit),
            IncomeGrowth = OptionalFigure(node, "incomeGrowth", At("收入同比增幅"), FigureUnit.Percent),
            Expenditure = OptionalFigure(node, "expenditure", At("支出"), unit),
            ExpenditureGrowth = OptionalFigure(node, "expenditureGrowth", At("支出同比增幅"), FigureUnit.Percent),
            CurrentSurplus = OptionalFigure(node, "currentSurplus", At("当期结余"), unit),
            AccumulatedBalance = OptionalFigure(node, "accumulatedBalance", At("累计结余"), unit),
            Components = List(node, "components", c =>
            {
                c.EnsureOnly("name", "currentSurplus", "accumulatedBalance", "shareOfBalance");
                string name = c.Required("name").AsString();
                FigureLocation ComponentAt(string column) => new(section, table, $"{fund} {name}", column);
                return new FundComponentFigures(name)
                {
                    CurrentSurplus = OptionalFigure(c, "currentSurplus", ComponentAt("当期结余"), unit),
                    AccumulatedBalance = OptionalFigure(c, "accumulatedBalance", ComponentAt("累计结余"), unit),
                    ShareOfBalance = OptionalFigure(c, "shareOfBalance", ComponentAt("占比"), FigureUnit.Percent),
                };
            }),
        };
    }

    private static BudgetTable ReadBudgetTable(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "rows");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        return new BudgetTable(title, node.Required("rows").AsSequence().Select(r =>
        {
            r.EnsureOnly("fund", "line", "budget", "executed", "rate", "textRate");
            string fund = r.Required("fund").AsString();
            string line = r.Required("line").AsString();
            string row = $"{fund} {line}";
            return new BudgetExecutionFigures(fund, line,
                RequiredFigure(r, "budget", new FigureLocation(section, title, row, "预算数"), unit),
                RequiredFigure(r, "executed", new FigureLocation(section, title, row, "执行数"), unit),
                RequiredFigure(r, "rate", new FigureLocation(section, title, row, "执行率"), FigureUnit.Percent))
            {
                TextRate = OptionalFigure(r, "textRate", new FigureLocation($"{section} 正文", null, row, "执行率"), FigureUnit.Percent),
            };
        }).ToArray());
    }

    private static RegionTable ReadRegionTable(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "columns", "rows", "total");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        var columns = new List<(RegionColumn Column, FigureUnit? Unit)>();
        foreach (DataNode c in node.Required("columns").AsSequence())
        {
            c.EnsureOnly("name", "summable", "unit");
            columns.Add((new RegionColumn(c.Required("name").AsString(), c.Optional("summable") is { IsNull: false } s && s.AsBool()), Unit(c, unit)));
        }

        RegionRow ReadRow(DataNode r)
        {
            r.EnsureOnly("region", "values");
            string region = r.Required("region").AsString();
            IReadOnlyList<DataNode> values = r.Required("values").AsSequence();
            if (values.Count != columns.Count)
            {
                throw r.Required("values").Error($"row '{region}' has {values.Count} values but the table has {columns.Count} columns");
            }

            return new RegionRow(region, values.Select((v, i) => v.IsNull ? null
                : Figure(v, new FigureLocation(section, title, region, columns[i].Column.Name), columns[i].Unit)).ToArray());
        }

        return new RegionTable(title, columns.Select(c => c.Column).ToArray(), node.Required("rows").AsSequence().Select(ReadRow).ToArray())
        {
            Total = node.Optional("total") is { IsNull: false } t ? ReadRow(t) : null,
        };
    }

    private static MonthsOfCoverFigures ReadMonths(DataNode node)
    {
        node.EnsureOnly("fund", "section", "unit", "balance", "monthlyExpenditure", "annualExpenditure", "bookMonths", "deductions",
            "deductionsTotal", "actualBalance", "actualMonths");
        string fund = node.Required("fund").AsString();
        string section = Section(node, fund);
        FigureUnit? unit = Unit(node);
        FigureLocation At(string column) => new(section, null, fund, column);
        return new MonthsOfCoverFigures(fund,
            RequiredFigure(node, "balance", At("期末累计结余"), unit),
            RequiredFigure(node, "monthlyExpenditure", At("月平均支出"), unit))
        {
            AnnualExpenditure = OptionalFigure(node, "annualExpenditure", At("年度支出"), unit),
            BookMonths = OptionalFigure(node, "bookMonths", At("账面可支付月数"), FigureUnit.Months),
            Deductions = List(node, "deductions", d => Labelled(d, label => At($"扣除 {label}"), unit)),
            DeductionsTotal = OptionalFigure(node, "deductionsTotal", At("扣除项合计"), unit),
            ActualBalance = OptionalFigure(node, "actualBalance", At("实际结余"), unit),
            ActualMonths = OptionalFigure(node, "actualMonths", At("实际可支付月数"), FigureUnit.Months),
        };
    }

    /// <summary>A labelled figure: { label, value } or a bare figure.</summary>
    private static PrintedFigure Labelled(DataNode node, Func<string, FigureLocation> at, FigureUnit? unit)
    {
        if (node.IsMapping && node.Has("label"))
        {
            node.EnsureOnly("label", "value");
            return Figure(node.Required("value"), at(node.Required("label").AsString()), unit);
        }

        return Figure(node, at(string.Empty), unit);
    }

    private static CohortTable ReadCohorts(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "partition", "total", "rows");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        return new CohortTable(title,
            RequiredFigure(node, "total", new FigureLocation(section, title, "合计", "人数"), unit),
            node.Required("rows").AsSequence().Select(r =>
            {
                r.EnsureOnly("name", "count", "share");
                string name = r.Required("name").AsString();
                return new CohortRow(name, RequiredFigure(r, "count", new FigureLocation(section, title, name, "人数"), unit))
                {
                    Share = OptionalFigure(r, "share", new FigureLocation(section, title, name, "占比"), FigureUnit.Percent),
                };
            }).ToArray(),
            node.Optional("partition") is not { IsNull: false } p || p.AsBool());
    }

    private static YearOnYearGroup ReadYearOnYear(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "total", "parts");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        YearOnYearFigure ReadFigure(DataNode f)
        {
            f.EnsureOnly("label", "current", "previous", "change", "growth");
            string label = f.Required("label").AsString();
            FigureLocation At(string column) => new(section, title, label, column);
            return new YearOnYearFigure(label, RequiredFigure(f, "current", At("本期"), unit))
            {
                Previous = OptionalFigure(f, "previous", At("上期"), unit),
                Change = OptionalFigure(f, "change", At("增减额"), unit),
                Growth = OptionalFigure(f, "growth", At("同比增长率"), FigureUnit.Percent),
            };
        }

        return new YearOnYearGroup(title, ReadFigure(node.Required("total")), List(node, "parts", ReadFigure));
    }

    private static DeficitScanTable ReadDeficitScan(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "rows");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit unit = Unit(node) ?? FigureUnit.Count;
        return new DeficitScanTable(title, node.Required("rows").AsSequence().Select(r =>
        {
            r.EnsureOnly("year", "regions", "deficitRegions", "deficitShare", "deficitAmount", "surplusRegions", "surplusShare", "surplusAmount");
            string year = r.Required("year").AsString();
            FigureLocation At(string column) => new(section, title, year, column);
            return new DeficitScanRow(year,
                RequiredFigure(r, "regions", At("统筹区总数"), unit),
                RequiredFigure(r, "deficitRegions", At("收不抵支 统筹区个数"), unit),
                RequiredFigure(r, "surplusRegions", At("未收不抵支 统筹区个数"), unit))
            {
                DeficitShare = OptionalFigure(r, "deficitShare", At("收不抵支 所占比例"), FigureUnit.Percent),
                DeficitAmount = OptionalFigure(r, "deficitAmount", At("超支金额"), FigureUnit.Wan),
                SurplusShare = OptionalFigure(r, "surplusShare", At("未收不抵支 所占比例"), FigureUnit.Percent),
                SurplusAmount = OptionalFigure(r, "surplusAmount", At("结余金额"), FigureUnit.Wan),
            };
        }).ToArray());
    }

    private static RepeatedFigure ReadRepeated(DataNode node)
    {
        node.EnsureOnly("label", "kind", "unit", "mentions");
        string label = node.Required("label").AsString();
        FigureUnit? unit = Unit(node);
        RepeatedFigureKind kind = node.Optional("kind") is { IsNull: false } k
            ? k.AsString() switch
            {
                "sameFigure" => RepeatedFigureKind.SameFigure,
                "contributionStandard" => RepeatedFigureKind.ContributionStandard,
                string other => throw k.Error($"unknown kind '{other}' (expected sameFigure or contributionStandard)"),
            }
            : RepeatedFigureKind.SameFigure;
        IReadOnlyList<DataNode> mentions = node.Required("mentions").AsSequence();
        if (mentions.Count < 2)
        {
            throw node.Required("mentions").Error($"a repeated figure needs at least two mentions, found {mentions.Count}");
        }

        return new RepeatedFigure(label, mentions.Select((m, i) => Figure(m, new FigureLocation(label, null, null, $"mention {i + 1}"), unit)).ToArray(), kind);
    }

    private static TotalFigures ReadTotal(DataNode node)
    {
        node.EnsureOnly("label", "section", "unit", "total", "parts");
        string label = node.Required("label").AsString();
        string section = Section(node, label);
        FigureUnit? unit = Unit(node);
        return new TotalFigures(label,
            RequiredFigure(node, "total", new FigureLocation(section, null, label, "合计"), unit),
            node.Required("parts").AsSequence().Select(p => Labelled(p, l => new FigureLocation(section, null, label, l), unit)).ToArray());
    }

    private static QuotientFigure ReadQuotient(DataNode node)
    {
        node.EnsureOnly("label", "section", "unit", "numerator", "denominator", "quotient");
        string label = node.Required("label").AsString();
        string section = Section(node, label);
        FigureUnit? unit = Unit(node);
        return new QuotientFigure(label,
            Labelled(node.Required("numerator"), l => new FigureLocation(section, null, label, l), null),
            Labelled(node.Required("denominator"), l => new FigureLocation(section, null, label, l), null),
            RequiredFigure(node, "quotient", new FigureLocation(section, null, label, null), unit));
    }

    private static ProductFigure ReadProduct(DataNode node)
    {
        node.EnsureOnly("label", "section", "unit", "left", "right", "product");
        string label = node.Required("label").AsString();
        string section = Section(node, label);
        FigureUnit? unit = Unit(node);
        return new ProductFigure(label,
            Labelled(node.Required("left"), l => new FigureLocation(section, null, label, l), null),
            Labelled(node.Required("right"), l => new FigureLocation(section, null, label, l), null),
            RequiredFigure(node, "product", new FigureLocation(section, null, label, null), unit));
    }
}
