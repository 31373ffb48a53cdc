using FundMath.Cohorts;

namespace FundMath.Serialization;

/// <summary>JSON for <see cref="CohortPartition"/>: name, parent, isPartition and parts (categories in display order), read through the constructor (at least one part, none repeated, the parent not among them).</summary>
internal sealed class CohortPartitionJsonConverter : ResultJsonConverter<CohortPartition>
{
    protected override CohortPartition Read(ResultMembers members)
    {
        string name = members.Required<string>("name");
        CohortCategory parent = members.Required<CohortCategory>("parent");
        bool isPartition = members.Required<bool>("isPartition");
        CohortCategory[] parts = members.Required<CohortCategory[]>("parts");
        return members.Create(() => new CohortPartition(name, parent, isPartition, parts));
    }

    protected override void Write(ResultWriter writer, CohortPartition value) =>
        writer.Member("name", value.Name).Member("parent", value.Parent).Member("isPartition", value.IsPartition).Member("parts", value.Parts.ToArray());
}
