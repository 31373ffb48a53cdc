using System;
using FundMath.Citations;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// A resident-scheme funding standard for one coverage year: individual contribution and per-capita fiscal subsidy.
/// 城乡居民医保筹资标准（个人缴费标准、人均财政补助标准）.
/// Per-capita funding (人均筹资额) = individual contribution + per-capita subsidy (national minimum + local top-up).
/// </summary>
/// <remarks>
/// Coverage year vs collection year: the individual premium set by year N's notice is usually collected during
/// year N for coverage year N + 1, while the subsidy applies to year N. 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》 prints both 280 元
/// ("按280元/人缴费", coverage 2021, collected in 2020) and 320 元 ("2021年…个人缴费标准为320元/人", set by
/// 医保发〔2021〕32号, collected in 2021 for coverage 2022).
/// <para><c>default(ResidentFundingStandard)</c> is coverage and collection year 0 with every amount 0.00元: an empty standard, equal to no published one.</para>
/// </remarks>
public readonly struct ResidentFundingStandard : IEquatable<ResidentFundingStandard>
{
    /// <summary>Creates a standard.</summary>
    /// <param name="coverageYear">The year whose benefits the funding pays for (待遇享受年度).</param>
    /// <param name="collectionYear">The year the individual premium is collected (征缴年度), coverageYear or coverageYear − 1.</param>
    /// <param name="individualContribution">National (or provincial) individual contribution standard (个人缴费标准), ≥ 0.</param>
    /// <param name="perCapitaSubsidy">National minimum per-capita fiscal subsidy (人均财政补助标准), ≥ 0.</param>
    /// <param name="citation">The notice (e.g. 医保发〔2021〕32号).</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative, or the collection year is not the coverage year or the one before.</exception>
    public ResidentFundingStandard(int coverageYear, int collectionYear, Money individualContribution, Money perCapitaSubsidy, Citation? citation = null)
        : this(coverageYear, collectionYear, individualContribution, perCapitaSubsidy, Money.Zero, Money.Zero, citation)
    {
    }

    private ResidentFundingStandard(int coverageYear, int collectionYear, Money individualContribution, Money perCapitaSubsidy, Money individualTopUp, Money subsidyTopUp, Citation? citation)
    {
        Preconditions.CheckArgumentRange(nameof(coverageYear), coverageYear, 1990, 2200);
        Preconditions.CheckArgumentRange(nameof(collectionYear), collectionYear, coverageYear - 1, coverageYear);
        CheckAmount(individualContribution, nameof(individualContribution));
        CheckAmount(perCapitaSubsidy, nameof(perCapitaSubsidy));
        CheckAmount(individualTopUp, nameof(individualTopUp));
        CheckAmount(subsidyTopUp, nameof(subsidyTopUp));
        CoverageYear = coverageYear;
        CollectionYear = collectionYear;
        NationalIndividualContribution = individualContribution;
        NationalPerCapitaSubsidy = perCapitaSubsidy;
        LocalIndividualTopUp = individualTopUp;
        LocalSubsidyTopUp = subsidyTopUp;
        Citation = citation;
    }

    /// <summary>The coverage year (待遇享受年度).</summary>
    public int CoverageYear { get; }

    /// <summary>The collection year (征缴年度).</summary>
    public int CollectionYear { get; }

    /// <summary>The national (or provincial) individual contribution standard.</summary>
    public Money NationalIndividualContribution { get; }

    /// <summary>The national minimum per-capita subsidy.</summary>
    public Money NationalPerCapitaSubsidy { get; }

    /// <summary>A local top-up of the individual contribution.</summary>
    public Money LocalIndividualTopUp { get; }

    /// <summary>A local top-up of the subsidy (地方提标).</summary>
    public Money LocalSubsidyTopUp { get; }

    /// <summary>The notice.</summary>
    public Citation? Citation { get; }

    /// <summary>Individual contribution per person = national + local top-up.</summary>
    public Money IndividualContribution => NationalIndividualContribution + LocalIndividualTopUp;

    /// <summary>Per-capita fiscal subsidy = national minimum + local top-up.</summary>
    public Money PerCapitaSubsidy => NationalPerCapitaSubsidy + LocalSubsidyTopUp;

    /// <summary>Per-capita funding (人均筹资额) = individual + subsidy.</summary>
    public Money PerCapitaFunding => IndividualContribution + PerCapitaSubsidy;

    /// <summary>The standard with local top-ups (replacing any earlier ones).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A top-up is negative.</exception>
    public ResidentFundingStandard WithLocalTopUp(Money individualTopUp, Money subsidyTopUp) =>
        new(CoverageYear, CollectionYear, NationalIndividualContribution, NationalPerCapitaSubsidy, individualTopUp, subsidyTopUp, Citation);

    /// <summary>
    /// Checks "个人缴费一般不低于人均筹资额的三分之一" exactly: individual ≥ minimumShare × (individual + subsidy),
    /// compared as exact fractions (no 33.33%).
    /// </summary>
    /// <param name="minimumShare">The minimum individual share, e.g. <c>Rate.FromRatio(1, 3)</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimumShare"/> is outside 0–100%.</exception>
    public IndividualShareCheck CheckIndividualShare(Rate minimumShare) => IndividualShareCheck.Of(IndividualContribution, PerCapitaFunding, minimumShare);

    /// <summary>Explains the per-capita funding and the individual-share rule.</summary>
    public Explanation Explain(Rate minimumShare)
    {
        IndividualShareCheck c = CheckIndividualShare(minimumShare);
        return new Explanation($"{CoverageYear} 人均筹资额 (per-capita funding)", PerCapitaFunding.ToString("F2元", null))
        {
            Formula = "individual contribution + per-capita subsidy",
            Sentence = $"Individual share {c.Share.Value:G} ({c.Share:P2}) vs minimum {minimumShare.Value:G}: {c.Outcome}. Collected in {CollectionYear} for coverage year {CoverageYear}.",
            Inputs =
            [
                Explanation.Parameter("个人缴费标准 (individual contribution)", NationalIndividualContribution.ToString("F2元", null), Citation, null),
                Explanation.Input("个人缴费地方提标 (local individual top-up)", LocalIndividualTopUp.ToString("F2元", null)),
                Explanation.Parameter("人均财政补助标准 (per-capita subsidy)", NationalPerCapitaSubsidy.ToString("F2元", null), Citation, null),
                Explanation.Input("财政补助地方提标 (local subsidy top-up)", LocalSubsidyTopUp.ToString("F2元", null)),
            ],
        };
    }

    /// <inheritdoc/>
    public bool Equals(ResidentFundingStandard other) =>
        CoverageYear == other.CoverageYear && CollectionYear == other.CollectionYear
        && NationalIndividualContribution == other.NationalIndividualContribution && NationalPerCapitaSubsidy == other.NationalPerCapitaSubsidy
        && LocalIndividualTopUp == other.LocalIndividualTopUp && LocalSubsidyTopUp == other.LocalSubsidyTopUp;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ResidentFundingStandard other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CoverageYear, CollectionYear, IndividualContribution, PerCapitaSubsidy);

    /// <summary>Equality.</summary>
    public static bool operator ==(ResidentFundingStandard left, ResidentFundingStandard right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ResidentFundingStandard left, ResidentFundingStandard right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => $"{CoverageYear} (collected {CollectionYear}): individual {IndividualContribution:F2元}, subsidy {PerCapitaSubsidy:F2元}";

    private static void CheckAmount(Money amount, string paramName)
    {
        if (amount.IsNegative)
        {
            Preconditions.ThrowOutOfRange(paramName, amount.ToString(), $"{paramName} {amount:F2元} is negative: a funding standard cannot be below zero.");
        }
    }
}
