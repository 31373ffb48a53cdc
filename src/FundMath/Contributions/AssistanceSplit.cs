using System;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>Who pays one person's premium. 资助参保分担. Assistance + Person = premium.</summary>
/// <param name="AssistancePays">Paid by the medical-assistance fund (医疗救助基金资助).</param>
/// <param name="PersonPays">Paid by the person (个人自付).</param>
public readonly record struct AssistanceSplit(Money AssistancePays, Money PersonPays);
