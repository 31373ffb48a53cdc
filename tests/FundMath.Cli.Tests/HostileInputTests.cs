using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace FundMath.Cli.Tests;

/// <summary>
/// The hostile-input corpus (tests/hostile): every file goes through the tool in-process and must end with the
/// expected exit code and one positioned FundMath error — never an internal error (exit 70), a stack trace or
/// partial output — within a time and an allocation budget.
/// </summary>
public class HostileInputTests
{
    // "fundmath: error: FILE[:line:col]: reason" — one line, in FundMath's own words.
    private static readonly Regex ErrorShape = new(@"^fundmath: error: [^\n]+\n$", RegexOptions.CultureInvariant);

    private static readonly TimeSpan TimeBudget = TimeSpan.FromSeconds(20);

    private const long AllocationBudget = 400L * 1024 * 1024;

    public static TheoryData<string, string, int, string> Corpus => new()
    {
        { "check-report", "alias-bomb-report.yaml", 2, ":8:10: a6[0]: the document expands to more than 1,000,000 nodes once its aliases are expanded (DataReaderLimits.MaxNodes)" },
        { "test", "alias-bomb-case.yaml", 1, ":12:16: cases[0].inputs.x6[0]: the document expands to more than 1,000,000 nodes once its aliases are expanded (DataReaderLimits.MaxNodes)" },
        { "check-report", "deep-nesting.json", 2, "deep-nesting.json:1:138: malformed JSON: The maximum configured depth of 128 has been exceeded." },
        { "check-report", "deep-nesting.yaml", 2, ": nesting deeper than 128 levels (DataReaderLimits.MaxDepth)" },
        { "check-report", "truncated.yaml", 2, "truncated.yaml:8:1: malformed YAML: While parsing a flow mapping" },
        { "check-report", "truncated.json", 2, "truncated.json:1:125: malformed JSON: Expected end of string, but instead reached end of data." },
        { "check-report", "binary.yaml", 2, "binary.yaml:3:2: malformed YAML: Did not find expected <document end>." },
        { "check-report", "binary.json", 2, "binary.json:1:1: malformed JSON: '0x00' is an invalid start of a value." },
        { "analyze", "figure-beyond-range.yaml", 2, "figure-beyond-range.yaml:7:31: statements[0].funds[0].income: \"99999999999999999999亿元\" is not a printed figure: expected a number such as \"30.89亿元\", \"110.09%\" or \"约15个月\" (Cannot parse '99999999999999999999亿元' as printed figure: too many digits: the number exceeds 18,446,744,073,709,551,615 at position 19.)" },
        { "analyze", "figure-money-max.yaml", 2, "figure-money-max.yaml:7:31: statements[0].funds[0].income: 92233720368547758.07元 is beyond the largest figure FundMath checks" },
        { "check-report", "figure-money-max.yaml", 2, "figure-money-max.yaml:7:31: statements[0].funds[0].income:" },
        { "analyze", "figure-too-many-digits.yaml", 2, "figure-too-many-digits.yaml:7:31: statements[0].funds[0].income: \"30.8900000000000000001\" is not a printed figure: expected a number such as \"30.89亿元\", \"110.09%\" or \"约15个月\" (Cannot parse '30.8900000000000000001' as printed figure: too many digits (at most 19 significant digits and 28 decimals) at position 21.)" },
        { "analyze", "wrong-type.yaml", 2, "wrong-type.yaml:3:13: statements: expected a sequence but found 'not a list'" },
        { "analyze", "wrong-type-figure.yaml", 2, "wrong-type-figure.yaml:7:31: statements[0].funds[0].income: expected a string but found a sequence" },
        { "check-report", "unknown-member.yaml", 2, "unknown-member.yaml:2:1: unknown member 'yeer' (allowed: title, year," },
        { "analyze", "negative-year.yaml", 2, "negative-year.yaml:2:7: year: year '-5' is not a calendar year such as 2021" },
        { "check-report", "negative-year.yaml", 2, "negative-year.yaml:2:7: year: year '-5' is not a calendar year such as 2021" },
        { "check-report", "year-too-large.yaml", 2, "year-too-large.yaml:2:7: year: year '99999999999' is not a calendar year such as 2021" },
        { "test", "unknown-input-case.yaml", 1, "unknown-input-case.yaml:7:7: cases[0].inputs.roundng: unknown input 'roundng' for money.divide (allowed: amount, divisor, rounding)" },
        { "test", "domain-error-case.yaml", 1, "domain-error-case.yaml:6:20: cases[0].inputs.floor_ratio: floor_ratio 300.00% exceeds cap_ratio 60.00%" },
        { "analyze", "deficit-count.yaml", 2, "deficit-count.yaml:6:52: deficitScans[0].rows[0].deficitRegions: deficitRegions 7 is more than regions 6: a part of the regions scanned cannot exceed them\n" },
        { "check-report", "deficit-count.yaml", 2, "deficit-count.yaml:6:52: deficitScans[0].rows[0].deficitRegions: deficitRegions 7 is more than regions 6: a part of the regions scanned cannot exceed them\n" },
        { "check-report", "negative-count.yaml", 2, "negative-count.yaml:6:52: deficitScans[0].rows[0].deficitRegions: deficitRegions -1 is negative: a count of regions is 0 or more\n" },
        { "check-report", "negative-monthly-report.yaml", 2, "negative-monthly-report.yaml:7:25: monthsOfCover[0].monthlyExpenditure: monthlyExpenditure -1.29亿元 is negative: a monthly expenditure is 0 or more\n" },
        { "analyze", "negative-monthly-region.yaml", 2, "negative-monthly-region.yaml:10:40: regions[0].rows[0].values[1]: 月平均支出 -100万元 is negative: a monthly expenditure is 0 or more\n" },
        { "analyze", "unknown-column.csv", 2, "unknown-column.csv:1:6: unknown column 'remarks' (allowed: fund, region, balance, actualBalance, monthlyExpenditure, printedMonths, or 基金, 地区, 期末累计结余, 实际结余, 月平均支出, 印刷月数)." },
        { "analyze", "sum-overflow.csv", 2, "sum-overflow.csv: a calculation on this input's figures exceeds FundMath's exact range" },
        { "analyze", "negative-monthly.csv", 2, "negative-monthly.csv:2:5: monthlyExpenditure -10000.00 is negative" },
        { "analyze", "amount-overflow.csv", 2, "amount-overflow.csv:2:3: '92233720368547' is not an amount of money" },
        { "check-report", "empty.yaml", 2, "empty.yaml:1:1: the document is empty" },
        { "analyze", "zero-budget.yaml", 0, "" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void A_hostile_input_ends_in_a_positioned_error_within_budget(string command, string file, int exitCode, string message)
    {
        string path = Path.Combine(CorpusFolder, file);
        (CliRunner.Result result, TimeSpan elapsed, long allocated) = Measure(command, path);

        Assert.True(exitCode == result.ExitCode, $"exit {result.ExitCode}, expected {exitCode}\nstdout: {Head(result.Out)}\nstderr: {result.Error}");
        Assert.DoesNotContain("internal error", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.True(elapsed < TimeBudget, $"{file} took {elapsed}");
        Assert.True(allocated < AllocationBudget, $"{file} allocated {allocated:N0} bytes");
        if (exitCode == 0)
        {
            Assert.Equal(string.Empty, result.Error);
            return;
        }

        string said = exitCode == 1 ? result.Out + result.Error : result.Error;
        Assert.Contains(message, said);
        Assert.Contains(path, said);
        if (exitCode == 2)
        {
            Assert.Matches(ErrorShape, result.Error);
            Assert.Equal(string.Empty, result.Out); // no partial results
        }
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("check-report")]
    public void A_file_over_the_size_limit_is_refused_unread(string command)
    {
        string path = Path.Combine(Path.GetTempPath(), $"fundmath-hostile-{Guid.NewGuid():N}.yaml");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write("title: big\nregions:\n");
            string row = "  - { title: t, unit: 万元, columns: [], rows: [] }\n";
            int rowBytes = Encoding.UTF8.GetByteCount(row);
            for (long written = 0; written + rowBytes <= (5L * 1024 * 1024) - 100; written += rowBytes)
            {
                writer.Write(row);
            }
        }

        try
        {
            (CliRunner.Result result, TimeSpan elapsed, long allocated) = Measure(command, path);
            Assert.Equal(2, result.ExitCode);
            Assert.Matches(ErrorShape, result.Error);
            Assert.Contains($"{path}: the input is 5 MiB (5,242,", result.Error);
            Assert.Contains("over the limit of 4 MiB (4,194,304 bytes) (DataReaderLimits.MaxInputBytes)", result.Error);
            Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
            Assert.True(allocated < 10_000_000, $"allocated {allocated:N0} bytes: the file must be refused before it is read");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_huge_scalar_is_refused_at_its_position()
    {
        string path = Path.Combine(Path.GetTempPath(), $"fundmath-hostile-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, "title: '" + new string('x', 2 * 1024 * 1024) + "'\n", new UTF8Encoding(false));
        try
        {
            (CliRunner.Result result, TimeSpan elapsed, _) = Measure("check-report", path);
            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"fundmath: error: {path}:1:8: title: a scalar of 2,097,152 characters exceeds the limit of 1,048,576 (DataReaderLimits.MaxScalarLength)\n", result.Error);
            Assert.True(elapsed < TimeBudget, $"took {elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_quotient_over_a_zero_denominator_is_reported_as_not_checked_with_the_reason()
    {
        string path = Path.Combine(CorpusFolder, "zero-budget.yaml");
        CliRunner.Result result = CliRunner.Run("check-report", path, "--format", "markdown");

        // 0 / 0亿元: the budget's interval [−0.005, 0.005]亿元 contains zero, so no interval holds the rate — said, not skipped in silence.
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("0 checks run: 0 error(s), 0 note(s).", result.Out);
        Assert.Contains("1 printed figure(s) not checkable.", result.Out);
        Assert.Contains(
            $"Not checked: 0% (预算收入执行情况表 › 预算收入执行情况表 › 职工医保 本年收入 › 执行率, {path}:7:69): 职工医保 本年收入 执行率 = 执行数 / 预算数: " +
            "the denominator 0亿元 (预算收入执行情况表 › 预算收入执行情况表 › 职工医保 本年收入 › 预算数) may be zero at its printed precision, so the quotient is not checked.",
            result.Out);
    }

    [Fact]
    public void Every_corpus_file_is_exercised()
    {
        var listed = new HashSet<string>(Corpus.Select(row => (string)row[1]), StringComparer.Ordinal);
        string[] files = Directory.GetFiles(CorpusFolder).Select(Path.GetFileName).Where(f => f != "README.md").ToArray()!;
        string[] unlisted = files.Where(f => !listed.Contains(f)).ToArray();
        Assert.True(unlisted.Length == 0, "not in the corpus table: " + string.Join(", ", unlisted));
    }

    private static string CorpusFolder => Path.GetFullPath(Path.Combine(CliRunner.SourceDirectory(), "..", "hostile"));

    private static (CliRunner.Result Result, TimeSpan Elapsed, long Allocated) Measure(string command, string path)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        CliRunner.Result result = CliRunner.Run(command, path);
        watch.Stop();
        return (result, watch.Elapsed, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static string Head(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
