using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CsvHelper;
using CsvHelper.Configuration;
using FundMath.Benefits;
using FundMath.Cli.Input;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Yaml;

namespace FundMath.Cli.Benefits;

/// <summary>
/// Reads a claims file for <c>settle</c>: YAML/JSON (a list of rows, or a mapping with <c>claims:</c>, an optional default
/// <c>scheme:</c> and <c>parameters:</c> — a parameter file path relative to the claims file) or CSV (a header row with
/// id,person,date,scheme,kind,level,status,group,total,out_of_scope,class_b,reverses; empty cells are absent). The plans come
/// from <c>--params FILE</c> when given, else from the file's <c>parameters:</c>, layered over the national defaults.
/// </summary>
internal static class ClaimsInputReader
{
    private static readonly string[] CsvColumns = ["id", "person", "date", "scheme", "kind", "level", "status", "group", "total", "out_of_scope", "class_b", "reverses"];

    public static ClaimsInput Load(string path, string? paramsPath, string? scheme)
    {
        DataNodeAmounts.EnsureFile(path);
        BenefitScheme? defaultScheme = scheme is null ? null : scheme switch
        {
            "employee" => BenefitScheme.Employee,
            "resident" => BenefitScheme.Resident,
            _ => throw new InputException($"--scheme '{scheme}' is not a scheme; use employee or resident."),
        };
        DataNode root;
        string? fileParams = null;
        if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            root = ReadCsv(path);
        }
        else
        {
            root = DataNodeAmounts.Load(path);
            if (root.IsMapping && root.Optional("parameters") is { } p)
            {
                fileParams = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", p.AsString());
                root = DataNode.Mapping([.. WithoutParameters(root)], root.Location, root.Path);
            }
        }

        IReadOnlyList<BenefitClaimEntry> rows = BenefitClaimReader.Read(root, defaultScheme);
        string? source = paramsPath ?? fileParams;
        if (source is null)
        {
            throw new InputException("no benefit plans: give --params FILE (e.g. samples/parameters/ankang.yaml) or 'parameters: FILE' in the claims file.", path);
        }

        DataNodeAmounts.EnsureFile(source);
        ParameterSet parameters;
        try
        {
            parameters = ParameterFiles.Load(source, ParameterSet.National);
        }
        catch (IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, source, inner: e);
        }

        return new ClaimsInput(rows, parameters, source);
    }

    private static IEnumerable<DataMember> WithoutParameters(DataNode root)
    {
        foreach (DataMember m in root.Members)
        {
            if (m.Key != "parameters")
            {
                yield return m;
            }
        }
    }

    private static DataNode ReadCsv(string path)
    {
        string text = DataNodeAmounts.ReadText(path);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, DetectColumnCountChanges = true };
        var rows = new List<DataNode>();
        using var csv = new CsvReader(new StringReader(text), configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader())
            {
                throw new InputException("the CSV file is empty; expected a header row " + string.Join(",", CsvColumns) + ".", path, 1, 1);
            }

            string[] header = csv.HeaderRecord ?? [];
            for (int c = 0; c < header.Length; c++)
            {
                if (Array.IndexOf(CsvColumns, header[c]) < 0)
                {
                    throw new InputException($"unknown column '{header[c]}' (allowed: {string.Join(", ", CsvColumns)}).", path, 1, c + 1);
                }

                if (Array.IndexOf(header, header[c]) < c)
                {
                    throw new InputException($"column '{header[c]}' appears twice.", path, 1, c + 1);
                }
            }

            while (csv.Read())
            {
                int line = csv.Parser.RawRow;
                var members = new List<DataMember>();
                string rowPath = DataNode.ItemPath("claims", rows.Count);
                for (int c = 0; c < header.Length; c++)
                {
                    string field = csv.GetField(c) ?? string.Empty;
                    if (field.Length > 0)
                    {
                        var at = new SourceLocation(path, line, c + 1);
                        members.Add(new DataMember(header[c], at, DataNode.Scalar(field, DataScalarKind.Plain, at, DataNode.ChildPath(rowPath, header[c]))));
                    }
                }

                rows.Add(DataNode.Mapping(members, new SourceLocation(path, line, 1), rowPath));
            }
        }
        catch (CsvHelperException e)
        {
            int line = e.Context?.Parser?.RawRow ?? 0;
            string message = e.Message;
            int end = message.IndexOf('\n', StringComparison.Ordinal);
            throw new InputException("malformed CSV: " + (end > 0 ? message[..end] : message).Trim(), path, line, 0, e);
        }

        if (rows.Count == 0)
        {
            throw new InputException("the CSV file has a header but no rows.", path, 2, 1);
        }

        return DataNode.Sequence(rows, new SourceLocation(path, 1, 1), "claims");
    }
}
