using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Cases;
using FundMath.Cli.Input;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Yaml;

namespace FundMath.Cli.Pooling;

/// <summary>
/// Reads the input of <c>fundmath pool FILE</c>: a city document (.yaml, .yml, .json; docs/pooling.md) or a CSV of
/// counties (one row per county, the same keys as headers, the city-level values from options), and the city's
/// parameter set — <c>--params FILE</c>, else the document's <c>parameter_file:</c> (looked for beside the file, then
/// beside each parent folder). Every problem is located: file:line:column and the member path.
/// </summary>
internal static class PoolInputReader
{
    private const string CommandLine = "command line";

    public static PoolInput Load(string path, PoolSettings settings)
    {
        DataNodeAmounts.EnsureFile(path);
        bool csv = Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase);
        if (!csv && settings.HasCityOptions)
        {
            throw new InputException("--scheme, --year, --opening, --interest, --unified-subsidy and --unit are for a CSV of counties; this file gives the city's values itself (scheme:, year:, collected_fund:, unit:).", path);
        }

        DataNode node = csv ? FromCsv(path, settings) : DataNodeAmounts.Load(path);
        PoolingCityDocument document = PoolingCityDocument.Read(node);
        PriorDeficitReading reading = settings.Reading switch
        {
            null => document.Reading ?? PriorDeficitReading.PercentagePoints,
            "share_of_share" => PriorDeficitReading.ShareOfShare,
            _ => PriorDeficitReading.PercentagePoints,
        };

        (ParameterSet parameters, string source) = Parameters(path, document, settings);
        return new PoolInput(document, parameters, source, reading);
    }

    private static (ParameterSet Set, string Source) Parameters(string path, PoolingCityDocument document, PoolSettings settings)
    {
        IReadOnlyList<string> files;
        if (settings.ParamsFiles is { Count: > 0 } given)
        {
            foreach (string file in given)
            {
                DataNodeAmounts.EnsureFile(file);
            }

            files = given;
        }
        else if (document.ParameterFile is { } node)
        {
            string relative = node.AsString();
            files = [CaseRunner.FindUpwards(path, relative)
                ?? throw node.Error($"parameter file '{relative}' not found beside {Path.GetFileName(path)} nor beside any parent folder (or give --params FILE)")];
        }
        else
        {
            throw new InputException(
                "no pooling rules: municipal pooling is a city's plan and the national parameters have none. Give the city's parameter set with --params FILE or parameter_file: in the file (e.g. samples/parameters/lishui.yaml).",
                path);
        }

        try
        {
            return (ParameterFiles.LoadLayers(files, ParameterSet.National), files[^1]);
        }
        catch (IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, files[^1], inner: e);
        }
    }

    /// <summary>A CSV of counties as a city document: the header row names the county keys; each non-empty cell is a member at its line and column.</summary>
    private static DataNode FromCsv(string path, PoolSettings settings)
    {
        if (settings.Scheme is null || settings.Year is null)
        {
            throw new InputException("a CSV of counties has no city-level values: give --scheme employee|resident and --year YYYY (and --opening, --interest, --unified-subsidy, --unit as needed).", path);
        }

        string text = DataNodeAmounts.ReadText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        var counties = new List<DataNode>();
        string[] header;
        using (var csvReader = new CsvReader(new StringReader(text), configuration))
        {
            try
            {
                if (!csvReader.Read() || !csvReader.ReadHeader())
                {
                    throw new InputException("the CSV file is empty; expected a header row such as name,previous_year_expenditure,accumulated_balance,previous_year_insured,pooled_financing,deficit,surplus.", path, 1, 1);
                }

                header = csvReader.HeaderRecord ?? [];
                if (Array.IndexOf(header, "name") < 0)
                {
                    throw new InputException("the header has no 'name' column: each row is a county and needs its name.", path, 1, 1);
                }

                int[] headerColumns = FieldColumns(csvReader.Parser.RawRecord, header.Length);
                IReadOnlyList<string> keys = PoolingCityDocument.CountyKeys;
                for (int c = 0; c < header.Length; c++)
                {
                    if (!keys.Contains(header[c]))
                    {
                        throw new InputException($"unknown column '{header[c]}' (allowed: {string.Join(", ", keys)}).", path, 1, headerColumns[c]);
                    }

                    if (Array.IndexOf(header, header[c]) < c)
                    {
                        throw new InputException($"column '{header[c]}' appears twice.", path, 1, headerColumns[c]);
                    }
                }

                while (csvReader.Read())
                {
                    int line = csvReader.Parser.RawRow;
                    int[] columns = FieldColumns(csvReader.Parser.RawRecord, header.Length);
                    string itemPath = DataNode.ItemPath("counties", counties.Count);
                    var members = new List<DataMember>();
                    for (int c = 0; c < header.Length; c++)
                    {
                        string field = csvReader.GetField(c) ?? string.Empty;
                        if (field.Length == 0)
                        {
                            continue;
                        }

                        var at = new SourceLocation(path, line, columns[c]);
                        members.Add(new DataMember(header[c], new SourceLocation(path, 1, headerColumns[c]), DataNode.Scalar(field, DataScalarKind.Plain, at, DataNode.ChildPath(itemPath, header[c]))));
                    }

                    counties.Add(DataNode.Mapping(members, new SourceLocation(path, line, 1), itemPath));
                }
            }
            catch (CsvHelperException e)
            {
                int line = e.Context?.Parser?.RawRow ?? 0;
                string message = e.Message;
                int end = message.IndexOf('\n', StringComparison.Ordinal);
                throw new InputException("malformed CSV: " + (end > 0 ? message[..end] : message).Trim(), path, line, 0, e);
            }
        }

        if (counties.Count == 0)
        {
            throw new InputException("the CSV file has a header but no counties.", path, 2, 1);
        }

        SourceLocation option = SourceLocation.OfSource(CommandLine);
        var root = new List<DataMember>
        {
            Option("scheme", settings.Scheme, option),
            Option("year", settings.Year.Value.ToString(CultureInfo.InvariantCulture), option),
            Option("unit", settings.Unit ?? "元", option),
            new("counties", new SourceLocation(path, 1, 1), DataNode.Sequence(counties, new SourceLocation(path, 2, 1), "counties")),
        };
        var fund = new List<DataMember>();
        if (settings.Opening is { } opening)
        {
            fund.Add(Option("opening", opening, option, "collected_fund"));
        }

        if (settings.Interest is { } interest)
        {
            fund.Add(Option("interest", interest, option, "collected_fund"));
        }

        if (fund.Count > 0)
        {
            root.Add(new DataMember("collected_fund", option, DataNode.Mapping(fund, option, "collected_fund")));
        }

        if (settings.Unified is { } unified)
        {
            root.Add(Option("unified_subsidy_standard", unified, option));
        }

        return DataNode.Mapping(root, SourceLocation.OfSource(path), string.Empty);
    }

    private static DataMember Option(string key, string value, SourceLocation at, string parent = "") =>
        new(key, at, DataNode.Scalar(value, DataScalarKind.Plain, at, DataNode.ChildPath(parent, "--" + key.Replace('_', '-'))));

    // The 1-based column (in characters) where each field of a raw CSV record starts; commas inside quotes do not split.
    private static int[] FieldColumns(string record, int count)
    {
        var columns = new int[count];
        int index = 0;
        bool quoted = false;
        columns[0] = 1;
        for (int i = 0; i < record.Length && index < count - 1; i++)
        {
            char ch = record[i];
            if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                columns[++index] = i + 2;
            }
        }

        return columns;
    }
}
