using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FundMath.Explain;
using FundMath.Ratios;

namespace FundMath.Cohorts;

/// <summary>Whether an average (per visit, per capita) can be stated.</summary>
public readonly record struct Average(Money Total, long Units, Money Value, RatioOutcome Outcome)
{
    /// <summary>True when there were units to divide by.</summary>
    public bool IsMeaningful => Outcome == RatioOutcome.Meaningful;
}
