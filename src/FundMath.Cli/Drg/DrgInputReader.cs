using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Cli.Input;
using FundMath.Data;
using FundMath.Drg;
using FundMath.Policies;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Cli.Drg;

/// <summary>
/// Reads the input of <c>fundmath drg FILE</c> (docs/cli.md): a YAML or JSON document with the rules' parameters,
/// the schemes' budgets and the groups, institutions and cases — each list inline or as a CSV file next to it.
/// </summary>
internal static class DrgInputReader
{
    private static readonly string[] TopMembers = ["title", "date", "year", "parameters", "rounding", "schemes", "groups", "institutions", "cases"];
    private static readonly string[] GroupFields = ["scheme", "id", "average_cost"];
    private static readonly string[] InstitutionFields = ["id", "name", "factor", "employee_reference", "resident_reference"];
    private static readonly string[] CaseFields = ["id", "scheme", "institution", "group", "cost", "factor"];

    public static DrgInput Load(string path)
    {
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            DataNodeAmounts.EnsureFile(path);
            throw new InputException("give the YAML or JSON document (budgets, parameters); its groups, institutions or cases may each be a CSV file.", path);
        }

        DataNode root = DataNodeAmounts.Load(path);

        root.ExpectKind(DataNodeKind.Mapping).EnsureOnly(TopMembers);
        string directory = Path.GetDirectoryName(path) ?? string.Empty;
        string title = root.Optional("title")?.AsString() ?? Path.GetFileName(path);
        LocalDate date = ReadDate(root);
        ParameterSet parameters = ReadParameters(root.Required("parameters"), directory);
        (MidpointRounding points, MidpointRounding money) = ReadRounding(root.Optional("rounding"));
        DrgPolicy policy;
        try
        {
            policy = DrgPolicy.FromParameters(parameters, date, points, money);
        }
        catch (ParameterNotFoundException e)
        {
            throw root.Required("parameters").Error(
                $"{e.Message.TrimEnd('.')}: the DRG rules (drg.*) are city parameters, not national ones — give a parameter file such as samples/parameters/drg-sample.yaml", e);
        }
        catch (ArgumentException e)
        {
            throw root.Required("parameters").Error(e.Message, e);
        }

        var sources = new Dictionary<string, IReadOnlyList<DrgRecordSource>>(StringComparer.Ordinal);
        (List<DrgSchemeBudget> budgets, List<DrgRecordSource> schemeSources) = ReadSchemes(root.Required("schemes"));
        sources["scheme"] = schemeSources;
        var groups = new List<DrgGroupRecord>();
        sources["group"] = ReadList(root.Required("groups"), directory, GroupFields, ["scheme", "id", "average_cost"], groups, ReadGroup);
        var institutions = new List<DrgInstitutionRecord>();
        sources["institution"] = ReadList(root.Required("institutions"), directory, InstitutionFields, ["id"], institutions, ReadInstitution);
        var cases = new List<DrgCaseRecord>();
        sources["case"] = ReadList(root.Required("cases"), directory, CaseFields, ["scheme", "institution", "group", "cost"], cases, ReadCase);
        return new DrgInput(title, date, policy, budgets, groups, institutions, cases, sources);
    }

    private static LocalDate ReadDate(DataNode root)
    {
        if (root.Optional("date") is { } date)
        {
            return date.AsLocalDate();
        }

        if (root.Optional("year") is { } year)
        {
            int y = year.AsInt();
            if (y < 1900 || y > 9998)
            {
                throw year.Error($"year {y} is outside 1900–9998");
            }

            return new LocalDate(y, 12, 31);
        }

        throw root.Error("give 'date' (the day whose rules apply, yyyy-MM-dd) or 'year' (its 31 December)");
    }

    private static ParameterSet ReadParameters(DataNode node, string directory)
    {
        ParameterSet set = ParameterSet.National;
        IReadOnlyList<DataNode> layers = node.IsSequence ? node.AsSequence() : [node];
        foreach (DataNode layer in layers)
        {
            if (layer.IsScalar)
            {
                string file = Path.Combine(directory, layer.AsString());
                if (!File.Exists(file))
                {
                    throw layer.Error($"parameter file '{layer.AsString()}' not found (looked for {file})");
                }

                try
                {
                    set = ParameterFiles.Load(file, set);
                }
                catch (IOException e)
                {
                    throw new InputException("cannot be read: " + e.Message, file, inner: e);
                }
            }
            else
            {
                set = ParameterSet.Read(layer, set, "inline parameters");
            }
        }

        return set;
    }

    private static (MidpointRounding Points, MidpointRounding Money) ReadRounding(DataNode? node)
    {
        if (node is null)
        {
            return (MidpointRounding.AwayFromZero, MidpointRounding.AwayFromZero);
        }

        node.ExpectKind(DataNodeKind.Mapping).EnsureOnly("points", "money");
        return (Mode(node.Optional("points")), Mode(node.Optional("money")));

        static MidpointRounding Mode(DataNode? n)
        {
            if (n is null)
            {
                return MidpointRounding.AwayFromZero;
            }

            string text = n.AsString();
            return Enum.TryParse(text, ignoreCase: false, out MidpointRounding mode) && Enum.IsDefined(mode) && !char.IsDigit(text[0])
                ? mode
                : throw n.Error($"'{text}' is not a rounding mode (AwayFromZero, ToEven, ToZero, ToNegativeInfinity, ToPositiveInfinity)");
        }
    }

    private static (List<DrgSchemeBudget>, List<DrgRecordSource>) ReadSchemes(DataNode node)
    {
        var budgets = new List<DrgSchemeBudget>();
        var sources = new List<DrgRecordSource>();
        foreach (DataMember member in node.ExpectKind(DataNodeKind.Mapping).AsMapping())
        {
            DrgScheme scheme = ParseScheme(member.Key) ?? throw new DataFormatException(member.KeyLocation, node.Path,
                $"unknown scheme '{member.Key}' (expected employee / 职工医保 or resident / 居民医保)");
            DataNode s = member.Value.ExpectKind(DataNodeKind.Mapping).EnsureOnly("budget", "reserve", "overall_average_cost");
            budgets.Add(new DrgSchemeBudget(scheme, s.Required("budget").AsMoney(), s.Optional("reserve")?.AsMoney(), s.Required("overall_average_cost").AsMoney()));
            sources.Add(DrgRecordSource.Of(s));
        }

        return (budgets, sources);
    }

    private delegate T RecordReader<T>(Func<string, string?> field, Func<string, Exception, Exception> error);

    // A list is inline (a sequence of mappings) or the name of a CSV file beside the document.
    private static List<DrgRecordSource> ReadList<T>(DataNode node, string directory, string[] fields, string[] required, List<T> into, RecordReader<T> read)
    {
        var sources = new List<DrgRecordSource>();
        if (node.IsScalar)
        {
            string file = Path.Combine(directory, node.AsString());
            if (!Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase))
            {
                throw node.Error($"'{node.AsString()}' is not a CSV file: give the list inline or a .csv file");
            }

            if (!File.Exists(file))
            {
                throw node.Error($"CSV file '{node.AsString()}' not found (looked for {file})");
            }

            ReadCsv(file, fields, required, into, read, sources);
            return sources;
        }

        foreach (DataNode item in node.AsSequence())
        {
            item.ExpectKind(DataNodeKind.Mapping).EnsureOnly(fields);
            foreach (string name in required)
            {
                item.Required(name);
            }

            into.Add(read(
                name => item.Optional(name) is { IsNull: false } v ? v.AsString() : null,
                (name, e) => (item.Optional(name) ?? item).Error(e.Message, e)));
            sources.Add(DrgRecordSource.Of(item));
        }

        return sources;
    }

    private static void ReadCsv<T>(string file, string[] fields, string[] required, List<T> into, RecordReader<T> read, List<DrgRecordSource> sources)
    {
        string text = DataNodeAmounts.ReadText(file);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        using var csv = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new InputException($"the CSV file is empty; expected a header row {string.Join(",", fields)}.", file, 1, 1);
            }

            string[] header = csv.HeaderRecord ?? [];
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int c = 0; c < header.Length; c++)
            {
                if (Array.IndexOf(fields, header[c]) < 0)
                {
                    throw new InputException($"unknown column '{header[c]}' (allowed: {string.Join(", ", fields)}).", file, 1, c + 1);
                }

                if (!columns.TryAdd(header[c], c + 1))
                {
                    throw new InputException($"column '{header[c]}' appears twice.", file, 1, c + 1);
                }
            }

            foreach (string name in required)
            {
                if (!columns.ContainsKey(name))
                {
                    throw new InputException($"the header has no '{name}' column (required: {string.Join(", ", required)}).", file, 1, 1);
                }
            }

            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                into.Add(read(
                    name => columns.ContainsKey(name) && csv.GetField(name) is { Length: > 0 } v ? v : null,
                    (name, e) => new InputException($"{name}: {e.Message}", file, line, columns.TryGetValue(name, out int col) ? col : 0, e)));
                sources.Add(DrgRecordSource.Of(file, line, columns));
            }
        }
        catch (CsvHelperException e)
        {
            int line = e.Context?.Parser?.RawRow ?? 0;
            string message = e.Message;
            int end = message.IndexOf('\n', StringComparison.Ordinal);
            throw new InputException("malformed CSV: " + (end > 0 ? message[..end] : message).Trim(), file, line, 0, e);
        }
    }

    private static DrgGroupRecord ReadGroup(Func<string, string?> field, Func<string, Exception, Exception> error) =>
        new(Scheme(field, error), Text(field, error, "id"), Amount(field, error, "average_cost"));

    private static DrgInstitutionRecord ReadInstitution(Func<string, string?> field, Func<string, Exception, Exception> error) =>
        new(Text(field, error, "id"), Factor(field, error), OptionalAmount(field, error, "employee_reference"),
            OptionalAmount(field, error, "resident_reference"), field("name"));

    private static DrgCaseRecord ReadCase(Func<string, string?> field, Func<string, Exception, Exception> error) =>
        new(field("id"), Scheme(field, error), Text(field, error, "institution"), Text(field, error, "group"), Amount(field, error, "cost"), Factor(field, error));

    private static string Text(Func<string, string?> field, Func<string, Exception, Exception> error, string name) =>
        field(name) ?? throw error(name, new FormatException($"{name} is empty"));

    private static DrgScheme Scheme(Func<string, string?> field, Func<string, Exception, Exception> error)
    {
        string text = Text(field, error, "scheme");
        return ParseScheme(text) ?? throw error("scheme", new FormatException($"unknown scheme '{text}' (expected employee / 职工医保 or resident / 居民医保)"));
    }

    private static Money Amount(Func<string, string?> field, Func<string, Exception, Exception> error, string name) =>
        OptionalAmount(field, error, name) ?? throw error(name, new FormatException($"{name} is empty"));

    private static Money? OptionalAmount(Func<string, string?> field, Func<string, Exception, Exception> error, string name)
    {
        string? text = field(name);
        if (text is null)
        {
            return null;
        }

        try
        {
            return Money.Parse(text.AsSpan());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw error(name, new FormatException($"'{text}' is not an amount of money ({e.Message})", e));
        }
    }

    private static Fraction Factor(Func<string, string?> field, Func<string, Exception, Exception> error)
    {
        string? text = field("factor");
        if (text is null)
        {
            return Fraction.One;
        }

        try
        {
            return Fraction.Parse(text.AsSpan());
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw error("factor", new FormatException($"'{text}' is not a factor such as 1.05 or 21/20 ({e.Message})", e));
        }
    }

    internal static DrgScheme? ParseScheme(string text) => text.Trim() switch
    {
        "employee" or "职工医保" or "职工" => DrgScheme.Employee,
        "resident" or "居民医保" or "居民" => DrgScheme.Resident,
        _ => null,
    };
}
