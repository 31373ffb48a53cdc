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

    /// <summary>Loads a file; the path is the source name in every error.</summary>
    /// <exception cref="DataFormatException">The extension is not .json/.yaml/.yml, or the content is malformed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static DataNode Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!TryGetFormat(path, out DataFileFormat format))
        {
            throw new DataFormatException(SourceLocation.OfSource(path), null,
                $"unknown data file extension '{Path.GetExtension(path)}' (expected .json, .yaml or .yml)");
        }

        using FileStream stream = File.OpenRead(path);
        return Read(stream, path, format);
    }

    /// <summary>Reads a stream in the given format.</summary>
    /// <exception cref="DataFormatException">The content is malformed.</exception>
    public static DataNode Read(Stream stream, string sourceName, DataFileFormat format) => format switch
    {
        DataFileFormat.Json => JsonDataReader.Read(stream, sourceName),
        DataFileFormat.Yaml => YamlDataReader.Read(stream, sourceName),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format must be Json or Yaml"),
    };

    /// <summary>Reads text in the given format.</summary>
    /// <exception cref="DataFormatException">The content is malformed.</exception>
    public static DataNode Read(string text, string sourceName, DataFileFormat format) => format switch
    {
        DataFileFormat.Json => JsonDataReader.Read(text, sourceName),
        DataFileFormat.Yaml => YamlDataReader.Read(text, sourceName),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "format must be Json or Yaml"),
    };
}
