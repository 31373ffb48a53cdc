using System;
using System.Collections.Generic;
using FundMath.Data;

namespace FundMath.Pooling;

/// <summary>
/// A city's counties for one settlement year, read from a data document (YAML or JSON through the data layer, or a CSV
/// turned into nodes) — 统筹结算数据文件, the input of <c>fundmath pool FILE</c> and of the <c>pooling.city_settlement</c>
/// case calculation. Format (docs/pooling.md):
/// <code>
/// city: 示例市            # optional label
/// scheme: resident       # employee | resident
/// year: 2023
/// unit: 万元              # plain numbers are in this unit (元 by default); "3.86亿元" carries its own
/// prior_deficit_reading: points   # points (default) | share_of_share — how 减少5% is read
/// parameter_file: ../parameters/lishui.yaml   # the city's rules (used by the tool; recorded here)
/// collected_fund: { opening: 1000, interest: 0 }
/// unified_subsidy_standard: 670   # 元/人 (per-person amounts are always 元)
/// counties:
///   - { name: A县, previous_year_expenditure: 6000, accumulated_balance: 2500, previous_year_insured: 300000,
///       pooled_financing: 6000, deficit: 4000, subsidy_2021: 670 }
/// headcounts: { A县: 300000 }   # optional: previous-year insured by county, instead of per-county values
/// </code>
/// Every problem is a <see cref="DataFormatException"/> with file:line:column and the member path; an input that
/// breaks a settlement rule is mapped back to its place by <see cref="Locate"/>.
/// </summary>
public sealed class PoolingCityDocument
{
    private static readonly string[] RootMembers =
        ["city", "description", "scheme", "year", "unit", "prior_deficit_reading", "parameter_file", "collected_fund", "unified_subsidy_standard", "counties", "headcounts"];

    private static readonly string[] CountyMembers =
    [
        "name", "previous_year_expenditure", "accumulated_balance", "personal_account_balance", "previous_year_insured",
        "pooled_financing", "deficit", "surplus", "prior_year_deficit", "assessment", "subsidy_2021", "insured",
    ];

    /// <summary>
    /// The keys a county may have (name, previous_year_expenditure, accumulated_balance, …, insured), in document
    /// order: the members of <c>counties[]</c>, and the columns a CSV of counties may have.
    /// </summary>
    public static IReadOnlyList<string> CountyKeys => CountyMembers;

    // PoolingCounty / PoolingYear member → the file's key.
    private static readonly Dictionary<string, string> Keys = new(StringComparer.Ordinal)
    {
        [nameof(PoolingCounty.Name)] = "name",
        [nameof(PoolingCounty.PreviousYearExpenditure)] = "previous_year_expenditure",
        [nameof(PoolingCounty.AccumulatedBalance)] = "accumulated_balance",
        [nameof(PoolingCounty.PersonalAccountBalance)] = "personal_account_balance",
        [nameof(PoolingCounty.PreviousYearInsured)] = "previous_year_insured",
        [nameof(PoolingCounty.PooledFinancing)] = "pooled_financing",
        [nameof(PoolingCounty.Deficit)] = "deficit",
        [nameof(PoolingCounty.Surplus)] = "surplus",
        [nameof(PoolingCounty.PriorYearDeficit)] = "prior_year_deficit",
        [nameof(PoolingCounty.Assessment)] = "assessment",
        [nameof(PoolingCounty.Subsidy2021)] = "subsidy_2021",
        [nameof(PoolingCounty.Insured)] = "insured",
        [nameof(PoolingYear.CollectedFundOpening)] = "collected_fund.opening",
        [nameof(PoolingYear.Interest)] = "collected_fund.interest",
        [nameof(PoolingYear.UnifiedSubsidyStandard)] = "unified_subsidy_standard",
        [nameof(PoolingYear.Year)] = "year",
        [nameof(PoolingYear.Scheme)] = "scheme",
    };

    private readonly DataNode root;
    private readonly Dictionary<string, DataNode> countyNodes;
    private readonly Dictionary<string, DataNode> headcountNodes;

    private PoolingCityDocument(DataNode root, PoolingYear year, PoolingCounty[] counties, Dictionary<string, DataNode> countyNodes, Dictionary<string, DataNode> headcountNodes)
    {
        this.root = root;
        Year = year;
        Counties = counties;
        this.countyNodes = countyNodes;
        this.headcountNodes = headcountNodes;
    }

    /// <summary>The city's label (<c>city:</c>), or null.</summary>
    public string? City { get; private init; }

    /// <summary>The year's city-level inputs.</summary>
    public PoolingYear Year { get; }

    /// <summary>How "减少5%" is read, when the document says (<c>prior_deficit_reading:</c>); null to use the default.</summary>
    public PriorDeficitReading? Reading { get; private init; }

    /// <summary>The unit plain numbers are written in (<c>unit:</c>; 元 by default) — also a natural unit to print results in.</summary>
    public MoneyUnit Unit { get; private init; }

    /// <summary>The <c>parameter_file:</c> node (a path relative to the document), or null.</summary>
    public DataNode? ParameterFile { get; private init; }

    /// <summary>The counties in ordinal name order (the order <see cref="CitySettlement.Settle"/> requires).</summary>
    public IReadOnlyList<PoolingCounty> Counties { get; }

    /// <summary>Where the document starts.</summary>
    public SourceLocation Location => root.Location;

    /// <summary>Reads a document (see the type's summary for the format).</summary>
    /// <exception cref="DataFormatException">Unknown or missing members, malformed values, a county named twice, a headcount list that misses a county or names an unknown one.</exception>
    public static PoolingCityDocument Read(DataNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.ExpectKind(DataNodeKind.Mapping).EnsureOnly(RootMembers);
        MoneyUnit unit = document.Optional("unit") is { } u ? ReadUnit(u) : MoneyUnit.Yuan;
        PooledScheme scheme = ReadScheme(document.Required("scheme"));
        int year = document.Required("year").AsInt();
        Money opening = Money.Zero, interest = Money.Zero;
        if (document.Optional("collected_fund") is { } fund)
        {
            fund.ExpectKind(DataNodeKind.Mapping).EnsureOnly("opening", "interest");
            opening = fund.Optional("opening") is { } o ? Amount(o, unit) : Money.Zero;
            interest = fund.Optional("interest") is { } i ? Amount(i, unit) : Money.Zero;
        }

        var poolingYear = new PoolingYear(year, scheme)
        {
            CollectedFundOpening = opening,
            Interest = interest,
            UnifiedSubsidyStandard = document.Optional("unified_subsidy_standard") is { } s ? Amount(s, MoneyUnit.Yuan) : null,
        };

        Dictionary<string, DataNode> headcountNodes = new(StringComparer.Ordinal);
        if (document.Optional("headcounts") is { } list)
        {
            foreach (DataMember m in list.AsMapping())
            {
                headcountNodes[m.Key] = m.Value;
            }
        }

        DataNode countiesNode = document.Required("counties");
        IReadOnlyList<DataNode> items = countiesNode.AsSequence();
        if (items.Count == 0)
        {
            throw countiesNode.Error("a city settlement needs at least one county (市本级 counts as one)");
        }

        var counties = new PoolingCounty[items.Count];
        var countyNodes = new Dictionary<string, DataNode>(StringComparer.Ordinal);
        for (int k = 0; k < items.Count; k++)
        {
            DataNode item = items[k];
            PoolingCounty county = ReadCounty(item, unit);
            if (!countyNodes.TryAdd(county.Name, item))
            {
                throw item.Required("name").Error($"county '{county.Name}' appears twice (first at {countyNodes[county.Name].Location}): each county is settled once, so names must be unique");
            }

            if (headcountNodes.TryGetValue(county.Name, out DataNode? h))
            {
                if (county.PreviousYearInsured is not null)
                {
                    throw h.Error($"county '{county.Name}' has previous_year_insured in its own entry ({item.Required("previous_year_insured").Location}) and in headcounts: give it once");
                }

                county = county with { PreviousYearInsured = h.AsHeadcount() };
            }
            else if (headcountNodes.Count > 0 && county.PreviousYearInsured is null)
            {
                throw document.Required("headcounts").Error($"county '{county.Name}' is missing from the headcount list: the year-start top-up is raised by previous-year insured headcounts (四(二)7(2)/(3)), so every county needs one");
            }

            counties[k] = county;
        }

        foreach (KeyValuePair<string, DataNode> h in headcountNodes)
        {
            if (!countyNodes.ContainsKey(h.Key))
            {
                throw h.Value.Error($"headcounts names '{h.Key}', which is not one of the counties");
            }
        }

        CitySettlement.SortByName(counties);
        return new PoolingCityDocument(document, poolingYear, counties, countyNodes, headcountNodes)
        {
            City = document.Optional("city")?.AsString(),
            Unit = unit,
            Reading = document.Optional("prior_deficit_reading") is { } r ? ReadReading(r) : null,
            ParameterFile = document.Optional("parameter_file"),
        };
    }

    /// <summary>
    /// Rebuilds a document from its parts, as written by its JSON form (FundMath.Serialization): the counties must be
    /// non-empty, named, unique and in ordinal name order (as <see cref="Read"/> leaves them; never reordered here).
    /// The document has no nodes of its own, so <see cref="Locate"/> places an error at <paramref name="location"/>
    /// under the member's key; <paramref name="parameterFile"/> is the <c>parameter_file:</c> scalar as read.
    /// </summary>
    /// <exception cref="ArgumentException">No county, a county without a name, a name repeated or out of order.</exception>
    internal static PoolingCityDocument FromParts(string? city, PoolingYear year, PriorDeficitReading? reading, MoneyUnit unit, DataNode? parameterFile,
        IReadOnlyList<PoolingCounty> counties, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(counties);
        if (counties.Count == 0)
        {
            throw new ArgumentException("a city settlement needs at least one county (市本级 counts as one).", nameof(counties));
        }

        PoolingCounty[] copy = [.. counties];
        for (int i = 0; i < copy.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(copy[i].Name))
            {
                throw new ArgumentException($"county {i} has no name.", nameof(counties));
            }

            if (i > 0 && string.CompareOrdinal(copy[i - 1].Name, copy[i].Name) >= 0)
            {
                throw new ArgumentException(
                    $"county '{copy[i].Name}' follows '{copy[i - 1].Name}': the counties must be in ordinal name order with unique names, as the document reader leaves them (the order is the tie-break of every split).",
                    nameof(counties));
            }
        }

        return new PoolingCityDocument(DataNode.Mapping([], location), year, copy, new(StringComparer.Ordinal), new(StringComparer.Ordinal))
        {
            City = city,
            Unit = unit,
            Reading = reading,
            ParameterFile = parameterFile,
        };
    }

    /// <summary>
    /// Settles the document's counties under <paramref name="policy"/> as given (read it at the start of
    /// <see cref="Year"/>, with <see cref="Reading"/> when the document gives one and nothing overrides it).
    /// </summary>
    /// <exception cref="DataFormatException">An input breaks a settlement rule: located at its place in the document, naming the county, field, value and rule.</exception>
    public (CollectedFundStatement Fund, CountySettlement[] Counties) Settle(PoolingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);

        var results = new CountySettlement[Counties.Count];
        try
        {
            CollectedFundStatement fund = CitySettlement.Settle(policy, Year, [.. Counties], results);
            return (fund, results);
        }
        catch (PoolingInputException e)
        {
            throw Locate(e);
        }
    }

    /// <summary>
    /// The place in the document of a settlement error: the county's field (or the county's entry when the field is
    /// not written, or the city-level member), as a <see cref="DataFormatException"/> whose message keeps the error's
    /// words (county, field, value, rule).
    /// </summary>
    public DataFormatException Locate(PoolingInputException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        string key = Keys.TryGetValue(error.Field, out string? k) ? k : error.Field;
        DataNode at = root;
        if (error.County is { } name && countyNodes.TryGetValue(name, out DataNode? county))
        {
            at = error.Field == nameof(PoolingCounty.PreviousYearInsured) && headcountNodes.TryGetValue(name, out DataNode? h)
                ? h
                : county.Optional(key) ?? county;
        }
        else if (error.County is null)
        {
            at = Find(root, key) ?? root;
        }

        return new DataFormatException(at.Location, at.Path.Length > 0 ? at.Path : key, error.Message, error);
    }

    private static DataNode? Find(DataNode node, string dottedKey)
    {
        DataNode? current = node;
        foreach (string part in dottedKey.Split('.'))
        {
            if (current is null || !current.IsMapping)
            {
                return null;
            }

            current = current.Optional(part);
        }

        return current;
    }

    private static PoolingCounty ReadCounty(DataNode item, MoneyUnit unit)
    {
        item.ExpectKind(DataNodeKind.Mapping).EnsureOnly(CountyMembers);
        string name = item.Required("name").AsString().Trim();
        if (name.Length == 0)
        {
            throw item.Required("name").Error("a county needs a name");
        }

        return new PoolingCounty(name)
        {
            PreviousYearExpenditure = OptionalAmount(item, "previous_year_expenditure", unit),
            AccumulatedBalance = OptionalAmount(item, "accumulated_balance", unit),
            PersonalAccountBalance = OptionalAmount(item, "personal_account_balance", unit),
            PreviousYearInsured = item.Optional("previous_year_insured")?.AsHeadcount(),
            PooledFinancing = OptionalAmount(item, "pooled_financing", unit),
            Deficit = OptionalAmount(item, "deficit", unit),
            Surplus = OptionalAmount(item, "surplus", unit),
            PriorYearDeficit = item.Optional("prior_year_deficit")?.AsBool() ?? false,
            Assessment = item.Optional("assessment") is { } a ? ReadAssessment(a) : CountyAssessment.GoodOrBetter,
            Subsidy2021 = item.Optional("subsidy_2021") is { } s ? Amount(s, MoneyUnit.Yuan) : null,
            Insured = item.Optional("insured")?.AsHeadcount(),
        };
    }

    private static Money OptionalAmount(DataNode item, string key, MoneyUnit unit) =>
        item.Optional(key) is { } node ? Amount(node, unit) : Money.Zero;

    // A plain number is in the document's unit; text with a unit ("3.86亿元", "84,555万元") carries its own.
    private static Money Amount(DataNode node, MoneyUnit unit) => node.AsMoney(unit);

    private static MoneyUnit ReadUnit(DataNode node) => node.AsMoneyUnit();

    private static PooledScheme ReadScheme(DataNode node) => node.AsString().Trim() switch
    {
        "employee" or "职工医保" => PooledScheme.Employee,
        "resident" or "居民医保" => PooledScheme.Resident,
        string other => throw node.Error($"'{other}' is not a scheme; use employee (职工医保) or resident (居民医保)"),
    };

    private static CountyAssessment ReadAssessment(DataNode node) => node.AsString().Trim() switch
    {
        "good" or "优良" => CountyAssessment.GoodOrBetter,
        "below_good" or "未达到优良" => CountyAssessment.BelowGood,
        string other => throw node.Error($"'{other}' is not an assessment; use good (优良) or below_good (未达到优良)"),
    };

    /// <summary>Reads "points" (减少5个百分点) or "share_of_share" (减少原比例的5%).</summary>
    /// <exception cref="DataFormatException">Another word.</exception>
    public static PriorDeficitReading ReadReading(DataNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.AsString().Trim() switch
        {
            "points" or "percentage_points" => PriorDeficitReading.PercentagePoints,
            "share_of_share" or "share" => PriorDeficitReading.ShareOfShare,
            string other => throw node.Error($"'{other}' is not a reading of 减少5%; use points (5 percentage points, the default) or share_of_share (5% of the share)"),
        };
    }
}
