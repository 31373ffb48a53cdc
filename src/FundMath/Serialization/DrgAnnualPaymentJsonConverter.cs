using System.Linq;
using FundMath.Drg;

namespace FundMath.Serialization;

/// <summary>
/// JSON for <see cref="DrgAnnualPayment"/>: policy, institutions (the <see cref="DrgInstitutionRecord"/>s in input
/// order), schemes (each a <see cref="DrgSchemePayment"/> whose table is written without the policy, which is the
/// payment's) and caseRecordIndices (for each scheme, the input position of each of its cases). Reading checks each
/// scheme as a scheme payment and then what the records imply (see <see cref="DrgAnnualPayment.Restore"/>): the
/// institutions and factors of every scheme, settlement exactly when there are reference amounts, and case positions
/// that number the cases once each.
/// </summary>
internal sealed class DrgAnnualPaymentJsonConverter : ResultJsonConverter<DrgAnnualPayment>
{
    protected override DrgAnnualPayment Read(ResultMembers members)
    {
        DrgPolicy policy = members.Required<DrgPolicy>("policy");
        DrgInstitutionRecord[] institutions = members.Required<DrgInstitutionRecord[]>("institutions");
        DrgSchemePayment[] schemes = members.NestedItems("schemes", s => DrgSchemePaymentJsonConverter.ReadNested(s, policy));
        int[][] positions = members.Required<int[][]>("caseRecordIndices");
        return members.Create(() => DrgAnnualPayment.Restore(policy, institutions, schemes, positions));
    }

    protected override void Write(ResultWriter writer, DrgAnnualPayment value) =>
        writer.Member("policy", value.Policy).Member("institutions", value.Institutions.ToArray())
            .Array("schemes", value.Schemes, DrgSchemePaymentJsonConverter.WriteNested)
            .Member("caseRecordIndices", Enumerable.Range(0, value.Schemes.Count).Select(s => value.CaseRecordIndices(s).ToArray()).ToArray());
}
