using System;
using System.Collections.Generic;
using System.Globalization;

namespace FundMath.Drg;

/// <summary>
/// A pooling area's year of DRG point payment from records — 年度点数付费: schemes with their budgets, groups,
/// institutions and cases identified by id. Every record is checked first (unknown group or institution, duplicate
/// ids, negative costs, factors ≤ 0, a reserve above its budget, a scheme without points) and a
/// <see cref="DrgInputException"/> names the record, field, value and rule; nothing is computed then. Each scheme is
/// computed from its own records only — "全市按险种统一计算点数和点值"
/// (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(一)4) — so an employee case never changes a resident
/// point value.
/// </summary>
public sealed class DrgAnnualPayment
{
    private readonly DrgSchemePayment[] schemes;
    private readonly int[][] caseRecordIndices;

    private DrgAnnualPayment(DrgPolicy policy, DrgInstitutionRecord[] institutions, DrgSchemePayment[] schemes, int[][] caseRecordIndices)
    {
        Policy = policy;
        Institutions = institutions;
        this.schemes = schemes;
        this.caseRecordIndices = caseRecordIndices;
    }

    /// <summary>
    /// An annual payment as it was written, for reading it back from JSON (each scheme already checked by
    /// <see cref="DrgSchemePayment.Restore"/> with <paramref name="policy"/>): one payment per scheme; every scheme's
    /// institutions are <paramref name="institutions"/> with their factors; a scheme is settled at year end exactly when
    /// some institution has a reference for it, against those references (0 for an institution without one and without
    /// cases); the case positions of each scheme ascend, one per case, and together number the cases 0 … n − 1.
    /// </summary>
    /// <exception cref="ArgumentException">A rule above is broken; the message names the scheme, institution or case.</exception>
    internal static DrgAnnualPayment Restore(DrgPolicy policy, DrgInstitutionRecord[] institutions, DrgSchemePayment[] schemes, int[][] caseRecordIndices)
    {
        if (caseRecordIndices.Length != schemes.Length)
        {
            Preconditions.ThrowArgument(nameof(caseRecordIndices), $"{caseRecordIndices.Length} lists of case positions for {schemes.Length} schemes: one per scheme.");
        }

        int total = 0;
        for (int s = 0; s < schemes.Length; s++)
        {
            DrgSchemePayment scheme = schemes[s];
            string name = SchemeId(scheme.Scheme);
            if (!ReferenceEquals(scheme.Policy, policy))
            {
                Preconditions.ThrowArgument(nameof(schemes), $"scheme {name} was computed with other rules than the payment's.");
            }

            for (int t = 0; t < s; t++)
            {
                if (schemes[t].Scheme == scheme.Scheme)
                {
                    Preconditions.ThrowArgument(nameof(schemes), $"scheme {name} is given twice (schemes[{t}] and schemes[{s}]): one payment per scheme.");
                }
            }

            if (scheme.InstitutionIds.Count != institutions.Length)
            {
                Preconditions.ThrowArgument(nameof(schemes), $"scheme {name} pays {scheme.InstitutionIds.Count} institutions but there are {institutions.Length}: every scheme lists every institution.");
            }

            bool anyReference = false;
            for (int k = 0; k < institutions.Length; k++)
            {
                DrgInstitutionRecord r = institutions[k];
                if (scheme.InstitutionIds[k] != r.Id || scheme.InstitutionFactors[k] != r.Factor)
                {
                    Preconditions.ThrowArgument(nameof(schemes), $"scheme {name}'s institution {k} is {scheme.InstitutionIds[k]} with factor {DrgPolicy.ShowFactor(scheme.InstitutionFactors[k])} but institutions[{k}] is {r.Id} with factor {DrgPolicy.ShowFactor(r.Factor)}.");
                }

                anyReference |= r.ReferenceFor(scheme.Scheme) is not null;
            }

            if (anyReference != scheme.Settlements is not null)
            {
                Preconditions.ThrowArgument(nameof(schemes), anyReference
                    ? $"scheme {name} has no year-end settlement though institutions have {name}_reference amounts."
                    : $"scheme {name} has a year-end settlement though no institution has a {name}_reference amount.");
            }

            if (scheme.Settlements is { } settlements)
            {
                for (int k = 0; k < institutions.Length; k++)
                {
                    Money? reference = institutions[k].ReferenceFor(scheme.Scheme);
                    if (settlements[k].Reference != (reference ?? Money.Zero) || (reference is null && scheme.CaseCounts[k] > 0))
                    {
                        Preconditions.ThrowArgument(nameof(schemes), $"scheme {name} settles institution {institutions[k].Id} against {Yuan(settlements[k].Reference)} but its {name}_reference is {(reference is { } r ? Yuan(r) : "missing")}.");
                    }
                }
            }

            int[] positions = caseRecordIndices[s];
            if (positions.Length != scheme.CasePoints.Count)
            {
                Preconditions.ThrowArgument(nameof(caseRecordIndices), $"caseRecordIndices[{s}] has {positions.Length} positions for the {scheme.CasePoints.Count} cases of scheme {name}.");
            }

            for (int c = 1; c < positions.Length; c++)
            {
                if (positions[c] <= positions[c - 1])
                {
                    Preconditions.ThrowArgument(nameof(caseRecordIndices), $"caseRecordIndices[{s}][{c}] = {positions[c]} does not follow {positions[c - 1]}: a scheme's cases keep their input order.");
                }
            }

            total += positions.Length;
        }

        var seen = new bool[total];
        for (int s = 0; s < caseRecordIndices.Length; s++)
        {
            foreach (int c in caseRecordIndices[s])
            {
                if (c < 0 || c >= total || seen[c])
                {
                    Preconditions.ThrowArgument(nameof(caseRecordIndices), $"case position {c} of scheme {SchemeId(schemes[s].Scheme)} is {(c < 0 || c >= total ? $"outside 0–{total - 1}" : "given twice")}: the positions number the {total} cases once each.");
                }

                seen[c] = true;
            }
        }

        return new DrgAnnualPayment(policy, institutions, schemes, caseRecordIndices);
    }

    /// <summary>The rules used.</summary>
    public DrgPolicy Policy { get; }

    /// <summary>The institutions in input order (institution index = position).</summary>
    public IReadOnlyList<DrgInstitutionRecord> Institutions { get; }

    /// <summary>The schemes' payments in the order their budgets were given.</summary>
    public IReadOnlyList<DrgSchemePayment> Schemes => schemes;

    /// <summary>The payment of one scheme, or null when it had no budget.</summary>
    public DrgSchemePayment? For(DrgScheme scheme) => Array.Find(schemes, s => s.Scheme == scheme);

    /// <summary>For scheme <paramref name="schemePosition"/> (in <see cref="Schemes"/>), the input position of each of its cases.</summary>
    public IReadOnlyList<int> CaseRecordIndices(int schemePosition) => caseRecordIndices[schemePosition];

    /// <summary>Validates the records and computes every scheme's point value, payments and (with references) settlement.</summary>
    /// <exception cref="DrgInputException">A record breaks a rule; the message names it.</exception>
    public static DrgAnnualPayment Calculate(DrgPolicy policy, IReadOnlyList<DrgSchemeBudget> budgets, IReadOnlyList<DrgGroupRecord> groups,
        IReadOnlyList<DrgInstitutionRecord> institutions, IReadOnlyList<DrgCaseRecord> cases)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(budgets);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(institutions);
        ArgumentNullException.ThrowIfNull(cases);

        // Schemes.
        var schemeIndex = new Dictionary<DrgScheme, int>();
        for (int s = 0; s < budgets.Count; s++)
        {
            DrgSchemeBudget b = budgets[s];
            string name = SchemeId(b.Scheme);
            if (b.Scheme is not (DrgScheme.Employee or DrgScheme.Resident))
            {
                throw new DrgInputException("scheme", s, null, "scheme", $"scheme {s}: scheme {(int)b.Scheme} is not employee or resident.");
            }

            if (!schemeIndex.TryAdd(b.Scheme, s))
            {
                throw new DrgInputException("scheme", s, name, "scheme", $"scheme {name} is given twice (also scheme {schemeIndex[b.Scheme]}): one budget per scheme.");
            }

            if (b.Budget.IsNegative)
            {
                throw new DrgInputException("scheme", s, name, "budget", $"scheme {name}: budget {Yuan(b.Budget)} is negative: a point-payment budget must be ≥ 0.");
            }

            if (b.Reserve is { } reserve)
            {
                if (reserve.IsNegative)
                {
                    throw new DrgInputException("scheme", s, name, "reserve", $"scheme {name}: reserve {Yuan(reserve)} is negative: the reserved adjustment fund must be ≥ 0.");
                }

                if (reserve > b.Budget)
                {
                    throw new DrgInputException("scheme", s, name, "reserve", $"scheme {name}: reserve {Yuan(reserve)} exceeds the budget {Yuan(b.Budget)}: the reserved adjustment fund is part of the budget.");
                }
            }

            if (!b.OverallAverageCost.IsPositive)
            {
                throw new DrgInputException("scheme", s, name, "overall_average_cost", $"scheme {name}: overall_average_cost {Yuan(b.OverallAverageCost)} must be > 0: base points are group average / overall average × 100.");
            }
        }

        // Groups, per scheme.
        var groupIndex = new Dictionary<(DrgScheme, string), int>();
        var groupIds = new List<string>[budgets.Count];
        var groupCosts = new List<Money>[budgets.Count];
        var groupRecordIndex = new Dictionary<(DrgScheme, string), int>();
        for (int s = 0; s < budgets.Count; s++)
        {
            groupIds[s] = [];
            groupCosts[s] = [];
        }

        for (int g = 0; g < groups.Count; g++)
        {
            DrgGroupRecord r = groups[g];
            if (string.IsNullOrWhiteSpace(r.Id))
            {
                throw new DrgInputException("group", g, null, "id", $"group {g}: id is empty: every group needs an id.");
            }

            if (!schemeIndex.TryGetValue(r.Scheme, out int s))
            {
                throw new DrgInputException("group", g, r.Id, "scheme", $"group {g} ({r.Id}): scheme {SchemeId(r.Scheme)} has no budget: give the scheme's budget, or drop its groups.");
            }

            if (!groupRecordIndex.TryAdd((r.Scheme, r.Id), g))
            {
                throw new DrgInputException("group", g, r.Id, "id", $"group {g} ({r.Id}): id duplicates group {groupRecordIndex[(r.Scheme, r.Id)]} of scheme {SchemeId(r.Scheme)}: group ids must be unique within a scheme.");
            }

            if (!r.AverageCost.IsPositive)
            {
                throw new DrgInputException("group", g, r.Id, "average_cost", $"group {g} ({r.Id}): average_cost {Yuan(r.AverageCost)} must be > 0.");
            }

            groupIndex[(r.Scheme, r.Id)] = groupIds[s].Count;
            groupIds[s].Add(r.Id);
            groupCosts[s].Add(r.AverageCost);
        }

        // Institutions.
        var institutionIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var factors = new Fraction[institutions.Count];
        for (int k = 0; k < institutions.Count; k++)
        {
            DrgInstitutionRecord r = institutions[k];
            if (string.IsNullOrWhiteSpace(r.Id))
            {
                throw new DrgInputException("institution", k, null, "id", $"institution {k}: id is empty: every institution needs an id.");
            }

            if (!institutionIndex.TryAdd(r.Id, k))
            {
                throw new DrgInputException("institution", k, r.Id, "id", $"institution {k} ({r.Id}): id duplicates institution {institutionIndex[r.Id]}: institution ids must be unique.");
            }

            if (r.Factor.Numerator <= 0)
            {
                throw new DrgInputException("institution", k, r.Id, "factor", $"institution {k} ({r.Id}): factor {DrgPolicy.ShowFactor(r.Factor)} must be > 0: an institution factor multiplies the institution's points.");
            }

            foreach (DrgScheme scheme in (ReadOnlySpan<DrgScheme>)[DrgScheme.Employee, DrgScheme.Resident])
            {
                if (r.ReferenceFor(scheme) is { IsNegative: true } reference)
                {
                    throw new DrgInputException("institution", k, r.Id, SchemeId(scheme) + "_reference", $"institution {k} ({r.Id}): {SchemeId(scheme)}_reference {Yuan(reference)} is negative: a reference amount must be ≥ 0.");
                }
            }

            factors[k] = r.Factor;
        }

        // Cases, split by scheme into structure-of-arrays columns.
        var caseGroups = new List<int>[budgets.Count];
        var caseInstitutions = new List<int>[budgets.Count];
        var caseCosts = new List<Money>[budgets.Count];
        var caseFactors = new List<Fraction>[budgets.Count];
        var caseRecords = new List<int>[budgets.Count];
        for (int s = 0; s < budgets.Count; s++)
        {
            caseGroups[s] = [];
            caseInstitutions[s] = [];
            caseCosts[s] = [];
            caseFactors[s] = [];
            caseRecords[s] = [];
        }

        var caseIds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < cases.Count; c++)
        {
            DrgCaseRecord r = cases[c];
            string label = r.Id is null ? $"case {c}" : $"case {c} ({r.Id})";
            if (r.Id is not null && !caseIds.TryAdd(r.Id, c))
            {
                throw new DrgInputException("case", c, r.Id, "id", $"{label}: id duplicates case {caseIds[r.Id]}: case ids must be unique.");
            }

            if (!schemeIndex.TryGetValue(r.Scheme, out int s))
            {
                throw new DrgInputException("case", c, r.Id, "scheme", $"{label}: scheme {SchemeId(r.Scheme)} has no budget.");
            }

            if (r.Institution is null || !institutionIndex.TryGetValue(r.Institution, out int k))
            {
                throw new DrgInputException("case", c, r.Id, "institution", $"{label}: institution '{r.Institution}' is not a known institution.");
            }

            if (r.Group is null || !groupIndex.TryGetValue((r.Scheme, r.Group), out int g))
            {
                throw new DrgInputException("case", c, r.Id, "group", $"{label}: group '{r.Group}' is not a group of scheme {SchemeId(r.Scheme)}.");
            }

            if (r.Cost.IsNegative)
            {
                throw new DrgInputException("case", c, r.Id, "cost", $"{label}: cost {Yuan(r.Cost)} is negative: a case cost must be ≥ 0.");
            }

            if (r.Factor.Numerator <= 0)
            {
                throw new DrgInputException("case", c, r.Id, "factor", $"{label}: factor {DrgPolicy.ShowFactor(r.Factor)} must be > 0: an adjustment factor multiplies the base points.");
            }

            caseGroups[s].Add(g);
            caseInstitutions[s].Add(k);
            caseCosts[s].Add(r.Cost);
            caseFactors[s].Add(r.Factor);
            caseRecords[s].Add(c);
        }

        // Per scheme: a table, references (all or none of the paid institutions), then the computation.
        var results = new DrgSchemePayment[budgets.Count];
        var ids = new string[institutions.Count];
        for (int k = 0; k < institutions.Count; k++)
        {
            ids[k] = institutions[k].Id;
        }

        for (int s = 0; s < budgets.Count; s++)
        {
            DrgSchemeBudget b = budgets[s];
            string name = SchemeId(b.Scheme);
            if (groupIds[s].Count == 0)
            {
                throw new DrgInputException("scheme", s, name, "groups", $"scheme {name} has a budget but no groups: base points need the scheme's group table.");
            }

            Money[] references = References(b.Scheme, institutions, caseInstitutions[s]);
            DrgGroupTable table = DrgGroupTable.Create(b.Scheme, b.OverallAverageCost, groupIds[s], groupCosts[s].ToArray(), policy);
            var columns = new DrgCases(caseGroups[s].ToArray(), caseInstitutions[s].ToArray(), caseCosts[s].ToArray(), caseFactors[s].ToArray());
            try
            {
                results[s] = DrgPayment.Calculate(table, b.Budget, b.Reserve, columns, ids, factors, references);
            }
            catch (ArgumentOutOfRangeException e) when (e.ParamName == "totalPoints")
            {
                throw new DrgInputException("scheme", s, name, "cases",
                    $"scheme {name}: its {columns.Count} cases add up to 0 settled points: the point value (budget − reserve) / total points needs total points > 0.");
            }
        }

        var recordIndices = new int[budgets.Count][];
        for (int s = 0; s < budgets.Count; s++)
        {
            recordIndices[s] = [.. caseRecords[s]];
        }

        return new DrgAnnualPayment(policy, [.. institutions], results, recordIndices);
    }

    /// <summary>"employee" or "resident", as input files spell the scheme.</summary>
    public static string SchemeId(DrgScheme scheme) => scheme switch
    {
        DrgScheme.Employee => "employee",
        DrgScheme.Resident => "resident",
        _ => ((int)scheme).ToString(CultureInfo.InvariantCulture),
    };

    private static Money[] References(DrgScheme scheme, IReadOnlyList<DrgInstitutionRecord> institutions, List<int> caseInstitutions)
    {
        bool any = false;
        for (int k = 0; k < institutions.Count; k++)
        {
            any |= institutions[k].ReferenceFor(scheme) is not null;
        }

        if (!any)
        {
            return [];
        }

        var paid = new bool[institutions.Count];
        foreach (int k in caseInstitutions)
        {
            paid[k] = true;
        }

        var references = new Money[institutions.Count];
        for (int k = 0; k < institutions.Count; k++)
        {
            if (institutions[k].ReferenceFor(scheme) is { } r)
            {
                references[k] = r;
            }
            else if (paid[k])
            {
                throw new DrgInputException("institution", k, institutions[k].Id, SchemeId(scheme) + "_reference",
                    $"institution {k} ({institutions[k].Id}): {SchemeId(scheme)}_reference is missing: the year-end settlement of {SchemeId(scheme)} needs a reference amount for every institution with {SchemeId(scheme)} cases, or for none.");
            }
        }

        return references;
    }

    private static string Yuan(Money amount) => DrgGroupTable.Yuan(amount);
}
