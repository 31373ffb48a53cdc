using System;
using System.IO;
using FundMath.Data;
using FundMath.Yaml;

namespace FundMath.Cli.Input;

/// <summary>Reading report inputs through the FundMath.Data layer: amounts in a document's default unit, files that exist.</summary>
internal static class DataNodeAmounts
{
    /// <summary>
    /// An exact amount: a plain number in <paramref name="defaultUnit"/> (30.89 with unit 亿元), or text with its own
    /// unit ("3.86亿元", "84,555万元"). The library's strict amount scanner: bad grouping ("1,46") is an error with
    /// its position; digits below the fen are rejected.
    /// </summary>
    public static Money AsMoney(this DataNode node, MoneyUnit defaultUnit) => node.AsMoney(defaultUnit);

    /// <summary>A unit name: 元, 万元 or 亿元 (or yuan, wan, yi).</summary>
    public static MoneyUnit AsUnit(this DataNode node) => node.AsMoneyUnit();

    /// <summary>The unit's suffix: 元, 万元 or 亿元.</summary>
    public static string UnitName(MoneyUnit unit) => unit.Suffix();

    /// <summary>Loads a .json/.yaml/.yml file, with a clear error when it does not exist.</summary>
    public static DataNode Load(string path)
    {
        EnsureFile(path);
        try
        {
            return DataFiles.Load(path);
        }
        catch (IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
    }

    public static void EnsureFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(Directory.Exists(path) ? "is a directory, not a file." : "file not found.", path);
        }
    }

    /// <summary>Reads a text input (CSV) within the readers' size limit (<see cref="DataReaderLimits.MaxInputBytes"/>).</summary>
    public static string ReadText(string path)
    {
        EnsureFile(path);
        try
        {
            long length = new FileInfo(path).Length;
            if (length > DataReaderLimits.Default.MaxInputBytes)
            {
                throw DataReaderLimits.Default.InputTooLarge(path, length);
            }

            return File.ReadAllText(path, System.Text.Encoding.UTF8);
        }
        catch (IOException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InputException("cannot be read: " + e.Message, path, inner: e);
        }
    }
}
