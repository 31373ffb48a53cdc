using System;
using FundMath.Analysis;
using FundMath.Cli.Analysis;
using FundMath.Cli.Commands;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Cli.Tests;

/// <summary>
/// <c>fundmath analyze</c> takes its tolerance and bands from the national set with FundMath's conventions layer
/// (株洲市's local conventions: ±5pp, &lt; 3 | 3–9 | &gt; 9 months), says so, and says when it applies them to a period
/// that ends before their first date (2021-01-01 for the tolerance).
/// </summary>
public class AnalysisConventionsTests
{
    private static readonly AnalysisSettings Settings = new(MidpointRounding.AwayFromZero);

    [Fact]
    public void Analysis_of_2021_uses_the_conventions_in_force_and_names_their_source()
    {
        AnalysisSettings s = AnalyzeCommand.WithConventions(Settings, ParameterSet.NationalWithConventions, new LocalDate(2021, 12, 31));
        Assert.Equal(ToleranceBand.Symmetric(PercentagePoints.FromPoints(5m)), s.Tolerance.For(BudgetLine.PremiumIncome));
        Assert.Equal((Fraction.FromInteger(3), Fraction.FromInteger(9)), (s.Bands.WarningBelow, s.Bands.HighAbove));
        Assert.Contains("local conventions from FundMath's conventions layer (株洲市2021年年度医疗保险基金财务报表及运行分析报告), not national rules", s.ParametersNote, StringComparison.Ordinal);
        Assert.Contains("on 2021-12-31", s.ParametersNote, StringComparison.Ordinal);
        Assert.DoesNotContain("first values are applied", s.ParametersNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_before_the_conventions_first_date_gets_their_first_values_and_says_so()
    {
        AnalysisSettings s = AnalyzeCommand.WithConventions(Settings, ParameterSet.NationalWithConventions, new LocalDate(2019, 12, 31));
        Assert.Equal(ToleranceBand.Symmetric(PercentagePoints.FromPoints(5m)), s.Tolerance.For(BudgetLine.TotalIncome));
        Assert.Contains("on 2021-01-01", s.ParametersNote, StringComparison.Ordinal);
        Assert.Contains("The period ends 2019-12-31, before the conventions' first date 2021-01-01: their first values are applied.", s.ParametersNote, StringComparison.Ordinal);
    }

    [Fact]
    public void A_city_layer_over_the_conventions_replaces_them()
    {
        const string city = """
            {
              "name": "city",
              "parameters": {
                "analysis.budget_execution.tolerance": { "values": { "2021-01-01": { "value": "3pp", "cite": { "document": "某市医保发〔2021〕1号" } } } }
              }
            }
            """;
        ParameterSet set = ParameterSet.Read(JsonDataReader.Read(city, "city.json"), ParameterSet.NationalWithConventions);
        AnalysisSettings s = AnalyzeCommand.WithConventions(Settings, set, new LocalDate(2021, 12, 31));
        Assert.Equal(ToleranceBand.Symmetric(PercentagePoints.FromPoints(3m)), s.Tolerance.For(BudgetLine.TotalIncome));
        Assert.Contains("national ⟶ conventions ⟶ city", s.ParametersNote, StringComparison.Ordinal);
        Assert.Contains("come from 某市医保发〔2021〕1号 (tolerance) and 株洲市2021年年度医疗保险基金财务报表及运行分析报告 (bands)", s.ParametersNote, StringComparison.Ordinal);
    }
}
