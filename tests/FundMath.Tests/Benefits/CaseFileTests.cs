using System;
using System.IO;
using System.Linq;
using FundMath.Data;
using FundMath.Policies;
using FundMath.Yaml;

namespace FundMath.Tests.Benefits;

/// <summary>The benefit case file carries a copy of the Ankang sample plans; the copy must not drift from the sample.</summary>
public class CaseFileTests
{
    [Fact]
    public void The_case_file_plan_parameters_equal_the_Ankang_sample_file()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "cases", "benefits", "ankang.yaml");
        DataNode cases = YamlDataReader.ReadFile(path).Required("cases");
        DataNode parameters = cases.AsSequence()[0].Required("parameters");
        var document = DataNode.Mapping([new DataMember("parameters", parameters.Location, parameters)], parameters.Location);
        ParameterSet copy = ParameterSet.Read(document, ParameterSet.National, "case-copy");
        ParameterSet sample = AnkangPlans.Set;
        string[] names = [.. sample.Names.Where(n => n.StartsWith("benefits.", StringComparison.Ordinal))];
        Assert.Equal(names, copy.Names.Where(n => n.StartsWith("benefits.", StringComparison.Ordinal)).ToArray());
        foreach (string name in names)
        {
            Parameter a = sample.Get(name), b = copy.Get(name);
            Assert.Equal(a.Unit, b.Unit);
            Assert.Equal(a.Entries.Select(e => (e.EffectiveFrom, e.ValueText, e.Citation.ToString(), e.Note)), b.Entries.Select(e => (e.EffectiveFrom, e.ValueText, e.Citation.ToString(), e.Note)));
        }
    }
}
