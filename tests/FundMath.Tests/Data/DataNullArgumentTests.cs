namespace FundMath.Tests.Data;

using System;
using System.IO;
using FundMath.Data;

/// <summary>
/// Every public entry point of the node model, the reader limits and the JSON reader refuses a null argument with
/// <see cref="ArgumentNullException"/> naming that argument, before it reads anything.
/// </summary>
public class DataNullArgumentTests
{
    private static readonly SourceLocation At = new("params.yaml", 1, 1);

    private static readonly DataNode Leaf = DataNode.Scalar("1", DataScalarKind.Plain, At, "a");

    private static readonly DataNode Map = DataNode.Mapping([new DataMember("a", At, Leaf)], At, "root");

    private static void Refused(string parameter, Action call) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(call).ParamName);

    [Fact]
    public void Node_construction_refuses_null_paths_and_members()
    {
        Refused("path", () => DataNode.Scalar("1", DataScalarKind.Plain, At, null!));
        Refused("path", () => DataNode.Sequence([Leaf], At, null!));
        Refused("items", () => DataNode.Sequence([Leaf, null!], At));
        Refused("path", () => DataNode.Mapping([new DataMember("a", At, Leaf)], At, null!));
        // A member's key and value are null only together, in default(DataMember); the constructor refuses either.
        Refused("members", () => DataNode.Mapping([new DataMember("a", At, Leaf), default], At));
        Refused("Key", () => new DataMember(null!, At, Leaf));
        Refused("Value", () => new DataMember("a", At, null!));
        Refused("parentPath", () => DataNode.ChildPath(null!, "a"));
    }

    [Fact]
    public void Node_accessors_refuse_null_names()
    {
        Refused("name", () => Map.Required(null!));
        Refused("name", () => Map.Optional(null!));
        Refused("name", () => Map.Has(null!));
        Refused("allowed", () => Map.EnsureOnly(null!));
        Refused("reason", () => Map.Error(null!));
    }

    [Fact]
    public void Limits_and_the_json_reader_refuse_a_null_source_name()
    {
        DataReaderLimits limits = DataReaderLimits.Default;
        Refused("sourceName", () => limits.CheckText("{}", null!));
        Refused("sourceName", () => limits.ReadBounded(new MemoryStream([0x7B, 0x7D]), null!));
        Refused("sourceName", () => JsonDataReader.Read("{}", null!));
        Refused("sourceName", () => JsonDataReader.Read(new MemoryStream([0x7B, 0x7D]), null!));
        Refused("sourceName", () => JsonDataReader.Read("{}"u8, null!));
    }
}
