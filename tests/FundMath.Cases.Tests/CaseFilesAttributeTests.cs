using System;
using System.IO;
using System.Linq;
using FundMath.Testing;

namespace FundMath.Cases.Tests;

public class CaseFilesAttributeTests
{
    // The adapter in use: one xunit test case per case in tests/cases (copied next to the assembly).
    [Theory]
    [CaseFiles("cases")]
    public void Golden_case_passes(string caseKey) => CaseAssert.Passes(caseKey);

    [Fact]
    public void Yields_one_row_per_case_with_a_relative_key()
    {
        var rows = new CaseFilesAttribute("cases").GetData(typeof(CaseFilesAttributeTests).GetMethod(nameof(Golden_case_passes))!).ToList();
        Assert.True(rows.Count >= 20, $"{rows.Count} rows");
        Assert.Contains(rows, r => (string)r[0] == "cases/foundation/money.yaml#zhuzhou-2021-outpatient-per-visit");
        Assert.Contains(rows, r => (string)r[0] == "cases/foundation/time-progress.json#q3-progress");
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct().Count());
    }

    [Fact]
    public void A_failing_case_throws_with_the_diff_and_a_broken_file_still_yields_a_row()
    {
        string dir = Directory.CreateTempSubdirectory("fundmath-attr").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "wrong.yaml"), "- id: wrong\n  calculation: money.sum\n  inputs: { items: [1, 2] }\n  expected: { total: 4 }\n");
            File.WriteAllText(Path.Combine(dir, "broken.json"), "{\"cases\": [");
            var keys = new CaseFilesAttribute(dir).GetData(typeof(CaseFilesAttributeTests).GetMethod(nameof(Golden_case_passes))!)
                .Select(r => (string)r[0]).ToList();
            Assert.Equal(2, keys.Count);
            var wrong = Assert.Throws<CaseFailedException>(() => CaseAssert.Passes(keys.Single(k => k.EndsWith("#wrong", StringComparison.Ordinal))));
            Assert.Contains("- expected: 4.00元 (exact)", wrong.Message);
            Assert.Contains("+ actual:   3.00元", wrong.Message);
            var broken = Assert.Throws<CaseFailedException>(() => CaseAssert.Passes(keys.Single(k => k.EndsWith("#broken.json", StringComparison.Ordinal))));
            Assert.Contains("broken.json:1:", broken.Message);
            Assert.Equal(CaseOutcome.Error, broken.Result.Outcome);
            Assert.Throws<ArgumentException>(() => CaseAssert.Passes(Path.Combine(dir, "wrong.yaml") + "#nope"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
