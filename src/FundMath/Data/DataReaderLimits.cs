using System;
using System.Globalization;

namespace FundMath.Data;

/// <summary>
/// The resource limits every FundMath reader enforces on its input — 读取限制: input size, nesting depth, node
/// count (YAML aliases counted once per use, so an alias "bomb" is refused before anything walks it) and scalar
/// length. Past a limit the reader throws a <see cref="DataFormatException"/> naming the source and the limit, so
/// a hostile or broken file costs bounded time and memory. <see cref="Default"/> fits every real fund report,
/// parameter file and case file by orders of magnitude; pass your own to a reader for larger batch inputs.
/// </summary>
public sealed record DataReaderLimits
{
    /// <summary>The limits the readers use when none are given (values in docs/data.md).</summary>
    public static DataReaderLimits Default { get; } = new();

    /// <summary>
    /// The largest input accepted, in bytes (UTF-8 for text inputs): 4 MiB by default (a city's annual report
    /// transcribed in full is 10–100 KB). A file over it is refused before it is parsed.
    /// </summary>
    public long MaxInputBytes { get; init; } = 4L * 1024 * 1024;

    /// <summary>The deepest nesting of mappings and sequences accepted: 128 by default, at most 1,000 (the readers recurse).</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>
    /// The most nodes (mappings, sequences and scalars) a document may expand to, counting a YAML alias as a copy of
    /// everything its anchor holds each time it is used: 1,000,000 by default.
    /// </summary>
    public long MaxNodes { get; init; } = 1_000_000;

    /// <summary>The longest scalar (or mapping key) accepted, in characters: 1,048,576 (1 Mi) by default.</summary>
    public int MaxScalarLength { get; init; } = 1024 * 1024;

    /// <summary>Checks that every limit is positive (and MaxDepth at most 1,000); returns this.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is zero or negative, or MaxDepth is over 1,000.</exception>
    public DataReaderLimits Validate()
    {
        if (MaxInputBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxInputBytes), MaxInputBytes, $"MaxInputBytes {MaxInputBytes} must be positive.");
        }

        if (MaxDepth is <= 0 or > 1000)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDepth), MaxDepth, $"MaxDepth {MaxDepth} must be between 1 and 1000.");
        }

        if (MaxNodes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxNodes), MaxNodes, $"MaxNodes {MaxNodes} must be positive.");
        }

        if (MaxScalarLength <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxScalarLength), MaxScalarLength, $"MaxScalarLength {MaxScalarLength} must be positive.");
        }

        return this;
    }

    /// <summary>
    /// Reads a stream to its end, refusing it as soon as it passes <see cref="MaxInputBytes"/> (a seekable stream is
    /// measured before anything is read), so an endless or huge stream costs at most the limit.
    /// </summary>
    /// <exception cref="DataFormatException">The stream holds more than <see cref="MaxInputBytes"/> bytes.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is invalid (see <see cref="Validate"/>).</exception>
    public byte[] ReadBounded(System.IO.Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        Validate();
        if (stream.CanSeek)
        {
            long remaining = stream.Length - stream.Position;
            if (remaining > MaxInputBytes)
            {
                throw InputTooLarge(sourceName, remaining);
            }
        }

        using var buffer = new System.IO.MemoryStream();
        byte[] chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxInputBytes)
            {
                throw InputTooLarge(sourceName);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>Throws <see cref="InputTooLarge(string, long)"/> when <paramref name="text"/> is over <see cref="MaxInputBytes"/> in UTF-8.</summary>
    /// <exception cref="DataFormatException">The text is over the limit.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit is invalid (see <see cref="Validate"/>).</exception>
    public void CheckText(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        Validate();
        if (text.Length > MaxInputBytes)
        {
            throw InputTooLarge(sourceName, System.Text.Encoding.UTF8.GetByteCount(text));
        }

        if ((long)text.Length * 3 > MaxInputBytes && System.Text.Encoding.UTF8.GetByteCount(text) is int bytes && bytes > MaxInputBytes)
        {
            throw InputTooLarge(sourceName, bytes);
        }
    }

    /// <summary>The error for an input of <paramref name="bytes"/> bytes that exceeds <see cref="MaxInputBytes"/>.</summary>
    public DataFormatException InputTooLarge(string sourceName, long bytes)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return new(SourceLocation.OfSource(sourceName), null,
            $"the input is {Bytes(bytes)}, over the limit of {Bytes(MaxInputBytes)} (DataReaderLimits.MaxInputBytes)");
    }

    /// <summary>The error for an input whose size is only known to exceed <see cref="MaxInputBytes"/>.</summary>
    public DataFormatException InputTooLarge(string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return new(SourceLocation.OfSource(sourceName), null,
            $"the input is over the limit of {Bytes(MaxInputBytes)} (DataReaderLimits.MaxInputBytes)");
    }

    /// <summary>The error for a scalar of <paramref name="length"/> characters at <paramref name="at"/>.</summary>
    public DataFormatException ScalarTooLong(SourceLocation at, string? path, long length) =>
        new(at, path, $"a scalar of {length.ToString("N0", CultureInfo.InvariantCulture)} characters exceeds the limit of {MaxScalarLength.ToString("N0", CultureInfo.InvariantCulture)} (DataReaderLimits.MaxScalarLength)");

    /// <summary>The error for a document that expands past <see cref="MaxNodes"/> nodes at <paramref name="at"/>.</summary>
    public DataFormatException TooManyNodes(SourceLocation at, string? path, bool viaAlias) =>
        new(at, path, $"the document expands to more than {MaxNodes.ToString("N0", CultureInfo.InvariantCulture)} nodes"
            + (viaAlias ? " once its aliases are expanded" : string.Empty) + " (DataReaderLimits.MaxNodes)");

    /// <summary>The error for nesting deeper than <see cref="MaxDepth"/> at <paramref name="at"/>.</summary>
    public DataFormatException TooDeep(SourceLocation at, string? path) =>
        new(at, path, $"nesting deeper than {MaxDepth} levels (DataReaderLimits.MaxDepth)");

    private static string Bytes(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB (" + bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes)"
            : bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes";
}
