using System;
using FundMath.Citations;
using FundMath.Policies;

namespace FundMath.Contributions;

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
    /// <remarks>Read once from the shipped national data, <c>FromParameters(ParameterSet.National, 2019-01-01)</c>, and cached.</remarks>
    public static CentralSubsidyShares GuoBanFa2018No6 => ShippedTable.Value;

    /// <summary>
    /// The shares in force on <paramref name="date"/> in a parameter set (the scale resident.central_subsidy_share
    /// with brackets tier1…tier5 and western_treatment), with the parameter's citation.
    /// <see cref="GuoBanFa2018No6"/> is <c>FromParameters(ParameterSet.National, 2019-01-01)</c>.
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

    // Read on first use only, so that loading the national data never runs inside another type's initializer.
    private static class ShippedTable
    {
        internal static readonly CentralSubsidyShares Value = FromParameters(ParameterSet.National, new NodaTime.LocalDate(2019, 1, 1));
    }
}
