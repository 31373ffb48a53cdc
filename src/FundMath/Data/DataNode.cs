using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NodaTime;

namespace FundMath.Data;

/// <summary>
/// An immutable, format-agnostic document node — 数据节点: a mapping, a sequence or a scalar, each carrying the
/// <see cref="SourceLocation"/> it was read from and its member <see cref="Path"/>, with typed accessors whose
/// errors are <see cref="DataFormatException"/>s naming file, line, column and member. Missing is never zero:
/// <see cref="Required(string)"/> throws when a member is absent.
/// </summary>
public sealed class DataNode
{
    private static readonly IReadOnlyList<DataNode> NoItems = Array.Empty<DataNode>();
    private static readonly IReadOnlyList<DataMember> NoMembers = Array.Empty<DataMember>();

    private readonly DataMember[]? members;
    private readonly Dictionary<string, int>? index;
    private readonly DataNode[]? items;

    private DataNode(DataNodeKind kind, SourceLocation location, string path, string? text, DataScalarKind scalarKind,
        DataMember[]? members, Dictionary<string, int>? index, DataNode[]? items)
    {
        Kind = kind;
        Location = location;
        Path = path ?? string.Empty;
        Text = text;
        ScalarKind = scalarKind;
        this.members = members;
        this.index = index;
        this.items = items;
    }

    /// <summary>The node's shape.</summary>
    public DataNodeKind Kind { get; }

    /// <summary>Where the node starts in its source.</summary>
    public SourceLocation Location { get; }

    /// <summary>The member path from the document root, e.g. "resident.subsidy" or "cases[2]"; empty for the root.</summary>
    public string Path { get; }

    /// <summary>For a scalar: its raw text (null for a null scalar); null for mappings and sequences.</summary>
    public string? Text { get; }

    /// <summary>For a scalar: what the source said about its type.</summary>
    public DataScalarKind ScalarKind { get; }

    /// <summary>True for a mapping.</summary>
    public bool IsMapping => Kind == DataNodeKind.Mapping;

    /// <summary>True for a sequence.</summary>
    public bool IsSequence => Kind == DataNodeKind.Sequence;

    /// <summary>True for a scalar (including null).</summary>
    public bool IsScalar => Kind == DataNodeKind.Scalar;

    /// <summary>True for a null scalar (JSON null, YAML null/~/empty).</summary>
    public bool IsNull => Kind == DataNodeKind.Scalar && ScalarKind == DataScalarKind.Null;

    /// <summary>A mapping's members in document order (empty for other kinds).</summary>
    public IReadOnlyList<DataMember> Members => members ?? NoMembers;

    /// <summary>A sequence's items in document order (empty for other kinds).</summary>
    public IReadOnlyList<DataNode> Items => items ?? NoItems;

    /// <summary>The number of members (mapping) or items (sequence); 0 for a scalar.</summary>
    public int Count => members?.Length ?? items?.Length ?? 0;

    /// <summary>Creates a scalar node.</summary>
    public static DataNode Scalar(string? text, DataScalarKind kind, SourceLocation location, string path = "")
    {
        ArgumentNullException.ThrowIfNull(path);
        if (kind == DataScalarKind.Null)
        {
            text = null;
        }
        else if (text is null)
        {
            throw new ArgumentNullException(nameof(text), "a non-null scalar needs its text");
        }

        return new(DataNodeKind.Scalar, location, path, text, kind, null, null, null);
    }

    /// <summary>Creates a sequence node.</summary>
    public static DataNode Sequence(IEnumerable<DataNode> items, SourceLocation location, string path = "")
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(path);
        DataNode[] array = [.. items];
        foreach (DataNode item in array)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
        }

        return new(DataNodeKind.Sequence, location, path, null, default, null, null, array);
    }

    /// <summary>Creates a mapping node, keeping member order.</summary>
    /// <exception cref="DataFormatException">Two members share a key; the message points at the second.</exception>
    public static DataNode Mapping(IEnumerable<DataMember> members, SourceLocation location, string path = "")
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(path);
        DataMember[] array = [.. members];
        var index = new Dictionary<string, int>(array.Length, StringComparer.Ordinal);
        for (int i = 0; i < array.Length; i++)
        {
            DataMember m = array[i];
            // A member's key and value are null only together, in default(DataMember).
            ArgumentNullException.ThrowIfNull(m.Key, nameof(members));
            if (!index.TryAdd(m.Key, i))
            {
                SourceLocation first = array[index[m.Key]].KeyLocation;
                throw new DataFormatException(m.KeyLocation, path,
                    $"duplicate key '{m.Key}' (first defined at line {first.Line}, column {first.Column})");
            }
        }

        return new(DataNodeKind.Mapping, location, path, null, default, array, index, null);
    }

    /// <summary>Joins a parent path and a member name: ("resident", "subsidy") → "resident.subsidy".</summary>
    public static string ChildPath(string parentPath, string key)
    {
        ArgumentNullException.ThrowIfNull(parentPath);
        ArgumentNullException.ThrowIfNull(key);
        return parentPath.Length == 0 ? key : parentPath + "." + key;
    }

    /// <summary>Joins a parent path and an item index: ("cases", 2) → "cases[2]".</summary>
    public static string ItemPath(string parentPath, int index)
    {
        ArgumentNullException.ThrowIfNull(parentPath);
        return parentPath + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
    }

    /// <summary>A required member of this mapping.</summary>
    /// <exception cref="DataFormatException">This is not a mapping, or the member is missing (missing is not zero).</exception>
    public DataNode Required(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ExpectKind(DataNodeKind.Mapping);
        if (index!.TryGetValue(name, out int i))
        {
            return members![i].Value;
        }

        throw Error($"missing required member '{name}'");
    }

    /// <summary>An optional member of this mapping, or null when absent.</summary>
    /// <exception cref="DataFormatException">This is not a mapping.</exception>
    public DataNode? Optional(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        ExpectKind(DataNodeKind.Mapping);
        return index!.TryGetValue(name, out int i) ? members![i].Value : null;
    }

    /// <summary>True when this is a mapping that has the member.</summary>
    public bool Has(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return index is not null && index.ContainsKey(name);
    }

    /// <summary>The mapping's members (throws when this is not a mapping).</summary>
    /// <exception cref="DataFormatException">This is not a mapping.</exception>
    public IReadOnlyList<DataMember> AsMapping()
    {
        ExpectKind(DataNodeKind.Mapping);
        return members!;
    }

    /// <summary>The sequence's items (throws when this is not a sequence).</summary>
    /// <exception cref="DataFormatException">This is not a sequence.</exception>
    public IReadOnlyList<DataNode> AsSequence()
    {
        ExpectKind(DataNodeKind.Sequence);
        return items!;
    }

    /// <summary>Strict validation: every member of this mapping must be one of <paramref name="allowed"/>.</summary>
    /// <exception cref="DataFormatException">An unknown member; the message lists the allowed names.</exception>
    public DataNode EnsureOnly(params string[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        ExpectKind(DataNodeKind.Mapping);
        foreach (DataMember m in members!)
        {
            if (Array.IndexOf(allowed, m.Key) < 0)
            {
                throw new DataFormatException(m.KeyLocation, Path,
                    $"unknown member '{m.Key}' (allowed: {string.Join(", ", allowed)})");
            }
        }

        return this;
    }

    /// <summary>Throws unless this node has the given kind.</summary>
    /// <exception cref="DataFormatException">The node has another kind.</exception>
    public DataNode ExpectKind(DataNodeKind kind)
    {
        if (Kind != kind)
        {
            throw Error($"expected a {Describe(kind)} but found {DescribeSelf()}");
        }

        return this;
    }

    /// <summary>A <see cref="DataFormatException"/> located at this node (for callers' own validation).</summary>
    public DataFormatException Error(string reason, Exception? inner = null)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(Location, Path, reason, inner);
    }

    /// <summary>The scalar's text as a string (plain, quoted, number and boolean scalars all qualify).</summary>
    /// <exception cref="DataFormatException">Not a scalar, or null.</exception>
    public string AsString() => ScalarText("a string");

    /// <summary>
    /// An exact amount: a number in 元 (280, 84554.76) or a string in report style ("3.86亿元", "84,555万元") via
    /// <see cref="Money.Parse(ReadOnlySpan{char})"/>. Digits below the fen are rejected.
    /// </summary>
    /// <exception cref="DataFormatException">Not a valid exact amount.</exception>
    public Money AsMoney() => Convert("a Money", static t => Money.Parse(t.AsSpan()));

    /// <summary>
    /// An exact amount in a document whose plain numbers are in <paramref name="defaultUnit"/>: 30.89 with
    /// 亿元 is 30.89亿元; text with its own unit ("3.86亿元", "84,555万元") keeps it. Read with the same strict
    /// scanner as <see cref="Money.Parse(ReadOnlySpan{char}, MoneyUnit)"/>: "1,46" and "1,2,3" are errors with
    /// their position, digits below the fen are rejected. Surrounding spaces are ignored.
    /// </summary>
    /// <exception cref="DataFormatException">Not a valid exact amount.</exception>
    public Money AsMoney(MoneyUnit defaultUnit) => defaultUnit switch
    {
        MoneyUnit.Wan => Convert("an amount (a number in 万元, or text with its unit)", static t => Money.Parse(t.AsSpan().Trim(), MoneyUnit.Wan)),
        MoneyUnit.Yi => Convert("an amount (a number in 亿元, or text with its unit)", static t => Money.Parse(t.AsSpan().Trim(), MoneyUnit.Yi)),
        _ => Convert("an amount (a number in 元, or text with its unit)", static t => Money.Parse(t.AsSpan().Trim(), MoneyUnit.Yuan)),
    };

    /// <summary>A money unit by name: 元 (or yuan), 万元 (wan), 亿元 (yi).</summary>
    /// <exception cref="DataFormatException">Not one of the names.</exception>
    public MoneyUnit AsMoneyUnit()
    {
        string text = ScalarText("a money unit");
        return MoneyUnitText.TryParse(text, out MoneyUnit unit)
            ? unit
            : throw Error($"'{Quote(text)}' is not a money unit; use 元, 万元 or 亿元 (or yuan, wan, yi)");
    }

    /// <summary>A rate written as a percentage ("8.7%") or an exact ratio ("1/3"); a bare number is ambiguous and rejected.</summary>
    /// <exception cref="DataFormatException">Not a valid rate.</exception>
    public Rate AsRate() => Convert("a Rate (e.g. \"8.7%\")", static t => Rate.Parse(t.AsSpan()));

    /// <summary>A headcount: persons (3019813) or "72.74万人" via <see cref="Headcount.Parse(ReadOnlySpan{char})"/>.</summary>
    /// <exception cref="DataFormatException">Not a valid headcount.</exception>
    public Headcount AsHeadcount() => Convert("a Headcount", static t => Headcount.Parse(t.AsSpan()));

    /// <summary>An exact fraction ("392/25", "15.68", "3").</summary>
    /// <exception cref="DataFormatException">Not a valid fraction.</exception>
    public Fraction AsFraction() => Convert("a Fraction", static t => Fraction.Parse(t.AsSpan()));

    /// <summary>Percentage points ("5pp", "-2.82pp").</summary>
    /// <exception cref="DataFormatException">Not valid percentage points.</exception>
    public PercentagePoints AsPercentagePoints() =>
        Convert("percentage points (e.g. \"5pp\")", static t => PercentagePoints.Parse(t.AsSpan()));

    /// <summary>An exact decimal ("8.70" keeps its scale), culture-invariant, no exponent.</summary>
    /// <exception cref="DataFormatException">Not a valid decimal.</exception>
    public decimal AsDecimal() => Convert("a decimal number", static t =>
        decimal.Parse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture));

    /// <summary>A 32-bit integer.</summary>
    /// <exception cref="DataFormatException">Not a valid integer.</exception>
    public int AsInt() => Convert("an integer", static t =>
        int.Parse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    /// <summary>A 64-bit integer.</summary>
    /// <exception cref="DataFormatException">Not a valid integer.</exception>
    public long AsLong() => Convert("an integer", static t =>
        long.Parse(t, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    /// <summary>An ISO date "2021-01-01".</summary>
    /// <exception cref="DataFormatException">Not a valid date.</exception>
    public LocalDate AsLocalDate() => Convert("a date (yyyy-MM-dd)", ParseIsoDate);

    // A strict yyyy-MM-dd parser: NodaTime's pattern engine costs tens of milliseconds to initialise, which
    // would dominate loading the embedded national defaults.
    private static LocalDate ParseIsoDate(string t)
    {
        if (t.Length != 10 || t[4] != '-' || t[7] != '-')
        {
            throw new FormatException("expected the form yyyy-MM-dd");
        }

        int year = Digits(t, 0, 4), month = Digits(t, 5, 2), day = Digits(t, 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            throw new FormatException($"{t} is not a calendar date");
        }

        return new LocalDate(year, month, day);
    }

    private static int Digits(string t, int start, int count)
    {
        int value = 0;
        for (int i = start; i < start + count; i++)
        {
            char c = t[i];
            if (c is < '0' or > '9')
            {
                throw new FormatException($"unexpected '{c}' at position {i + 1}");
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>A reporting period ("2021", "2021H1", "2021Q3", "2021-09") via <see cref="ReportingPeriod.Parse(ReadOnlySpan{char})"/>.</summary>
    /// <exception cref="DataFormatException">Not a valid period.</exception>
    public ReportingPeriod AsPeriod() => Convert("a reporting period (e.g. 2021Q3)", static t => ReportingPeriod.Parse(t.AsSpan()));

    /// <summary>A boolean: true or false.</summary>
    /// <exception cref="DataFormatException">Not true/false.</exception>
    public bool AsBool()
    {
        string t = ScalarText("a boolean");
        return t switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => throw Error($"expected a boolean (true/false) but found '{Quote(t)}'"),
        };
    }

    /// <summary>A short description such as "a mapping", "a sequence", "null" or "'abc'".</summary>
    public string DescribeSelf() => Kind switch
    {
        DataNodeKind.Mapping => "a mapping",
        DataNodeKind.Sequence => "a sequence",
        _ when ScalarKind == DataScalarKind.Null => "null",
        _ => "'" + Quote(Text!) + "'",
    };

    /// <summary>The scalar text, or the kind and location of a composite node.</summary>
    public override string ToString() => Kind == DataNodeKind.Scalar ? (Text ?? "null") : $"{DescribeSelf()} at {Location}";

    private T Convert<T>(string what, Func<string, T> parse)
    {
        string text = ScalarText(what);
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw Error($"expected {what} but found '{Quote(text)}' ({e.Message})", e);
        }
    }

    private string ScalarText(string what)
    {
        if (Kind != DataNodeKind.Scalar || Text is null)
        {
            throw Error($"expected {what} but found {DescribeSelf()}");
        }

        return Text;
    }

    private static string Describe(DataNodeKind kind) => kind switch
    {
        DataNodeKind.Mapping => "mapping",
        DataNodeKind.Sequence => "sequence",
        _ => "scalar",
    };

    private static string Quote(string text)
    {
        const int Max = 60;
        var sb = new StringBuilder(Math.Min(text.Length, Max) + 4);
        foreach (char c in text.Length > Max ? text.AsSpan(0, Max) : text.AsSpan())
        {
            sb.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", _ => c.ToString() });
        }

        if (text.Length > Max)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }
}
