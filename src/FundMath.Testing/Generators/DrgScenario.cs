using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Drg;

namespace FundMath.Testing;

/// <summary>
/// One generated scheme-year of DRG point payment — 点数法测试场景: rules, a group table, institutions with factors
/// and reference amounts, cases as structure-of-arrays columns, a budget and (optionally) a reserve. Produced by
/// <see cref="DrgArbitraries.Scenario"/>; always valid input, and case 0 is a normal case of institution 0 (factor 1)
/// with at least 2 base points, so the total points are positive.
/// </summary>
public sealed class DrgScenario
{
    /// <summary>Creates a scenario from its parts (arrays are used as given).</summary>
    public DrgScenario(DrgPolicy policy, Money overallAverageCost, Money[] groupAverages, Fraction[] institutionFactors,
        Money[] references, int[] caseGroups, int[] caseInstitutions, Money[] caseCosts, Fraction[] caseFactors, Money budget, Money? reserve)
    {
        Policy = policy ?? throw new ArgumentNullException(nameof(policy));
        OverallAverageCost = overallAverageCost;
        GroupAverages = groupAverages ?? throw new ArgumentNullException(nameof(groupAverages));
        InstitutionFactors = institutionFactors ?? throw new ArgumentNullException(nameof(institutionFactors));
        References = references ?? throw new ArgumentNullException(nameof(references));
        CaseGroups = caseGroups ?? throw new ArgumentNullException(nameof(caseGroups));
        CaseInstitutions = caseInstitutions ?? throw new ArgumentNullException(nameof(caseInstitutions));
        CaseCosts = caseCosts ?? throw new ArgumentNullException(nameof(caseCosts));
        CaseFactors = caseFactors ?? throw new ArgumentNullException(nameof(caseFactors));
        Budget = budget;
        Reserve = reserve;
    }

    /// <summary>The rules.</summary>
    public DrgPolicy Policy { get; }

    /// <summary>全市住院均次费用.</summary>
    public Money OverallAverageCost { get; }

    /// <summary>Each group's average cost.</summary>
    public Money[] GroupAverages { get; }

    /// <summary>Each institution's factor (institution 0 has factor 1).</summary>
    public Fraction[] InstitutionFactors { get; }

    /// <summary>Each institution's reference amount for the settlement.</summary>
    public Money[] References { get; }

    /// <summary>Each case's group index.</summary>
    public int[] CaseGroups { get; }

    /// <summary>Each case's institution index.</summary>
    public int[] CaseInstitutions { get; }

    /// <summary>Each case's cost.</summary>
    public Money[] CaseCosts { get; }

    /// <summary>Each case's adjustment factor.</summary>
    public Fraction[] CaseFactors { get; }

    /// <summary>The point-payment budget.</summary>
    public Money Budget { get; }

    /// <summary>The reserve, or null for the policy's ratio.</summary>
    public Money? Reserve { get; }

    /// <summary>The group ids "G0", "G1", ….</summary>
    public string[] GroupIds => [.. Enumerable.Range(0, GroupAverages.Length).Select(g => "G" + g.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The institution ids "H0", "H1", ….</summary>
    public string[] InstitutionIds => [.. Enumerable.Range(0, InstitutionFactors.Length).Select(k => "H" + k.ToString(CultureInfo.InvariantCulture))];

    /// <summary>The scheme's group table.</summary>
    public DrgGroupTable Table(DrgScheme scheme = DrgScheme.Employee) =>
        DrgGroupTable.Create(scheme, OverallAverageCost, GroupIds, GroupAverages, Policy);

    /// <summary>The cases as spans.</summary>
    public DrgCases Cases() => new(CaseGroups, CaseInstitutions, CaseCosts, CaseFactors);

    /// <summary>The scenario's groups as records of <paramref name="scheme"/>, ids prefixed with <paramref name="prefix"/>.</summary>
    public IEnumerable<DrgGroupRecord> GroupRecords(DrgScheme scheme, string prefix) =>
        GroupAverages.Select((a, g) => new DrgGroupRecord(scheme, prefix + "G" + g.ToString(CultureInfo.InvariantCulture), a));

    /// <summary>The scenario's cases as records of <paramref name="scheme"/> (institution index k → id "H{k mod institutions}").</summary>
    public IEnumerable<DrgCaseRecord> CaseRecords(DrgScheme scheme, string prefix, int institutions) =>
        CaseCosts.Select((c, i) => new DrgCaseRecord(
            prefix + "C" + i.ToString(CultureInfo.InvariantCulture),
            scheme,
            "H" + (CaseInstitutions[i] % institutions).ToString(CultureInfo.InvariantCulture),
            prefix + "G" + CaseGroups[i].ToString(CultureInfo.InvariantCulture),
            c,
            CaseFactors[i]));

    /// <summary>The same scenario with only the first <paramref name="count"/> cases.</summary>
    public DrgScenario WithCases(int count) =>
        new(Policy, OverallAverageCost, GroupAverages, InstitutionFactors, References, CaseGroups[..count], CaseInstitutions[..count],
            CaseCosts[..count], CaseFactors[..count], Budget, Reserve);

    /// <summary>A one-line summary for shrunk counterexamples.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"DrgScenario({Policy}; overall {OverallAverageCost}; groups [{string.Join(", ", GroupAverages)}]; factors [{string.Join(", ", InstitutionFactors)}]; " +
            $"cases [{string.Join(", ", CaseCosts.Select((c, i) => $"g{CaseGroups[i]}/h{CaseInstitutions[i]}/{c}×{CaseFactors[i]}"))}]; budget {Budget}; reserve {(Reserve is { } r ? r.ToString() : "by ratio")}; references [{string.Join(", ", References)}])");
}
