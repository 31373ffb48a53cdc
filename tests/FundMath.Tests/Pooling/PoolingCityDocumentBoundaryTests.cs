using System;
using System.Linq;
using FundMath.Data;
using FundMath.Pooling;
using FundMath.Yaml;
using static FundMath.Tests.Pooling.PoolingFixture;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The city document of <c>fundmath pool FILE</c> (docs/pooling.md): every member read with its unit and default,
/// every word of the scheme, assessment and reading, every refusal with its place and words, the rebuild from parts,
/// and <see cref="PoolingCityDocument.Locate"/> mapping each settlement field back to its key.
/// </summary>
public class PoolingCityDocumentBoundaryTests
{
    private static PoolingCityDocument Read(string yaml) => PoolingCityDocument.Read(YamlDataReader.Read(yaml, "city.yaml"));

    private static DataFormatException Refused(string yaml) => Assert.Throws<DataFormatException>(() => Read(yaml));

    // Every member given: unit 万元 turns plain numbers into 万元, per-person standards stay 元.
    private const string Full = """
        city: 示例市
        description: every member
        scheme: resident
        year: 2023
        unit: 万元
        prior_deficit_reading: share_of_share
        parameter_file: ../parameters/lishui.yaml
        collected_fund: { opening: 1000, interest: 5 }
        unified_subsidy_standard: 670
        counties:
          - name: " B县 "
            previous_year_expenditure: 3600
            accumulated_balance: 300
            personal_account_balance: 0
            previous_year_insured: 200000
            pooled_financing: 4000
            deficit: 1000
            surplus: 0
            prior_year_deficit: true
            assessment: below_good
            subsidy_2021: 650
            insured: 210000
          - name: A县
            surplus: 2
        """;

    [Fact]
    public void Every_member_is_read_in_its_unit_and_the_counties_are_sorted_by_name()
    {
        PoolingCityDocument d = Read(Full);
        Assert.Equal("示例市", d.City);
        Assert.Equal(MoneyUnit.Wan, d.Unit);
        Assert.Equal(PriorDeficitReading.ShareOfShare, d.Reading);
        Assert.Equal("../parameters/lishui.yaml", d.ParameterFile!.AsString());
        Assert.Equal(2023, d.Year.Year);
        Assert.Equal(PooledScheme.Resident, d.Year.Scheme);
        Assert.Equal(Yuan(10_000_000m), d.Year.CollectedFundOpening); // 1000万元
        Assert.Equal(Yuan(50_000m), d.Year.Interest);                 // 5万元
        Assert.Equal(Yuan(670m), d.Year.UnifiedSubsidyStandard);      // 元/人, not 万元
        Assert.Equal(["A县", "B县"], d.Counties.Select(c => c.Name)); // " B县 " trimmed, then ordinal order
        Assert.Equal(1, d.Location.Line);
        Assert.Equal("city.yaml", d.Location.Source);

        PoolingCounty a = d.Counties[0];
        Assert.Equal(Yuan(20_000m), a.Surplus);
        Assert.Equal((Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero), (a.PreviousYearExpenditure, a.AccumulatedBalance, a.PersonalAccountBalance, a.PooledFinancing, a.Deficit));
        Assert.False(a.PriorYearDeficit);
        Assert.Equal(CountyAssessment.GoodOrBetter, a.Assessment);
        Assert.Null(a.Subsidy2021);
        Assert.Null(a.Insured);
        Assert.Null(a.PreviousYearInsured);

        PoolingCounty b = d.Counties[1];
        Assert.Equal(Yuan(36_000_000m), b.PreviousYearExpenditure);
        Assert.Equal(Yuan(3_000_000m), b.AccumulatedBalance);
        Assert.Equal(Money.Zero, b.PersonalAccountBalance);
        Assert.Equal(Headcount.FromPersons(200_000), b.PreviousYearInsured);
        Assert.Equal(Yuan(40_000_000m), b.PooledFinancing);
        Assert.Equal(Yuan(10_000_000m), b.Deficit);
        Assert.Equal(Money.Zero, b.Surplus);
        Assert.True(b.PriorYearDeficit);
        Assert.Equal(CountyAssessment.BelowGood, b.Assessment);
        Assert.Equal(Yuan(650m), b.Subsidy2021);
        Assert.Equal(Headcount.FromPersons(210_000), b.Insured);
    }

    [Fact]
    public void A_minimal_document_takes_every_default()
    {
        PoolingCityDocument d = Read("""
            scheme: employee
            year: 2022
            counties:
              - name: A县
                deficit: 12.34
                personal_account_balance: 5
            """);
        Assert.Null(d.City);
        Assert.Null(d.Reading);
        Assert.Null(d.ParameterFile);
        Assert.Equal(MoneyUnit.Yuan, d.Unit);
        Assert.Equal(Money.Zero, d.Year.CollectedFundOpening);
        Assert.Equal(Money.Zero, d.Year.Interest);
        Assert.Null(d.Year.UnifiedSubsidyStandard);
        Assert.Equal(PooledScheme.Employee, d.Year.Scheme);
        Assert.Equal(Yuan(12.34m), d.Counties[0].Deficit); // 元 by default
        Assert.Equal(Yuan(5m), d.Counties[0].PersonalAccountBalance);

        // An empty collected_fund mapping keeps both amounts zero; a text amount carries its own unit.
        PoolingCityDocument e = Read("""
            scheme: 职工医保
            year: 2022
            unit: 万元
            collected_fund: { opening: "3亿元" }
            counties: [{ name: A县 }]
            """);
        Assert.Equal(Yuan(300_000_000m), e.Year.CollectedFundOpening);
        Assert.Equal(Money.Zero, e.Year.Interest);
        Assert.Equal(PooledScheme.Employee, e.Year.Scheme);
        Assert.Equal(Money.Zero, Read("scheme: 居民医保\nyear: 2022\ncollected_fund: { interest: 7 }\ncounties: [{ name: A县 }]").Year.CollectedFundOpening);
        Assert.Equal(Yuan(7m), Read("scheme: 居民医保\nyear: 2022\ncollected_fund: { interest: 7 }\ncounties: [{ name: A县 }]").Year.Interest);
        Assert.Equal(PooledScheme.Resident, Read("scheme: \" 居民医保 \"\nyear: 2022\ncounties: [{ name: A县 }]").Year.Scheme);
    }

    [Theory]
    [InlineData("good", CountyAssessment.GoodOrBetter)]
    [InlineData("优良", CountyAssessment.GoodOrBetter)]
    [InlineData("below_good", CountyAssessment.BelowGood)]
    [InlineData(" 未达到优良 ", CountyAssessment.BelowGood)]
    public void Every_word_of_an_assessment_is_read(string word, CountyAssessment expected) =>
        Assert.Equal(expected, Read($"scheme: employee\nyear: 2022\ncounties: [{{ name: A县, assessment: \"{word}\" }}]").Counties[0].Assessment);

    [Theory]
    [InlineData("points", PriorDeficitReading.PercentagePoints)]
    [InlineData("percentage_points", PriorDeficitReading.PercentagePoints)]
    [InlineData("share_of_share", PriorDeficitReading.ShareOfShare)]
    [InlineData(" share ", PriorDeficitReading.ShareOfShare)]
    public void Every_word_of_a_reading_is_read(string word, PriorDeficitReading expected)
    {
        Assert.Equal(expected, PoolingCityDocument.ReadReading(YamlDataReader.Read($"\"{word}\"", "r.yaml")));
        Assert.Equal(expected, Read($"scheme: employee\nyear: 2022\nprior_deficit_reading: \"{word}\"\ncounties: [{{ name: A县 }}]").Reading);
    }

    [Fact]
    public void Unknown_words_are_refused_with_the_choices()
    {
        Assert.Equal(
            "city.yaml:1:9: scheme: 'both' is not a scheme; use employee (职工医保) or resident (居民医保)",
            Refused("scheme: both\nyear: 2022\ncounties: [{ name: A县 }]").Message);
        Assert.Equal(
            "city.yaml:3:36: counties[0].assessment: 'fair' is not an assessment; use good (优良) or below_good (未达到优良)",
            Refused("scheme: employee\nyear: 2022\ncounties: [{ name: A县, assessment: fair }]").Message);
        Assert.Equal(
            "r.yaml:1:1: 'half' is not a reading of 减少5%; use points (5 percentage points, the default) or share_of_share (5% of the share)",
            Assert.Throws<DataFormatException>(() => PoolingCityDocument.ReadReading(YamlDataReader.Read("half", "r.yaml"))).Message);
        Assert.Throws<ArgumentNullException>(() => PoolingCityDocument.ReadReading(null!));
        Assert.Throws<ArgumentNullException>(() => PoolingCityDocument.Read(null!));
    }

    [Fact]
    public void Unknown_members_are_refused_listing_the_allowed_ones()
    {
        Assert.EndsWith(
            "unknown member 'town' (allowed: city, description, scheme, year, unit, prior_deficit_reading, parameter_file, collected_fund, unified_subsidy_standard, counties, headcounts)",
            Refused("town: x\nscheme: employee\nyear: 2022\ncounties: [{ name: A县 }]").Message,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "unknown member 'debt' (allowed: name, previous_year_expenditure, accumulated_balance, personal_account_balance, previous_year_insured, pooled_financing, deficit, surplus, prior_year_deficit, assessment, subsidy_2021, insured)",
            Refused("scheme: employee\nyear: 2022\ncounties: [{ name: A县, debt: 1 }]").Message,
            StringComparison.Ordinal);
        Assert.EndsWith(
            "unknown member 'closing' (allowed: opening, interest)",
            Refused("scheme: employee\nyear: 2022\ncollected_fund: { closing: 1 }\ncounties: [{ name: A县 }]").Message,
            StringComparison.Ordinal);
        Assert.Equal(
            ["name", "previous_year_expenditure", "accumulated_balance", "personal_account_balance", "previous_year_insured", "pooled_financing", "deficit", "surplus", "prior_year_deficit", "assessment", "subsidy_2021", "insured"],
            PoolingCityDocument.CountyKeys);
    }

    [Fact]
    public void Counties_must_be_there_named_and_named_once()
    {
        Assert.Equal("city.yaml:3:11: counties: a city settlement needs at least one county (市本级 counts as one)", Refused("scheme: employee\nyear: 2022\ncounties: []").Message);
        Assert.Equal("city.yaml:3:20: counties[0].name: a county needs a name", Refused("scheme: employee\nyear: 2022\ncounties: [{ name: \"  \" }]").Message);
        DataFormatException twice = Refused("scheme: employee\nyear: 2022\ncounties:\n  - name: A县\n  - name: A县\n");
        Assert.Equal("city.yaml:5:11: counties[1].name: county 'A县' appears twice (first at city.yaml:4:5): each county is settled once, so names must be unique", twice.Message);
    }

    [Fact]
    public void A_headcount_list_replaces_per_county_values_and_must_match_the_counties()
    {
        PoolingCityDocument d = Read("""
            scheme: employee
            year: 2023
            counties:
              - { name: B县 }
              - { name: A县 }
            headcounts: { A县: 100, B县: 200 }
            """);
        Assert.Equal([Headcount.FromPersons(100), Headcount.FromPersons(200)], d.Counties.Select(c => c.PreviousYearInsured!.Value));

        Assert.Equal(
            "city.yaml:4:19: headcounts.A县: county 'A县' has previous_year_insured in its own entry (city.yaml:3:47) and in headcounts: give it once",
            Refused("scheme: employee\nyear: 2023\ncounties: [{ name: A县, previous_year_insured: 100 }]\nheadcounts: { A县: 100 }").Message);
        Assert.Equal(
            "city.yaml:4:13: headcounts: county 'B县' is missing from the headcount list: the year-start top-up is raised by previous-year insured headcounts (四(二)7(2)/(3)), so every county needs one",
            Refused("scheme: employee\nyear: 2023\ncounties: [{ name: A县 }, { name: B县 }]\nheadcounts: { A县: 100 }").Message);
        Assert.Equal(
            "city.yaml:4:28: headcounts.C县: headcounts names 'C县', which is not one of the counties",
            Refused("scheme: employee\nyear: 2023\ncounties: [{ name: A县 }]\nheadcounts: { A县: 100, C县: 5 }").Message);

        // A county with its own value needs no entry in the list.
        PoolingCityDocument own = Read("scheme: employee\nyear: 2023\ncounties: [{ name: A县 }, { name: B县, previous_year_insured: 7 }]\nheadcounts: { A县: 100 }");
        Assert.Equal(Headcount.FromPersons(7), own.Counties[1].PreviousYearInsured);
    }

    [Fact]
    public void Settlement_errors_are_located_at_the_field_the_county_or_the_city_member()
    {
        // B县's deficit is negative: the error points at counties[0].deficit (the document order, not the sorted one).
        PoolingCityDocument d = Read("""
            scheme: employee
            year: 2023
            collected_fund: { opening: -1 }
            counties:
              - { name: B县, deficit: -5, previous_year_insured: 1 }
              - { name: A县 }
            headcounts: { A县: 3 }
            """);
        DataFormatException city = Assert.Throws<DataFormatException>(() => d.Settle(Policy(2023)));
        Assert.Equal(("collected_fund.opening", 3, 28), (city.MemberPath, city.Line, city.Column));
        Assert.Equal("CollectedFundOpening -1.00元: the collected fund (归集基金) never goes below zero, so its opening balance is 0 or more", city.Reason);
        Assert.IsType<PoolingInputException>(city.InnerException);
        Assert.Throws<ArgumentNullException>(() => d.Settle(null!));
        Assert.Throws<ArgumentNullException>(() => d.Locate(null!));

        DataFormatException deficit = d.Locate(new PoolingInputException("B县", nameof(PoolingCounty.Deficit), "-5.00元", "r"));
        Assert.Equal(("counties[0].deficit", 5, 26), (deficit.MemberPath, deficit.Line, deficit.Column));
        Assert.Equal("county B县: Deficit -5.00元: r", deficit.Reason);

        // A field the county does not write: its entry. A headcount: the headcount list's value when it is there.
        DataFormatException unwritten = d.Locate(new PoolingInputException("A县", nameof(PoolingCounty.Surplus), "x", "r"));
        Assert.Equal(("counties[1]", 6, 5), (unwritten.MemberPath, unwritten.Line, unwritten.Column));
        DataFormatException listed = d.Locate(new PoolingInputException("A县", nameof(PoolingCounty.PreviousYearInsured), "x", "r"));
        Assert.Equal(("headcounts.A县", 7, 19), (listed.MemberPath, listed.Line, listed.Column));
        DataFormatException own = d.Locate(new PoolingInputException("B县", nameof(PoolingCounty.PreviousYearInsured), "x", "r"));
        Assert.Equal("counties[0].previous_year_insured", own.MemberPath);

        // An unknown county, or a city member the document does not write: the document, under the member's key.
        DataFormatException unknown = d.Locate(new PoolingInputException("Z县", nameof(PoolingCounty.Deficit), "x", "r"));
        Assert.Equal(("deficit", 1, 1), (unknown.MemberPath, unknown.Line, unknown.Column));
        DataFormatException interest = d.Locate(new PoolingInputException(null, nameof(PoolingYear.Interest), "x", "r"));
        Assert.Equal(("collected_fund.interest", 1, 1), (interest.MemberPath, interest.Line, interest.Column));
        DataFormatException year = d.Locate(new PoolingInputException(null, nameof(PoolingYear.Year), "2022", "r"));
        Assert.Equal(("year", 2, 7), (year.MemberPath, year.Line, year.Column));
        DataFormatException scheme = d.Locate(new PoolingInputException(null, nameof(PoolingYear.Scheme), "x", "r"));
        Assert.Equal(("scheme", 1, 9), (scheme.MemberPath, scheme.Line, scheme.Column));
        DataFormatException other = d.Locate(new PoolingInputException(null, "counties", "x", "r"));
        Assert.Equal(("counties", 5, 3), (other.MemberPath, other.Line, other.Column));
        DataFormatException below = d.Locate(new PoolingInputException(null, "year.month", "x", "r")); // year is a scalar: no member below it
        Assert.Equal(("year.month", 1, 1), (below.MemberPath, below.Line, below.Column));
    }

    [Theory]
    [InlineData(nameof(PoolingCounty.Name), "name")]
    [InlineData(nameof(PoolingCounty.PreviousYearExpenditure), "previous_year_expenditure")]
    [InlineData(nameof(PoolingCounty.AccumulatedBalance), "accumulated_balance")]
    [InlineData(nameof(PoolingCounty.PersonalAccountBalance), "personal_account_balance")]
    [InlineData(nameof(PoolingCounty.PreviousYearInsured), "previous_year_insured")]
    [InlineData(nameof(PoolingCounty.PooledFinancing), "pooled_financing")]
    [InlineData(nameof(PoolingCounty.Deficit), "deficit")]
    [InlineData(nameof(PoolingCounty.Surplus), "surplus")]
    [InlineData(nameof(PoolingCounty.PriorYearDeficit), "prior_year_deficit")]
    [InlineData(nameof(PoolingCounty.Assessment), "assessment")]
    [InlineData(nameof(PoolingCounty.Subsidy2021), "subsidy_2021")]
    [InlineData(nameof(PoolingCounty.Insured), "insured")]
    public void Every_county_field_is_located_at_its_key(string field, string key)
    {
        PoolingCityDocument d = Read("""
            scheme: resident
            year: 2023
            counties:
              - name: A县
                previous_year_expenditure: 1
                accumulated_balance: 1
                personal_account_balance: 0
                previous_year_insured: 1
                pooled_financing: 1
                deficit: 1
                surplus: 0
                prior_year_deficit: false
                assessment: good
                subsidy_2021: 1
                insured: 1
            """);
        DataFormatException e = d.Locate(new PoolingInputException("A县", field, "v", "r"));
        Assert.Equal("counties[0]." + key, e.MemberPath);
        Assert.Equal(4 + Array.IndexOf([.. PoolingCityDocument.CountyKeys], key), e.Line);
    }

    [Theory]
    [InlineData(nameof(PoolingYear.CollectedFundOpening), "collected_fund.opening", 3)]
    [InlineData(nameof(PoolingYear.Interest), "collected_fund.interest", 3)]
    [InlineData(nameof(PoolingYear.UnifiedSubsidyStandard), "unified_subsidy_standard", 4)]
    [InlineData(nameof(PoolingYear.Year), "year", 2)]
    [InlineData(nameof(PoolingYear.Scheme), "scheme", 1)]
    public void Every_city_field_is_located_at_its_key(string field, string key, int line)
    {
        PoolingCityDocument d = Read("scheme: resident\nyear: 2023\ncollected_fund: { opening: 1, interest: 2 }\nunified_subsidy_standard: 670\ncounties: [{ name: A县 }]");
        DataFormatException e = d.Locate(new PoolingInputException(null, field, "v", "r"));
        Assert.Equal((key, line), (e.MemberPath, e.Line));
    }

    [Fact]
    public void The_document_settles_like_the_city_settlement_it_wraps()
    {
        PoolingCityDocument d = Read("""
            scheme: employee
            year: 2022
            counties:
              - { name: B县, previous_year_expenditure: 400, accumulated_balance: 50 }
              - { name: A县, previous_year_expenditure: 120, accumulated_balance: 100 }
            """);
        (CollectedFundStatement fund, CountySettlement[] counties) = d.Settle(Policy(2022));
        // 3/12 of 120 and of 400 = 30.00 and 100.00 transferred; B县 has 50.00 → 50.00 special appropriation.
        Assert.Equal(Yuan(130m), fund.InitialTransfers);
        Assert.Equal(["A县", "B县"], counties.Select(c => c.Name));
        Assert.Equal(Yuan(50m), counties[1].InitialTransfer.SpecialAppropriation);
    }

    [Fact]
    public void A_document_rebuilt_from_parts_keeps_them_and_refuses_bad_county_lists()
    {
        var at = new SourceLocation("doc.json", 3, 4);
        DataNode file = DataNode.Scalar("lishui.yaml", DataScalarKind.String, at, "parameter_file");
        PoolingCounty[] counties = [new("A县"), new("B县")];
        PoolingCityDocument d = PoolingCityDocument.FromParts("示例市", Employee(2023), PriorDeficitReading.ShareOfShare, MoneyUnit.Wan, file, counties, at);
        Assert.Equal(("示例市", PriorDeficitReading.ShareOfShare, MoneyUnit.Wan), (d.City, d.Reading, d.Unit));
        Assert.Same(file, d.ParameterFile);
        Assert.Equal(["A县", "B县"], d.Counties.Select(c => c.Name));
        Assert.Equal(at, d.Location);
        counties[0] = new("Z县");
        Assert.Equal("A县", d.Counties[0].Name); // a copy

        // No nodes of its own: a county error is placed at the location under the member's key.
        DataFormatException e = d.Locate(new PoolingInputException("A县", nameof(PoolingCounty.Deficit), "x", "r"));
        Assert.Equal(("deficit", 3, 4), (e.MemberPath, e.Line, e.Column));
        Assert.Equal("doc.json:3:4: deficit: county A县: Deficit x: r", e.Message);

        ArgumentException none = Assert.Throws<ArgumentException>(() => PoolingCityDocument.FromParts(null, Employee(2023), null, MoneyUnit.Yuan, null, [], at));
        Assert.Equal("a city settlement needs at least one county (市本级 counts as one). (Parameter 'counties')", none.Message);
        ArgumentException blank = Assert.Throws<ArgumentException>(() => PoolingCityDocument.FromParts(null, Employee(2023), null, MoneyUnit.Yuan, null, [new("A县"), new(" ")], at));
        Assert.Equal("county 1 has no name. (Parameter 'counties')", blank.Message);
        ArgumentException order = Assert.Throws<ArgumentException>(() => PoolingCityDocument.FromParts(null, Employee(2023), null, MoneyUnit.Yuan, null, [new("B县"), new("A县")], at));
        Assert.Equal("county 'A县' follows 'B县': the counties must be in ordinal name order with unique names, as the document reader leaves them (the order is the tie-break of every split). (Parameter 'counties')", order.Message);
        Assert.Throws<ArgumentException>(() => PoolingCityDocument.FromParts(null, Employee(2023), null, MoneyUnit.Yuan, null, [new("A县"), new("A县")], at));
        Assert.Throws<ArgumentNullException>(() => PoolingCityDocument.FromParts(null, Employee(2023), null, MoneyUnit.Yuan, null, null!, at));
        Assert.Single(PoolingCityDocument.FromParts(null, Employee(2023), null, MoneyUnit.Yuan, null, [new("A县")], at).Counties);
    }
}
