namespace FundMath.Tests.Architecture;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

/// <summary>
/// Files say what they hold: every C# file under src/ declares one top-level type (public or internal; a partial
/// type may span several files named <c>Type.Aspect.cs</c>), and the file is named after it. <c>file</c>-local
/// helper types and nested types do not count. The sources use file-scoped namespaces, so a top-level declaration
/// starts in column 0.
/// </summary>
public partial class SourceFileTests
{
    /// <summary>
    /// Files that still hold several types, being split by their owners; the test fails when one of them is split
    /// (remove it here) as much as when a new file breaks the rule.
    /// </summary>
    private static readonly HashSet<string> Pending = [];

    [GeneratedRegex(@"^(?<mods>(?:(?:public|internal|private|protected|file|static|sealed|abstract|readonly|partial|ref|unsafe|new)\s+)*)(?:class|struct|interface|enum|record\s+struct|record\s+class|record|delegate\s+[\w<>\[\],\.?]+)\s+(?<name>\w+)")]
    private static partial Regex TopLevelDeclaration();

    [Fact]
    public void Every_source_file_holds_one_type_named_after_it()
    {
        var problems = new List<string>();
        var stillPending = new List<string>();
        foreach ((string path, string[] types) in SourceFiles())
        {
            string file = Path.GetFileName(path);
            string stem = file[..file.IndexOf('.', StringComparison.Ordinal)];
            bool ok = types.Length == 0 || (types.Length == 1 && types[0] == stem);
            if (Pending.Contains(path))
            {
                if (ok)
                {
                    stillPending.Add(path);
                }
            }
            else if (!ok)
            {
                problems.Add($"{path} declares {string.Join(", ", types)}");
            }
        }

        Assert.True(problems.Count == 0, "files holding several types or not named after their type:\n" + string.Join("\n", problems));
        Assert.True(stillPending.Count == 0, "now one type per file — remove from Pending:\n" + string.Join("\n", stillPending));
    }

    [Fact]
    public void Every_source_file_uses_a_file_scoped_namespace()
    {
        string[] block = SourceFileTexts()
            .Where(f => !Regex.IsMatch(f.Text, @"^namespace [\w\.]+;", RegexOptions.Multiline))
            .Select(f => f.Path)
            .ToArray();
        Assert.True(block.Length == 0, "no file-scoped namespace (the type-per-file scan relies on it):\n" + string.Join("\n", block));
    }

    [Fact]
    public void The_scan_sees_every_kind_of_declaration()
    {
        string text = "namespace N;\n\n/// <summary>x</summary>\npublic readonly record struct A(int X);\n" +
            "internal sealed class B\n{\n    private sealed class Nested { }\n}\npublic enum C { D }\n" +
            "file static class Hidden { }\npublic delegate void E(int x);\npublic static partial class B { }\n";
        Assert.Equal(["A", "B", "C", "E"], TypesIn(text));
    }

    private static IEnumerable<(string Path, string[] Types)> SourceFiles() =>
        SourceFileTexts().Select(f => (f.Path, TypesIn(f.Text)));

    private static IEnumerable<(string Path, string Text)> SourceFileTexts()
    {
        string root = RepositoryFiles.Root;
        string[] files = Directory.GetFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(files.Length > 100, $"only {files.Length} source files found under {root}/src");
        return files.Select(f => (f, File.ReadAllText(Path.Combine(root, f))));
    }

    private static string[] TypesIn(string text) =>
        text.Split('\n')
            .Select(line => TopLevelDeclaration().Match(line))
            .Where(m => m.Success && !m.Groups["mods"].Value.Contains("file ", StringComparison.Ordinal))
            .Select(m => m.Groups["name"].Value)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}
