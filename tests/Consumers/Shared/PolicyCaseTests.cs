// A user's case-file suite: one test per case in Shared/cases (copied next to the test assembly), through the
// [CaseFiles] attribute of FundMath.Testing.Xunit (xunit v2) or FundMath.Testing.XunitV3 — the same source.
using System;
using System.IO;
using System.Linq;
using System.Reflection;
using FundMath.Cases;
using FundMath.Testing;
using Xunit;

namespace FundMath.Consumer.Tests;

public class PolicyCaseTests
{
    [Theory]
    [CaseFiles("Shared/cases")]
    public void Policy_case_passes(string caseKey) => CaseAssert.Passes(caseKey);

    [Fact]
    public void A_failure_names_the_source_file_and_prints_yuan_with_grouping()
    {
        string key = Assert.Single(CaseAssert.Keys("Shared/failing"));
        Assert.Equal("Shared/failing/wrong-total.yaml#wrong-total", key);

        var failure = Assert.Throws<CaseFailedException>(() => CaseAssert.Passes(key));

        // The build targets record the project folder; the copy under bin/ maps back to the file you edit.
        string project = typeof(PolicyCaseTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(m => m.Key == CaseAssert.ProjectDirectoryMetadataKey).Value!;
        string source = Path.GetFullPath(Path.Combine(project, "..", "Shared", "failing", "wrong-total.yaml"));
        Assert.Contains($"FAIL wrong-total (money.per_capita_total) at {source}:3:5", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AppContext.BaseDirectory, failure.Message, StringComparison.Ordinal);
        Assert.Contains("- expected: 835,547,640.00元 (exact)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("+ actual:   845,547,640.00元", failure.Message, StringComparison.Ordinal);
        Assert.Contains("difference: +10,000,000.00元", failure.Message, StringComparison.Ordinal);
    }
}
