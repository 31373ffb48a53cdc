using System;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>
/// The exact check of the individual share of per-capita funding. 个人缴费不低于人均筹资额的三分之一.
/// Share = individual / (individual + subsidy), exact.
/// </summary>
/// <param name="Individual">Individual contribution per person.</param>
/// <param name="PerCapitaFunding">Individual + subsidy.</param>
/// <param name="Share">Exact share (e.g. 320/900 = 16/45).</param>
/// <param name="MinimumShare">The rule's minimum (e.g. 1/3).</param>
/// <param name="Outcome">Meets, Below or NoFunding.</param>
public readonly record struct IndividualShareCheck(Money Individual, Money PerCapitaFunding, Rate Share, Rate MinimumShare, IndividualShareOutcome Outcome);
