namespace FundMath.Tests.Serialization;

using System;
using System.Text.Json;
using FundMath;
using FundMath.Analysis;
using FundMath.Cohorts;
using FundMath.Drg;
using FundMath.Funds;
using NodaTime;
using static FundMath.Tests.Serialization.JsonEdits;

/// <summary>
/// The value converters at their edges: the exact text each writes (a percentage with six decimals is still a
/// decimal, seven make it a ratio), each token type it accepts or refuses, and the words of every refusal — the
/// type, the text, and what was expected.
/// </summary>
public class ValueJsonBoundaryTests
{
    [Theory]
    [InlineData("true", "True")]
    [InlineData("null", "Null")]
    [InlineData("[]", "StartArray")]
    public void Money_is_a_number_or_a_string(string json, string token) =>
        Assert.Equal($"Expected a JSON string for Money but found {token}.", Refused<Money>(json));

    [Fact]
    public void Money_with_digits_below_the_fen_is_refused_with_the_number()
    {
        string message = Refused<Money>("1.001");
        Assert.StartsWith("Invalid Money 1.001: ", message, StringComparison.Ordinal);
        Assert.Equal(Money.FromFen(100), Read<Money>("1.000"));
        Assert.Equal(Money.FromFen(-1), Read<Money>("-0.01"));
    }

    // long.MaxValue fen = 92,233,720,368,547,758.07 元 is the largest amount; one fen more is refused as JSON, not overflowed.
    [Fact]
    public void Money_beyond_its_range_is_a_json_exception()
    {
        Assert.Equal(Money.MaxValue, Read<Money>("92233720368547758.07"));
        var e = Assert.Throws<JsonException>(() => Read<Money>("92233720368547758.08"));
        Assert.IsType<OverflowException>(e.InnerException);
        Assert.Equal("Invalid Money 92233720368547758.08: " + e.InnerException!.Message, e.Message);
        Assert.IsType<OverflowException>(Assert.Throws<JsonException>(() => Read<Money>("100000000000000000000")).InnerException);
    }

    // 79,228,162,514,264,337,593,543,950,335 (decimal.MaxValue) and 10⁻²⁸ have terms beyond 64 bits: refused as JSON.
    [Fact]
    public void A_fraction_number_whose_terms_do_not_fit_is_a_json_exception()
    {
        var e = Assert.Throws<JsonException>(() => Read<Fraction>("79228162514264337593543950335"));
        Assert.IsType<OverflowException>(e.InnerException);
        Assert.Equal("Invalid Fraction 79228162514264337593543950335: " + e.InnerException!.Message, e.Message);
        Assert.IsType<OverflowException>(Assert.Throws<JsonException>(() => Read<Fraction>("0.0000000000000000000000000001")).InnerException);
        // 9,223,372,036,854,775,807 = long.MaxValue still fits.
        Assert.Equal(Fraction.FromInteger(long.MaxValue), Read<Fraction>("9223372036854775807"));
    }

    [Fact]
    public void Money_text_that_does_not_parse_is_refused_with_the_text()
    {
        var e = Assert.Throws<JsonException>(() => Read<Money>("\"1,46\""));
        Assert.NotNull(e.InnerException);
        Assert.Equal("Invalid Money '1,46': " + e.InnerException!.Message, e.Message);
        Assert.Equal(Money.From(84_555m, MoneyUnit.Wan), Read<Money>("\"84,555万元\""));
    }

    [Fact]
    public void Money_is_written_as_a_raw_number_with_two_decimals()
    {
        Assert.Equal("0.00", Write(Money.Zero));
        Assert.Equal("0.01", Write(Money.FromFen(1)));
        Assert.Equal("-92233720368547758.08", Write(Money.FromFen(long.MinValue)));
        Assert.Equal("[1.50,-2.25]", Write(new[] { Money.FromFen(150), Money.FromFen(-225) }));
    }

    // A percentage that terminates within six decimals prints as one; with seven it is written as the exact ratio.
    [Fact]
    public void A_rate_is_a_percentage_up_to_six_decimals_then_a_ratio()
    {
        Assert.Equal("\"8%\"", Write(Rate.FromPercent(8m)));
        Assert.Equal("\"0.123456%\"", Write(Rate.FromPercent(0.123456m)));
        // 0.1234567% = 0.001234567 = 1,234,567 / 1,000,000,000 (1,234,567 is odd and not a multiple of 5).
        Assert.Equal("\"1234567/1000000000\"", Write(Rate.FromPercent(0.1234567m)));
        // 1/8 = 12.5%; 1/64 = 1.5625%; 1/3 never terminates.
        Assert.Equal("\"12.5%\"", Write(Rate.FromRatio(1, 8)));
        Assert.Equal("\"1.5625%\"", Write(Rate.FromRatio(1, 64)));
        Assert.Equal("\"1/3\"", Write(Rate.FromRatio(1, 3)));
        Assert.Equal("\"-1/7\"", Write(Rate.FromRatio(-1, 7)));
        foreach (Rate r in new[] { Rate.FromPercent(0.123456m), Rate.FromPercent(0.1234567m), Rate.FromRatio(-1, 7), Rate.FromRatio(1, 64) })
        {
            Assert.Equal(r, Read<Rate>(Write(r)));
        }
    }

    [Fact]
    public void Percentage_points_are_decimal_up_to_six_places_then_a_ratio_with_pp()
    {
        Assert.Equal("\"5pp\"", Write(PercentagePoints.FromPoints(5m)));
        Assert.Equal("\"0.123456pp\"", Write(PercentagePoints.FromPoints(0.123456m)));
        // 0.1234567 = 1,234,567 / 10,000,000 points.
        Assert.Equal("\"1234567/10000000pp\"", Write(PercentagePoints.FromPoints(0.1234567m)));
        Assert.Equal("\"-2/3pp\"", Write(PercentagePoints.FromPoints(Fraction.Create(-2, 3))));
        Assert.Equal(PercentagePoints.FromPoints(Fraction.Create(-2, 3)), Read<PercentagePoints>("\"-2/3pp\""));
        Assert.Equal(PercentagePoints.FromPoints(0.1234567m), Read<PercentagePoints>("\"1234567/10000000pp\""));
    }

    [Fact]
    public void Rates_and_points_are_strings_only()
    {
        Assert.Equal("Expected a JSON string for Rate but found Number.", Refused<Rate>("0.087"));
        Assert.Equal("Expected a JSON string for PercentagePoints but found Number.", Refused<PercentagePoints>("5"));
        var e = Assert.Throws<JsonException>(() => Read<Rate>("\"60\""));
        Assert.Equal("Invalid Rate '60': " + e.InnerException!.Message, e.Message);
        var p = Assert.Throws<JsonException>(() => Read<PercentagePoints>("\"5%\""));
        Assert.Equal("Invalid PercentagePoints '5%': " + p.InnerException!.Message, p.Message);
    }

    [Fact]
    public void A_fraction_is_a_ratio_string_or_an_exact_number()
    {
        Assert.Equal("\"392/25\"", Write(Fraction.FromDecimal(15.68m)));
        Assert.Equal("\"3\"", Write(Fraction.FromInteger(3)));
        Assert.Equal(Fraction.Create(-1, 8), Read<Fraction>("-0.125"));
        Assert.Equal(Fraction.Create(2, 3), Read<Fraction>("\"2/3\""));
        Assert.Equal("Expected a JSON string for Fraction but found True.", Refused<Fraction>("true"));
        var e = Assert.Throws<JsonException>(() => Read<Fraction>("\"1/0\""));
        Assert.Equal("Invalid Fraction '1/0': " + e.InnerException!.Message, e.Message);
        var f = Assert.Throws<JsonException>(() => Read<Fraction>("\"one\""));
        Assert.Equal("Invalid Fraction 'one': " + f.InnerException!.Message, f.Message);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("1e30")]
    public void A_headcount_number_must_be_a_non_negative_whole_number(string json) =>
        Assert.Equal("A Headcount must be a non-negative whole number of persons.", Refused<Headcount>(json));

    [Fact]
    public void A_headcount_of_zero_persons_is_read()
    {
        Assert.Equal(Headcount.Zero, Read<Headcount>("0"));
        Assert.Equal(Headcount.FromPersons(1), Read<Headcount>("1"));
        Assert.Equal("0", Write(Headcount.Zero));
        Assert.Equal("Expected a JSON string for Headcount but found False.", Refused<Headcount>("false"));
        var e = Assert.Throws<JsonException>(() => Read<Headcount>("\"lots\""));
        Assert.Equal("Invalid Headcount 'lots': " + e.InnerException!.Message, e.Message);
    }

    [Fact]
    public void A_reporting_period_is_its_printed_text()
    {
        Assert.Equal("\"2021\"", Write(ReportingPeriod.OfYear(2021)));
        Assert.Equal("\"2021H2\"", Write(ReportingPeriod.OfHalfYear(2021, 2)));
        Assert.Equal("\"2021-07\"", Write(ReportingPeriod.OfMonth(2021, 7)));
        Assert.Equal(ReportingPeriod.OfMonth(2021, 12), Read<ReportingPeriod>("\"2021-12\""));
        Assert.Equal("Expected a JSON string for ReportingPeriod but found Number.", Refused<ReportingPeriod>("2021"));
        var e = Assert.Throws<JsonException>(() => Read<ReportingPeriod>("\"2021Q5\""));
        Assert.Equal("Invalid ReportingPeriod '2021Q5': " + e.InnerException!.Message, e.Message);
    }

    [Fact]
    public void Dates_and_months_are_iso_text()
    {
        Assert.Equal("\"2021-01-31\"", Write(new LocalDate(2021, 1, 31)));
        Assert.Equal(new LocalDate(2020, 2, 29), Read<LocalDate>("\"2020-02-29\""));
        Assert.Equal("Invalid LocalDate '2021-02-29': expected a date such as \"2021-01-01\".", Refused<LocalDate>("\"2021-02-29\""));
        Assert.Equal("Invalid LocalDate '2021/01/01': expected a date such as \"2021-01-01\".", Refused<LocalDate>("\"2021/01/01\""));
        Assert.Equal("Expected a JSON string for LocalDate but found Number.", Refused<LocalDate>("20210101"));

        Assert.Equal("\"2022-07\"", Write(new YearMonth(2022, 7)));
        Assert.Equal(new YearMonth(2022, 12), Read<YearMonth>("\"2022-12\""));
        Assert.Equal("Invalid YearMonth '2022-13': expected a year and month such as \"2021-01\".", Refused<YearMonth>("\"2022-13\""));
        Assert.Equal("Expected a JSON string for YearMonth but found Null.", Refused<YearMonth>("null"));
    }

    [Fact]
    public void An_enum_is_one_of_its_names_case_sensitive()
    {
        Assert.Equal(ExecutionOutcome.Within, Read<ExecutionOutcome>("\"Within\""));
        Assert.Equal(ExecutionOutcome.NoBudget, Read<ExecutionOutcome>("\"NoBudget\""));
        Assert.Equal("Expected a ExecutionOutcome name as a JSON string (Within, Over, Under, NoBudget) but found Number.", Refused<ExecutionOutcome>("3"));
        Assert.Equal("'nobudget' is not a ExecutionOutcome; expected one of Within, Over, Under, NoBudget.", Refused<ExecutionOutcome>("\"nobudget\""));
        Assert.Equal("'Within, Over' is not a ExecutionOutcome; expected one of Within, Over, Under, NoBudget.", Refused<ExecutionOutcome>("\"Within, Over\""));
        Assert.Equal("'' is not a ExecutionOutcome; expected one of Within, Over, Under, NoBudget.", Refused<ExecutionOutcome>("\"\""));
    }

    [Fact]
    public void An_undefined_enum_value_cannot_be_written()
    {
        var e = Assert.Throws<JsonException>(() => Write((ExecutionOutcome)9));
        Assert.Equal("9 is not a defined ExecutionOutcome.", e.Message);
    }

    [Fact]
    public void Lines_and_service_categories_are_their_codes()
    {
        Assert.Equal("\"fiscal-subsidy\"", Write(IncomeLine.FromIndex(1)));
        Assert.Equal(IncomeLine.Other, Read<IncomeLine>("\"other\""));
        Assert.Equal("Invalid IncomeLine 'Premiums': expected one of \"premiums\", \"fiscal-subsidy\", \"interest\", \"transfers-in\", \"risk-reserve-provision\", \"other\".", Refused<IncomeLine>("\"Premiums\""));
        Assert.Equal("Expected a JSON string for IncomeLine but found Number.", Refused<IncomeLine>("0"));

        Assert.Equal("\"transfers-out\"", Write(ExpenditureLine.FromIndex(7)));
        Assert.Equal(ExpenditureLine.FromIndex(ExpenditureLine.Count - 1), Read<ExpenditureLine>("\"other\""));
        Assert.Equal("Invalid ExpenditureLine 'x': expected one of \"inpatient\", \"outpatient\", \"chronic-special-outpatient\", \"maternity\", \"personal-account\", \"other-benefits\", \"vaccine\", \"transfers-out\", \"other\".", Refused<ExpenditureLine>("\"x\""));

        Assert.Equal("\"chronic-special-outpatient\"", Write(ServiceCategory.FromIndex(2)));
        Assert.Equal(ServiceCategory.Inpatient, Read<ServiceCategory>("\"inpatient\""));
        Assert.Equal(ServiceCategory.Maternity, Read<ServiceCategory>("\"maternity\""));
        Assert.Equal("Invalid ServiceCategory 'Maternity': expected one of \"inpatient\", \"outpatient\", \"chronic-special-outpatient\", \"maternity\".", Refused<ServiceCategory>("\"Maternity\""));
        Assert.Equal("Expected a JSON string for ServiceCategory but found True.", Refused<ServiceCategory>("true"));
    }

    [Fact]
    public void Drg_points_are_a_number_of_at_most_six_decimals()
    {
        Assert.Equal("1.234567", Write(DrgPoints.FromDecimal(1.234567m)));
        Assert.Equal(DrgPoints.FromDecimal(1.234567m), Read<DrgPoints>("1.2345670"));
        Assert.Equal("Expected a JSON number of DRG points but found String.", Refused<DrgPoints>("\"1.5\""));
        var e = Assert.Throws<JsonException>(() => Read<DrgPoints>("1.2345678"));
        Assert.Equal("Invalid DrgPoints 1.2345678: " + e.InnerException!.Message, e.Message);
        Assert.Equal("Expected a JSON number of DRG points but found Number.", Refused<DrgPoints>("1e40"));
    }

    [Fact]
    public void A_predefined_fund_kind_must_keep_its_names()
    {
        Assert.Equal("{\"code\":\"employee.pooled\",\"chineseName\":\"\\u7EDF\\u7B79\\u57FA\\u91D1\",\"englishName\":\"employee pooled fund\"}", Write(FundKind.EmployeePooledFund));
        Assert.Same(FundKind.EmployeePooledFund.Code, Read<FundKind>(Write(FundKind.EmployeePooledFund)).Code);
        Assert.Equal(FundKind.Several, Read<FundKind>(Write(FundKind.Several)));
        Assert.True(Read<FundKind>(Write(FundKind.Several)).IsSeveral);
        Assert.Equal("FundKind: the code 'employee.pooled' is predefined as 统筹基金 (employee pooled fund), not 统筹基金 (pooled fund).",
            RefusedEdit(FundKind.EmployeePooledFund, j => j["englishName"] = "pooled fund"));
        Assert.Equal("FundKind: the code 'employee.pooled' is predefined as 统筹基金 (employee pooled fund), not 统筹 (employee pooled fund).",
            RefusedEdit(FundKind.EmployeePooledFund, j => j["chineseName"] = "统筹"));
        Assert.Equal("FundKind: the code '*' is predefined as 合计 (several fund kinds), not 合计 (all).",
            RefusedEdit(FundKind.Several, j => j["englishName"] = "all"));
        FundKind custom = Read<FundKind>("{\"code\":\"long-term-care\",\"chineseName\":\"长期护理保险\",\"englishName\":\"long-term care insurance\"}");
        Assert.Equal(FundKind.Define("long-term-care", "长期护理保险", "long-term care insurance"), custom);
        Assert.StartsWith("FundKind: the members do not make a valid FundKind: ", Refused<FundKind>("{\"code\":\"ltc\",\"chineseName\":\"\",\"englishName\":\"x\"}"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_known_cohort_category_must_keep_its_names()
    {
        Assert.Equal(CohortCategory.Retired, Read<CohortCategory>(Write(CohortCategory.Retired)));
        Assert.True(Read<CohortCategory>(Write(CohortCategory.Retired)).IsWellKnown);
        Assert.Equal(CohortCategory.Insured, Read<CohortCategory>(Write(CohortCategory.Insured)));
        Assert.Equal("CohortCategory: the code 'retired' is predefined as 退休人员 (retired employees), not 退休人员 (retirees).",
            RefusedEdit(CohortCategory.Retired, j => j["englishName"] = "retirees"));
        Assert.Equal("CohortCategory: the code 'retired' is predefined as 退休人员 (retired employees), not 退休 (retired employees).",
            RefusedEdit(CohortCategory.Retired, j => j["chineseName"] = "退休"));
        CohortCategory flexible = Read<CohortCategory>(Write(CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed")));
        Assert.False(flexible.IsWellKnown);
        Assert.Equal("flexibly employed", flexible.EnglishName);
        Assert.StartsWith("CohortCategory: the members do not make a valid CohortCategory: ", Refused<CohortCategory>("{\"code\":\"x\",\"chineseName\":\"\",\"englishName\":\"x\"}"), StringComparison.Ordinal);
    }
}
