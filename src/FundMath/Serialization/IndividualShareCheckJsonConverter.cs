using FundMath.Contributions;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="IndividualShareCheck"/>: individual, perCapitaFunding and minimumShare, read through <see cref="IndividualShareCheck.Of"/>; share and outcome derived.</summary>
internal sealed class IndividualShareCheckJsonConverter : ResultJsonConverter<IndividualShareCheck>
{
    protected override IndividualShareCheck Read(ResultMembers members)
    {
        Money individual = members.Required<Money>("individual");
        Money funding = members.Required<Money>("perCapitaFunding");
        Rate minimum = members.Required<Rate>("minimumShare");
        IndividualShareCheck check = members.Create(() => IndividualShareCheck.Of(individual, funding, minimum));
        members.Derived("share", check.Share);
        members.Derived("outcome", check.Outcome);
        return check;
    }

    protected override void Write(ResultWriter writer, IndividualShareCheck value)
    {
        writer.Member("individual", value.Individual).Member("perCapitaFunding", value.PerCapitaFunding).Member("minimumShare", value.MinimumShare)
            .Member("share", value.Share).Member("outcome", value.Outcome);
    }
}
