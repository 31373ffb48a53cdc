using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="Utilisation"/>: one member per <see cref="ServiceCategory"/> by its code ("inpatient":
/// {"cases": 1200, "cost": 9600000.00}, …), every category and both its members required, read through
/// <see cref="Utilisation.With"/> (a negative count or cost is an error); then the derived totalCost.
/// </summary>
internal sealed class UtilisationJsonConverter : ResultJsonConverter<Utilisation>
{
    protected override Utilisation Read(ResultMembers members)
    {
        Utilisation result = Utilisation.Empty;
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            ServiceCategory category = ServiceCategory.FromIndex(i);
            ResultMembers use = members.Nested(category.Code);
            long cases = use.Required<long>("cases");
            Money cost = use.Required<Money>("cost");
            use.EnsureAllRead();
            Utilisation before = result;
            result = members.Create(() => before.With(category, cases, cost));
        }

        members.Derived("totalCost", result.TotalCost);
        return result;
    }

    protected override void Write(ResultWriter writer, Utilisation value)
    {
        for (int i = 0; i < ServiceCategory.Count; i++)
        {
            ServiceCategory category = ServiceCategory.FromIndex(i);
            writer.Object(category.Code, w => w.Member("cases", value.Cases(category)).Member("cost", value.Cost(category)));
        }

        writer.Member("totalCost", value.TotalCost);
    }
}
