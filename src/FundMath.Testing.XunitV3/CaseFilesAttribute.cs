using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using FundMath.Cases;
using Xunit;
using Xunit.Sdk;
using Xunit.v3;

namespace FundMath.Testing;

/// <summary>
/// An xunit v3 data source that turns a folder (or file) of FundMath case files into one test case per case —
/// 案例文件测试数据. Each row is a single string, the case key "relative/path.yaml#case-id"; pass it to
/// <see cref="CaseAssert.Passes(string)"/>:
/// <code>
/// [Theory]
/// [CaseFiles("cases")]
/// public void Policy_case_passes(string caseKey) => CaseAssert.Passes(caseKey);
/// </code>
/// A relative path is resolved against the test assembly's folder (copy the files there with the csproj); a
/// failure names the source file in the project, not the copy (see <see cref="CaseAssert.SourceOf"/>). A file
/// that cannot be read still yields one row, which then fails with the file:line:column message. For xunit v2
/// use the package FundMath.Testing.Xunit, whose attribute has the same name and use.
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
    /// <exception cref="ArgumentException">Nothing is at the path, or it holds no case files.</exception>
    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker)
    {
        IReadOnlyCollection<ITheoryDataRow> rows = CaseAssert.Keys(Path)
            .Select(key => (ITheoryDataRow)new TheoryDataRow<string>(key))
            .ToList();
        return new ValueTask<IReadOnlyCollection<ITheoryDataRow>>(rows);
    }

    /// <inheritdoc />
    /// <remarks>Case keys are plain strings, so each case is its own test case at discovery.</remarks>
    public override bool SupportsDiscoveryEnumeration() => true;
}
