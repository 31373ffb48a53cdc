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
    public static ReportDocument ReadJson(string json, string sourceName = "<string>")
    {
        Preconditions.CheckNotNull(json, nameof(json));
        return Read(JsonDataReader.Read(json, sourceName));
    }

    /// <summary>Reads a report document from a JSON stream.</summary>
    /// <exception cref="DataFormatException">Malformed JSON or an invalid figure; the message gives line and column.</exception>
    public static ReportDocument ReadJson(Stream stream, string sourceName) => Read(JsonDataReader.Read(stream, sourceName));

    /// <summary>Reads a report document from a parsed data tree.</summary>
    /// <exception cref="DataFormatException">A missing member, an unknown member or an invalid figure, located in the source.</exception>
    public static ReportDocument Read(DataNode root)
    {
        Preconditions.CheckNotNull(root, nameof(root));
        root.EnsureOnly("title", "year", "period", "publisher", "statements", "budgets", "regions", "monthsOfCover", "cohorts",
            "yearOnYear", "deficitScans", "repeated", "totals", "quotients", "products", "claims");
        int? year = root.Optional("year") is { IsNull: false } y ? ReadYear(y) : null;
        ReportingPeriod? period = root.Optional("period") is { IsNull: false } pn ? ReadPeriod(pn) : null;
        if (year is { } yy && period is { } pp && pp.Year != yy)
        {
            throw root.Required("period").Error($"period {pp} is not in year {yy}; give one of them, or make them agree");
        }

        period ??= year is { } onlyYear ? ReportingPeriod.OfYear(onlyYear) : null;
        return new ReportDocument(root.Required("title").AsString())
        {
            Year = period?.Year,
            Period = period,
            Publisher = root.Optional("publisher") is { IsNull: false } p ? p.AsString() : null,
            Statements = List(root, "statements", ReadStatementTable),
            Budgets = List(root, "budgets", ReadBudgetTable),
            Regions = List(root, "regions", ReadRegionTable),
            MonthsOfCover = List(root, "monthsOfCover", ReadMonths),
            Claims = List(root, "claims", ReadClaim),
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

    private const string PeriodForms = "2021 (a year), 2021H1 (a half-year), 2021Q1 (a quarter) or 2021-07 (a month)";

    private static int ReadYear(DataNode node)
    {
        string text = node.AsString().Trim();
        if (text.Length != 4 || !text.All(char.IsAsciiDigit))
        {
            throw node.Error($"year '{text}' is not a calendar year such as 2021; for a quarter, half-year or month write period: {text} instead (forms: {PeriodForms})");
        }

        int value = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        if (value < 1900)
        {
            throw node.Error($"year {value} is before 1900; FundMath reads reports of 1900–9999");
        }

        return value;
    }

    private static ReportingPeriod ReadPeriod(DataNode node)
    {
        string text = node.AsString().Trim();
        try
        {
            return ReportingPeriod.Parse(text.AsSpan());
        }
        catch (FormatException e)
        {
            throw node.Error($"period '{text}' is not a reporting period ({Reason(e)}); write {PeriodForms}", e);
        }
    }

    /// <summary>An exception's message without .NET's "(Parameter 'x')" suffix.</summary>
    private static string Reason(Exception e)
    {
        string message = e is DataFormatException d ? d.Reason : e.Message;
        if (e is ArgumentException { ParamName: { } name })
        {
            message = message.Replace($" (Parameter '{name}')", string.Empty, StringComparison.Ordinal);
        }

        return message.TrimEnd('.');
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
            : throw unitNode.Error($"unknown unit '{text}' (expected one of {FigureUnits.Accepted})");
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
                DataNode printedNode = node.Required("printed");
                PrintedFigure parsed;
                try
                {
                    parsed = PrintedFigure.Parse(printedNode.AsString(), at, ownUnit);
                }
                catch (FormatException e) when (e is not DataFormatException)
                {
                    throw printedNode.Error(Reason(e), e);
                }

                decimal? precision = node.Optional("precision") is { IsNull: false } pn ? ReadPrecision(pn) : null;
                PrintRounding rounding = node.Optional("rounding") is { IsNull: false } rn ? ParseRounding(rn) : parsed.Rounding;
                return InRange(new PrintedFigure(parsed.Printed, parsed.Unit, at with { Source = printedNode.Location.ToString() }, precision ?? parsed.Precision, rounding)
                {
                    IsDash = parsed.IsDash && (precision ?? 0m) == 0m,
                }, node);
            }

            PrintedFigure figure = PrintedFigure.Parse(node.AsString(), location, unit);
            return InRange(figure with { Location = location with { Source = node.Location.ToString() } }, node);
        }
        catch (FormatException e) when (e is not DataFormatException)
        {
            throw node.Error(Reason(e), e);
        }
        catch (ArgumentException e)
        {
            throw node.Error(Reason(e), e);
        }
    }

    private static decimal ReadPrecision(DataNode node)
    {
        string text = node.AsString().Trim();
        if (!decimal.TryParse(text, System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out decimal value))
        {
            throw node.Error($"precision '{text}' is not a non-negative number: write the printed step in the figure's unit, e.g. 0.01 for \"30.89亿元\", or 0 for an exact figure");
        }

        return value;
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
        node.EnsureOnly("title", "section", "unit", "period", "funds", "total");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        return new StatementTable(title, node.Required("funds").AsSequence().Select(f => ReadFund(f, section, title, unit)).ToArray())
        {
            Total = node.Optional("total") is { IsNull: false } t ? ReadFund(t, section, title, unit) : null,
            Period = TablePeriod(node),
        };
    }

    private static ReportingPeriod? TablePeriod(DataNode table) =>
        table.Optional("period") is { IsNull: false } p ? ReadPeriod(p) : null;

    private static FundStatementFigures ReadFund(DataNode node, string section, string table, FigureUnit? unit)
    {
        node.EnsureOnly("fund", "income", "incomeGrowth", "previousIncome", "expenditure", "expenditureGrowth", "previousExpenditure", "currentSurplus", "accumulatedBalance", "components");
        string fund = node.Required("fund").AsString();
        FigureLocation At(string column) => new(section, table, fund, column);
        return new FundStatementFigures(fund)
        {
            Income = OptionalFigure(node, "income", At("收入"), unit),
            IncomeGrowth = OptionalFigure(node, "incomeGrowth", At("收入同比增幅"), FigureUnit.Percent),
            PreviousIncome = OptionalFigure(node, "previousIncome", At("上年同期收入"), unit),
            Expenditure = OptionalFigure(node, "expenditure", At("支出"), unit),
            PreviousExpenditure = OptionalFigure(node, "previousExpenditure", At("上年同期支出"), unit),
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
        node.EnsureOnly("title", "section", "unit", "period", "rows");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        ReportingPeriod? period = TablePeriod(node);
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
        }).ToArray())
        {
            Period = period,
        };
    }

    private static readonly (string Name, RegionColumnRole Role)[] RoleNames =
    [
        ("balance", RegionColumnRole.Balance), ("prepayments", RegionColumnRole.Prepayments), ("payables", RegionColumnRole.Payables),
        ("settledUnpaid", RegionColumnRole.SettledUnpaid), ("unsettled", RegionColumnRole.Unsettled), ("withheldReserve", RegionColumnRole.WithheldReserve),
        ("otherUnpaid", RegionColumnRole.OtherUnpaid), ("actualBalance", RegionColumnRole.ActualBalance), ("expenditure", RegionColumnRole.Expenditure),
        ("monthlyExpenditure", RegionColumnRole.MonthlyExpenditure), ("months", RegionColumnRole.Months), ("bookMonths", RegionColumnRole.BookMonths),
        ("other", RegionColumnRole.Other),
    ];

    private static RegionColumnRole ReadRole(DataNode node)
    {
        string text = node.AsString().Trim();
        foreach ((string name, RegionColumnRole role) in RoleNames)
        {
            if (name == text)
            {
                return role;
            }
        }

        throw node.Error($"unknown column role '{text}' (expected one of {string.Join(", ", RoleNames.Select(r => r.Name))})");
    }

    /// <summary>
    /// The role a heading names when no role is written: the Chinese headings of months-of-cover tables
    /// (期末累计结余, 实际结余, 可支付月数, 月平均支出, 一次性预缴, 应付未付款 › 小计 and its kinds).
    /// </summary>
    private static RegionColumnRole? InferRole(IReadOnlyList<string> header)
    {
        string own = header[^1];
        bool underPayables = header.Count > 1 && header[^2].Contains("应付未付", StringComparison.Ordinal);
        return own switch
        {
            _ when own.Contains("账面可支付月数", StringComparison.Ordinal) => RegionColumnRole.BookMonths,
            _ when own.Contains("可支付月数", StringComparison.Ordinal) || own.Contains("可支撑月数", StringComparison.Ordinal) => RegionColumnRole.Months,
            _ when own.Contains("实际结余", StringComparison.Ordinal) => RegionColumnRole.ActualBalance,
            _ when own.EndsWith("期末累计结余", StringComparison.Ordinal) || own == "累计结余" => RegionColumnRole.Balance,
            _ when own.Contains("月平均", StringComparison.Ordinal) => RegionColumnRole.MonthlyExpenditure,
            _ when own.Contains("预缴", StringComparison.Ordinal) || own.Contains("预付", StringComparison.Ordinal) => RegionColumnRole.Prepayments,
            "业务已结算财务未支付" => RegionColumnRole.SettledUnpaid,
            "业务未结算" => RegionColumnRole.Unsettled,
            "暂扣预留金" => RegionColumnRole.WithheldReserve,
            "其他未付款" => RegionColumnRole.OtherUnpaid,
            "小计" or "合计" when underPayables => RegionColumnRole.Payables,
            _ when own.StartsWith("应付未付", StringComparison.Ordinal) && header.Count == 1 => RegionColumnRole.Payables,
            _ => null,
        };
    }

    private static bool SummableByDefault(RegionColumnRole? role) =>
        role is not null and not RegionColumnRole.Months and not RegionColumnRole.BookMonths and not RegionColumnRole.Other;

    private static RegionTable ReadRegionTable(DataNode node)
    {
        node.EnsureOnly("title", "section", "unit", "fund", "period", "columns", "rows", "total");
        string title = node.Required("title").AsString();
        string section = Section(node, title);
        FigureUnit? unit = Unit(node);
        string? tableFund = node.Optional("fund") is { IsNull: false } tf ? tf.AsString() : null;
        var columns = new List<(RegionColumn Column, FigureUnit? Unit)>();

        // A column is { name, role, summable, unit } or a group { name, columns: [...] } of nested headings.
        void ReadColumns(DataNode list, IReadOnlyList<string> parents, FigureUnit? inherited)
        {
            foreach (DataNode c in list.AsSequence())
            {
                if (c.IsMapping && c.Has("columns"))
                {
                    c.EnsureOnly("name", "unit", "columns");
                    ReadColumns(c.Required("columns"), [.. parents, c.Required("name").AsString()], Unit(c, inherited));
                    continue;
                }

                c.EnsureOnly("name", "role", "summable", "unit");
                string name = c.Required("name").AsString();
                string[] header = [.. parents, name];
                RegionColumnRole? role = c.Optional("role") is { IsNull: false } rn ? ReadRole(rn) : InferRole(header);
                bool summable = c.Optional("summable") is { IsNull: false } sn ? sn.AsBool() : SummableByDefault(role);
                FigureUnit? columnUnit = Unit(c, role is RegionColumnRole.Months or RegionColumnRole.BookMonths && c.Optional("unit") is null ? FigureUnit.Months : inherited);
                string? fund = parents.Count > 0 ? parents[0]
                    : tableFund ?? (name.IndexOf(' ', StringComparison.Ordinal) is > 0 and int space ? name[..space] : null);
                columns.Add((new RegionColumn(string.Join(" ", header), summable) { Role = role, Header = header, Fund = fund }, columnUnit));
            }
        }

        ReadColumns(node.Required("columns"), [], unit);
        if (columns.Count == 0)
        {
            throw node.Required("columns").Error("a region table needs at least one column");
        }

        RegionRow ReadRow(DataNode r)
        {
            r.EnsureOnly("region", "values");
            string region = r.Required("region").AsString();
            IReadOnlyList<DataNode> values = r.Required("values").AsSequence();
            if (values.Count != columns.Count)
            {
                throw r.Required("values").Error($"row '{region}' has {values.Count} values but the table has {columns.Count} columns (write null for a blank cell, \"-\" for a zero)");
            }

            return new RegionRow(region, values.Select((v, i) =>
            {
                if (v.IsNull)
                {
                    return null;
                }

                PrintedFigure figure = Figure(v, new FigureLocation(section, title, region, columns[i].Column.Name), columns[i].Unit);
                return columns[i].Column.Role == RegionColumnRole.MonthlyExpenditure && figure.Printed < 0
                    ? throw v.Error($"{columns[i].Column.Name} {figure.Text} is negative: a monthly expenditure is 0 or more")
                    : figure;
            }).ToArray());
        }

        return new RegionTable(title, columns.Select(c => c.Column).ToArray(), node.Required("rows").AsSequence().Select(ReadRow).ToArray())
        {
            Total = node.Optional("total") is { IsNull: false } t ? ReadRow(t) : null,
            Period = TablePeriod(node),
        };
    }

    private static MonthsOfCoverFigures ReadMonths(DataNode node)
    {
        node.EnsureOnly("fund", "region", "section", "unit", "balance", "monthlyExpenditure", "expenditure", "annualExpenditure", "bookMonths", "deductions",
            "deductionsTotal", "actualBalance", "actualMonths");
        string fund = node.Required("fund").AsString();
        string section = Section(node, fund);
        FigureUnit? unit = Unit(node);
        FigureLocation At(string column) => new(section, null, fund, column);
        if (!node.Has("monthlyExpenditure") && !node.Has("expenditure") && !node.Has("annualExpenditure"))
        {
            throw node.Error("months of cover need monthlyExpenditure, or the period's expenditure (expenditure) or annualExpenditure to derive it from");
        }

        return new MonthsOfCoverFigures(fund,
            RequiredFigure(node, "balance", At("期末累计结余"), unit),
            NonNegativeMonthly(node, "monthlyExpenditure", OptionalFigure(node, "monthlyExpenditure", At("月平均支出"), unit)))
        {
            Region = node.Optional("region") is { IsNull: false } rg ? rg.AsString() : null,
            AnnualExpenditure = OptionalFigure(node, "annualExpenditure", At("年度支出"), unit),
            Expenditure = OptionalFigure(node, "expenditure", At("本期支出"), unit),
            BookMonths = OptionalFigure(node, "bookMonths", At("账面可支付月数"), FigureUnit.Months),
            Deductions = List(node, "deductions", d => Labelled(d, label => At($"扣除 {label}"), unit)),
            DeductionsTotal = OptionalFigure(node, "deductionsTotal", At("扣除项合计"), unit),
            ActualBalance = OptionalFigure(node, "actualBalance", At("实际结余"), unit),
            ActualMonths = OptionalFigure(node, "actualMonths", At("实际可支付月数"), FigureUnit.Months),
        };
    }

    private static ReportClaim ReadClaim(DataNode node)
    {
        node.EnsureOnly("kind", "text", "at", "fund", "subject", "below", "from", "to", "above", "count", "limit", "stated");
        DataNode kindNode = node.Required("kind");
        ReportClaimKind kind = kindNode.AsString() switch
        {
            "bandCount" => ReportClaimKind.BandCount,
            "allBelow" => ReportClaimKind.AllBelow,
            "allAbove" => ReportClaimKind.AllAbove,
            "period" => ReportClaimKind.Period,
            string other => throw kindNode.Error($"unknown claim kind '{other}' (expected bandCount, allBelow, allAbove or period)"),
        };
        string text = node.Required("text").AsString();
        var location = new FigureLocation(node.Optional("at") is { IsNull: false } a ? a.AsString() : "正文", null, null, text) { Source = node.Location.ToString() };
        ReportClaimSubject subject = node.Optional("subject") is { IsNull: false } sn
            ? sn.AsString() switch
            {
                "executionRates" => ReportClaimSubject.ExecutionRates,
                "months" => ReportClaimSubject.Months,
                "bookMonths" => ReportClaimSubject.BookMonths,
                string other => throw sn.Error($"unknown claim subject '{other}' (expected executionRates, months or bookMonths)"),
            }
            : kind is ReportClaimKind.AllBelow or ReportClaimKind.AllAbove && node.Optional("fund") is null ? ReportClaimSubject.ExecutionRates : ReportClaimSubject.Months;
        decimal? Bound(string name) => node.Optional(name) is { IsNull: false } b ? ClaimNumber(b) : null;
        var claim = new ReportClaim(kind, text, location)
        {
            Fund = node.Optional("fund") is { IsNull: false } f ? f.AsString() : null,
            Subject = subject,
            Below = Bound("below"),
            From = Bound("from"),
            To = Bound("to"),
            Above = Bound("above"),
            Count = node.Optional("count") is { IsNull: false } c ? (int)ClaimNumber(c) : null,
            Limit = Bound("limit"),
            StatedPeriod = node.Optional("stated") is { IsNull: false } st ? ReadPeriod(st) : null,
        };
        switch (kind)
        {
            case ReportClaimKind.BandCount:
                if (claim.Count is null)
                {
                    throw node.Error("a bandCount claim needs count (the number of regions the text states)");
                }

                if ((claim.Below is null ? 0 : 1) + (claim.Above is null ? 0 : 1) + (claim.From is null && claim.To is null ? 0 : 1) != 1
                    || (claim.From is null) != (claim.To is null))
                {
                    throw node.Error("a bandCount claim needs exactly one band: below: N, above: N, or from: A with to: B");
                }

                break;
            case ReportClaimKind.AllBelow or ReportClaimKind.AllAbove when claim.Limit is null:
                throw node.Error($"an {kindNode.AsString()} claim needs limit (e.g. limit: 25% or limit: 9)");
            case ReportClaimKind.Period when claim.StatedPeriod is null:
                throw node.Error($"a period claim needs stated: the period the text states ({PeriodForms})");
        }

        return claim;
    }

    /// <summary>A claim's number: "3", "25%", "9个月", "6个".</summary>
    private static decimal ClaimNumber(DataNode node)
    {
        string text = node.AsString().Trim();
        string digits = text.TrimEnd('%', '％', '个', '月');
        return decimal.TryParse(digits, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out decimal value) && value == decimal.Round(value, 6)
            ? value
            : throw node.Error($"'{text}' is not a number such as 3, 25% or 9个月");
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
            PrintedFigure regions = Count(r, "regions", RequiredFigure(r, "regions", At("统筹区总数"), unit), null);
            return new DeficitScanRow(year,
                regions,
                Count(r, "deficitRegions", RequiredFigure(r, "deficitRegions", At("收不抵支 统筹区个数"), unit), regions),
                Count(r, "surplusRegions", RequiredFigure(r, "surplusRegions", At("未收不抵支 统筹区个数"), unit), regions))
            {
                DeficitShare = OptionalFigure(r, "deficitShare", At("收不抵支 所占比例"), FigureUnit.Percent),
                DeficitAmount = OptionalFigure(r, "deficitAmount", At("超支金额"), FigureUnit.Wan),
                SurplusShare = OptionalFigure(r, "surplusShare", At("未收不抵支 所占比例"), FigureUnit.Percent),
                SurplusAmount = OptionalFigure(r, "surplusAmount", At("结余金额"), FigureUnit.Wan),
            };
        }).ToArray());
    }

    /// <summary>
    /// A count of regions is 0 or more and, for a part, at most the regions scanned: 7 regions in deficit of 6 is not a
    /// figure a check can weigh (its share would exceed 100%), so it is refused where it is printed.
    /// </summary>
    private static PrintedFigure Count(DataNode row, string name, PrintedFigure count, PrintedFigure? regions)
    {
        if (count.Printed < 0)
        {
            throw row.Required(name).Error($"{name} {count.Text} is negative: a count of regions is 0 or more");
        }

        if (regions is not null && count.Printed > regions.Printed)
        {
            throw row.Required(name).Error($"{name} {count.Text} is more than regions {regions.Text}: a part of the regions scanned cannot exceed them");
        }

        return count;
    }

    /// <summary>A monthly expenditure (月平均支出) is 0 or more: a negative one is a sign error in the input, refused where it is printed.</summary>
    private static PrintedFigure? NonNegativeMonthly(DataNode node, string name, PrintedFigure? figure)
    {
        if (figure is { Printed: < 0 })
        {
            throw node.Required(name).Error($"{name} {figure.Text} is negative: a monthly expenditure is 0 or more");
        }

        return figure;
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
