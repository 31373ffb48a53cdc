using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Cli.Input;
using FundMath.Data;
using FundMath.Forecasting;
using FundMath.Forecasting.Fits;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Stress;
using FundMath.Policies;
using FundMath.Yaml;

namespace FundMath.Cli.Forecasting;

/// <summary>
/// Reads the input of <c>fundmath project</c>: a projection document (.yaml, .yml, .json — start position,
/// assumptions, scenarios, stress, history) or a CSV history table (series,period,value: trend fits only).
/// Every error names the file, line, column and member path.
/// </summary>
internal static class ProjectionInputReader
{
    public static ProjectionInput Load(string path)
    {
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return FromCsv(path);
        }

        DataNode root = DataNodeAmounts.Load(path);
        return Read(root, path);
    }

    public static ProjectionInput Read(DataNode root, string path)
    {
        root.ExpectKind(DataNodeKind.Mapping).EnsureOnly("name", "region", "baseYear", "horizon", "parameters", "employee", "resident", "assumptions", "scenarios", "stress", "sensitivity", "history");
        string region = root.Required("region").AsString();
        int baseYear = root.Required("baseYear").AsInt();
        int horizon = root.Optional("horizon")?.AsInt() ?? 10;
        ParameterSet parameters = ParameterSet.NationalWithConventions;
        if (root.Optional("parameters") is { } p)
        {
            string file = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", p.AsString());
            if (!File.Exists(file))
            {
                throw p.Error($"parameter file '{p.AsString()}' not found (looked for {file})");
            }

            parameters = ParameterFiles.Load(file, ParameterSet.NationalWithConventions);
        }

        EmployeeStart? employee = root.Optional("employee") is { } e ? ReadEmployee(e) : null;
        ResidentStart? resident = root.Optional("resident") is { } r ? ReadResident(r) : null;
        ProjectionAssumptions baseline = root.Optional("assumptions") is { } a ? ReadAssumptions(a) : new ProjectionAssumptions();
        var scenarios = new List<Scenario>();
        if (root.Optional("scenarios") is { } s)
        {
            foreach (DataNode item in s.AsSequence())
            {
                scenarios.AddRange(ReadScenario(item));
            }
        }

        StressAssumptions? stress = root.Optional("stress") is { } st ? ReadStress(st) : null;
        double delta = 0.01;
        if (root.Optional("sensitivity") is { } sens)
        {
            sens.ExpectKind(DataNodeKind.Mapping).EnsureOnly("delta");
            delta = Proportion(sens.Required("delta"));
        }

        var history = new List<HistoryInput>();
        if (root.Optional("history") is { } h)
        {
            foreach (DataNode item in h.AsSequence())
            {
                history.Add(ReadHistory(item));
            }
        }

        ProjectionStart? start = employee is null && resident is null ? null : new ProjectionStart { Region = region, BaseYear = baseYear, Employee = employee, Resident = resident };
        string title = root.Optional("name")?.AsString() ?? $"{region} {baseYear}";
        return new ProjectionInput(title, path, start, baseline, horizon, parameters, scenarios, stress, delta, history);
    }

    private static EmployeeStart ReadEmployee(DataNode n)
    {
        n.ExpectKind(DataNodeKind.Mapping).EnsureOnly("pooledBalance", "personalAccountBalance", "inService", "retired", "averageMonthlyBase", "employerRate", "individualRate", "premiumIncome", "pooledBenefits", "retiredCostWeight", "retireeAccountCredit");
        return new EmployeeStart
        {
            PooledBalance = n.Required("pooledBalance").AsMoney(MoneyUnit.Yuan),
            PersonalAccountBalance = n.Required("personalAccountBalance").AsMoney(MoneyUnit.Yuan),
            InService = n.Required("inService").AsHeadcount(),
            Retired = n.Required("retired").AsHeadcount(),
            AverageMonthlyBase = n.Required("averageMonthlyBase").AsMoney(MoneyUnit.Yuan),
            EmployerRate = n.Required("employerRate").AsRate(),
            IndividualRate = n.Required("individualRate").AsRate(),
            PremiumIncome = n.Required("premiumIncome").AsMoney(MoneyUnit.Yuan),
            PooledBenefits = n.Required("pooledBenefits").AsMoney(MoneyUnit.Yuan),
            RetiredCostWeight = Number(n.Required("retiredCostWeight")),
            RetireeAccountCredit = n.Optional("retireeAccountCredit")?.AsMoney(MoneyUnit.Yuan) ?? Money.Zero,
        };
    }

    private static ResidentStart ReadResident(DataNode n)
    {
        n.ExpectKind(DataNodeKind.Mapping).EnsureOnly("balance", "benefits", "individualContributionLag", "cohorts");
        var cohorts = new List<ResidentCohortStart>();
        foreach (DataNode c in n.Required("cohorts").AsSequence())
        {
            c.ExpectKind(DataNodeKind.Mapping).EnsureOnly("name", "count", "costWeight");
            cohorts.Add(new ResidentCohortStart(c.Required("name").AsString(), c.Required("count").AsHeadcount(), c.Optional("costWeight") is { } w ? Number(w) : 1.0));
        }

        return new ResidentStart
        {
            Balance = n.Required("balance").AsMoney(MoneyUnit.Yuan),
            Benefits = n.Required("benefits").AsMoney(MoneyUnit.Yuan),
            IndividualContributionLag = n.Optional("individualContributionLag")?.AsInt() ?? 0,
            Cohorts = cohorts,
        };
    }

    private static readonly string[] AssumptionKeys =
    [
        "name", "description", "contributionBaseGrowth", "inServiceJoinRate", "inServiceLeaveRate", "retirementRate", "retireeMortality",
        "inServiceCostGrowth", "retiredCostGrowth", "residentCostGrowth", "residentCohortCostGrowth", "residentCohortGrowth",
        "personalAccountDrawdown", "interestRate", "utilisation", "subsidyExtrapolation", "individualExtrapolation",
    ];

    private static ProjectionAssumptions ReadAssumptions(DataNode n)
    {
        n.ExpectKind(DataNodeKind.Mapping).EnsureOnly(AssumptionKeys);
        double P(string key, double fallback = 0) => n.Optional(key) is { } v ? Proportion(v) : fallback;
        return new ProjectionAssumptions
        {
            Name = n.Optional("name")?.AsString() ?? "baseline",
            Description = n.Optional("description")?.AsString(),
            ContributionBaseGrowth = P("contributionBaseGrowth"),
            InServiceJoinRate = P("inServiceJoinRate"),
            InServiceLeaveRate = P("inServiceLeaveRate"),
            RetirementRate = P("retirementRate"),
            RetireeMortality = P("retireeMortality"),
            InServiceCostGrowth = P("inServiceCostGrowth"),
            RetiredCostGrowth = P("retiredCostGrowth"),
            ResidentCostGrowth = P("residentCostGrowth"),
            ResidentCohortCostGrowth = Map(n.Optional("residentCohortCostGrowth")),
            ResidentCohortGrowth = Map(n.Optional("residentCohortGrowth")),
            PersonalAccountDrawdown = P("personalAccountDrawdown"),
            InterestRate = P("interestRate"),
            Utilisation = n.Optional("utilisation") is { } u ? Number(u) : 1.0,
            SubsidyExtrapolation = n.Optional("subsidyExtrapolation") is { } se ? Rule(se) : ExtrapolationRule.LastIncrement,
            IndividualExtrapolation = n.Optional("individualExtrapolation") is { } ie ? Rule(ie) : ExtrapolationRule.HoldLastValue,
        };
    }

    private static IEnumerable<Scenario> ReadScenario(DataNode n)
    {
        if (n.IsScalar)
        {
            string name = n.AsString();
            if (name == "standard")
            {
                return Scenario.Standard;
            }

            Scenario? known = Scenario.Standard.FirstOrDefault(s => s.Name == name);
            return known is null ? throw n.Error($"'{name}' is not a standard scenario ({string.Join(", ", Scenario.Standard.Select(s => s.Name))}, or 'standard' for all); define it with name and shifts") : [known];
        }

        n.ExpectKind(DataNodeKind.Mapping).EnsureOnly("name", "description", "shifts");
        var shifts = new List<AssumptionShift>();
        foreach (DataMember m in n.Required("shifts").AsMapping())
        {
            string key = m.Key;
            string? cohort = null;
            int bracket = key.IndexOf('[', StringComparison.Ordinal);
            if (bracket > 0 && key.EndsWith(']'))
            {
                cohort = key[(bracket + 1)..^1];
                key = key[..bracket];
            }

            if (!AssumptionShift.TryParseKind(key, out AssumptionKind kind))
            {
                throw m.Value.Error($"'{m.Key}' is not an assumption a scenario can shift ({string.Join(", ", Enum.GetValues<AssumptionKind>().Select(AssumptionShift.NameOf))})");
            }

            shifts.Add(new AssumptionShift(kind, Proportion(m.Value), cohort));
        }

        return [new Scenario(n.Required("name").AsString(), shifts, n.Optional("description")?.AsString())];
    }

    private static StressAssumptions ReadStress(DataNode n)
    {
        n.ExpectKind(DataNodeKind.Mapping).EnsureOnly("paths", "seed", "contributionBaseGrowthSd", "costGrowthSd", "utilisationSd");
        var defaults = new StressAssumptions();
        return new StressAssumptions
        {
            Paths = n.Optional("paths")?.AsInt() ?? defaults.Paths,
            Seed = n.Optional("seed")?.AsLong() ?? defaults.Seed,
            ContributionBaseGrowthSd = n.Optional("contributionBaseGrowthSd") is { } b ? Proportion(b) : defaults.ContributionBaseGrowthSd,
            CostGrowthSd = n.Optional("costGrowthSd") is { } c ? Proportion(c) : defaults.CostGrowthSd,
            UtilisationSd = n.Optional("utilisationSd") is { } u ? Proportion(u) : defaults.UtilisationSd,
        };
    }

    private static HistoryInput ReadHistory(DataNode n)
    {
        n.ExpectKind(DataNodeKind.Mapping).EnsureOnly("name", "frequency", "start", "values", "models");
        string name = n.Required("name").AsString();
        string frequency = n.Optional("frequency")?.AsString() ?? "yearly";
        DataNode startNode = n.Required("start");
        double[] values = [.. n.Required("values").AsSequence().Select(Number)];
        TrendSeries series;
        try
        {
            if (frequency == "yearly")
            {
                series = TrendSeries.Yearly(name, startNode.AsInt(), values);
            }
            else if (frequency == "quarterly")
            {
                (int year, int quarter) = Quarter(startNode);
                series = TrendSeries.Quarterly(name, year, quarter, values);
            }
            else
            {
                throw n.Required("frequency").Error($"'{frequency}' is not a frequency; use yearly or quarterly");
            }
        }
        catch (ForecastInputException e)
        {
            throw n.Error(e.Message, e);
        }

        var models = new List<TrendModel>();
        if (n.Optional("models") is { } ms)
        {
            foreach (DataNode m in ms.AsSequence())
            {
                models.Add(m.AsString() switch
                {
                    "linear" => TrendModel.Linear,
                    "log-linear" => TrendModel.LogLinear,
                    "damped" => TrendModel.DampedTrend,
                    string other => throw m.Error($"'{other}' is not a trend model; use linear, log-linear or damped"),
                });
            }
        }

        return new HistoryInput(series, models);
    }

    /// <summary>A CSV history: header series,period,value; periods "2021" or "2021Q3", consecutive within a series.</summary>
    private static ProjectionInput FromCsv(string path)
    {
        string text = DataNodeAmounts.ReadText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        var rows = new List<(string Series, string Period, double Value, int Line)>();
        try
        {
            using var reader = new StringReader(text);
            using var csv = new CsvReader(reader, configuration);
            csv.Read();
            csv.ReadHeader();
            string[] header = csv.HeaderRecord ?? [];
            string[] columns = ["series", "period", "value"];
            for (int c = 0; c < header.Length; c++)
            {
                if (Array.IndexOf(columns, header[c]) < 0)
                {
                    throw new InputException($"unknown column '{header[c]}' (allowed: series, period, value, in that order).", path, 1, c + 1);
                }
            }

            if (!header.SequenceEqual(columns))
            {
                throw new InputException($"the header is '{string.Join(",", header)}'; a history CSV has the columns series,period,value, in that order.", path, 1, 1);
            }

            while (csv.Read())
            {
                int line = csv.Parser.Row;
                string value = csv.GetField(2) ?? string.Empty;
                if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    throw new InputException($"value '{value}' is not a number.", path, line, 3);
                }

                rows.Add((csv.GetField(0) ?? string.Empty, csv.GetField(1) ?? string.Empty, v, line));
            }
        }
        catch (CsvHelperException e)
        {
            throw new InputException("is not a valid CSV table: " + e.Message.Split('\n')[0], path, inner: e);
        }

        var history = new List<HistoryInput>();
        foreach (IGrouping<string, (string Series, string Period, double Value, int Line)> g in rows.GroupBy(r => r.Series))
        {
            var items = g.ToList();
            bool quarterly = items[0].Period.Contains('Q', StringComparison.Ordinal);
            int Index((string Series, string Period, double Value, int Line) r)
            {
                string p = r.Period;
                if (quarterly)
                {
                    int q = p.IndexOf('Q', StringComparison.Ordinal);
                    if (q == 4 && int.TryParse(p[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y) && int.TryParse(p[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int qq) && qq is >= 1 and <= 4)
                    {
                        return (y * 4) + qq - 1;
                    }
                }
                else if (int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
                {
                    return year;
                }

                throw new InputException($"period '{p}' of series {g.Key} is not {(quarterly ? "a quarter like 2021Q3" : "a year like 2021")}.", path, r.Line, 2);
            }

            int first = Index(items[0]);
            for (int i = 1; i < items.Count; i++)
            {
                if (Index(items[i]) != first + i)
                {
                    throw new InputException($"series {g.Key}: period {items[i].Period} does not follow {items[i - 1].Period}; periods must be consecutive.", path, items[i].Line, 2);
                }
            }

            double[] values = [.. items.Select(r => r.Value)];
            try
            {
                TrendSeries series = quarterly ? TrendSeries.Quarterly(g.Key, first / 4, (first % 4) + 1, values) : TrendSeries.Yearly(g.Key, first, values);
                history.Add(new HistoryInput(series, []));
            }
            catch (ForecastInputException e)
            {
                throw new InputException(e.Message, path, items[0].Line);
            }
        }

        if (history.Count == 0)
        {
            throw new InputException("has no rows: give at least one series.", path);
        }

        return new ProjectionInput("history " + Path.GetFileName(path), path, null, new ProjectionAssumptions(), 10, ParameterSet.NationalWithConventions, [], null, 0.01, history);
    }

    private static (int Year, int Quarter) Quarter(DataNode n)
    {
        string t = n.AsString();
        int q = t.IndexOf('Q', StringComparison.Ordinal);
        if (q == 4 && int.TryParse(t[..4], NumberStyles.None, CultureInfo.InvariantCulture, out int y) && int.TryParse(t[5..], NumberStyles.None, CultureInfo.InvariantCulture, out int qq))
        {
            return (y, qq);
        }

        throw n.Error($"'{t}' is not a quarter; write it like 2021Q3");
    }

    private static ExtrapolationRule Rule(DataNode n)
    {
        try
        {
            return ExtrapolationRule.Parse(n.AsString());
        }
        catch (ForecastInputException e)
        {
            throw n.Error(e.Message, e);
        }
    }

    private static Dictionary<string, double> Map(DataNode? n)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        if (n is null)
        {
            return map;
        }

        foreach (DataMember m in n.AsMapping())
        {
            map[m.Key] = Proportion(m.Value);
        }

        return map;
    }

    /// <summary>A proportion written "6%", "+1pp", "-0.5pp" or as a plain number (0.06).</summary>
    private static double Proportion(DataNode n)
    {
        string t = n.AsString().Trim();
        double scale = 1;
        if (t.EndsWith("pp", StringComparison.Ordinal))
        {
            t = t[..^2];
            scale = 0.01;
        }
        else if (t.EndsWith('%'))
        {
            t = t[..^1];
            scale = 0.01;
        }

        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
        {
            throw n.Error($"'{n.AsString()}' is not a rate; write 6%, +1pp or 0.06");
        }

        return v * scale;
    }

    private static double Number(DataNode n)
    {
        string t = n.AsString().Trim();
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || !double.IsFinite(v))
        {
            throw n.Error($"'{t}' is not a finite number");
        }

        return v;
    }
}
