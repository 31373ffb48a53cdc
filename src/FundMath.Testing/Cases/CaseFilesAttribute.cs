using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using FundMath.Cases;
using Xunit.Sdk;

namespace FundMath.Testing;

/// <summary>
/// An xunit data source that turns a folder (or file) of FundMath case files into one test case per case —
/// 案例文件测试数据. Each row is a single string, the case key "relative/path.yaml#case-id"; pass it to
/// <see cref="CaseAssert.Passes(string)"/>:
/// <code>
/// [Theory]
/// [CaseFiles("cases")]
/// public void Policy_case_passes(string caseKey) => CaseAssert.Passes(caseKey);
/// </code>
/// A relative path is resolved against the test assembly's folder (copy the files there with the csproj).
/// A file that cannot be read still yields one row, which then fails with the file:line:column message.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class CaseFilesAttribute : DataAttribute
{
    /// <summary>Creates the attribute for a folder (searched recursively for .yaml, .yml, .json) or a file.</summary>
    public CaseFilesAttribute(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
    }

    /// <summary>The folder or file, as given.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        string root = CaseAssert.Resolve(Path);
        if (!File.Exists(root) && !Directory.Exists(root))
        {
            throw new ArgumentException($"[CaseFiles(\"{Path}\")]: no file or folder at {root}.");
        }

        var rows = new List<object[]>();
        foreach (string file in CaseRunner.FindCaseFiles([root]))
        {
            foreach (CaseRunResult result in CaseAssert.RunFile(file))
            {
                rows.Add([CaseAssert.KeyOf(file, result)]);
            }
        }

        if (rows.Count == 0)
        {
            throw new ArgumentException($"[CaseFiles(\"{Path}\")]: no .yaml, .yml or .json case files under {root}.");
        }

        return rows;
    }
}
