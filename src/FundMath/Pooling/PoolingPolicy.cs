using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Pooling;

/// <summary>
/// The municipal-pooling rules in force on a date, read from a city's parameter set — 市级统筹政策: transfer quotas
/// (上划额度), the year-start top-up threshold (年初补充上划), deficit-sharing ratios (缺口分担比例) and their cap,
/// the adjustments of the assessment clause (考核), and the three-year transition (过渡期). Every value is a dated,
/// cited parameter (<see cref="PoolingParameters"/>); the policy keeps each one's entry so that explanations cite it.
/// </summary>
/// <remarks>
/// <para>Built once per settlement (off the hot path) by <see cref="FromParameters"/>, which checks the rules that
/// tie the parameters together: the collected fund's and the county's shares sum to 100%, so do the city and county
/// treasuries' and the transition's surplus shares; every ratio lies within 0–100%; and the collected fund's share
/// cannot be cut below 0% by the two adjustments together.</para>
/// <para>Adjustments (四(二)8(3)) are both taken "在原基础上" — from the unadjusted share — and add up: for a county
/// that ran a deficit the year before and whose assessment is below 优良, the collected fund's share is
/// 30% − 5pp − 5pp = 20% (reading <see cref="PriorDeficitReading.PercentagePoints"/>) or 30% − 1.5pp − 5pp = 23.5%
/// (reading <see cref="PriorDeficitReading.ShareOfShare"/>). The city treasury's share is halved only for the
/// prior-year deficit (20% → 10%); the assessment clause speaks of the city level's share of the deficit, which is
/// the collected fund's.</para>
/// </remarks>
public sealed class PoolingPolicy
{
    private const string Plan = "《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》";

    private readonly Dictionary<string, ParameterEntry> entries;
    private readonly Fraction employeeTransferShare;
    private readonly Fraction residentTransferShare;
    private readonly Fraction? employeeTopUpShare;
    private readonly Fraction? residentTopUpShare;
    private readonly Rate[] collectedShares; // [prior * 2 + below]
    private readonly Rate[] cityTreasuryShares; // [prior]

    private PoolingPolicy(PoolingPolicy other, PriorDeficitReading reading)
        : this(other.SetName, other.Date, other.entries, reading)
    {
    }

    private PoolingPolicy(string setName, LocalDate date, Dictionary<string, ParameterEntry> entries, PriorDeficitReading reading)
    {
        SetName = setName;
        Date = date;
        this.entries = entries;
        if (unchecked((uint)reading) > (uint)PriorDeficitReading.ShareOfShare)
        {
            throw new PoolingInputException(null, nameof(reading), ((int)reading).ToString(CultureInfo.InvariantCulture), "not a defined PriorDeficitReading (PercentagePoints or ShareOfShare)");
        }

        PriorDeficitReading = reading;
        UpwardTransferYear = Year(PoolingParameters.UpwardTransferYear.Name);
        EmployeeTransferMonths = entries[PoolingParameters.EmployeeTransferMonths.Name].Value.AsMonths();
        ResidentTransferMonths = entries[PoolingParameters.ResidentTransferMonths.Name].Value.AsMonths();
        EmployeeTopUpMonths = entries.TryGetValue(PoolingParameters.EmployeeTopUpMonths.Name, out ParameterEntry? e) ? e.Value.AsMonths() : null;
        ResidentTopUpMonths = entries.TryGetValue(PoolingParameters.ResidentTopUpMonths.Name, out ParameterEntry? r) ? r.Value.AsMonths() : null;
        if ((EmployeeTopUpMonths is null) != (ResidentTopUpMonths is null))
        {
            throw new PoolingInputException(null, PoolingParameters.EmployeeTopUpMonths.Name, EmployeeTopUpMonths?.ToString() ?? "no value",
                $"the employee and resident top-up thresholds must come into force together (on {date:uuuu-MM-dd} {PoolingParameters.ResidentTopUpMonths.Name} is {ResidentTopUpMonths?.ToString() ?? "not in force"}) — 四(二)7(2)/(3) both apply 2023年起");
        }

        CollectedFundShare = Ratio(PoolingParameters.CollectedFundShare.Name);
        CountyShare = Ratio(PoolingParameters.CountyShare.Name);
        CityTreasuryShare = Ratio(PoolingParameters.CityTreasuryShare.Name);
        CountyTreasuryShare = Ratio(PoolingParameters.CountyTreasuryShare.Name);
        CityTreasuryCap = Ratio(PoolingParameters.CityTreasuryCap.Name);
        PriorDeficitReduction = Ratio(PoolingParameters.PriorDeficitReduction.Name);
        PriorDeficitCityTreasuryFactor = Ratio(PoolingParameters.PriorDeficitCityTreasuryFactor.Name);
        AssessmentReduction = entries[PoolingParameters.AssessmentReduction.Name].Value.AsPercentagePoints();
        TransitionFirstYear = Year(PoolingParameters.TransitionFirstYear.Name);
        TransitionYears = (int)Count(PoolingParameters.TransitionYears.Name, 0, 100);
        TransitionCountyKeepShare = Ratio(PoolingParameters.TransitionCountyKeepShare.Name);
        TransitionCollectedShare = Ratio(PoolingParameters.TransitionCollectedShare.Name);

        CheckComplement(PoolingParameters.CollectedFundShare.Name, CollectedFundShare, PoolingParameters.CountyShare.Name, CountyShare, "the collected fund and the deficit county share the whole deficit (四(二)8(1))");
        CheckComplement(PoolingParameters.CityTreasuryShare.Name, CityTreasuryShare, PoolingParameters.CountyTreasuryShare.Name, CountyTreasuryShare, "the city and county treasuries share the whole of what the collected fund cannot pay (四(二)8(1))");
        CheckComplement(PoolingParameters.TransitionCountyKeepShare.Name, TransitionCountyKeepShare, PoolingParameters.TransitionCollectedShare.Name, TransitionCollectedShare, "a transition surplus is split whole between the county and the collected fund (四(二)8(2))");
        if (AssessmentReduction.Sign < 0)
        {
            throw new PoolingInputException(null, PoolingParameters.AssessmentReduction.Name, AssessmentReduction.ToString(), "a reduction of the share must be 0pp or more (降低5个百分点, 四(二)8(3))");
        }

        collectedShares = new Rate[4];
        for (int prior = 0; prior < 2; prior++)
        {
            for (int below = 0; below < 2; below++)
            {
                Rate share = CollectedFundShare;
                if (prior == 1)
                {
                    share -= PriorDeficitReductionPoints;
                }

                if (below == 1)
                {
                    share -= AssessmentReduction;
                }

                if (share.IsNegative)
                {
                    throw new PoolingInputException(null, PoolingParameters.CollectedFundShare.Name, CollectedFundShare.ToString(),
                        $"the adjustments of 四(二)8(3) together ({PriorDeficitReductionPoints} for a prior-year deficit under reading {reading}, {AssessmentReduction} below 优良) would cut the collected fund's share to {share}, below 0%");
                }

                collectedShares[(prior * 2) + below] = share;
            }
        }

        cityTreasuryShares = [CityTreasuryShare, CityTreasuryShare * PriorDeficitCityTreasuryFactor];
        Fraction twelve = Fraction.FromInteger(12);
        employeeTransferShare = EmployeeTransferMonths / twelve;
        residentTransferShare = ResidentTransferMonths / twelve;
        employeeTopUpShare = EmployeeTopUpMonths is { } em ? em / twelve : null;
        residentTopUpShare = ResidentTopUpMonths is { } rm ? rm / twelve : null;
    }

    /// <summary>The name of the parameter set the policy was read from, e.g. "lishui".</summary>
    public string SetName { get; }

    /// <summary>The date the parameters were read at (use the first day of the settlement year: the rules in force at 年初).</summary>
    public LocalDate Date { get; }

    /// <summary>How "减少5%" is read (default <see cref="PriorDeficitReading.PercentagePoints"/>).</summary>
    public PriorDeficitReading PriorDeficitReading { get; }

    /// <summary>The year of the initial upward transfer (2022).</summary>
    public int UpwardTransferYear { get; }

    /// <summary>职工医保上划额度 in months of previous-year actual expenditure (3).</summary>
    public Fraction EmployeeTransferMonths { get; }

    /// <summary>居民医保上划额度 in months of previous-year actual expenditure (1).</summary>
    public Fraction ResidentTransferMonths { get; }

    /// <summary>The employee collected fund's year-start threshold in months (3), or null when the top-up is not in force on <see cref="Date"/>.</summary>
    public Fraction? EmployeeTopUpMonths { get; }

    /// <summary>The resident collected fund's year-start threshold in months (1), or null when the top-up is not in force on <see cref="Date"/>.</summary>
    public Fraction? ResidentTopUpMonths { get; }

    /// <summary>True when the year-start top-up (年初补充上划, 2023年起) is in force on <see cref="Date"/>.</summary>
    public bool TopUpInForce => EmployeeTopUpMonths is not null;

    /// <summary>The collected fund's share of a current deficit before adjustments (30%).</summary>
    public Rate CollectedFundShare { get; }

    /// <summary>The deficit county's share before adjustments (70%); always 100% − <see cref="CollectedFundShare"/>.</summary>
    public Rate CountyShare { get; }

    /// <summary>The city treasury's share of what the collected fund cannot pay, before adjustment (20%).</summary>
    public Rate CityTreasuryShare { get; }

    /// <summary>The county treasury's share of what the collected fund cannot pay, before adjustment (80%).</summary>
    public Rate CountyTreasuryShare { get; }

    /// <summary>The city treasury's cap as a share of the county's 当年统筹基金筹资总额 (1%).</summary>
    public Rate CityTreasuryCap { get; }

    /// <summary>The figure of "减少5%" (5%), read per <see cref="PriorDeficitReading"/>.</summary>
    public Rate PriorDeficitReduction { get; }

    /// <summary>The cut of the collected fund's share for a prior-year deficit in points under the policy's reading (5pp or 1.5pp).</summary>
    public PercentagePoints PriorDeficitReductionPoints => PriorDeficitReading == PriorDeficitReading.PercentagePoints
        ? PercentagePoints.FromProportion(PriorDeficitReduction.Value)
        : PercentagePoints.FromProportion(CollectedFundShare.Value * PriorDeficitReduction.Value);

    /// <summary>The factor on the city treasury's share for a prior-year deficit (50%, 减半).</summary>
    public Rate PriorDeficitCityTreasuryFactor { get; }

    /// <summary>The cut of the collected fund's share below 优良 (5pp).</summary>
    public PercentagePoints AssessmentReduction { get; }

    /// <summary>The first transition year (2022).</summary>
    public int TransitionFirstYear { get; }

    /// <summary>The number of transition years (3).</summary>
    public int TransitionYears { get; }

    /// <summary>Transition: share of a current surplus kept in the county's balance (30%).</summary>
    public Rate TransitionCountyKeepShare { get; }

    /// <summary>Transition: share of a current surplus moved to the collected fund (70%).</summary>
    public Rate TransitionCollectedShare { get; }

    /// <summary>
    /// Reads every pooling parameter (<see cref="PoolingParameters"/>) in force on <paramref name="date"/> from
    /// <paramref name="parameters"/> — a city's set such as samples/parameters/lishui.yaml layered over the national
    /// one. The top-up thresholds may have no value yet on the date (the rule applies from 2023): the top-up is then
    /// not in force. Every other parameter must have a value.
    /// </summary>
    /// <exception cref="ParameterNotFoundException">The set lacks a pooling parameter (the national set has none: the rules are a city's).</exception>
    /// <exception cref="PoolingInputException">A ratio is outside 0–100%, complementary shares do not sum to 100%, the adjustments would cut the share below 0%, or a year is implausible.</exception>
    public static PoolingPolicy FromParameters(ParameterSet parameters, LocalDate date, PriorDeficitReading reading = PriorDeficitReading.PercentagePoints)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var entries = new Dictionary<string, ParameterEntry>(StringComparer.Ordinal);
        Add(entries, PoolingParameters.UpwardTransferYear, parameters, date);
        Add(entries, PoolingParameters.EmployeeTransferMonths, parameters, date);
        Add(entries, PoolingParameters.ResidentTransferMonths, parameters, date);
        AddIfInForce(entries, PoolingParameters.EmployeeTopUpMonths, parameters, date);
        AddIfInForce(entries, PoolingParameters.ResidentTopUpMonths, parameters, date);
        Add(entries, PoolingParameters.CollectedFundShare, parameters, date);
        Add(entries, PoolingParameters.CountyShare, parameters, date);
        Add(entries, PoolingParameters.CityTreasuryShare, parameters, date);
        Add(entries, PoolingParameters.CountyTreasuryShare, parameters, date);
        Add(entries, PoolingParameters.CityTreasuryCap, parameters, date);
        Add(entries, PoolingParameters.PriorDeficitReduction, parameters, date);
        Add(entries, PoolingParameters.PriorDeficitCityTreasuryFactor, parameters, date);
        Add(entries, PoolingParameters.AssessmentReduction, parameters, date);
        Add(entries, PoolingParameters.TransitionFirstYear, parameters, date);
        Add(entries, PoolingParameters.TransitionYears, parameters, date);
        Add(entries, PoolingParameters.TransitionCountyKeepShare, parameters, date);
        Add(entries, PoolingParameters.TransitionCollectedShare, parameters, date);
        return new PoolingPolicy(parameters.Name, date, entries, reading);
    }

    /// <summary>
    /// Rebuilds a policy from the entries it was read with, as written by its JSON form (FundMath.Serialization): every
    /// pooling parameter must be there except the two top-up thresholds (both or neither), each a single value of its
    /// key's unit in force on <paramref name="date"/>; then the same rules as <see cref="FromParameters"/> apply.
    /// </summary>
    /// <exception cref="ArgumentException">A blank set name, a missing, unknown, scale, wrong-unit or not-yet-effective entry.</exception>
    /// <exception cref="PoolingInputException">The rules that tie the parameters together are broken (see <see cref="FromParameters"/>).</exception>
    internal static PoolingPolicy FromEntries(string setName, LocalDate date, IReadOnlyDictionary<string, ParameterEntry> parameters, PriorDeficitReading reading)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(setName);
        ArgumentNullException.ThrowIfNull(parameters);
        var entries = new Dictionary<string, ParameterEntry>(StringComparer.Ordinal);
        foreach ((string name, ParameterUnit unit, bool optional) in Keys)
        {
            if (!parameters.TryGetValue(name, out ParameterEntry? entry))
            {
                if (!optional)
                {
                    throw new ArgumentException($"the pooling policy of {setName} needs the parameter {name} ({unit.FileName()}).", nameof(parameters));
                }

                continue;
            }

            ArgumentNullException.ThrowIfNull(entry, nameof(parameters));
            if (entry.IsScale || entry.Value.Unit != unit)
            {
                throw new ArgumentException($"parameter {name} of the pooling policy of {setName} is {(entry.IsScale ? "a scale" : entry.Value.Unit.FileName())}; it must be a single {unit.FileName()} value.", nameof(parameters));
            }

            if (entry.EffectiveFrom > date)
            {
                throw new ArgumentException($"parameter {name} of the pooling policy of {setName} is effective from {entry.EffectiveFrom:uuuu-MM-dd}, after the policy's date {date:uuuu-MM-dd}: it was not in force.", nameof(parameters));
            }

            entries[name] = entry;
        }

        foreach (string name in parameters.Keys)
        {
            if (!entries.ContainsKey(name))
            {
                throw new ArgumentException($"'{name}' is not a pooling parameter (they are {string.Join(", ", PoolingParameters.Names)}).", nameof(parameters));
            }
        }

        return new PoolingPolicy(setName, date, entries, reading);
    }

    /// <summary>The same rules with "减少5%" read the other way (or the same way).</summary>
    /// <exception cref="PoolingInputException"><paramref name="reading"/> is undefined, or under it the adjustments would cut the share below 0%.</exception>
    public PoolingPolicy WithPriorDeficitReading(PriorDeficitReading reading) =>
        reading == PriorDeficitReading ? this : new PoolingPolicy(this, reading);

    /// <summary>上划额度 in months for <paramref name="scheme"/> (3 employee, 1 resident).</summary>
    public Fraction TransferMonths(PooledScheme scheme) => scheme == PooledScheme.Resident ? ResidentTransferMonths : EmployeeTransferMonths;

    /// <summary>The year-start threshold in months for <paramref name="scheme"/>, or null when the top-up is not in force.</summary>
    public Fraction? TopUpMonths(PooledScheme scheme) => scheme == PooledScheme.Resident ? ResidentTopUpMonths : EmployeeTopUpMonths;

    /// <summary>True when <paramref name="year"/> is one of the transition years (2022–2024).</summary>
    public bool IsTransitionYear(int year) => year >= TransitionFirstYear && year - TransitionFirstYear < TransitionYears;

    /// <summary>
    /// The collected fund's share of a county's (remaining) current deficit after the adjustments of 四(二)8(3):
    /// 30% − (prior-year deficit ? 5pp or 1.5pp : 0) − (below 优良 ? 5pp : 0).
    /// </summary>
    public Rate CollectedShareFor(bool priorYearDeficit, CountyAssessment assessment) =>
        collectedShares[((priorYearDeficit ? 1 : 0) * 2) + (assessment == CountyAssessment.BelowGood ? 1 : 0)];

    /// <summary>The city treasury's share of what the collected fund cannot pay: 20%, halved (10%) after a prior-year deficit.</summary>
    public Rate CityTreasuryShareFor(bool priorYearDeficit) => cityTreasuryShares[priorYearDeficit ? 1 : 0];

    /// <summary>The entry (value, effective date, citation, note) of a pooling parameter.</summary>
    /// <exception cref="KeyNotFoundException">Not a pooling parameter, or (for a top-up threshold) not in force.</exception>
    public ParameterEntry Entry(string parameterName)
    {
        ArgumentNullException.ThrowIfNull(parameterName);
        return entries.TryGetValue(parameterName, out ParameterEntry? entry)
            ? entry
            : throw new KeyNotFoundException($"the pooling policy of {SetName} on {Date:uuuu-MM-dd} has no parameter '{parameterName}' in force.");
    }

    /// <summary>An explanation node for one parameter: its value, effective date, citation and the clause it quotes.</summary>
    /// <exception cref="KeyNotFoundException">Not a pooling parameter in force.</exception>
    public Explanation Explain(string parameterName) => Entry(parameterName).Explain(parameterName);

    /// <summary>Every parameter of the policy with its citation, and the reading of "减少5%".</summary>
    public Explanation Explain()
    {
        var inputs = new List<Explanation>();
        foreach (string name in PoolingParameters.Names)
        {
            if (entries.ContainsKey(name))
            {
                inputs.Add(Explain(name));
            }
        }

        return new Explanation("市级统筹政策 municipal-pooling policy", $"{SetName} on {Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}")
        {
            Sentence = $"{Plan}四(二)7–8; 减少5% read as {ReadingText(PriorDeficitReading)}; year-start top-up {(TopUpInForce ? "in force" : "not in force")}; transition {TransitionFirstYear}–{TransitionFirstYear + TransitionYears - 1}",
            Inputs = inputs,
        };
    }

    /// <summary>"5 percentage points (30% → 25%)" or "5% of the share (30% → 28.5%)".</summary>
    public static string ReadingText(PriorDeficitReading reading) => reading == PriorDeficitReading.ShareOfShare
        ? "a proportion of the share (减少原比例的5%)"
        : "percentage points (减少5个百分点)";

    /// <summary>"2023-01-01" (when the top-up came into force), or "no date" when it is not in force.</summary>
    internal string TopUpSince => entries.TryGetValue(PoolingParameters.EmployeeTopUpMonths.Name, out ParameterEntry? e)
        ? e.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)
        : "no date";

    internal Fraction TransferShareOfYear(PooledScheme scheme) => scheme == PooledScheme.Resident ? residentTransferShare : employeeTransferShare;

    internal Fraction? TopUpShareOfYear(PooledScheme scheme) => scheme == PooledScheme.Resident ? residentTopUpShare : employeeTopUpShare;

    // Every pooling parameter with its unit, and whether it may be absent (the top-ups before 2023).
    private static readonly (string Name, ParameterUnit Unit, bool Optional)[] Keys =
    [
        (PoolingParameters.UpwardTransferYear.Name, PoolingParameters.UpwardTransferYear.Unit, false),
        (PoolingParameters.EmployeeTransferMonths.Name, PoolingParameters.EmployeeTransferMonths.Unit, false),
        (PoolingParameters.ResidentTransferMonths.Name, PoolingParameters.ResidentTransferMonths.Unit, false),
        (PoolingParameters.EmployeeTopUpMonths.Name, PoolingParameters.EmployeeTopUpMonths.Unit, true),
        (PoolingParameters.ResidentTopUpMonths.Name, PoolingParameters.ResidentTopUpMonths.Unit, true),
        (PoolingParameters.CollectedFundShare.Name, PoolingParameters.CollectedFundShare.Unit, false),
        (PoolingParameters.CountyShare.Name, PoolingParameters.CountyShare.Unit, false),
        (PoolingParameters.CityTreasuryShare.Name, PoolingParameters.CityTreasuryShare.Unit, false),
        (PoolingParameters.CountyTreasuryShare.Name, PoolingParameters.CountyTreasuryShare.Unit, false),
        (PoolingParameters.CityTreasuryCap.Name, PoolingParameters.CityTreasuryCap.Unit, false),
        (PoolingParameters.PriorDeficitReduction.Name, PoolingParameters.PriorDeficitReduction.Unit, false),
        (PoolingParameters.PriorDeficitCityTreasuryFactor.Name, PoolingParameters.PriorDeficitCityTreasuryFactor.Unit, false),
        (PoolingParameters.AssessmentReduction.Name, PoolingParameters.AssessmentReduction.Unit, false),
        (PoolingParameters.TransitionFirstYear.Name, PoolingParameters.TransitionFirstYear.Unit, false),
        (PoolingParameters.TransitionYears.Name, PoolingParameters.TransitionYears.Unit, false),
        (PoolingParameters.TransitionCountyKeepShare.Name, PoolingParameters.TransitionCountyKeepShare.Unit, false),
        (PoolingParameters.TransitionCollectedShare.Name, PoolingParameters.TransitionCollectedShare.Unit, false),
    ];

    /// <summary>The entries of the policy, by parameter name in the order of <see cref="PoolingParameters.Names"/> (for its JSON form).</summary>
    internal IEnumerable<KeyValuePair<string, ParameterEntry>> Entries()
    {
        foreach (string name in PoolingParameters.Names)
        {
            if (entries.TryGetValue(name, out ParameterEntry? entry))
            {
                yield return new(name, entry);
            }
        }
    }

    private static void Add<T>(Dictionary<string, ParameterEntry> into, ParameterKey<T> key, ParameterSet set, LocalDate date) =>
        into[key.Name] = key.Entry(set, date);

    private static void AddIfInForce<T>(Dictionary<string, ParameterEntry> into, ParameterKey<T> key, ParameterSet set, LocalDate date)
    {
        Parameter p = set.Get(key.Name);
        if (p.TryAt(date) is not null)
        {
            into[key.Name] = key.Entry(set, date);
        }
    }

    private Rate Ratio(string name)
    {
        Rate rate = entries[name].Value.AsRate();
        if (rate.IsNegative || rate > Rate.OneHundredPercent)
        {
            throw new PoolingInputException(null, name, rate.ToString(), $"a pooling ratio must lie within 0%–100% ({Describe(name)})");
        }

        return rate;
    }

    private long Count(string name, long min, long max)
    {
        long value = entries[name].Value.AsCount();
        if (value < min || value > max)
        {
            throw new PoolingInputException(null, name, value.ToString(CultureInfo.InvariantCulture), $"must lie within {min}–{max} ({Describe(name)})");
        }

        return value;
    }

    private int Year(string name) => (int)Count(name, 1990, 2200);

    private string Describe(string name)
    {
        ParameterEntry e = entries[name];
        return $"value effective {e.EffectiveFrom.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} in set {SetName}, {e.Citation}";
    }

    private void CheckComplement(string aName, Rate a, string bName, Rate b, string rule)
    {
        if (a + b != Rate.OneHundredPercent)
        {
            throw new PoolingInputException(null, bName, b.ToString(), $"{aName} {a} + {bName} {b} = {a + b}, not 100%: {rule}");
        }
    }
}
