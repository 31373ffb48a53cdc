using System;
using System.Collections.Generic;
using System.IO;
using FundMath.Data;
using FundMath.Policies;

namespace FundMath.Yaml;

/// <summary>
/// Loads parameter files (.yaml, .yml or .json; format in docs/policies.md) layered over a base set —
/// 参数文件加载: <c>ParameterFiles.Load("city.yaml", ParameterSet.National)</c>.
/// </summary>
public static class ParameterFiles
{
    /// <summary>Loads one file over <paramref name="baseSet"/> (the national defaults when null).</summary>
    /// <exception cref="DataFormatException">Malformed file or invalid parameters, with file, line and column.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ParameterSet Load(string path, ParameterSet? baseSet = null) =>
        ParameterSet.Read(DataFiles.Load(path), baseSet ?? ParameterSet.National, Path.GetFileNameWithoutExtension(path));

    /// <summary>Loads files in order, each layered over the previous result (nation ⟶ province ⟶ city).</summary>
    /// <exception cref="DataFormatException">Malformed file or invalid parameters, with file, line and column.</exception>
    public static ParameterSet LoadLayers(IEnumerable<string> paths, ParameterSet? baseSet = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ParameterSet set = baseSet ?? ParameterSet.National;
        foreach (string path in paths)
        {
            set = Load(path, set);
        }

        return set;
    }

    /// <summary>Reads YAML text over <paramref name="baseSet"/> (the national defaults when null).</summary>
    /// <exception cref="DataFormatException">Malformed text or invalid parameters.</exception>
    public static ParameterSet ReadYaml(string text, string sourceName, ParameterSet? baseSet = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        return ParameterSet.Read(YamlDataReader.Read(text, sourceName), baseSet ?? ParameterSet.National, sourceName);
    }
}
