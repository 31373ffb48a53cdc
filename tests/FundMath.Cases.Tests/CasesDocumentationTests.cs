using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace FundMath.Cases.Tests;

/// <summary>
/// docs/cases.md's table of built-in calculations is tested against the registry: every registered calculation has
/// a row, every row names a registered calculation, and each row's inputs (name, and <c>?</c> for optional) are
/// exactly the inputs the calculation declares — the same declaration the runner uses to reject an unknown input
/// and a missing required one. A difference fails with the lines to fix.
/// </summary>
public sealed class CasesDocumentationTests
{
    private static string DocsPath()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, "docs", "cases.md");
            if (File.Exists(path) && File.Exists(Path.Combine(dir.FullName, "FundMath.sln")))
            {
                return path;
            }
        }

        throw new FileNotFoundException("docs/cases.md not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The rows of the "Built-in calculations" table: name → documented inputs (name → required).</summary>
    internal static Dictionary<string, Dictionary<string, bool>> DocumentedInputs(string markdown)
    {
        var rows = new Dictionary<string, Dictionary<string, bool>>(StringComparer.Ordinal);
        bool inTable = false;
        foreach (string line in markdown.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                inTable = line == "## Built-in calculations";
                continue;
            }

            if (!inTable || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            // Cells are split on '|' not escaped as '\|'.
            string[] cells = Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim()).ToArray();
            string name = cells[0].Trim('`');
            string inputs = Regex.Replace(cells[1], @"`(\w+?)_(\d)`\?\.\.`\1_(\d)`\?", m =>
                string.Join(", ", Enumerable.Range(int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value) - int.Parse(m.Groups[2].Value) + 1).Select(i => $"`{m.Groups[1].Value}_{i}`?")));
            var declared = new Dictionary<string, bool>(StringComparer.Ordinal);
            foreach (Match m in Regex.Matches(inputs, @"`([a-z][a-z0-9_]*)`(\?)?"))
            {
                declared[m.Groups[1].Value] = m.Groups[2].Length == 0;
            }

            rows.Add(name, declared);
        }

        return rows;
    }

    [Fact]
    public void The_documented_inputs_of_each_calculation_are_its_declared_inputs()
    {
        Dictionary<string, Dictionary<string, bool>> documented = DocumentedInputs(File.ReadAllText(DocsPath()));
        var differences = new List<string>();
        CaseCalculations registry = CaseCalculations.CreateDefault();
        foreach (ICaseCalculation calculation in registry.OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            string expected = string.Join(", ", calculation.Inputs.Select(i => $"`{i.Name}`" + (i.Required ? string.Empty : "?")));
            if (!documented.TryGetValue(calculation.Name, out Dictionary<string, bool>? doc))
            {
                differences.Add($"{calculation.Name}: no row in docs/cases.md; its inputs are {expected}");
                continue;
            }

            foreach (CaseInputSpec input in calculation.Inputs)
            {
                if (!doc.TryGetValue(input.Name, out bool required))
                {
                    differences.Add($"{calculation.Name}: input `{input.Name}`{(input.Required ? string.Empty : "?")} is declared but not documented");
                }
                else if (required != input.Required)
                {
                    differences.Add($"{calculation.Name}: `{input.Name}` is documented as {(required ? "required" : "optional (?)")} but declared {(input.Required ? "required" : "optional")}");
                }
            }

            foreach (string name in doc.Keys.Where(n => !calculation.Inputs.Any(i => i.Name == n)))
            {
                differences.Add($"{calculation.Name}: `{name}` is documented but not an input (declared: {expected})");
            }
        }

        foreach (string name in documented.Keys.Where(n => registry.Find(n) is null))
        {
            differences.Add($"{name}: documented but not a registered calculation");
        }

        Assert.True(differences.Count == 0, "docs/cases.md disagrees with the calculation registry:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void The_parser_reads_required_optional_and_ranges()
    {
        Dictionary<string, Dictionary<string, bool>> rows = DocumentedInputs(
            "## Built-in calculations\n| name | inputs | outputs |\n|---|---|---|\n| `x.y` | `a`, `b`? (a \\| b), `level_1`?..`level_3`?, `{ p, q }` | `out` |\n## Next\n| `z` | `c` | |\n");
        Assert.Equal(["x.y"], rows.Keys);
        Assert.Equal(new Dictionary<string, bool> { ["a"] = true, ["b"] = false, ["level_1"] = false, ["level_2"] = false, ["level_3"] = false }, rows["x.y"]);
    }
}
