using System;
using System.Linq;
using FundMath.Explain;

namespace FundMath.Tests.Support;

/// <summary>An explanation's text for golden comparisons, without the notes of parameter nodes (they quote the parameter files).</summary>
public static class ExplanationTrace
{
    /// <summary>The explanation as text with "\n" line ends, leaving out each note line that directly follows a parameter node's line.</summary>
    public static string Of(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        string[] lines = explanation.ToText().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        return string.Join("\n", lines.Where((l, i) => !(i > 0 && l.TrimStart().StartsWith("note:", StringComparison.Ordinal) && lines[i - 1].Contains("[parameter", StringComparison.Ordinal))));
    }
}
