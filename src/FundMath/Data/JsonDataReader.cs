using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace FundMath.Data;

/// <summary>
/// Reads JSON into a <see cref="DataNode"/> tree with a line and column on every node — JSON 读取器. Built on
/// <see cref="Utf8JsonReader"/> (no reflection; trimming/AOT safe). Numbers keep their raw text, so "8.70" stays
/// exact. Comments and trailing commas are tolerated. The <see cref="DataReaderLimits"/> bound the input size,
/// nesting, node count and string length. Every failure is a <see cref="DataFormatException"/>.
/// </summary>
public static class JsonDataReader
{
    /// <summary>The deepest nesting accepted by default (<see cref="DataReaderLimits.MaxDepth"/>).</summary>
    public const int MaxDepth = 128;

    /// <summary>Reads a JSON document from text.</summary>
    /// <exception cref="DataFormatException">The text is not valid JSON or passes a limit; the message gives line and column.</exception>
    public static DataNode Read(string text, string sourceName = "<string>", DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= DataReaderLimits.Default;
        limits.CheckText(text, sourceName);
        return Read(Encoding.UTF8.GetBytes(text), sourceName, limits);
    }

    /// <summary>Reads a JSON document from a stream (UTF-8, an optional BOM is skipped).</summary>
    /// <exception cref="DataFormatException">The stream is not valid JSON or passes a limit; the message gives line and column.</exception>
    public static DataNode Read(Stream stream, string sourceName, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= DataReaderLimits.Default;
        return Read(limits.ReadBounded(stream, sourceName), sourceName, limits);
    }

    /// <summary>Reads a JSON document from UTF-8 bytes.</summary>
    /// <exception cref="DataFormatException">The bytes are not valid JSON or pass a limit; the message gives line and column.</exception>
    public static DataNode Read(ReadOnlySpan<byte> utf8, string sourceName, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        limits = (limits ?? DataReaderLimits.Default).Validate();
        if (utf8.Length > limits.MaxInputBytes)
        {
            throw limits.InputTooLarge(sourceName, utf8.Length);
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var lines = new LineMap(utf8.ToArray(), sourceName);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = limits.MaxDepth,
        });
        var budget = new Budget(limits);
        try
        {
            if (!reader.Read())
            {
                throw new DataFormatException(new SourceLocation(sourceName, 1, 1), null, "the document is empty");
            }

            DataNode root = ReadValue(ref reader, lines, string.Empty, budget);
            if (reader.Read())
            {
                throw new DataFormatException(lines.At(reader.TokenStartIndex), null, "unexpected content after the document");
            }

            return root;
        }
        catch (JsonException e)
        {
            SourceLocation at = lines.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            throw new DataFormatException(at, null, "malformed JSON: " + FirstSentence(e.Message), e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or DecoderFallbackException)
        {
            SourceLocation at = lines.At(Math.Min(reader.TokenStartIndex, utf8.Length));
            throw new DataFormatException(at, null, "malformed JSON: " + FirstSentence(e.Message), e);
        }
    }

    private static DataNode ReadValue(ref Utf8JsonReader reader, LineMap lines, string path, Budget budget)
    {
        SourceLocation at = lines.At(reader.TokenStartIndex);
        budget.Count(at, path);
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
        {
            budget.CheckLength(ref reader, at, path);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                {
                    var members = new List<DataMember>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                    {
                        SourceLocation keyAt = lines.At(reader.TokenStartIndex);
                        budget.CheckLength(ref reader, keyAt, path);
                        string key = reader.GetString()!;
                        reader.Read();
                        members.Add(new DataMember(key, keyAt, ReadValue(ref reader, lines, DataNode.ChildPath(path, key), budget)));
                    }

                    return DataNode.Mapping(members, at, path);
                }

            case JsonTokenType.StartArray:
                {
                    var items = new List<DataNode>();
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        items.Add(ReadValue(ref reader, lines, DataNode.ItemPath(path, items.Count), budget));
                    }

                    return DataNode.Sequence(items, at, path);
                }

            case JsonTokenType.String:
                return DataNode.Scalar(reader.GetString()!, DataScalarKind.String, at, path);
            case JsonTokenType.Number:
                return DataNode.Scalar(Encoding.UTF8.GetString(reader.ValueSpan), DataScalarKind.Number, at, path);
            case JsonTokenType.True:
                return DataNode.Scalar("true", DataScalarKind.Boolean, at, path);
            case JsonTokenType.False:
                return DataNode.Scalar("false", DataScalarKind.Boolean, at, path);
            case JsonTokenType.Null:
                return DataNode.Scalar(null, DataScalarKind.Null, at, path);
            default:
                throw new DataFormatException(at, path, $"unexpected JSON token {reader.TokenType}");
        }
    }

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }

    /// <summary>Counts nodes and checks string lengths against the limits.</summary>
    private sealed class Budget(DataReaderLimits limits)
    {
        private long nodes;

        internal void Count(SourceLocation at, string path)
        {
            if (++nodes > limits.MaxNodes)
            {
                throw limits.TooManyNodes(at, path, viaAlias: false);
            }
        }

        internal void CheckLength(ref Utf8JsonReader reader, SourceLocation at, string path)
        {
            // The raw token is at least as long in bytes as the text in characters (escapes only shrink it), so a
            // short raw token never needs decoding to be measured.
            long raw = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
            if (raw <= limits.MaxScalarLength)
            {
                return;
            }

            long length = reader.TokenType == JsonTokenType.Number ? raw : reader.GetString()!.Length;
            if (length > limits.MaxScalarLength)
            {
                throw limits.ScalarTooLong(at, path, length);
            }
        }
    }

    /// <summary>Maps byte offsets to 1-based line and character column.</summary>
    private sealed class LineMap
    {
        private readonly byte[] bytes;
        private readonly List<int> starts = [0];
        private readonly string source;

        internal LineMap(byte[] bytes, string source)
        {
            this.bytes = bytes;
            this.source = source;
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }
        }

        internal SourceLocation At(long offset)
        {
            int o = (int)Math.Clamp(offset, 0, bytes.Length);
            int line = starts.BinarySearch(o);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return new SourceLocation(source, line + 1, Column(starts[line], o));
        }

        internal SourceLocation AtLine(long zeroBasedLine, long bytePositionInLine)
        {
            int line = (int)Math.Clamp(zeroBasedLine, 0, starts.Count - 1);
            int start = starts[line];
            int o = (int)Math.Clamp(start + bytePositionInLine, start, bytes.Length);
            return new SourceLocation(source, line + 1, Column(start, o));
        }

        private int Column(int lineStart, int offset)
        {
            // Count characters, not bytes: UTF-8 continuation bytes (10xxxxxx) do not start a character.
            int chars = 0;
            for (int i = lineStart; i < offset; i++)
            {
                if ((bytes[i] & 0xC0) != 0x80)
                {
                    chars++;
                }
            }

            return chars + 1;
        }
    }
}
