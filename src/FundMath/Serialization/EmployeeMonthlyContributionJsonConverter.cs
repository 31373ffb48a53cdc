using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="EmployeeMonthlyContribution"/>: base, employer, maternity and individual, read through <see cref="EmployeeMonthlyContribution.Of"/> (none negative, maternity within the employer part); employerMedical and total derived.</summary>
internal sealed class EmployeeMonthlyContributionJsonConverter : ResultJsonConverter<EmployeeMonthlyContribution>
{
    protected override EmployeeMonthlyContribution Read(ResultMembers members)
    {
        Money @base = members.Required<Money>("base");
        Money employer = members.Required<Money>("employer");
        Money maternity = members.Required<Money>("maternity");
        Money individual = members.Required<Money>("individual");
        EmployeeMonthlyContribution contribution = members.Create(() => EmployeeMonthlyContribution.Of(@base, employer, maternity, individual));
        members.Derived("employerMedical", contribution.EmployerMedical);
        members.Derived("total", contribution.Total);
        return contribution;
    }

    protected override void Write(ResultWriter writer, EmployeeMonthlyContribution value)
    {
        writer.Member("base", value.Base).Member("employer", value.Employer).Member("maternity", value.Maternity).Member("individual", value.Individual)
            .Member("employerMedical", value.EmployerMedical).Member("total", value.Total);
    }
}
