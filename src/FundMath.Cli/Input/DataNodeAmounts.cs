using System;
using System.Globalization;
using System.IO;
using FundMath.Data;
using FundMath.Yaml;

namespace FundMath.Cli.Input;

/// <summary>Reading report inputs through the FundMath.Data layer: amounts in a document's default unit, files that exist.</summary>
internal static class DataNodeAmounts
{
    /// <summary>
    /// An exact amount: a plain number in <paramref name="defaultUnit"/> (30.89 with unit 亿元), or text with its own
    /// unit ("3.86亿元", "84,555万元"). Digits below the fen are rejected.
    /// </summary>
    public static Money AsMoney(this DataNode node, MoneyUnit defaultUnit)
    {
        string text = node.AsString().Trim();
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal plain))
        {
            try
            {
                return Money.From(plain, defaultUnit);
            }
            catch (ArgumentException e)
            {
                throw node.Error($"{text} {UnitName(defaultUnit)} is not an exact amount ({e.Message})", e);
            }
        }

        return node.AsMoney();
    }

    /// <summary>A unit name: 元, 万元 or 亿元.</summary>
    public static MoneyUnit AsUnit(this DataNode node)
    {
        string text = node.AsString().Trim();
        return text switch
        {
            "元" or "yuan" => MoneyUnit.Yuan,
            "万元" or "wan" => MoneyUnit.Wan,
            "亿元" or "yi" => MoneyUnit.Yi,
            _ => throw node.Error($"'{text}' is not a money unit; use 元, 万元 or 亿元"),
        };
    }

    public static string UnitName(MoneyUnit unit) => unit switch
    {
        MoneyUnit.Wan => "万元",
        MoneyUnit.Yi => "亿元",
        _ => "元",
    };

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
