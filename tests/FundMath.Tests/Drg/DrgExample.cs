using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>
/// The worked example of docs/drg.md (illustrative figures; rules of samples/parameters/drg-sample.yaml):
/// 职工医保, overall average cost 10,000元; groups GA 8,000 / GB 15,000 / GC 30,000元 → 80 / 150 / 300 points;
/// institutions H1 (factor 1), H2 (1.05), H3 (0.95); eight cases including a low and a high outlier and a case
/// factor 1.2; budget 160,005.00元 with a 5% reserve.
/// </summary>
internal static class DrgExample
{
    public static readonly string[] GroupIds = ["GA", "GB", "GC"];

    public static readonly Money[] GroupAverages = [Money.FromYuan(8_000), Money.FromYuan(15_000), Money.FromYuan(30_000)];

    public static readonly string[] InstitutionIds = ["H1", "H2", "H3"];

    public static readonly Fraction[] InstitutionFactors = [Fraction.One, Fraction.FromDecimal(1.05m), Fraction.FromDecimal(0.95m)];

    //                                       1     2     3     4     5     6     7     8
    public static readonly int[] CaseGroups = [0, 1, 0, 2, 1, 0, 1, 2];

    public static readonly int[] CaseInstitutions = [0, 0, 0, 1, 1, 1, 2, 2];

    public static readonly Money[] CaseCosts =
    [
        Money.FromYuan(8_500), Money.FromYuan(14_000), Money.FromYuan(3_000), Money.FromYuan(75_000),
        Money.FromYuan(16_000), Money.FromYuan(7_000), Money.FromYuan(15_500), Money.FromYuan(29_000),
    ];

    public static readonly Fraction[] CaseFactors =
    [
        Fraction.One, Fraction.One, Fraction.One, Fraction.One, Fraction.FromDecimal(1.2m), Fraction.One, Fraction.One, Fraction.One,
    ];

    public static readonly Money Budget = Money.FromYuan(160_005);

    public static readonly Money[] References = [Money.FromYuan(25_000), Money.FromYuan(90_000), Money.FromYuan(45_000)];

    /// <summary>The sample rules: 4 decimals, 200% / 50%, reserve 5%, surplus 60% within 10%, overrun 70% within 10%.</summary>
    public static DrgPolicy Policy() => new(4, Rate.FromPercent(200), Rate.FromPercent(50), Rate.FromPercent(5),
        Rate.FromPercent(10), Rate.FromPercent(60), Rate.FromPercent(10), Rate.FromPercent(70),
        citation: new FundMath.Citations.Citation("本地约定（示例值） illustrative local convention"));

    public static DrgGroupTable Table(DrgPolicy? policy = null) =>
        DrgGroupTable.Create(DrgScheme.Employee, Money.FromYuan(10_000), GroupIds, GroupAverages, policy ?? Policy());

    public static DrgCases Cases() => new(CaseGroups, CaseInstitutions, CaseCosts, CaseFactors);
}
