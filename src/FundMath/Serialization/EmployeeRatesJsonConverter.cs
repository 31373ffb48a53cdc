using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="EmployeeRates"/>: employerMedical, maternity and individual, read through the validating constructor; employer (their sum) derived.</summary>
internal sealed class EmployeeRatesJsonConverter : ResultJsonConverter<EmployeeRates>
{
    protected override EmployeeRates Read(ResultMembers members)
    {
        Rate medical = members.Required<Rate>("employerMedical");
        Rate maternity = members.Required<Rate>("maternity");
        Rate individual = members.Required<Rate>("individual");
        EmployeeRates rates = members.Create(() => new EmployeeRates(medical, maternity, individual));
        members.Derived("employer", rates.Employer);
        return rates;
    }

    protected override void Write(ResultWriter writer, EmployeeRates value) =>
        writer.Member("employerMedical", value.EmployerMedical).Member("maternity", value.Maternity).Member("individual", value.Individual).Member("employer", value.Employer);
}
