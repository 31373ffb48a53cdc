using System.Linq;
using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DrgGroupTable"/>: scheme, overallAverageCost, policy and groups (id and averageCost, then the
/// derived basePoints, lowOutlierThreshold and highOutlierThreshold). Read through <see cref="DrgGroupTable.Create"/>
/// (ids unique and non-empty, costs &gt; 0); each derived member must be what the table computes from the inputs and
/// the policy. Inside a <see cref="DrgAnnualPayment"/> the tables are written without their policy (the payment's).
/// </summary>
internal sealed class DrgGroupTableJsonConverter : ResultJsonConverter<DrgGroupTable>
{
    protected override DrgGroupTable Read(ResultMembers members) => ReadBody(members, members.Required<DrgPolicy>("policy"));

    protected override void Write(ResultWriter writer, DrgGroupTable value) => WriteBody(writer, value, withPolicy: true);

    /// <summary>Reads a table whose rules are <paramref name="policy"/>.</summary>
    internal static DrgGroupTable ReadBody(ResultMembers members, DrgPolicy policy)
    {
        DrgScheme scheme = members.Required<DrgScheme>("scheme");
        Money overall = members.Required<Money>("overallAverageCost");
        ResultMembers[] groups = members.NestedArray("groups");
        string[] ids = [.. groups.Select(g => g.Required<string>("id"))];
        Money[] costs = [.. groups.Select(g => g.Required<Money>("averageCost"))];
        DrgGroupTable table = members.Create(() => DrgGroupTable.Create(scheme, overall, ids, costs, policy));
        for (int g = 0; g < groups.Length; g++)
        {
            groups[g].Derived("basePoints", table.BasePoints(g));
            groups[g].Derived("lowOutlierThreshold", table.LowOutlierThreshold(g));
            groups[g].Derived("highOutlierThreshold", table.HighOutlierThreshold(g));
            groups[g].EnsureAllRead();
        }

        return table;
    }

    /// <summary>Writes a table, with its policy or (inside a payment that holds the policy) without.</summary>
    internal static void WriteBody(ResultWriter writer, DrgGroupTable value, bool withPolicy)
    {
        writer.Member("scheme", value.Scheme).Member("overallAverageCost", value.OverallAverageCost);
        if (withPolicy)
        {
            writer.Member("policy", value.Policy);
        }

        writer.Array("groups", Enumerable.Range(0, value.Count), (w, g) =>
            w.Member("id", value.Ids[g]).Member("averageCost", value.AverageCost(g)).Member("basePoints", value.BasePoints(g))
                .Member("lowOutlierThreshold", value.LowOutlierThreshold(g)).Member("highOutlierThreshold", value.HighOutlierThreshold(g)));
    }
}
