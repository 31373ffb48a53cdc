using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FundMath.Citations;
using FundMath.Data;
using FundMath.Explain;
using FundMath.Policies;
using FundMath.Yaml;
using NodaTime;
using Xunit.Abstractions;

namespace FundMath.Tests.Policies;

using Money = global::FundMath.Money;

public class ParameterSetTests(ITestOutputHelper output)
{
    private static readonly LocalDate Jan2021 = new(2021, 1, 1);

    private static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", "parameters", name);

    [Fact]
    public void National_resident_standards_2021_quote_the_2021_notice()
    {
        // 医保发〔2021〕32号 一: 人均财政补助标准…达到每人每年不低于580元; 个人缴费标准…达到每人每年320元
        Assert.Equal(Money.FromYuan(320), NationalParameters.Resident.IndividualContribution.At(Jan2021));
        Assert.Equal(Money.FromYuan(580), NationalParameters.Resident.FiscalSubsidy.At(new LocalDate(2021, 12, 31)));
        ParameterEntry e = NationalParameters.Resident.FiscalSubsidy.Entry(ParameterSet.National, Jan2021);
        Assert.Equal("医保发〔2021〕32号", e.Citation.Document);
        Assert.Equal("一", e.Citation.Clause);
    }

    [Theory]
    [InlineData(2018, 490, 220)]
    [InlineData(2019, 520, 250)]
    [InlineData(2020, 550, 280)]
    [InlineData(2021, 580, 320)]
    [InlineData(2022, 610, 350)]
    [InlineData(2023, 640, 380)]
    [InlineData(2024, 670, 400)]
    [InlineData(2025, 700, 400)]
    public void National_resident_standards_by_year(int year, long subsidy, long individual)
    {
        // The national notices' minimums by notice year; only 2021 (医保发〔2021〕32号) and the 2022 subsidy (as restated by
        // 桂医保发〔2022〕30号) were checked against a document's text — the other entries say "not verified".
        var date = new LocalDate(year, 7, 1);
        Assert.Equal(Money.FromYuan(subsidy), NationalParameters.Resident.FiscalSubsidy.At(date));
        Assert.Equal(Money.FromYuan(individual), NationalParameters.Resident.IndividualContribution.At(date));
    }

    [Fact]
    public void Year_2022_cites_its_own_notice_and_unverified_values_say_so()
    {
        ParameterEntry subsidy2022 = ParameterSet.National.At("resident.fiscal_subsidy", new LocalDate(2022, 1, 1));
        Assert.Equal("医保发〔2022〕20号", subsidy2022.Citation.Document);
        foreach (int year in new[] { 2018, 2019, 2020, 2022, 2023, 2024, 2025 })
        {
            ParameterEntry e = ParameterSet.National.At("resident.individual_contribution", new LocalDate(year, 1, 1));
            Assert.Contains("not verified", e.Note, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("not verified", ParameterSet.National.At("resident.individual_contribution", Jan2021).Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_value_before_the_first_date_is_an_error_not_zero()
    {
        var e = Assert.Throws<ParameterNotFoundException>(() => NationalParameters.Resident.FiscalSubsidy.At(new LocalDate(2017, 12, 31)));
        Assert.Contains("effective from 2018-01-01", e.Message);
        var unknown = Assert.Throws<ParameterNotFoundException>(() => ParameterSet.National.Get("resident.subsidy"));
        Assert.Contains("unknown parameter 'resident.subsidy'", unknown.Message);
        Assert.Contains("resident.fiscal_subsidy", unknown.Message); // suggestion
    }

    [Theory]
    [InlineData("tier1", 80)]
    [InlineData("tier2", 60)]
    [InlineData("tier3", 50)]
    [InlineData("tier4", 30)]
    [InlineData("tier5", 10)]
    [InlineData("western_treatment", 80)]
    public void Central_subsidy_tiers_follow_guobanfa_2018_6(string tier, int percent)
    {
        Assert.Equal(Rate.FromPercent(percent), NationalParameters.Resident.CentralSubsidyShare.At(tier, new LocalDate(2021, 1, 1)));
        Assert.Equal("国办发〔2018〕6号", NationalParameters.Resident.CentralSubsidyShare.Entry(ParameterSet.National, Jan2021).Citation.Document);
    }

    [Fact]
    public void Other_national_defaults()
    {
        Assert.Equal(Rate.FromPercent(60), NationalParameters.Employee.PremiumBaseFloorRatio.At(Jan2021));
        Assert.Equal(Rate.FromPercent(300), NationalParameters.Employee.PremiumBaseCapRatio.At(Jan2021));
        Assert.Equal(Rate.FromPercent(6), NationalParameters.Employee.EmployerRate.At(Jan2021));
        Assert.Equal(Rate.FromPercent(2), NationalParameters.Employee.IndividualRate.At(Jan2021));
        Assert.Equal(Fraction.FromInteger(6), NationalParameters.Analysis.MonthsOfCoverReasonableMin.At(Jan2021));
        Assert.Equal(Fraction.FromInteger(9), NationalParameters.Analysis.MonthsOfCoverReasonableMax.At(Jan2021));
        // A city's plan is not a national rule: the municipal-pooling ratios live in samples/parameters/lishui.yaml.
        Assert.DoesNotContain(ParameterSet.National.Names, n => n.StartsWith("pooling.", StringComparison.Ordinal));
    }

    [Fact]
    public void Local_conventions_live_in_the_conventions_layer_not_in_the_national_set()
    {
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: regions grouped 低于3个月 / 3-9个月 / 高于9个月 (二（四）), and
        // 按上下浮动5个百分点的控制标准 (二（一）). Local conventions: the national set does not know them.
        LocalDate end2021 = new(2021, 12, 31);
        ParameterSet set = ParameterSet.NationalWithConventions;
        Assert.Equal(["national", "conventions"], set.Layers);
        Assert.Equal(Fraction.FromInteger(3), ConventionParameters.Analysis.MonthsOfCoverWarningBelow.At(set, end2021));
        Assert.Equal(Fraction.FromInteger(9), ConventionParameters.Analysis.MonthsOfCoverHighAbove.At(set, end2021));
        Assert.Equal(PercentagePoints.FromPoints(5), ConventionParameters.Analysis.BudgetTolerance.At(set, end2021));
        Assert.Equal(new LocalDate(2021, 1, 1), ConventionParameters.Analysis.BudgetTolerance.Entry(set, end2021).EffectiveFrom);
        Assert.Equal(new LocalDate(2020, 1, 1), ConventionParameters.Analysis.MonthsOfCoverWarningBelow.Entry(set, end2021).EffectiveFrom);
        foreach (string name in ParameterSet.Conventions.Names)
        {
            Assert.False(ParameterSet.National.Contains(name), name);
            Assert.Same(ParameterSet.Conventions.Get(name), set.Get(name));
        }

        Assert.Equal(ParameterSet.National.Count + ParameterSet.Conventions.Count, set.Count);
        var missing = Assert.Throws<ParameterNotFoundException>(() => ConventionParameters.Analysis.BudgetTolerance.At(ParameterSet.National, end2021));
        Assert.Contains("unknown parameter 'analysis.budget_execution.tolerance' in parameter set national", missing.Message);
    }

    [Fact]
    public void Every_national_value_has_a_citation_and_every_parameter_a_description_and_key()
    {
        var keyed = typeof(NationalParameters).GetNestedTypes()
            .SelectMany(t => t.GetFields())
            .Select(f => f.GetValue(null)!.ToString())
            .ToHashSet();
        foreach (Parameter p in ParameterSet.National.Parameters)
        {
            Assert.False(string.IsNullOrWhiteSpace(p.Description), p.Name);
            Assert.All(p.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Citation.Document)));
            Assert.Contains(p.Name, keyed);
        }

        Assert.Equal(ParameterSet.National.Count, keyed.Count);
    }

    [Fact]
    public void National_defaults_load_once_fast_and_thread_safely()
    {
        var cold = Stopwatch.StartNew();
        ParameterSet first = ParameterSet.LoadNationalFresh();
        cold.Stop();
        var times = new List<double>();
        for (int i = 0; i < 21; i++)
        {
            var sw = Stopwatch.StartNew();
            ParameterSet again = ParameterSet.LoadNationalFresh();
            sw.Stop();
            Assert.Equal(first.Count, again.Count);
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        double median = times[times.Count / 2];
        output.WriteLine($"national defaults: {first.Count} parameters; first parse in this process {cold.Elapsed.TotalMilliseconds:F2} ms; warm median {median:F3} ms (min {times[0]:F3}, max {times[^1]:F3})");
        Assert.True(median < 5, $"loading the national defaults took {median:F3} ms (median); the budget is 5 ms");

        var seen = new ParameterSet[16];
        Parallel.For(0, seen.Length, i => seen[i] = ParameterSet.National);
        Assert.All(seen, s => Assert.Same(ParameterSet.National, s));
    }

    [Fact]
    public void Zhuzhou_employer_rate_over_2020_splits_into_relief_segments()
    {
        ParameterSet zz = ParameterFiles.Load(Sample("zhuzhou-2021.yaml"), ParameterSet.National);
        Assert.Equal(["national", "zhuzhou-2021"], zz.Layers);
        // 株洲市2021年年度医疗保险基金财务报表及运行分析报告 二（一）: 2020年2月至6月…单位缴费比例由调整前8%减至4%; 2021年恢复正常缴费率（单位缴费率8.7%）
        IReadOnlyList<ParameterSegment> segments = zz.Over("employee.employer_rate", ReportingPeriod.OfYear(2020));
        Assert.Equal(
            ["2020-01-01..2020-01-31 8%", "2020-02-01..2020-06-30 4%", "2020-07-01..2020-12-31 8%"],
            segments.Select(s => $"{s.Window} {s.Entry.Value}"));
        Assert.Equal([1, 5, 6], segments.Select(s => s.Months(ReportingPeriod.OfYear(2020))));
        Assert.Equal(Rate.FromPercent(8.7m), NationalParameters.Employee.EmployerRate.At(zz, Jan2021));
        Assert.Single(zz.Over("employee.employer_rate", ReportingPeriod.OfYear(2021)));
    }

    [Fact]
    public void Zhuzhou_flexible_tiers_and_vaccine_budget()
    {
        ParameterSet zz = ParameterFiles.Load(Sample("zhuzhou-2021.yaml"));
        ScaleKey<Rate> tiers = ParameterKeys.RateScale("employee.flexible.rate_tiers");
        // 减征期 2020年4月至2021年3月: 6%费率档下降为3%, 8%费率档下降为5%
        Assert.Equal(Rate.FromPercent(3), tiers.At(zz, "low", new LocalDate(2020, 6, 15)));
        Assert.Equal(Rate.FromPercent(5), tiers.At(zz, "high", new LocalDate(2021, 3, 31)));
        Assert.Equal(Rate.FromPercent(8), tiers.At(zz, "high", new LocalDate(2021, 4, 1)));
        Assert.Equal([3, 3], zz.Over("employee.flexible.rate_tiers", ReportingPeriod.OfHalfYear(2021, 1)).Select(s => s.Months(ReportingPeriod.OfHalfYear(2021, 1))));
        Assert.Equal(Money.FromYuan(180), ParameterKeys.Money("resident.covid_vaccine.vaccine_per_capita").At(zz, Jan2021));
        Assert.Equal(Money.FromYuan(20), ParameterKeys.Money("resident.covid_vaccine.administration_per_capita").At(zz, Jan2021));
        Assert.Equal(Rate.FromPercent(40), ParameterKeys.Rate("resident.covid_vaccine.half_year_share").At(zz, Jan2021));
    }

    [Fact]
    public void A_layer_owns_the_whole_history_of_what_it_overrides()
    {
        ParameterSet zz = ParameterFiles.Load(Sample("zhuzhou-2021.yaml"));
        var d2022 = new LocalDate(2022, 1, 1);
        Assert.Equal(Money.FromYuan(320), NationalParameters.Resident.IndividualContribution.At(zz, d2022));
        Assert.Equal(Money.FromYuan(350), NationalParameters.Resident.IndividualContribution.At(d2022));
        Assert.Equal(Rate.FromPercent(300), NationalParameters.Employee.PremiumBaseCapRatio.At(zz, Jan2021)); // inherited
        Assert.Throws<ParameterNotFoundException>(() => NationalParameters.Resident.IndividualContribution.At(zz, new LocalDate(2019, 1, 1)));
    }

    [Fact]
    public void Lishui_sample_maternity_rate_and_one_third()
    {
        ParameterSet ls = ParameterFiles.Load(Sample("lishui.yaml"));
        var d = new LocalDate(2022, 1, 1);
        Assert.Equal(Rate.FromPercent(0.5m), ParameterKeys.Rate("employee.maternity_rate").At(ls, d));
        Assert.Equal(Rate.FromRatio(1, 3), ParameterKeys.Ratio("resident.individual_min_share").At(ls, d));
        Assert.Equal(Rate.FromPercent(30), FundMath.Pooling.PoolingParameters.CollectedFundShare.At(ls, d));
        Assert.Contains("丽水市", FundMath.Pooling.PoolingParameters.CollectedFundShare.Entry(ls, d).Citation.Document);
    }

    [Fact]
    public void Layers_stack_city_over_province_over_nation()
    {
        ParameterSet province = ParameterFiles.ReadYaml("""
            name: province
            parameters:
              employee.employer_rate:
                values:
                  2020-01-01: { value: 7%, cite: 省文件 }
              employee.individual_rate:
                values:
                  2020-01-01: { value: 2%, cite: 省文件 }
            """, "province.yaml");
        ParameterSet city = ParameterFiles.ReadYaml("""
            parameters:
              employee.employer_rate:
                values:
                  2020-01-01: { value: 8%, cite: 市文件 }
            """, "city.yaml", province);
        Assert.Equal(["national", "province", "city.yaml"], city.Layers);
        Assert.Equal(Rate.FromPercent(8), NationalParameters.Employee.EmployerRate.At(city, Jan2021));
        Assert.Equal("省文件", NationalParameters.Employee.IndividualRate.Entry(city, Jan2021).Citation.Document);
        Assert.Equal(Rate.FromPercent(60), NationalParameters.Employee.PremiumBaseFloorRatio.At(city, Jan2021));
    }

    [Theory]
    [InlineData("parameters:\n  resident.subsidy:\n    values:\n      2021-01-01: { value: 1, cite: x }\n", 2, 3, "unknown parameter 'resident.subsidy'")]
    [InlineData("parameters:\n  employee.employer_rate:\n    unit: yuan\n    values:\n      2021-01-01: { value: 1, cite: x }\n", 3, 11, "wrong unit: employee.employer_rate is rate in national but yuan here")]
    [InlineData("parameters:\n  employee.employer_rate:\n    values:\n      2021-01-01: { value: 8%, cite: x }\n      2020-01-01: { value: 7%, cite: x }\n", 5, 7, "dates must ascend")]
    [InlineData("parameters:\n  employee.employer_rate:\n    values:\n      2021-01-01: { value: 8%, cite: x }\n      2021-01-01: { value: 7%, cite: x }\n", 5, 7, "duplicate key '2021-01-01'")]
    [InlineData("parameters:\n  employee.employer_rate:\n    values:\n      2021-01-01: { value: 8% }\n", 4, 19, "missing citation")]
    [InlineData("parameters:\n  employee.employer_rate:\n    values:\n      2021-01-01: { value: 120%, cite: x }\n", 4, 28, "value out of domain: 120% is above the maximum 100%")]
    [InlineData("parameters:\n  employee.employer_rate:\n    values:\n      2021-01-01: { value: 320, cite: x }\n", 4, 28, "wrong unit or malformed value for employee.employer_rate (rate)")]
    [InlineData("parameters:\n  resident.fiscal_subsidy:\n    values:\n      2021-01-01: { value: -5, cite: x }\n", 4, 28, "below the minimum 0.00元/人·年")]
    [InlineData("parameters:\n  x.y:\n    unit: percent\n    values:\n      2021-01-01: { value: 1, cite: x }\n", 3, 11, "unknown unit 'percent'")]
    [InlineData("parameters:\n  X Y:\n    unit: rate\n    values:\n      2021-01-01: { value: 1%, cite: x }\n", 2, 3, "parameter name 'X Y'")]
    [InlineData("parameters:\n  x.y:\n    unit: rate\n    vaules:\n      2021-01-01: { value: 1%, cite: x }\n", 4, 5, "unknown member 'vaules'")]
    [InlineData("parameters:\n  x.y:\n    unit: rate\n    values:\n      2021-13-01: { value: 1%, cite: x }\n", 5, 7, "expected a date")]
    [InlineData("parameters:\n  x.y:\n    unit: rate\n    max: 50%\n    values:\n      2021-01-01: { value: 60%, cite: x }\n", 6, 28, "above the maximum 50%")]
    public void Validation_errors_name_file_line_and_column(string yaml, int line, int column, string message)
    {
        var e = Assert.Throws<DataFormatException>(() => ParameterFiles.ReadYaml(yaml, "city.yaml"));
        output.WriteLine(e.Message);
        Assert.Equal(("city.yaml", line, column), (e.SourceName, e.Line, e.Column));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Typed_key_rejects_a_set_that_changed_the_unit_or_shape()
    {
        ParameterSet odd = ParameterSet.Create("odd", [
            new Parameter("employee.employer_rate", ParameterUnit.Ratio,
                [new ParameterEntry(Jan2021, ParameterValue.FromRate(Rate.FromPercent(8), ParameterUnit.Ratio), new Citation("x"))]),
        ]);
        var e = Assert.Throws<InvalidOperationException>(() => NationalParameters.Employee.EmployerRate.At(odd, Jan2021));
        Assert.Contains("expects a single rate", e.Message);
        Assert.Throws<ArgumentException>(() => ParameterSet.National.Layer(odd));
    }

    [Fact]
    public void Explanation_carries_name_value_citation_and_effective_date()
    {
        Explanation x = NationalParameters.Resident.IndividualContribution.Explain(ParameterSet.National, new LocalDate(2021, 9, 30));
        Assert.Equal(ExplanationKind.Parameter, x.Kind);
        Assert.Equal("resident.individual_contribution", x.Name);
        Assert.Equal("320.00元/人·年", x.Value);
        Assert.Equal("医保发〔2021〕32号", x.Citation!.Document);
        Assert.Equal(Jan2021, x.EffectiveFrom);
        Explanation tier = NationalParameters.Resident.CentralSubsidyShare.Explain(ParameterSet.National, "tier2", Jan2021);
        Assert.Equal(("resident.central_subsidy_share[tier2]", "60%"), (tier.Name, tier.Value));
        output.WriteLine(x.ToText());
    }

    [Fact]
    public void Describe_lists_values_with_citations_or_the_value_at_a_date()
    {
        string all = ParameterSet.National.Describe("resident.individual_contribution");
        Assert.Equal(9, all.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 8 years
        string at = ParameterSet.National.Describe("resident", new LocalDate(2021, 6, 1));
        output.WriteLine(at);
        Assert.Contains("2021-01-01  320.00元/人·年  [医保发〔2021〕32号 一", at);
        Assert.Contains("resident.central_subsidy_share (rate)", at);
        Assert.Throws<ParameterNotFoundException>(() => ParameterSet.National.Describe("nothing.here"));
    }

    [Fact]
    public void Parameter_values_round_trip_their_units()
    {
        Assert.Equal(Money.FromFen(28_050), ParameterValue.FromMoney(Money.FromFen(28_050)).AsMoney());
        Assert.Equal("8.7%", ParameterValue.FromRate(Rate.FromPercent(8.7m)).ToString());
        Assert.Equal("1/3%", ParameterValue.FromRate(Rate.FromRatio(1, 300)).ToString()); // exact when not a short decimal
        Assert.Throws<InvalidOperationException>(() => ParameterValue.FromCount(3).AsMoney());
        Assert.Throws<ArgumentException>(() => ParameterValue.FromExact(ParameterUnit.Yuan, Fraction.Create(1, 1000)));
    }
}
