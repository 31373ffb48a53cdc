using System;
using System.Collections.Generic;
using System.IO;
using FundMath.Data;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FundMath.Yaml;

/// <summary>
/// Reads YAML into a <see cref="DataNode"/> tree with a line and column on every node — YAML 读取器. Built on
/// YamlDotNet's low-level parser events: scalars keep their raw text (8.70 stays "8.70", never binary floating point), anchors
/// and aliases are supported (an alias shares the anchored node), merge keys (&lt;&lt;) and complex keys are
/// rejected. Exactly one document per source. The <see cref="DataReaderLimits"/> bound the input size, nesting,
/// scalar length and the node count with every alias expanded (an alias "bomb" is refused, not walked). Every
/// failure is a <see cref="DataFormatException"/>.
/// </summary>
public static class YamlDataReader
{
    /// <summary>The deepest nesting accepted by default (<see cref="DataReaderLimits.MaxDepth"/>).</summary>
    public const int MaxDepth = 128;

    /// <summary>Reads a YAML document from text.</summary>
    /// <exception cref="DataFormatException">The text is not valid YAML or passes a limit; the message gives line and column.</exception>
    public static DataNode Read(string text, string sourceName = "<string>", DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= DataReaderLimits.Default;
        limits.CheckText(text, sourceName);
        using var reader = new StringReader(text);
        return Read(reader, sourceName!, limits);
    }

    /// <summary>Reads a YAML document from a stream (UTF-8 unless a BOM says otherwise).</summary>
    /// <exception cref="DataFormatException">The stream is not valid YAML or passes a limit; the message gives line and column.</exception>
    public static DataNode Read(Stream stream, string sourceName, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits ??= DataReaderLimits.Default;
        byte[] bytes = limits.ReadBounded(stream, sourceName);
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, sourceName!, limits);
    }

    /// <summary>Reads a YAML file; the path is the source name in messages.</summary>
    /// <exception cref="DataFormatException">The file is not valid YAML or passes a limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataNode ReadFile(string path, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return Read(stream, path, limits);
    }

    /// <summary>Reads a YAML document from a text reader (at most <see cref="DataReaderLimits.MaxInputBytes"/> characters).</summary>
    /// <exception cref="DataFormatException">The text is not valid YAML or passes a limit; the message gives line and column.</exception>
    public static DataNode Read(TextReader reader, string sourceName, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        limits = (limits ?? DataReaderLimits.Default).Validate();
        var state = new State(new Parser(new BoundedReader(reader, limits, sourceName)), sourceName, limits);
        try
        {
            return state.ReadStream();
        }
        catch (YamlException e)
        {
            var at = new SourceLocation(sourceName, ToInt(e.Start.Line), ToInt(e.Start.Column));
            throw new DataFormatException(at, null, "malformed YAML: " + Clean(e.Message), e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException
                                      && e is not DataFormatException)
        {
            throw new DataFormatException(state.LastLocation, null, "malformed YAML: " + e.Message, e);
        }
    }

    private static int ToInt(long value) => (int)Math.Clamp(value, 0, int.MaxValue);

    private static string Clean(string message)
    {
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the location is ours to print.
        int cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 && message.StartsWith("(Line", StringComparison.Ordinal) ? message[(cut + 3)..] : message;
    }

    /// <summary>Counts the characters the parser reads and refuses the input past the size limit.</summary>
    private sealed class BoundedReader(TextReader inner, DataReaderLimits limits, string source) : TextReader
    {
        private long read;

        public override int Peek() => inner.Peek();

        public override int Read()
        {
            int c = inner.Read();
            if (c >= 0)
            {
                Count(1);
            }

            return c;
        }

        public override int Read(char[] buffer, int index, int count) => Count(inner.Read(buffer, index, count));

        public override int Read(Span<char> buffer) => Count(inner.Read(buffer));

        private int Count(int n)
        {
            read += n;
            if (read > limits.MaxInputBytes)
            {
                throw limits.InputTooLarge(source);
            }

            return n;
        }
    }

    private sealed class State(IParser parser, string source, DataReaderLimits limits)
    {
        private readonly Dictionary<string, (DataNode Node, long Weight)> anchors = new(StringComparer.Ordinal);
        private long expanded;

        internal SourceLocation LastLocation { get; private set; } = new(source, 1, 1);

        internal DataNode ReadStream()
        {
            Expect<StreamStart>();
            if (Peek() is StreamEnd)
            {
                throw new DataFormatException(new SourceLocation(source, 1, 1), null, "the document is empty");
            }

            Expect<DocumentStart>();
            DataNode root = ReadNode(string.Empty, 0);
            Expect<DocumentEnd>();
            if (Peek() is not StreamEnd)
            {
                throw new DataFormatException(Where(Peek()), null, "expected a single YAML document but found another (---)");
            }

            return root;
        }

        private DataNode ReadNode(string path, int depth)
        {
            ParsingEvent e = Next();
            SourceLocation at = Where(e);
            if (depth >= limits.MaxDepth && e is SequenceStart or MappingStart)
            {
                throw limits.TooDeep(at, path);
            }

            long before = expanded;
            if (e is not AnchorAlias)
            {
                CountNodes(1, at, path, viaAlias: false);
            }

            switch (e)
            {
                case Scalar s:
                    CheckLength(s, at, path);
                    return Anchor(s.Anchor, DataNode.Scalar(s.Value, KindOf(s), at, path), before);
                case AnchorAlias alias:
                    if (anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        // The alias shares the anchored node, but whoever walks the tree walks it again: count it.
                        CountNodes(target.Weight, at, path, viaAlias: true);
                        return target.Node;
                    }

                    throw new DataFormatException(at, path, $"alias *{alias.Value.Value} refers to no earlier anchor");
                case SequenceStart seq:
                    {
                        var items = new List<DataNode>();
                        while (Peek() is not SequenceEnd)
                        {
                            items.Add(ReadNode(DataNode.ItemPath(path, items.Count), depth + 1));
                        }

                        Next();
                        return Anchor(seq.Anchor, DataNode.Sequence(items, at, path), before);
                    }

                case MappingStart map:
                    {
                        var members = new List<DataMember>();
                        while (Peek() is not MappingEnd)
                        {
                            ParsingEvent keyEvent = Next();
                            SourceLocation keyAt = Where(keyEvent);
                            if (keyEvent is not Scalar key)
                            {
                                throw new DataFormatException(keyAt, path, "mapping keys must be plain scalars (complex keys and aliases as keys are not supported)");
                            }

                            CheckLength(key, keyAt, path);
                            if (key.Value == "<<" && key.Style == ScalarStyle.Plain)
                            {
                                throw new DataFormatException(keyAt, path, "YAML merge keys (<<) are not supported; repeat the members instead");
                            }

                            members.Add(new DataMember(key.Value, keyAt, ReadNode(DataNode.ChildPath(path, key.Value), depth + 1)));
                        }

                        Next();
                        return Anchor(map.Anchor, DataNode.Mapping(members, at, path), before);
                    }

                default:
                    throw new DataFormatException(at, path, $"unexpected YAML event {e.GetType().Name}");
            }
        }

        private DataNode Anchor(AnchorName anchor, DataNode node, long before)
        {
            if (!anchor.IsEmpty)
            {
                anchors[anchor.Value] = (node, expanded - before);
            }

            return node;
        }

        private void CountNodes(long count, SourceLocation at, string path, bool viaAlias)
        {
            expanded += count;
            if (expanded > limits.MaxNodes)
            {
                throw limits.TooManyNodes(at, path, viaAlias);
            }
        }

        private void CheckLength(Scalar s, SourceLocation at, string path)
        {
            if (s.Value.Length > limits.MaxScalarLength)
            {
                throw limits.ScalarTooLong(at, path, s.Value.Length);
            }
        }

        private static DataScalarKind KindOf(Scalar s)
        {
            if (s.Style != ScalarStyle.Plain || (!s.Tag.IsEmpty && s.Tag.Value is "tag:yaml.org,2002:str" or "!!str"))
            {
                return DataScalarKind.String;
            }

            return s.Value switch
            {
                "" or "~" or "null" or "Null" or "NULL" => DataScalarKind.Null,
                "true" or "True" or "TRUE" or "false" or "False" or "FALSE" => DataScalarKind.Boolean,
                _ => DataScalarKind.Plain,
            };
        }

        private ParsingEvent? Peek()
        {
            // YamlDotNet's model: Current is the next unconsumed event (null before the first MoveNext and at the end).
            if (parser.Current is null && !parser.MoveNext())
            {
                return null;
            }

            return parser.Current;
        }

        private ParsingEvent Next()
        {
            ParsingEvent e = Peek() ?? throw new DataFormatException(LastLocation, null, "unexpected end of the YAML document");
            LastLocation = Where(e);
            parser.MoveNext();
            return e;
        }

        private T Expect<T>()
            where T : ParsingEvent
        {
            ParsingEvent e = Next();
            if (e is T t)
            {
                return t;
            }

            throw new DataFormatException(Where(e), null, $"expected {typeof(T).Name} but found {e.GetType().Name}");
        }

        private SourceLocation Where(ParsingEvent? e) =>
            e is null ? LastLocation : new SourceLocation(source, ToInt(e.Start.Line), ToInt(e.Start.Column));
    }
}
