using System;
using FundMath.Explain;
using FundMath.Policies;

namespace FundMath.Contributions;

/// <summary>A cohort of resident insured in one assistance category. 参保人群（按资助类别）.</summary>
/// <param name="Persons">Persons in the cohort.</param>
/// <param name="Category">Their assistance category (None for ordinary payers).</param>
public readonly record struct ResidentCohort(Headcount Persons, AssistanceCategory Category);
