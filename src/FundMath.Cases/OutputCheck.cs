using System;
using FundMath.Data;
using FundMath.Explain;

namespace FundMath.Cases;

/// <summary>One expected output compared with the actual one — 输出比对.</summary>
/// <param name="Output">The output name.</param>
/// <param name="Expected">The expected value as written (normalised when it could be parsed).</param>
/// <param name="Actual">The actual value, or null when the calculation did not produce it.</param>
/// <param name="Tolerance">The tolerance.</param>
/// <param name="Passed">True when within tolerance.</param>
/// <param name="Difference">actual − expected, when numeric.</param>
/// <param name="Location">Where the expected value is written.</param>
/// <param name="Explanation">The calculation's explanation of the output, when given.</param>
public sealed record OutputCheck(string Output, string Expected, string? Actual, CaseTolerance Tolerance, bool Passed,
    string? Difference, SourceLocation Location, Explanation? Explanation)
{
    /// <summary>The output name.</summary>
    public string Output { get; init => field = value ?? throw new ArgumentNullException(nameof(Output)); } = Output ?? throw new ArgumentNullException(nameof(Output));

    /// <summary>The expected value as written (normalised when it could be parsed).</summary>
    public string Expected { get; init => field = value ?? throw new ArgumentNullException(nameof(Expected)); } = Expected ?? throw new ArgumentNullException(nameof(Expected));

    /// <summary>The tolerance.</summary>
    public CaseTolerance Tolerance { get; init => field = value ?? throw new ArgumentNullException(nameof(Tolerance)); } = Tolerance ?? throw new ArgumentNullException(nameof(Tolerance));
}
