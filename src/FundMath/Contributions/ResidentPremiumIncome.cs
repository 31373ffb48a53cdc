using System;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>
/// Resident premium income of a set of cohorts. 城乡居民个人缴费收入.
/// Gross = Σ persons × individual contribution; AssistancePaid = Σ persons × assistance per person; PersonallyPaid = Gross − AssistancePaid.
/// </summary>
/// <param name="Persons">Total persons.</param>
/// <param name="Gross">Σ cohorts × individual contribution (the fund's premium income; the seed's 84,555万元).</param>
/// <param name="AssistancePaid">Part of <paramref name="Gross"/> paid by medical assistance (资助参保金额).</param>
/// <param name="PersonallyPaid">Part paid by persons = Gross − AssistancePaid.</param>
public readonly record struct ResidentPremiumIncome(Headcount Persons, Money Gross, Money AssistancePaid, Money PersonallyPaid);
