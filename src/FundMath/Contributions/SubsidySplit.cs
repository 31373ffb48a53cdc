using System;
using System.Collections.Generic;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>Province tiers for the central share of resident subsidies. 中央财政分档（国办发〔2018〕6号）.</summary>
public enum ProvinceTier
{
    /// <summary>第一档: the 12 western provinces (central 80%).</summary>
    Tier1 = 1,

    /// <summary>第二档: the 10 central provinces (central 60%; counties with western treatment 80%).</summary>
    Tier2 = 2,

    /// <summary>第三档: 辽宁, 福建, 山东 (central 50%).</summary>
    Tier3 = 3,

    /// <summary>第四档: 天津, 江苏, 浙江, 广东 and the 5 cities with separate budget status (central 30%).</summary>
    Tier4 = 4,

    /// <summary>第五档: 北京, 上海 (central 10%).</summary>
    Tier5 = 5,
}

/// <summary>
/// The central government's share of the resident subsidy by province tier, as a typed cited input.
/// 中央财政城乡居民医保补助分档比例.
/// central = total × share(tier[, western treatment]).
/// </summary>
public sealed class CentralSubsidyShares
{
    private readonly Rate[] shares;

    /// <summary>Creates the table.</summary>
    /// <param name="tier1">Tier 1 share.</param>
    /// <param name="tier2">Tier 2 share.</param>
    /// <param name="tier3">Tier 3 share.</param>
    /// <param name="tier4">Tier 4 share.</param>
    /// <param name="tier5">Tier 5 share.</param>
    /// <param name="westernTreatmentInTier2">Share for counties with western treatment inside tier-2 provinces (参照西部大开发政策的县).</param>
    /// <param name="citation">The document.</param>
    /// <exception cref="ArgumentOutOfRangeException">A share is outside 0–100%.</exception>
    public CentralSubsidyShares(Rate tier1, Rate tier2, Rate tier3, Rate tier4, Rate tier5, Rate westernTreatmentInTier2, Citation? citation = null)
    {
        shares = [tier1, tier2, tier3, tier4, tier5, westernTreatmentInTier2];
        string[] names = [nameof(tier1), nameof(tier2), nameof(tier3), nameof(tier4), nameof(tier5), nameof(westernTreatmentInTier2)];
        for (int i = 0; i < shares.Length; i++)
        {
            ContributionRates.CheckRate(shares[i], names[i]);
        }

        Citation = citation;
    }

    /// <summary>The document.</summary>
    public Citation? Citation { get; }

    /// <summary>
    /// The table of 国办发〔2018〕6号 (基本公共服务领域中央与地方共同财政事权和支出责任划分改革方案), in force from 2019:
    /// 80% / 60% / 50% / 30% / 10%, and 80% for western-treatment counties in tier-2 provinces.
    /// </summary>
    public static CentralSubsidyShares GuoBanFa2018No6 { get; } = new(
        Rate.FromPercent(80), Rate.FromPercent(60), Rate.FromPercent(50), Rate.FromPercent(30), Rate.FromPercent(10), Rate.FromPercent(80),
        new Citation("国办发〔2018〕6号", "基本公共服务领域中央与地方共同财政事权和支出责任划分改革方案"));

    /// <summary>
    /// The shares in force on <paramref name="date"/> in a parameter set (the scale resident.central_subsidy_share
    /// with brackets tier1…tier5 and western_treatment), with the parameter's citation.
    /// <see cref="GuoBanFa2018No6"/> equals <c>FromParameters(ParameterSet.National, 2019-01-01)</c>; a test keeps the two equal.
    /// </summary>
    /// <exception cref="ParameterNotFoundException">The set lacks the scale or a bracket on that date.</exception>
    public static CentralSubsidyShares FromParameters(ParameterSet parameters, NodaTime.LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ScaleKey<Rate> key = NationalParameters.Resident.CentralSubsidyShare;
        return new(
            key.At(parameters, "tier1", date),
            key.At(parameters, "tier2", date),
            key.At(parameters, "tier3", date),
            key.At(parameters, "tier4", date),
            key.At(parameters, "tier5", date),
            key.At(parameters, "western_treatment", date),
            key.Entry(parameters, date).Citation);
    }

    /// <summary>The central share for a province tier; western treatment applies only in tier 2.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tier"/> is undefined, or western treatment is claimed outside tier 2.</exception>
    public Rate ShareFor(ProvinceTier tier, bool westernTreatment = false)
    {
        Preconditions.CheckArgumentRange(nameof(tier), (int)tier, 1, 5);
        if (westernTreatment)
        {
            if (tier != ProvinceTier.Tier2)
            {
                Preconditions.ThrowOutOfRange(nameof(westernTreatment), tier, $"westernTreatment applies to counties inside tier-2 provinces only; tier is {tier}.");
            }

            return shares[5];
        }

        return shares[(int)tier - 1];
    }
}

/// <summary>
/// A subsidy split between central and local government, the local part further split by level.
/// 财政补助资金分级负担.
/// Total = Central + Σ Local parts, to the fen.
/// </summary>
/// <param name="Total">The subsidy total (per capita × persons).</param>
/// <param name="Central">Central government's part (中央财政补助).</param>
/// <param name="Local">Local government's part (地方财政补助) = Total − Central.</param>
public readonly record struct SubsidySplitResult(Money Total, Money Central, Money Local);

/// <summary>
/// Splits resident fiscal subsidies between central and local governments, then between local levels (province /
/// city / county) by caller-supplied shares, conserving every fen by largest remainder (<see cref="Apportionment"/>).
/// 城乡居民医保财政补助中央与地方、省市县分担.
/// Central = share × total (largest remainder over [share, 1 − share]); local parts = Apportionment(Local, localShares).
/// </summary>
public static class SubsidySplit
{
    /// <summary>Splits per-capita subsidy × persons (0 bytes allocated).</summary>
    /// <param name="perCapita">Per-capita subsidy (e.g. 610 元).</param>
    /// <param name="persons">Insured persons subsidised.</param>
    /// <param name="centralShare">Central share (from <see cref="CentralSubsidyShares"/>; 488/610 = 80% in Guangxi).</param>
    /// <param name="localShares">Shares of the local part by level, summing to exactly 100% (e.g. 自治区 75% / 县 25%).</param>
    /// <param name="localParts">Receives each level's part; same length as <paramref name="localShares"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A negative per-capita amount or a share outside 0–100%.</exception>
    /// <exception cref="ArgumentException">Local shares do not sum to 100%, or lengths differ.</exception>
    public static SubsidySplitResult Split(Money perCapita, Headcount persons, Rate centralShare, ReadOnlySpan<Rate> localShares, Span<Money> localParts)
    {
        ContributionRates.CheckBase(perCapita, nameof(perCapita));
        ContributionRates.CheckRate(centralShare, nameof(centralShare));
        if (localParts.Length != localShares.Length)
        {
            Preconditions.ThrowArgument(nameof(localParts), $"localParts has length {localParts.Length} but localShares has length {localShares.Length}; they must match.");
        }

        // Σ shares as an exact Int128 fraction (no Fraction arithmetic on the hot path).
        Int128 sumNum = 0, sumDen = 1;
        for (int i = 0; i < localShares.Length; i++)
        {
            ContributionRates.CheckRate(localShares[i], nameof(localShares), i);
            Fraction f = localShares[i].Value;
            sumNum = (sumNum * f.Denominator) + (f.Numerator * sumDen);
            sumDen *= f.Denominator;
            UInt128 g = IntegerRounding.Gcd((UInt128)Int128.Abs(sumNum), (UInt128)sumDen);
            if (g > 1)
            {
                sumNum /= (Int128)g;
                sumDen /= (Int128)g;
            }
        }

        Money total = perCapita * persons;
        Money central = SplitTwo(total, centralShare);
        Money local = total - central;
        if (localShares.Length > 0)
        {
            if (sumNum != sumDen)
            {
                ThrowSharesDoNotSum(localShares);
            }

            Apportionment.Split(local, localShares, localParts);
        }

        return new SubsidySplitResult(total, central, local);
    }

    /// <summary>Explains a split with the tier share and each level's part.</summary>
    public static Explanation Explain(Money perCapita, Headcount persons, Rate centralShare, ReadOnlySpan<Rate> localShares, IReadOnlyList<string> levelNames, Citation? citation = null)
    {
        Preconditions.CheckNotNull(levelNames, nameof(levelNames));
        Span<Money> parts = localShares.Length <= 16 ? stackalloc Money[localShares.Length] : new Money[localShares.Length];
        SubsidySplitResult r = Split(perCapita, persons, centralShare, localShares, parts);
        var locals = new List<Explanation>();
        for (int i = 0; i < parts.Length; i++)
        {
            string name = i < levelNames.Count ? levelNames[i] : $"level {i + 1}";
            locals.Add(new Explanation(name, parts[i].ToString("F2元", null)) { Formula = $"local × {localShares[i]:P2}", Rounding = "largest remainder to the fen (earlier level wins ties)" });
        }

        return new Explanation("财政补助 (fiscal subsidy)", r.Total.ToString("F2元", null))
        {
            Formula = $"{perCapita:F2元} × {persons}",
            Inputs =
            [
                new Explanation("中央财政补助 (central)", r.Central.ToString("F2元", null))
                {
                    Formula = $"total × {centralShare:P2}",
                    Rounding = "largest remainder to the fen",
                    Inputs = [Explanation.Parameter("中央分档比例 (central share)", centralShare.ToString("P2", null), citation, null)],
                },
                new Explanation("地方财政补助 (local)", r.Local.ToString("F2元", null)) { Formula = "total − central", Inputs = locals },
            ],
        };
    }

    // Largest remainder over the two weights [share, 1 − share] gives the extra fen to the central part exactly when its
    // remainder is at least one half (earlier index wins the tie), i.e. round half away from zero on a non-negative total.
    private static Money SplitTwo(Money total, Rate centralShare) =>
        Money.FromFen(ContributionRates.Times(total.Fen, centralShare, MidpointRounding.AwayFromZero));

    private static void ThrowSharesDoNotSum(ReadOnlySpan<Rate> localShares)
    {
        Rate sum = Rate.Zero;
        foreach (Rate r in localShares)
        {
            sum += r;
        }

        Preconditions.ThrowArgument(nameof(localShares), $"localShares sum to {sum:P4}, not 100%: the local part must be split completely.");
    }
}

/// <summary>
/// A per-capita special budget reserved over periods, e.g. the COVID-19 vaccine budget.
/// 按人头核算的专项预算（新冠疫苗及接种费用专项资金）.
/// Budget(period) = round(headcount × Σ per-capita items × share(period)); Total = Σ periods.
/// </summary>
/// <remarks>
/// Seed (zhuzhou-2021-annual-fund-report): "以2020年底本地参保人数作为核算人数，按人均疫苗费180元…按人均接种费用20元…
/// 2021年分上下半年分别按照参保人数40%比例核算半年预算资金".
/// </remarks>
public static class PerCapitaSpecialBudget
{
    /// <summary>Computes each period's reserve into <paramref name="budgets"/> and returns their total (0 bytes allocated).</summary>
    /// <param name="headcount">The headcount the budget is based on (e.g. insured at the prior year-end).</param>
    /// <param name="perCapitaItems">Per-capita items (e.g. 180 元 vaccine + 20 元 administration), each ≥ 0.</param>
    /// <param name="periodShares">Share of the headcount reserved in each period (e.g. 40%, 40%), each 0–100%.</param>
    /// <param name="budgets">Receives each period's budget.</param>
    /// <param name="mode">Rounding of each period's budget to the fen.</param>
    public static Money Compute(Headcount headcount, ReadOnlySpan<Money> perCapitaItems, ReadOnlySpan<Rate> periodShares, Span<Money> budgets, MidpointRounding mode)
    {
        if (budgets.Length != periodShares.Length)
        {
            Preconditions.ThrowArgument(nameof(budgets), $"budgets has length {budgets.Length} but periodShares has length {periodShares.Length}; they must match.");
        }

        Preconditions.CheckMode(mode);
        Money perCapita = Money.Zero;
        for (int i = 0; i < perCapitaItems.Length; i++)
        {
            ContributionRates.CheckBase(perCapitaItems[i], nameof(perCapitaItems), i);
            perCapita += perCapitaItems[i];
        }

        Money full = perCapita * headcount;
        Money total = Money.Zero;
        for (int i = 0; i < periodShares.Length; i++)
        {
            ContributionRates.CheckRate(periodShares[i], nameof(periodShares), i);
            budgets[i] = Money.FromFen(ContributionRates.Times(full.Fen, periodShares[i], mode));
            total += budgets[i];
        }

        return total;
    }
}
