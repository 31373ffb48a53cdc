using System;
using System.IO;
using FundMath.Data;

namespace FundMath.Yaml;

/// <summary>
/// Loads a data file as a <see cref="DataNode"/> tree, choosing the reader by extension (.json → JSON,
/// .yaml/.yml → YAML) — 数据文件加载. The single entry point every FundMath file loader uses.
/// </summary>
public static class DataFiles
{
    /// <summary>True when the path has an extension FundMath reads (.json, .yaml, .yml; case-insensitive).</summary>
    public static bool IsDataFile(string path) => TryGetFormat(path, out _);

    /// <summary>The format implied by the path's extension.</summary>
    public static bool TryGetFormat(string path, out DataFileFormat format)
    {
        string ext = Path.GetExtension(path ?? string.Empty);
        if (ext.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            format = DataFileFormat.Json;
            return true;
        }

        if (ext.Equals(".yaml", StringComparison.OrdinalIgnoreCase) || ext.Equals(".yml", StringComparison.OrdinalIgnoreCase))
        {
            format = DataFileFormat.Yaml;
            return true;
        }

        format = default;
        return false;
    }

    /// <summary>Loads a file; the path is the source name in every error. A file over the size limit is refused unread.</summary>
    /// <exception cref="DataFormatException">The extension is not .json/.yaml/.yml, the content is malformed, or it passes a <see cref="DataReaderLimits"/> limit.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataNode Load(string path, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TryGetFormat(path, out DataFileFormat format))
        {
            throw new DataFormatException(SourceLocation.OfSource(path), null,
                $"unknown data file extension '{Path.GetExtension(path)}' (expected .json, .yaml or .yml)");
        }

        using FileStream stream = File.OpenRead(path);
        return Read(stream, path, format, limits);
    }

    /// <summary>Reads a stream in the given format.</summary>
    /// <exception cref="DataFormatException">The content is malformed or passes a <see cref="DataReaderLimits"/> limit.</exception>
    public static DataNode Read(Stream stream, string sourceName, DataFileFormat format, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        return format switch
        {
            DataFileFormat.Json => JsonDataReader.Read(stream, sourceName, limits),
            DataFileFormat.Yaml => YamlDataReader.Read(stream, sourceName, limits),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format must be Json or Yaml"),
        };
    }

    /// <summary>Reads text in the given format.</summary>
    /// <exception cref="DataFormatException">The content is malformed or passes a <see cref="DataReaderLimits"/> limit.</exception>
    public static DataNode Read(string text, string sourceName, DataFileFormat format, DataReaderLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return format switch
        {
            DataFileFormat.Json => JsonDataReader.Read(text, sourceName, limits),
            DataFileFormat.Yaml => YamlDataReader.Read(text, sourceName, limits),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format must be Json or Yaml"),
        };
    }
}
