using System;
using FundMath.Data;

namespace FundMath.Cases;

/// <summary>One expected output of a case — 期望值: the output name, the expected value as written, the tolerance.</summary>
/// <param name="Output">The output name (for a list: "parts[0]").</param>
/// <param name="Value">The expected value node (parsed by the actual output's kind).</param>
/// <param name="Tolerance">The tolerance.</param>
public sealed record CaseExpectation(string Output, DataNode Value, CaseTolerance Tolerance)
{
    /// <summary>The output name (for a list: "parts[0]").</summary>
    public string Output { get; init => field = value ?? throw new ArgumentNullException(nameof(Output)); } = Output ?? throw new ArgumentNullException(nameof(Output));

    /// <summary>The expected value node (parsed by the actual output's kind).</summary>
    public DataNode Value { get; init => field = value ?? throw new ArgumentNullException(nameof(Value)); } = Value ?? throw new ArgumentNullException(nameof(Value));

    /// <summary>The tolerance.</summary>
    public CaseTolerance Tolerance { get; init => field = value ?? throw new ArgumentNullException(nameof(Tolerance)); } = Tolerance ?? throw new ArgumentNullException(nameof(Tolerance));

    /// <summary>Where the expected value is written.</summary>
    public SourceLocation Location => Value.Location;
}
