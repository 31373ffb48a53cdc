using System.Linq;
using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DrgSchemePayment"/>: table (a <see cref="DrgGroupTable"/> with its policy), result (point value
/// and totals), institutionIds, institutionFactors, caseCounts, casePoints, caseKinds, institutionPoints, settledPoints,
/// payments, settlements and settlementTotals (both null without reference amounts). The cases' costs and groups are
/// not kept, so case points and kinds are taken as written; everything else is computed again from what is kept
/// (settled points, point value totals, apportioned payments, the year-end settlement) and must agree — see
/// <see cref="DrgSchemePayment.Restore"/>. Inside a <see cref="DrgAnnualPayment"/> the table is written without its
/// policy (the payment's).
/// </summary>
internal sealed class DrgSchemePaymentJsonConverter : ResultJsonConverter<DrgSchemePayment>
{
    protected override DrgSchemePayment Read(ResultMembers members) => ReadBody(members, members.Required<DrgGroupTable>("table"));

    protected override void Write(ResultWriter writer, DrgSchemePayment value) => WriteBody(writer.Member("table", value.Table), value);

    /// <summary>Reads a scheme payment whose table is nested without a policy, the rules being <paramref name="policy"/>.</summary>
    internal static DrgSchemePayment ReadNested(ResultMembers members, DrgPolicy policy)
    {
        ResultMembers table = members.Nested("table");
        DrgGroupTable read = DrgGroupTableJsonConverter.ReadBody(table, policy);
        table.EnsureAllRead();
        return ReadBody(members, read);
    }

    /// <summary>Writes a scheme payment with its table nested without the policy.</summary>
    internal static void WriteNested(ResultWriter writer, DrgSchemePayment value) =>
        WriteBody(writer.Object("table", w => DrgGroupTableJsonConverter.WriteBody(w, value.Table, withPolicy: false)), value);

    private static DrgSchemePayment ReadBody(ResultMembers members, DrgGroupTable table)
    {
        DrgSchemeResult result = members.Required<DrgSchemeResult>("result");
        string[] ids = members.Required<string[]>("institutionIds");
        Fraction[] factors = members.Required<Fraction[]>("institutionFactors");
        int[] caseCounts = members.Required<int[]>("caseCounts");
        DrgPoints[] casePoints = members.Required<DrgPoints[]>("casePoints");
        DrgCaseKind[] caseKinds = members.Required<DrgCaseKind[]>("caseKinds");
        DrgPoints[] points = members.Required<DrgPoints[]>("institutionPoints");
        DrgPoints[] settled = members.Required<DrgPoints[]>("settledPoints");
        Money[] payments = members.Required<Money[]>("payments");
        DrgInstitutionSettlement[]? settlements = members.RequiredOrNull<DrgInstitutionSettlement[]>("settlements");
        DrgSettlementTotals? totals = members.RequiredOrNull<DrgSettlementTotals?>("settlementTotals");
        return members.Create(() => DrgSchemePayment.Restore(table, result, ids, factors, caseCounts, casePoints, caseKinds, points, settled, payments, settlements, totals));
    }

    private static void WriteBody(ResultWriter writer, DrgSchemePayment value) =>
        writer.Member("result", value.Result).Member("institutionIds", value.InstitutionIds.ToArray()).Member("institutionFactors", value.InstitutionFactors.ToArray())
            .Member("caseCounts", value.CaseCounts.ToArray()).Member("casePoints", value.CasePoints.ToArray()).Member("caseKinds", value.CaseKinds.ToArray())
            .Member("institutionPoints", value.InstitutionPoints.ToArray()).Member("settledPoints", value.SettledPoints.ToArray()).Member("payments", value.Payments.ToArray())
            .Member("settlements", value.Settlements?.ToArray()).Member("settlementTotals", value.SettlementTotals);
}
