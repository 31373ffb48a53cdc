using FundMath.Citations;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="ResidentFundingStandard"/>: coverageYear, collectionYear, the national individual contribution
/// and per-capita subsidy, the local top-ups and citation (null for none), read through the constructor and
/// <see cref="ResidentFundingStandard.WithLocalTopUp"/>; individualContribution, perCapitaSubsidy and perCapitaFunding derived.
/// </summary>
internal sealed class ResidentFundingStandardJsonConverter : ResultJsonConverter<ResidentFundingStandard>
{
    protected override ResidentFundingStandard Read(ResultMembers members)
    {
        int coverageYear = members.Required<int>("coverageYear");
        int collectionYear = members.Required<int>("collectionYear");
        Money individual = members.Required<Money>("nationalIndividualContribution");
        Money subsidy = members.Required<Money>("nationalPerCapitaSubsidy");
        Money individualTopUp = members.Required<Money>("localIndividualTopUp");
        Money subsidyTopUp = members.Required<Money>("localSubsidyTopUp");
        Citation? citation = members.RequiredOrNull<Citation>("citation");
        ResidentFundingStandard standard = members.Create(() =>
            new ResidentFundingStandard(coverageYear, collectionYear, individual, subsidy, citation).WithLocalTopUp(individualTopUp, subsidyTopUp));
        members.Derived("individualContribution", standard.IndividualContribution);
        members.Derived("perCapitaSubsidy", standard.PerCapitaSubsidy);
        members.Derived("perCapitaFunding", standard.PerCapitaFunding);
        return standard;
    }

    protected override void Write(ResultWriter writer, ResidentFundingStandard value) =>
        writer.Member("coverageYear", value.CoverageYear).Member("collectionYear", value.CollectionYear)
            .Member("nationalIndividualContribution", value.NationalIndividualContribution).Member("nationalPerCapitaSubsidy", value.NationalPerCapitaSubsidy)
            .Member("localIndividualTopUp", value.LocalIndividualTopUp).Member("localSubsidyTopUp", value.LocalSubsidyTopUp).Member("citation", value.Citation)
            .Member("individualContribution", value.IndividualContribution).Member("perCapitaSubsidy", value.PerCapitaSubsidy).Member("perCapitaFunding", value.PerCapitaFunding);
}
