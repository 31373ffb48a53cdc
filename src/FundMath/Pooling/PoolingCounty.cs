using System;
using System.Globalization;

namespace FundMath.Pooling;

/// <summary>
/// One county's figures for a municipal-pooling settlement of one scheme and year — 县（市、区）结算数据. 市本级 (the
/// city's own district) is a county here too. Amounts are 元 to the fen; the settlement checks every field before it
/// settles anything (<see cref="PoolingInputException"/> names the county, the field, the value and the rule).
/// </summary>
/// <remarks>
/// <para><see cref="AccumulatedBalance"/> is the county's balance as booked at the start of the year, which for the
/// employee scheme includes the pre-pooling personal-account balances (<see cref="PersonalAccountBalance"/>). Those
/// stay in the county and are never drawn on: "统筹前的职工医保个人账户结余基金全额留存于县（市、区），不得用于弥补当地以后
/// 年度统筹基金缺口" and "不得用留存的统筹前职工医保个人账户资金抵付上划资金" (四(二)7, 7(2)). The usable balance is
/// max(0, AccumulatedBalance − PersonalAccountBalance); a negative pooled part is the county's own pre-pooling gap
/// ("市级统筹前的基金缺口，由原统筹区自行承担").</para>
/// <para>A county has a current deficit (<see cref="Deficit"/>) or a current surplus (<see cref="Surplus"/>) or
/// neither — both are amounts ≥ 0, never a signed 当期结余.</para>
/// <para><c>default(PoolingCounty)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly record struct PoolingCounty
{
    /// <summary>A county with a name and every amount zero.</summary>
    public PoolingCounty(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        Name = name;
    }

    /// <summary>The county's name (县、市、区 or 市本级), unique within the city; settlements sort by it (ordinal).</summary>
    public string Name { get; init => field = value ?? throw new ArgumentNullException(nameof(Name)); }

    /// <summary>上年度实际支出: the previous year's actual expenditure of the scheme (the base of the transfer quota).</summary>
    public Money PreviousYearExpenditure { get; init; }

    /// <summary>累计结余: the accumulated balance kept by the county at the start of the year, as booked.</summary>
    public Money AccumulatedBalance { get; init; }

    /// <summary>其中统筹前职工医保个人账户结余: the pre-pooling personal-account part of the balance (employee scheme only); never usable.</summary>
    public Money PersonalAccountBalance { get; init; }

    /// <summary>上年参保人数: previous-year insured persons of the scheme, the weight of the year-start top-up (required while it is in force).</summary>
    public Headcount? PreviousYearInsured { get; init; }

    /// <summary>当年统筹基金筹资总额: the county's pooled-fund financing of the year, the base of the city treasury's 1% cap.</summary>
    public Money PooledFinancing { get; init; }

    /// <summary>当期基金收支缺口: the current deficit of the year (expenditure − income when positive), ≥ 0.</summary>
    public Money Deficit { get; init; }

    /// <summary>当期收支结余: the current surplus of the year (income − expenditure when positive), ≥ 0.</summary>
    public Money Surplus { get; init; }

    /// <summary>上一年度已经出现当期收支缺口: the county ran a current deficit the year before.</summary>
    public bool PriorYearDeficit { get; init; }

    /// <summary>The county government's assessment: 优良 or below.</summary>
    public CountyAssessment Assessment { get; init; }

    /// <summary>
    /// 2021年居民医保财政补助标准 (元/人·年): the county's own resident subsidy standard before unification. Required for
    /// a resident-scheme deficit in a transition year; the excess over the unified standard fills the deficit first.
    /// </summary>
    public Money? Subsidy2021 { get; init; }

    /// <summary>当年居民参保人数: resident insured persons of the year, multiplied by the subsidy excess in the transition.</summary>
    public Headcount? Insured { get; init; }

    /// <summary>Checks the county's fields for a settlement under <paramref name="policy"/> in <paramref name="year"/>.</summary>
    internal void Validate(PoolingPolicy policy, in PoolingYear year, bool requireHeadcount)
    {
        if (string.IsNullOrWhiteSpace(Name))
        {
            throw new PoolingInputException(null, nameof(Name), Name is null ? "missing" : $"'{Name}'", "every county needs a name: results and errors are reported by it");
        }

        NotNegative(PreviousYearExpenditure, nameof(PreviousYearExpenditure), "an actual expenditure (上年度实际支出, the base of the 上划 quota, 四(二)7(2)/(3)) cannot be negative");
        NotNegative(PersonalAccountBalance, nameof(PersonalAccountBalance), "a personal-account balance (个人账户结余) cannot be negative");
        if (year.Scheme == PooledScheme.Resident && !PersonalAccountBalance.IsZero)
        {
            throw Error(nameof(PersonalAccountBalance), Text(PersonalAccountBalance), "the resident scheme (居民医保) has no personal accounts (个人账户); give 0");
        }

        NotNegative(PooledFinancing, nameof(PooledFinancing), "a financing base (当年统筹基金筹资总额, the base of the city treasury's 1% cap, 四(二)8(1)) cannot be negative");
        NotNegative(Deficit, nameof(Deficit), "a current deficit (当期缺口) is the amount by which expenditure exceeds income, so it is 0 or more; give a surplus as Surplus");
        NotNegative(Surplus, nameof(Surplus), "a current surplus (当期结余) is the amount by which income exceeds expenditure, so it is 0 or more; give a deficit as Deficit");
        if (Deficit.IsPositive && Surplus.IsPositive)
        {
            throw Error(nameof(Surplus), Text(Surplus), $"a county has a current deficit or a current surplus in a year, not both (Deficit is {Text(Deficit)})");
        }

        if (unchecked((uint)Assessment) > (uint)CountyAssessment.BelowGood)
        {
            throw Error(nameof(Assessment), ((int)Assessment).ToString(CultureInfo.InvariantCulture), "not a defined CountyAssessment (GoodOrBetter or BelowGood)");
        }

        if (Subsidy2021 is { } s)
        {
            NotNegative(s, nameof(Subsidy2021), "a subsidy standard (财政补助标准, 元/人) cannot be negative");
        }

        if (requireHeadcount && PreviousYearInsured is null)
        {
            throw Error(nameof(PreviousYearInsured), "missing", $"the year-start top-up (年初补充上划, in force from {policy.TopUpSince}) is raised by previous-year insured headcounts (按照上年各地参保人数占全市参保人数比例, 四(二)7(2)/(3)), so every county needs one (missing is not zero)");
        }

        if (Deficit.IsPositive && NeedsTransitionFill(policy, year))
        {
            if (Subsidy2021 is not { } standard)
            {
                throw Error(nameof(Subsidy2021), "missing", $"in the transition ({policy.TransitionFirstYear}–{policy.TransitionFirstYear + policy.TransitionYears - 1}) a resident-scheme deficit is first filled by the excess of the county's 2021 subsidy standard over the unified one (四(二)8(2)); give the 2021 standard (元/人)");
            }

            // A missing unified standard was refused by the year's own check, which every caller runs first with
            // anyTransitionDeficit set for exactly this county's condition (PoolingYear.Validate).
            if (year.UnifiedSubsidyStandard is { } unified && standard > unified && Insured is null)
            {
                throw Error(nameof(Insured), "missing", $"the transition fill is the subsidy excess ({Text(standard - unified)}/人) × insured persons (四(二)8(2)); give the county's insured headcount");
            }
        }
    }

    /// <summary>True when the transition fill rule applies to a deficit of this scheme and year.</summary>
    internal static bool NeedsTransitionFill(PoolingPolicy policy, in PoolingYear year) =>
        year.Scheme == PooledScheme.Resident && policy.IsTransitionYear(year.Year);

    internal static string Text(Money amount) => amount.ToString("N2元", CultureInfo.InvariantCulture);

    private void NotNegative(Money amount, string field, string rule)
    {
        if (amount.IsNegative)
        {
            throw Error(field, Text(amount), rule);
        }
    }

    private PoolingInputException Error(string field, string value, string rule) => new(Name, field, value, rule);
}
