namespace FundMath.Tests.Serialization;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Drg;
using FundMath.Policies;
using FundMath.Yaml;
using NodaTime;

/// <summary>
/// The shipped samples the tool's <c>settle</c> and <c>drg</c> commands use, loaded once: the claims of
/// samples/claims/ankang-2021.yaml (settled with the Ankang plans of samples/parameters/ankang.yaml) and the year of
/// samples/drg/sample.yaml (rules of samples/parameters/drg-sample.yaml over the national set, read on 31 December 2023;
/// its groups, institutions and cases are written out here as that file gives them — illustrative figures).
/// </summary>
internal static class BenefitAndDrgSamples
{
    private static readonly Lazy<IReadOnlyList<BenefitClaimEntry>> LazyEntries = new(() =>
        BenefitClaimReader.Read(DataFiles.Load(Path.Combine(AppContext.BaseDirectory, "samples", "claims", "ankang-2021.yaml")).Required("claims"), BenefitScheme.Resident));

    private static readonly Lazy<ParameterSet> LazyDrgSet = new(() =>
        ParameterFiles.Load(Path.Combine(AppContext.BaseDirectory, "samples", "parameters", "drg-sample.yaml"), ParameterSet.National));

    /// <summary>The rows of the sample claims file, in file order (row 11 is the reversal of claim 4001).</summary>
    public static IReadOnlyList<BenefitClaimEntry> ClaimEntries => LazyEntries.Value;

    /// <summary>The claims of the file (its reversal left out), grouped by person as the batch settlement takes them.</summary>
    public static BenefitClaimTable ClaimTable => BenefitClaimTable.FromClaims(ClaimEntries.Where(e => !e.IsReversal).Select(e => e.Claim));

    /// <summary>The national set with samples/parameters/drg-sample.yaml on top, as <c>fundmath drg samples/drg/sample.yaml</c> reads it.</summary>
    public static ParameterSet DrgSet => LazyDrgSet.Value;

    /// <summary>The sample's rules: its year 2023 is read on 31 December; points and money rounded AwayFromZero.</summary>
    public static DrgPolicy DrgPolicy => DrgPolicy.FromParameters(DrgSet, new LocalDate(2023, 12, 31));

    /// <summary>The same values given directly (4 decimals, 200% / 50%, reserve 5%, surplus 60% within 10%, overrun 70% within 10%).</summary>
    public static DrgPolicy DrgPolicyGivenDirectly => new(4, Rate.FromPercent(200), Rate.FromPercent(50), Rate.FromPercent(5),
        Rate.FromPercent(10), Rate.FromPercent(60), Rate.FromPercent(10), Rate.FromPercent(70),
        citation: new Citation("本地约定（示例值） illustrative local convention"));

    /// <summary>employee: budget 160,005.00 (reserve by the 5% ratio), overall average 10,000; resident: 50,000.00 with a 2,000.00 reserve, overall average 5,000.</summary>
    public static readonly DrgSchemeBudget[] DrgBudgets =
    [
        new(DrgScheme.Employee, Money.FromYuan(160_005m), null, Money.FromYuan(10_000m)),
        new(DrgScheme.Resident, Money.FromYuan(50_000m), Money.FromYuan(2_000m), Money.FromYuan(5_000m)),
    ];

    public static readonly DrgGroupRecord[] DrgGroups =
    [
        new(DrgScheme.Employee, "GA", Money.FromYuan(8_000m)), new(DrgScheme.Employee, "GB", Money.FromYuan(15_000m)), new(DrgScheme.Employee, "GC", Money.FromYuan(30_000m)),
        new(DrgScheme.Resident, "GA", Money.FromYuan(4_000m)), new(DrgScheme.Resident, "GB", Money.FromYuan(7_500m)),
    ];

    public static readonly DrgInstitutionRecord[] DrgInstitutions =
    [
        new("H1", Fraction.One, Money.FromYuan(25_000m), null, "示例市第一人民医院"),
        new("H2", Fraction.FromDecimal(1.05m), Money.FromYuan(90_000m), null, "示例市中心医院"),
        new("H3", Fraction.FromDecimal(0.95m), Money.FromYuan(45_000m), null, "示例县人民医院"),
    ];

    public static readonly DrgCaseRecord[] DrgCases =
    [
        Case("E1", DrgScheme.Employee, "H1", "GA", 8_500m), Case("E2", DrgScheme.Employee, "H1", "GB", 14_000m), Case("E3", DrgScheme.Employee, "H1", "GA", 3_000m),
        Case("E4", DrgScheme.Employee, "H2", "GC", 75_000m), Case("E5", DrgScheme.Employee, "H2", "GB", 16_000m, 1.2m), Case("E6", DrgScheme.Employee, "H2", "GA", 7_000m),
        Case("E7", DrgScheme.Employee, "H3", "GB", 15_500m), Case("E8", DrgScheme.Employee, "H3", "GC", 29_000m),
        Case("R1", DrgScheme.Resident, "H2", "GA", 4_500m), Case("R2", DrgScheme.Resident, "H3", "GB", 7_000m), Case("R3", DrgScheme.Resident, "H3", "GA", 1_500m),
        Case("R4", DrgScheme.Resident, "H1", "GB", 16_000m),
    ];

    private static readonly Lazy<DrgAnnualPayment> LazyDrgYear = new(() =>
        DrgAnnualPayment.Calculate(DrgPolicy, DrgBudgets, DrgGroups, DrgInstitutions, DrgCases));

    /// <summary>The sample year computed: 职工医保 settled against the employee references, 居民医保 without (no resident references).</summary>
    public static DrgAnnualPayment DrgYear => LazyDrgYear.Value;

    private static DrgCaseRecord Case(string id, DrgScheme scheme, string institution, string group, decimal cost, decimal factor = 1m) =>
        new(id, scheme, institution, group, Money.FromYuan(cost), Fraction.FromDecimal(factor));
}
