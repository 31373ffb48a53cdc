using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FundMath.Cli.Input;

/// <summary>
/// A parsed JSON or YAML document as a small tree whose every node knows its file, line and column, so that a
/// wrong value deep in an input is reported where it is ("report.yaml:12:15: budget '3.x亿元' is not an amount").
/// </summary>
internal sealed class InputNode
{
    private InputNode(string file, int line, int column, string? scalar, Dictionary<string, InputNode>? map, List<InputNode>? list)
    {
        File = file;
        Line = line;
        Column = column;
        Scalar = scalar;
        Map = map;
        List = list;
    }

    public string File { get; }

    public int Line { get; }

    public int Column { get; }

    public string? Scalar { get; }

    public Dictionary<string, InputNode>? Map { get; }

    public List<InputNode>? List { get; }

    public InputException Error(string message) => new(message, File, Line, Column);

    /// <summary>Reads a .json, .yaml or .yml file.</summary>
    public static InputNode Load(string path)
    {
        string text = ReadText(path);
        string extension = Path.GetExtension(path).ToLowerInvariant();
        return extension is ".yaml" or ".yml" ? ParseYaml(text, path) : ParseJson(text, path);
    }

    public static string ReadText(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            throw new InputException(Directory.Exists(path) ? "is a directory, not a file." : "file not found.", path);
        }

        try
        {
            return System.IO.File.ReadAllText(path, Encoding.UTF8);
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

    public static InputNode ParseJson(string text, string file)
    {
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            if (!reader.Read())
            {
                throw new InputException("the file is empty; expected a JSON object.", file, 1, 1);
            }

            InputNode root = ReadJson(ref reader, bytes, file);
            if (reader.Read())
            {
                (int line, int column) = Locate(bytes, reader.TokenStartIndex);
                throw new InputException("unexpected content after the end of the JSON document.", file, line, column);
            }

            return root;
        }
        catch (JsonException e)
        {
            int line = (int)(e.LineNumber ?? 0) + 1;
            int column = (int)(e.BytePositionInLine ?? 0) + 1;
            throw new InputException("malformed JSON: " + TrimJsonMessage(e.Message), file, line, column, e);
        }
    }

    private static string TrimJsonMessage(string message)
    {
        int at = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ') + ".";
    }

    private static InputNode ReadJson(ref Utf8JsonReader reader, byte[] bytes, string file)
    {
        (int line, int column) = Locate(bytes, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new Dictionary<string, InputNode>(StringComparer.Ordinal);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    (int keyLine, int keyColumn) = Locate(bytes, reader.TokenStartIndex);
                    string key = reader.GetString()!;
                    reader.Read();
                    if (!map.TryAdd(key, ReadJson(ref reader, bytes, file)))
                    {
                        throw new InputException($"the key '{key}' appears twice.", file, keyLine, keyColumn);
                    }
                }

                return new InputNode(file, line, column, null, map, null);
            case JsonTokenType.StartArray:
                var list = new List<InputNode>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    list.Add(ReadJson(ref reader, bytes, file));
                }

                return new InputNode(file, line, column, null, null, list);
            case JsonTokenType.String:
                return new InputNode(file, line, column, reader.GetString(), null, null);
            case JsonTokenType.Number:
                return new InputNode(file, line, column, Encoding.UTF8.GetString(reader.ValueSpan), null, null);
            case JsonTokenType.True:
                return new InputNode(file, line, column, "true", null, null);
            case JsonTokenType.False:
                return new InputNode(file, line, column, "false", null, null);
            case JsonTokenType.Null:
                return new InputNode(file, line, column, null, null, null);
            default:
                throw new InputException($"unexpected JSON token {reader.TokenType}.", file, line, column);
        }
    }

    /// <summary>1-based line and column (in characters) of a byte offset.</summary>
    private static (int Line, int Column) Locate(byte[] bytes, long offset)
    {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        int column = Encoding.UTF8.GetCharCount(bytes, lineStart, (int)offset - lineStart) + 1;
        return (line, column);
    }

    public static InputNode ParseYaml(string text, string file)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            string message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            throw new InputException("malformed YAML: " + message.TrimEnd('.') + ".", file, (int)e.Start.Line, (int)e.Start.Column, e);
        }

        if (stream.Documents.Count == 0)
        {
            throw new InputException("the file is empty; expected a YAML mapping.", file, 1, 1);
        }

        return FromYaml(stream.Documents[0].RootNode, file);
    }

    private static InputNode FromYaml(YamlNode node, string file)
    {
        int line = (int)node.Start.Line;
        int column = (int)node.Start.Column;
        switch (node)
        {
            case YamlMappingNode mapping:
                var map = new Dictionary<string, InputNode>(StringComparer.Ordinal);
                foreach (var (key, value) in mapping.Children)
                {
                    string name = key is YamlScalarNode s ? s.Value ?? string.Empty : throw new InputException("a key must be a plain name.", file, (int)key.Start.Line, (int)key.Start.Column);
                    if (!map.TryAdd(name, FromYaml(value, file)))
                    {
                        throw new InputException($"the key '{name}' appears twice.", file, (int)key.Start.Line, (int)key.Start.Column);
                    }
                }

                return new InputNode(file, line, column, null, map, null);
            case YamlSequenceNode sequence:
                var list = new List<InputNode>();
                foreach (YamlNode child in sequence.Children)
                {
                    list.Add(FromYaml(child, file));
                }

                return new InputNode(file, line, column, null, null, list);
            case YamlScalarNode scalar:
                bool isNull = scalar.Style == ScalarStyle.Plain && (scalar.Value is null or "" or "~" or "null");
                return new InputNode(file, line, column, isNull ? null : scalar.Value, null, null);
            default:
                throw new InputException("aliases and tags are not supported in FundMath inputs.", file, line, column);
        }
    }

    // ---- typed access ----

    public InputNode? Optional(string key) => Map is null ? throw Error("expected a mapping (an object with named fields).") : Map.GetValueOrDefault(key);

    public InputNode Required(string key) => Optional(key) ?? throw Error($"the field '{key}' is missing.");

    public IReadOnlyList<InputNode> Items() => List ?? throw Error("expected a list.");

    public string Text() => Scalar ?? throw Error("expected a value, found " + (Map is not null ? "a mapping." : List is not null ? "a list." : "null."));

    public Money Money(MoneyUnit defaultUnit)
    {
        string text = Text().Trim();
        try
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out decimal plain))
            {
                return FundMath.Money.From(plain, defaultUnit);
            }

            return FundMath.Money.Parse(text);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw Error($"'{text}' is not an amount of money ({e.Message}).");
        }
    }

    public long Integer()
    {
        string text = Text().Trim();
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value)
            ? value
            : throw Error($"'{text}' is not a whole number.");
    }

    public Fraction Number()
    {
        string text = Text().Trim();
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            ? Fraction.FromDecimal(value)
            : throw Error($"'{text}' is not a number.");
    }

    public MoneyUnit Unit()
    {
        string text = Text().Trim();
        return text switch
        {
            "元" or "yuan" => MoneyUnit.Yuan,
            "万元" or "wan" => MoneyUnit.Wan,
            "亿元" or "yi" => MoneyUnit.Yi,
            _ => throw Error($"'{text}' is not a money unit; use 元, 万元 or 亿元."),
        };
    }
}
