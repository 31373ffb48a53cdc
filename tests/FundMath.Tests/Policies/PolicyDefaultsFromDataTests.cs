using System;
using FundMath.Analysis;
using FundMath.Contributions;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Tests.Policies;

/// <summary>
/// The built-in policy defaults of the calculations (±5pp and the 3/9 month bands of the conventions layer, the 6–9
/// month reasonable range and the 国办发〔2018〕6号 central subsidy table of the national set) are read from the shipped
/// parameter data (there is no second copy in C# that could drift): each default carries the published values, equals
/// FromParameters over the data, is read once (cached), and a city's layered override flows through.
/// </summary>
public class PolicyDefaultsFromDataTests
{
    private static readonly LocalDate Y2021 = new(2021, 12, 31);

    [Fact]
    public void Cover_band_default_is_the_conventions_and_national_data()
    {
        CoverBandPolicy fromData = CoverBandPolicy.FromParameters(ParameterSet.NationalWithConventions, Y2021);
        Assert.Equal(CoverBandPolicy.Default, fromData);
        Assert.Equal(Fraction.FromInteger(3), fromData.WarningBelow);
        Assert.Equal(Fraction.FromInteger(9), fromData.HighAbove);
        Assert.Equal(Fraction.FromInteger(6), fromData.ReasonableFrom);
        Assert.Equal(Fraction.FromInteger(9), fromData.ReasonableTo);
        Assert.Equal(Fraction.FromInteger(3), CoverBandPolicy.Default.WarningBelow);
        Assert.Equal(Fraction.FromInteger(6), CoverBandPolicy.Default.ReasonableFrom);
        // The national set alone has no bands: they are a local convention.
        Assert.Throws<ParameterNotFoundException>(() => CoverBandPolicy.FromParameters(ParameterSet.National, Y2021));
    }

    [Fact]
    public void Budget_tolerance_default_is_the_conventions_data()
    {
        BudgetTolerancePolicy fromData = BudgetTolerancePolicy.FromParameters(ParameterSet.NationalWithConventions, Y2021);
        Assert.Throws<ParameterNotFoundException>(() => BudgetTolerancePolicy.FromParameters(ParameterSet.National, Y2021));
        Assert.Equal(BudgetTolerancePolicy.Default.For(BudgetLine.TotalIncome), fromData.For(BudgetLine.TotalIncome));
        Assert.Equal(ToleranceBand.Symmetric(PercentagePoints.FromPoints(5m)), fromData.For(BudgetLine.BenefitExpenditure));
        Assert.Equal(fromData, BudgetTolerancePolicy.Default);
        foreach (BudgetLine line in Enum.GetValues<BudgetLine>())
        {
            Assert.Equal(ToleranceBand.Symmetric(PercentagePoints.FromPoints(5m)), BudgetTolerancePolicy.Default.For(line));
        }
    }

    [Fact]
    public void Central_subsidy_table_is_the_national_data()
    {
        CentralSubsidyShares fromData = CentralSubsidyShares.FromParameters(ParameterSet.National, new LocalDate(2019, 1, 1));
        CentralSubsidyShares constant = CentralSubsidyShares.GuoBanFa2018No6;
        foreach (ProvinceTier tier in new[] { ProvinceTier.Tier1, ProvinceTier.Tier2, ProvinceTier.Tier3, ProvinceTier.Tier4, ProvinceTier.Tier5 })
        {
            Assert.Equal(constant.ShareFor(tier), fromData.ShareFor(tier));
        }

        Assert.Equal(Rate.FromPercent(80), fromData.ShareFor(ProvinceTier.Tier2, westernTreatment: true));
        Assert.Contains("国办发〔2018〕6号", fromData.Citation!.Document);
        // 国办发〔2018〕6号: 80% / 60% / 50% / 30% / 10%, and 80% for western-treatment counties of tier-2 provinces.
        Assert.Equal(
            [Rate.FromPercent(80), Rate.FromPercent(60), Rate.FromPercent(50), Rate.FromPercent(30), Rate.FromPercent(10), Rate.FromPercent(80)],
            new[]
            {
                constant.ShareFor(ProvinceTier.Tier1), constant.ShareFor(ProvinceTier.Tier2), constant.ShareFor(ProvinceTier.Tier3),
                constant.ShareFor(ProvinceTier.Tier4), constant.ShareFor(ProvinceTier.Tier5), constant.ShareFor(ProvinceTier.Tier2, westernTreatment: true),
            });
        Assert.Contains("国办发〔2018〕6号", constant.Citation!.Document);
        // Read once: the same instance on every access (no parsing on a hot path).
        Assert.Same(constant, CentralSubsidyShares.GuoBanFa2018No6);
    }

    [Fact]
    public void A_city_override_of_the_tolerance_changes_the_outcome()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: resident income 29.02/26.36 = 110.09%, 10.09pp above the year's
        // 100% time progress: Over against the conventions layer's ±5pp, Within a (hypothetical) city rule of ±11pp.
        const string city = """
            {
              "name": "city",
              "parameters": {
                "analysis.budget_execution.tolerance": {
                  "unit": "percentage_points",
                  "values": { "2021-01-01": { "value": "11pp", "cite": { "document": "某市医保发〔2021〕1号" } } }
                }
              }
            }
            """;
        ParameterSet layered = ParameterSet.Read(JsonDataReader.Read(city, "city.json"), ParameterSet.NationalWithConventions);
        BudgetTolerancePolicy policy = BudgetTolerancePolicy.FromParameters(layered, Y2021);
        ReportingPeriod year = ReportingPeriod.OfYear(2021);
        FundMath.Money budget = FundMath.Money.Parse("26.36亿元", null);
        FundMath.Money executed = FundMath.Money.Parse("29.02亿元", null);

        var national = BudgetExecution.Evaluate(BudgetLine.TotalIncome, year, budget, executed, BudgetTolerancePolicy.FromParameters(ParameterSet.NationalWithConventions, Y2021));
        var local = BudgetExecution.Evaluate(BudgetLine.TotalIncome, year, budget, executed, policy);
        Assert.Equal(ExecutionOutcome.Over, national.Outcome);
        Assert.Equal(ExecutionOutcome.Within, local.Outcome);
    }
}
