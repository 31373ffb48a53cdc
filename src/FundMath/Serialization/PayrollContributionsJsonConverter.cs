using System.Globalization;
using System.Text.Json;
using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="PayrollContributions"/>: bases and contributions (each required); total derived. The two
/// halves are one batch seen twice, so they must agree: the same number of persons and the same Σ bases.
/// </summary>
internal sealed class PayrollContributionsJsonConverter : ResultJsonConverter<PayrollContributions>
{
    protected override PayrollContributions Read(ResultMembers members)
    {
        PremiumBaseSummary bases = members.Required<PremiumBaseSummary>("bases");
        ContributionTotals contributions = members.Required<ContributionTotals>("contributions");
        if (bases.Persons != contributions.Persons)
        {
            throw new JsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"{members.Path}: bases.persons {bases.Persons:N0} differs from contributions.persons {contributions.Persons:N0}; both halves describe the same batch of persons."));
        }

        if (bases.WageTotal != contributions.BaseTotal)
        {
            throw new JsonException(string.Create(
                CultureInfo.InvariantCulture,
                $"{members.Path}: bases.wageTotal {bases.WageTotal:N2元} differs from contributions.baseTotal {contributions.BaseTotal:N2元}; both are the sum of the same clamped bases."));
        }

        var payroll = new PayrollContributions(bases, contributions);
        members.Derived("total", payroll.Total);
        return payroll;
    }

    protected override void Write(ResultWriter writer, PayrollContributions value) =>
        writer.Member("bases", value.Bases).Member("contributions", value.Contributions).Member("total", value.Total);
}
