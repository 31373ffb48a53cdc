using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="DrgPointValue"/>: scheme, budget, reserve, reserveByRatio and totalPoints, checked as <see cref="DrgPointValue.Compute(DrgScheme, Money, Money, DrgPoints)"/> checks them; distributable derived.</summary>
internal sealed class DrgPointValueJsonConverter : ResultJsonConverter<DrgPointValue>
{
    protected override DrgPointValue Read(ResultMembers members)
    {
        DrgScheme scheme = members.Required<DrgScheme>("scheme");
        Money budget = members.Required<Money>("budget");
        Money reserve = members.Required<Money>("reserve");
        bool byRatio = members.Required<bool>("reserveByRatio");
        DrgPoints total = members.Required<DrgPoints>("totalPoints");
        DrgPointValue value = members.Create(() =>
        {
            DrgPointValue.CheckBudget(budget, reserve);
            return DrgPointValue.Create(scheme, budget, reserve, byRatio, total);
        });
        members.Derived("distributable", value.Distributable);
        return value;
    }

    protected override void Write(ResultWriter writer, DrgPointValue value)
    {
        writer.Member("scheme", value.Scheme).Member("budget", value.Budget).Member("reserve", value.Reserve).Member("reserveByRatio", value.ReserveByRatio)
            .Member("totalPoints", value.TotalPoints).Member("distributable", value.Distributable);
    }
}
