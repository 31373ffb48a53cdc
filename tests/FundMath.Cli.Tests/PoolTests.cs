using System;
using System.IO;
using System.Text.Json;

namespace FundMath.Cli.Tests;

/// <summary>
/// <c>fundmath pool FILE</c> on the shipped sample (samples/pooling/example-city-2023.yaml, illustrative made-up
/// figures) and on bad input: every error is located (file:line:column and the member path), exit code 2.
/// </summary>
public class PoolTests
{
    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(CliRunner.SourceDirectory(), "..", ".."));

    private static string Sample => Path.Combine(RepositoryRoot, "samples", "pooling", "example-city-2023.yaml");

    private static string Relative(string text) => text.Replace(RepositoryRoot + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal)
        .Replace(JsonEncodedText.Encode(RepositoryRoot + Path.DirectorySeparatorChar).ToString(), string.Empty, StringComparison.Ordinal);

    [Theory]
    [InlineData("table", "pool.txt")]
    [InlineData("markdown", "pool.md")]
    [InlineData("csv", "pool.csv")]
    [InlineData("json", "pool.json")]
    public void Sample_output_matches_the_checked_in_expected_output(string format, string expected)
    {
        var result = CliRunner.Run("pool", Sample, "--format", format);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(0, result.ExitCode);
        CliRunner.AssertMatchesExpected(expected, Relative(result.Out));
    }

    [Fact]
    public void Sample_shows_the_top_up_the_cap_and_the_roll_forward()
    {
        var result = CliRunner.Run("pool", Sample, "--format", "markdown");
        // 1 month of (3,000 + 6,000 + 3,600 + 2,400 + 1,800)万 = 1,400万; the fund holds 1,000万 → 400万 raised.
        Assert.Contains("| 年初补充上划 year-start top-ups | 400.00 |", result.Out);
        // 70% of 市本级 150万 + C县 100万 = 175万 flows in; available 1,000 + 400 + 175 + 5 = 1,580万.
        Assert.Contains("| 可支付 available for deficit shares | 1,580.00 |", result.Out);
        // A县's city-treasury part is capped at 1% × 6,000万 financing = 60万.
        Assert.Contains("| A县 | 1,800.00 | 452.93 | 20.00% | 90.59 | 60.00 | 30.59 |", result.Out);
        // B县 had a deficit the year before: 30% − 5pp = 25%, the city's 20% halved to 10%.
        Assert.Contains("| B县 | 250.00 | 62.91 | 10.00% |", result.Out);
        Assert.Contains("— Holds.", result.Out);
    }

    [Fact]
    public void The_other_reading_of_5_percent_changes_the_prior_year_deficit_county_only()
    {
        var points = CliRunner.Run("pool", Sample, "--format", "markdown");
        var share = CliRunner.Run("pool", Sample, "--format", "markdown", "--reading", "share_of_share");
        Assert.Equal(0, share.ExitCode);
        Assert.Contains("| B县 | 1,000.00 | 0.00 | 25.00% |", points.Out);
        Assert.Contains("| B县 | 1,000.00 | 0.00 | 28.50% |", share.Out); // 30% × (1 − 5%)
        Assert.Contains("| D区 | 500.00 | 255.00 | 25.00% |", share.Out); // below 优良: 5 percentage points either way
    }

    [Fact]
    public void Explain_cites_each_ratio()
    {
        var result = CliRunner.Run("pool", Sample, "--explain");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("pooling.deficit.city_treasury_cap = 1%  [parameter, effective 2022-01-01,", result.Out);
        Assert.Contains("其中市财政最高分担金额为当年县（市、区）统筹基金筹资总额的1%", result.Out);
        Assert.Contains("pooling.deficit.prior_deficit_city_treasury_factor = 50%", result.Out);
    }

    [Fact]
    public void A_csv_of_counties_with_the_city_values_as_options()
    {
        var result = CliRunner.Run("pool", CliRunner.DataFile("pool-counties.csv"), "--scheme", "employee", "--year", "2023",
            "--unit", "万元", "--opening", "1812.345679", "--interest", "10", "--params", Path.Combine(RepositoryRoot, "samples", "parameters", "lishui.yaml"), "--format", "markdown");
        Assert.Equal(string.Empty, result.Error);
        // 3 × 12,000万 / 12 − 1,812.345679万 = 1,187.654321万 raised; 3,150万 available; 510万 due; 2,640万 closing.
        Assert.Contains("| 年初补充上划 year-start top-ups | 1,187.65 |", result.Out);
        Assert.Contains("| 应担 shares due | 510.00 |", result.Out);
        Assert.Contains("| 期末余额 closing | 2,640.00 |", result.Out);
    }

    [Fact]
    public void A_negative_deficit_is_located_with_the_county_field_value_and_rule()
    {
        var result = CliRunner.Run("pool", CliRunner.DataFile("pool-negative-deficit.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("pool-negative-deficit.yaml:10:14: counties[1].deficit: county B县: Deficit -5.00元: a current deficit (当期缺口) is the amount by which expenditure exceeds income, so it is 0 or more", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_negative_financing_base_is_located()
    {
        var result = CliRunner.Run("pool", CliRunner.DataFile("pool-negative-financing.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pool-negative-financing.yaml:7:23: counties[0].pooled_financing: county A县: PooledFinancing -1,000.00元: a financing base", result.Error);
    }

    [Fact]
    public void A_duplicate_county_name_is_located_at_its_second_occurrence()
    {
        var result = CliRunner.Run("pool", CliRunner.DataFile("pool-duplicate.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pool-duplicate.yaml:6:13: counties[1].name: county 'A县' appears twice (first at", result.Error);
    }

    [Fact]
    public void A_county_missing_from_the_headcount_list_is_named()
    {
        var result = CliRunner.Run("pool", CliRunner.DataFile("pool-headcounts.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pool-headcounts.yaml:8:3: headcounts: county 'B县' is missing from the headcount list", result.Error);
    }

    [Fact]
    public void A_ratio_outside_0_to_100_percent_names_the_parameter_value_and_rule()
    {
        var result = CliRunner.Run("pool", Sample, "--params", Path.Combine(RepositoryRoot, "samples", "parameters", "lishui.yaml"), "--params", CliRunner.DataFile("pool-bad-params.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("pool-bad-params.yaml: pooling.deficit.collected_fund_share 130%: a pooling ratio must lie within 0%–100%", result.Error);
    }

    [Fact]
    public void Without_the_citys_parameters_the_tool_says_where_the_rules_come_from()
    {
        var result = CliRunner.Run("pool", CliRunner.DataFile("pool-no-params.yaml"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no pooling rules: municipal pooling is a city's plan and the national parameters have none", result.Error);
    }

    [Fact]
    public void Csv_errors_give_line_and_column_and_csv_needs_the_city_values()
    {
        string csv = CliRunner.DataFile("pool-bad-counties.csv");
        var bad = CliRunner.Run("pool", csv, "--scheme", "employee", "--year", "2022", "--params", Path.Combine(RepositoryRoot, "samples", "parameters", "lishui.yaml"));
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("pool-bad-counties.csv:3:16: counties[1].deficit:", bad.Error);
        Assert.Contains("'lots'", bad.Error);

        var missing = CliRunner.Run("pool", csv);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("give --scheme employee|resident and --year YYYY", missing.Error);

        var yaml = CliRunner.Run("pool", Sample, "--year", "2023");
        Assert.Equal(2, yaml.ExitCode);
        Assert.Contains("are for a CSV of counties", yaml.Error);
    }
}
