using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="PayrollContributions"/>: bases and contributions (each required); total derived.</summary>
internal sealed class PayrollContributionsJsonConverter : ResultJsonConverter<PayrollContributions>
{
    protected override PayrollContributions Read(ResultMembers members)
    {
        PremiumBaseSummary bases = members.Required<PremiumBaseSummary>("bases");
        ContributionTotals contributions = members.Required<ContributionTotals>("contributions");
        var payroll = new PayrollContributions(bases, contributions);
        members.Derived("total", payroll.Total);
        return payroll;
    }

    protected override void Write(ResultWriter writer, PayrollContributions value) =>
        writer.Member("bases", value.Bases).Member("contributions", value.Contributions).Member("total", value.Total);
}
