using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>
/// The explanations of the point method in full: base points (exact and inexact quotients), each kind of case, the
/// point value with a reserve by ratio and a given one, an institution's payment with and without its settlement,
/// and each kind of settlement (figures of the worked example, <see cref="DrgExample"/>).
/// </summary>
public sealed class DrgExplanationBoundaryTests
{
    private static DrgSchemePayment Settled() =>
        DrgPayment.Calculate(DrgExample.Table(), DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionIds, DrgExample.InstitutionFactors, DrgExample.References);

    private static DrgSchemePayment Plain() =>
        DrgPayment.Calculate(DrgExample.Table(), DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionIds, DrgExample.InstitutionFactors);

    private static void Same(string expected, string actual) => Assert.Equal(expected.ReplaceLineEndings() + System.Environment.NewLine, actual);

    // 8,000 / 10,000 × 100 = 80 exactly: no "…".
    [Fact]
    public void Base_points_explanation_shows_the_exact_quotient() => Same(
        """
        基准点数 base points of group GA = 80.0000
            8,000.00元 / 10,000.00元 × 100 = 80
            formula: 病组例均费用 / 全市住院均次费用 × 100
            rounding: to 4 decimals of a point (AwayFromZero)
          - 病组例均费用 group average cost (GA) = 8,000.00元  [input]
          - 全市住院均次费用 overall average cost = 10,000.00元  [input]
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
          - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
              note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
        """,
        DrgExample.Table().ExplainBasePoints(0).ToText());

    // 2,000 / 3,000 × 100 = 66.666…: rounded to 66.6667, the quotient shown to 8 decimals with "…".
    [Fact]
    public void Base_points_explanation_marks_an_inexact_quotient() => Same(
        """
        基准点数 base points of group X = 66.6667
            2,000.00元 / 3,000.00元 × 100 = 66.66666667…
            formula: 病组例均费用 / 全市住院均次费用 × 100
            rounding: to 4 decimals of a point (AwayFromZero)
          - 病组例均费用 group average cost (X) = 2,000.00元  [input]
          - 全市住院均次费用 overall average cost = 3,000.00元  [input]
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
          - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
              note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
        """,
        DrgGroupTable.Create(DrgScheme.Resident, Money.FromYuan(3_000), ["X"], [Money.FromYuan(2_000)], DrgExample.Policy()).ExplainBasePoints(0).ToText());

    // Case 4: 75,000 > 30,000 × 200%: 300 + (75,000 − 60,000) / 10,000 × 100 = 450.
    [Fact]
    public void High_outlier_case_explanation() => Same(
        """
        病例点数 case points of case 4 (GC) = 450.0000
            450.0000 × 1 = 450.0000; 75,000.00元 > 30,000.00元 × 200%: 高倍率病例
            formula: 基准点数 × 病例调整系数
            rounding: to 4 decimals (AwayFromZero)
          - 高倍率病例基准点数 re-pointed base (high-cost outlier) = 450.0000
              300.0000 + (75,000.00元 − 30,000.00元 × 200%) / 10,000.00元 × 100
              formula: 基准点数 + (病例费用 − 病组例均费用 × 高倍率) / 全市住院均次费用 × 100
              rounding: to 4 decimals (AwayFromZero)
              note: re-pointing formula: a documented local convention
            - 基准点数 base points of group GC = 300.0000
                30,000.00元 / 10,000.00元 × 100 = 300
                formula: 病组例均费用 / 全市住院均次费用 × 100
                rounding: to 4 decimals of a point (AwayFromZero)
              - 病组例均费用 group average cost (GC) = 30,000.00元  [input]
              - 全市住院均次费用 overall average cost = 10,000.00元  [input]
              - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
                  note: drg.points.decimals (given directly)
              - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
                  note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
            - 病例费用 case cost = 75,000.00元  [input]
            - 高倍率 high-outlier ratio = 200%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.outlier.high_ratio (given directly)
          - 病例调整系数 adjustment factor = 1  [input]
          - 高倍率 high-outlier ratio = 200%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.outlier.high_ratio (given directly)
          - 低倍率 low-outlier ratio = 50%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.outlier.low_ratio (given directly)
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
        """,
        DrgCasePoints.Explain(DrgExample.Table(), 2, Money.FromYuan(75_000), Fraction.One, "4").ToText());

    // 3,000 < 8,000 × 50%: 3,000 / 10,000 × 100 = 30, × 1.2 = 36.
    [Fact]
    public void Low_outlier_case_explanation_without_an_id() => Same(
        """
        病例点数 case points (GA) = 36.0000
            30.0000 × 1.2 = 36.0000; 3,000.00元 < 8,000.00元 × 50%: 低倍率病例
            formula: 基准点数 × 病例调整系数
            rounding: to 4 decimals (AwayFromZero)
          - 低倍率病例基准点数 re-pointed base (low-cost outlier) = 30.0000
              3,000.00元 / 10,000.00元 × 100
              formula: 病例费用 / 全市住院均次费用 × 100
              rounding: to 4 decimals (AwayFromZero)
              note: re-pointing formula: a documented local convention
            - 病例费用 case cost = 3,000.00元  [input]
            - 全市住院均次费用 overall average cost = 10,000.00元  [input]
            - 低倍率 low-outlier ratio = 50%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.outlier.low_ratio (given directly)
          - 病例调整系数 adjustment factor = 1.2  [input]
          - 高倍率 high-outlier ratio = 200%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.outlier.high_ratio (given directly)
          - 低倍率 low-outlier ratio = 50%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.outlier.low_ratio (given directly)
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
        """,
        DrgCasePoints.Explain(DrgExample.Table(), 0, Money.FromYuan(3_000), Fraction.FromDecimal(1.2m)).ToText());

    // 7,500 ≤ 16,000 ≤ 30,000: base 150, × 1/3 = 50.
    [Fact]
    public void Normal_case_explanation_with_a_factor_of_one_third() => Same(
        """
        病例点数 case points of case 5 (GB) = 50.0000
            150.0000 × 1/3 = 50.0000; 15,000.00元 × 50% ≤ 16,000.00元 ≤ 15,000.00元 × 200%: 正常倍率病例
            formula: 基准点数 × 病例调整系数
            rounding: to 4 decimals (AwayFromZero)
          - 基准点数 base points of group GB = 150.0000
              15,000.00元 / 10,000.00元 × 100 = 150
              formula: 病组例均费用 / 全市住院均次费用 × 100
              rounding: to 4 decimals of a point (AwayFromZero)
            - 病组例均费用 group average cost (GB) = 15,000.00元  [input]
            - 全市住院均次费用 overall average cost = 10,000.00元  [input]
            - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.points.decimals (given directly)
            - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
                note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
          - 病例调整系数 adjustment factor = 1/3  [input]
          - 高倍率 high-outlier ratio = 200%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.outlier.high_ratio (given directly)
          - 低倍率 low-outlier ratio = 50%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.outlier.low_ratio (given directly)
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
        """,
        DrgCasePoints.Explain(DrgExample.Table(), 1, Money.FromYuan(16_000), Fraction.Create(1, 3), "5").ToText());

    // (160,005.00 − 5% = 8,000.25) / 1,433 points = 106.0745元/点.
    [Fact]
    public void Point_value_explanation_with_the_reserve_by_ratio() => Same(
        """
        点值 point value (职工医保) = 106.0745元/点
            (160,005.00元 − 8,000.25元) / 1,433.0000点 = 152,004.75元 / 1,433.0000点 = 106.0745元/点
            formula: (年度点数付费预算 − 预留调节金) / 总点数
            rounding: shown to 4 decimals (AwayFromZero); payments use the exact value, apportioned to the fen
          - 年度点数付费预算 annual point-payment budget = 160,005.00元  [input]
          - 预留调节金 reserved adjustment fund = 8,000.25元
              160,005.00元 × 5% = 8,000.25元
              formula: 年度点数付费预算 × 预留调节金比例
              rounding: to the fen (AwayFromZero)
            - 预留调节金比例 reserve ratio = 5%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.reserve_ratio (given directly)
          - 可分配预算 distributable budget = 152,004.75元
              formula: 预算 − 预留调节金
          - 总点数 total points = 1,433.0000
              formula: Σ 机构点数 × 机构系数 (each rounded to the point decimals)
          - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
              note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
        """,
        Settled().ExplainPointValue().ToText());

    // (1,000 − 100 given) / 3 points = 300.00元/点 to 2 decimals; the given reserve is a plain input.
    [Fact]
    public void Point_value_explanation_with_a_given_reserve() => Same(
        """
        点值 point value (居民医保) = 300.00元/点
            (1,000.00元 − 100.00元) / 3.0000点 = 900.00元 / 3.0000点 = 300.00元/点
            formula: (年度点数付费预算 − 预留调节金) / 总点数
            rounding: shown to 2 decimals (AwayFromZero); payments use the exact value, apportioned to the fen
          - 年度点数付费预算 annual point-payment budget = 1,000.00元  [input]
          - 预留调节金 reserved adjustment fund = 100.00元  [input]
          - 可分配预算 distributable budget = 900.00元
              formula: 预算 − 预留调节金
          - 总点数 total points = 3.0000
              formula: Σ 机构点数 × 机构系数 (each rounded to the point decimals)
          - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
              note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
          - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.points.decimals (given directly)
        """,
        DrgPointValue.Compute(DrgScheme.Resident, Money.FromYuan(1_000), Money.FromYuan(100), DrgPoints.FromPoints(3)).Explain(DrgExample.Policy(), 2).ToText());

    // H1: 260 points × 106.0745 ≈ 27,579.37 (+0 fen); surplus against 25,000 → 26,547.62.
    [Fact]
    public void Institution_explanation_with_a_surplus_settlement() => Same(
        """
        清算后支付 final payment of H1 (职工医保) = 26,547.62元
            formula: 点数付费金额, then 结余留用 / 合理超支分担
          - 点数付费 point payment of H1 (职工医保) = 27,579.37元
              260.0000点 × 106.0745元/点 ≈ 27,579.37元; apportioned 27,579.37元 (+0 fen)
              formula: 结算点数 × 点值, apportioned over all institutions so that Σ = 预算 − 预留调节金
              rounding: largest remainder (Apportionment): every payment within one fen of its exact share; earlier institution wins ties
            - 机构点数 institution points (3 cases) = 260.0000
                formula: Σ 病例点数 (each: 基准点数 × 病例调整系数; outliers re-pointed)
            - 机构系数 institution factor = 1  [input]
            - 结算点数 settled points = 260.0000
                formula: 机构点数 × 机构系数
                rounding: to 4 decimals (AwayFromZero)
            - 点值 point value (职工医保) = 106.0745元/点
                (160,005.00元 − 8,000.25元) / 1,433.0000点 = 152,004.75元 / 1,433.0000点 = 106.0745元/点
                formula: (年度点数付费预算 − 预留调节金) / 总点数
                rounding: shown to 4 decimals (AwayFromZero); payments use the exact value, apportioned to the fen
              - 年度点数付费预算 annual point-payment budget = 160,005.00元  [input]
              - 预留调节金 reserved adjustment fund = 8,000.25元
                  160,005.00元 × 5% = 8,000.25元
                  formula: 年度点数付费预算 × 预留调节金比例
                  rounding: to the fen (AwayFromZero)
                - 预留调节金比例 reserve ratio = 5%  [parameter, 本地约定（示例值） illustrative local convention]
                    note: drg.reserve_ratio (given directly)
              - 可分配预算 distributable budget = 152,004.75元
                  formula: 预算 − 预留调节金
              - 总点数 total points = 1,433.0000
                  formula: Σ 机构点数 × 机构系数 (each rounded to the point decimals)
              - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
                  note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
              - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
                  note: drg.points.decimals (given directly)
            - 按点值折算 points × point value, rounded alone = 27,579.37元
                rounding: to the fen (AwayFromZero); rounding each institution alone can miss the budget by up to one fen per institution
          - 年终清算 year-end settlement of H1 (结余留用) = 26,547.62元
              surplus 2,579.37元; within the band 2,579.37元 (band 2,757.94元); retained 1,547.62元; clawed back 1,031.75元; final 25,000.00元 + 1,547.62元 = 26,547.62元
              formula: 参照金额 + min(结余, 点数付费金额 × 结余范围) × 结余留用比例
              rounding: band and retained amount to the fen (AwayFromZero)
              note: surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios
            - 点数付费金额 point payment = 27,579.37元  [input]
            - 参照金额 reference amount = 25,000.00元  [input]
            - 结余留用范围 surplus band = 10%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.settlement.surplus_band (given directly)
            - 结余留用比例 surplus retention = 60%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.settlement.surplus_retention (given directly)
        """,
        Settled().ExplainInstitution(0).ToText());

    // H2: 745.5 points; rounded alone 79,078.54, apportioned 79,078.53 (−1 fen); overrun against 90,000 → 84,614.03.
    [Fact]
    public void Institution_explanation_with_an_overrun_settlement_to_two_decimals() => Same(
        """
        清算后支付 final payment of H2 (职工医保) = 84,614.03元
            formula: 点数付费金额, then 结余留用 / 合理超支分担
          - 点数付费 point payment of H2 (职工医保) = 79,078.53元
              745.5000点 × 106.07元/点 ≈ 79,078.54元; apportioned 79,078.53元 (-1 fen)
              formula: 结算点数 × 点值, apportioned over all institutions so that Σ = 预算 − 预留调节金
              rounding: largest remainder (Apportionment): every payment within one fen of its exact share; earlier institution wins ties
            - 机构点数 institution points (3 cases) = 710.0000
                formula: Σ 病例点数 (each: 基准点数 × 病例调整系数; outliers re-pointed)
            - 机构系数 institution factor = 1.05  [input]
            - 结算点数 settled points = 745.5000
                formula: 机构点数 × 机构系数
                rounding: to 4 decimals (AwayFromZero)
            - 点值 point value (职工医保) = 106.07元/点
                (160,005.00元 − 8,000.25元) / 1,433.0000点 = 152,004.75元 / 1,433.0000点 = 106.07元/点
                formula: (年度点数付费预算 − 预留调节金) / 总点数
                rounding: shown to 2 decimals (AwayFromZero); payments use the exact value, apportioned to the fen
              - 年度点数付费预算 annual point-payment budget = 160,005.00元  [input]
              - 预留调节金 reserved adjustment fund = 8,000.25元
                  160,005.00元 × 5% = 8,000.25元
                  formula: 年度点数付费预算 × 预留调节金比例
                  rounding: to the fen (AwayFromZero)
                - 预留调节金比例 reserve ratio = 5%  [parameter, 本地约定（示例值） illustrative local convention]
                    note: drg.reserve_ratio (given directly)
              - 可分配预算 distributable budget = 152,004.75元
                  formula: 预算 − 预留调节金
              - 总点数 total points = 1,433.0000
                  formula: Σ 机构点数 × 机构系数 (each rounded to the point decimals)
              - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
                  note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
              - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
                  note: drg.points.decimals (given directly)
            - 按点值折算 points × point value, rounded alone = 79,078.54元
                rounding: to the fen (AwayFromZero); rounding each institution alone can miss the budget by up to one fen per institution
          - 年终清算 year-end settlement of H2 (合理超支分担) = 84,614.03元
              overrun 10,921.47元; within the band 7,907.85元 (band 7,907.85元); shared 5,535.50元; final 79,078.53元 + 5,535.50元 = 84,614.03元
              formula: 点数付费金额 + min(超支, 点数付费金额 × 超支范围) × 超支分担比例
              rounding: band and shared amount to the fen (AwayFromZero)
              note: surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios
            - 点数付费金额 point payment = 79,078.53元  [input]
            - 参照金额 reference amount = 90,000.00元  [input]
            - 合理超支范围 overrun band = 10%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.settlement.overrun_band (given directly)
            - 合理超支分担比例 overrun share = 70%  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.settlement.overrun_share (given directly)
        """,
        Settled().ExplainInstitution(1, 2).ToText());

    // H3 without references: the point payment node alone, 427.5 points → 45,346.85 (+0 fen).
    [Fact]
    public void Institution_explanation_without_a_settlement() => Same(
        """
        点数付费 point payment of H3 (职工医保) = 45,346.85元
            427.5000点 × 106.0745元/点 ≈ 45,346.85元; apportioned 45,346.85元 (+0 fen)
            formula: 结算点数 × 点值, apportioned over all institutions so that Σ = 预算 − 预留调节金
            rounding: largest remainder (Apportionment): every payment within one fen of its exact share; earlier institution wins ties
          - 机构点数 institution points (2 cases) = 450.0000
              formula: Σ 病例点数 (each: 基准点数 × 病例调整系数; outliers re-pointed)
          - 机构系数 institution factor = 0.95  [input]
          - 结算点数 settled points = 427.5000
              formula: 机构点数 × 机构系数
              rounding: to 4 decimals (AwayFromZero)
          - 点值 point value (职工医保) = 106.0745元/点
              (160,005.00元 − 8,000.25元) / 1,433.0000点 = 152,004.75元 / 1,433.0000点 = 106.0745元/点
              formula: (年度点数付费预算 − 预留调节金) / 总点数
              rounding: shown to 4 decimals (AwayFromZero); payments use the exact value, apportioned to the fen
            - 年度点数付费预算 annual point-payment budget = 160,005.00元  [input]
            - 预留调节金 reserved adjustment fund = 8,000.25元
                160,005.00元 × 5% = 8,000.25元
                formula: 年度点数付费预算 × 预留调节金比例
                rounding: to the fen (AwayFromZero)
              - 预留调节金比例 reserve ratio = 5%  [parameter, 本地约定（示例值） illustrative local convention]
                  note: drg.reserve_ratio (given directly)
            - 可分配预算 distributable budget = 152,004.75元
                formula: 预算 − 预留调节金
            - 总点数 total points = 1,433.0000
                formula: Σ 机构点数 × 机构系数 (each rounded to the point decimals)
            - 付费方式 payment method = DRG点数付费：按险种计算点数和点值  [parameter, effective 2022-01-01, 丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4]
                note: “全面实施住院费用按疾病诊断相关分组（DRG）点数付费，全市按险种统一计算点数和点值”; nationally 医保发〔2021〕32号 四: “积极探索点数法与统筹地区医保基金总额预算相结合，逐步使用区域医保基金总额控制代替具体医疗机构总额控制”
            - 点数保留小数位 point decimals = 4 (AwayFromZero)  [parameter, 本地约定（示例值） illustrative local convention]
                note: drg.points.decimals (given directly)
          - 按点值折算 points × point value, rounded alone = 45,346.85元
              rounding: to the fen (AwayFromZero); rounding each institution alone can miss the budget by up to one fen per institution
        """,
        Plain().ExplainInstitution(2).ToText());

    // Payment = reference: nothing retained or shared, no institution named.
    [Fact]
    public void Balanced_settlement_explanation() => Same(
        """
        年终清算 year-end settlement = 100.00元
            the point payment equals the reference amount: nothing retained or shared
          - 点数付费金额 point payment = 100.00元  [input]
          - 参照金额 reference amount = 100.00元  [input]
        """,
        DrgSettlement.Explain(DrgExample.Policy(), DrgSettlement.ForInstitution(DrgExample.Policy(), Money.FromYuan(100), Money.FromYuan(100))).ToText());

    // 1,000 vs 500: band 100 < surplus 500; retained 60; clawed back 440; final 560.
    [Fact]
    public void Surplus_settlement_explanation() => Same(
        """
        年终清算 year-end settlement of H9 (结余留用) = 560.00元
            surplus 500.00元; within the band 100.00元 (band 100.00元); retained 60.00元; clawed back 440.00元; final 500.00元 + 60.00元 = 560.00元
            formula: 参照金额 + min(结余, 点数付费金额 × 结余范围) × 结余留用比例
            rounding: band and retained amount to the fen (AwayFromZero)
            note: surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios
          - 点数付费金额 point payment = 1,000.00元  [input]
          - 参照金额 reference amount = 500.00元  [input]
          - 结余留用范围 surplus band = 10%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.settlement.surplus_band (given directly)
          - 结余留用比例 surplus retention = 60%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.settlement.surplus_retention (given directly)
        """,
        DrgSettlement.Explain(DrgExample.Policy(), DrgSettlement.ForInstitution(DrgExample.Policy(), Money.FromYuan(1_000), Money.FromYuan(500)), "H9").ToText());

    // 1,000 vs 1,050: overrun 50 within the band 100; shared 35; final 1,035.
    [Fact]
    public void Overrun_settlement_explanation() => Same(
        """
        年终清算 year-end settlement (合理超支分担) = 1,035.00元
            overrun 50.00元; within the band 50.00元 (band 100.00元); shared 35.00元; final 1,000.00元 + 35.00元 = 1,035.00元
            formula: 点数付费金额 + min(超支, 点数付费金额 × 超支范围) × 超支分担比例
            rounding: band and shared amount to the fen (AwayFromZero)
            note: surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios
          - 点数付费金额 point payment = 1,000.00元  [input]
          - 参照金额 reference amount = 1,050.00元  [input]
          - 合理超支范围 overrun band = 10%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.settlement.overrun_band (given directly)
          - 合理超支分担比例 overrun share = 70%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.settlement.overrun_share (given directly)
        """,
        DrgSettlement.Explain(DrgExample.Policy(), DrgSettlement.ForInstitution(DrgExample.Policy(), Money.FromYuan(1_000), Money.FromYuan(1_050))).ToText());

    // The 35 granted scaled to 20: the sentence says so.
    [Fact]
    public void Scaled_overrun_settlement_explanation() => Same(
        """
        年终清算 year-end settlement of H8 (合理超支分担) = 1,020.00元
            overrun 50.00元; within the band 50.00元 (band 100.00元); shared 35.00元, scaled to 20.00元 because the reserve and clawed-back surplus were short; final 1,000.00元 + 20.00元 = 1,020.00元
            formula: 点数付费金额 + min(超支, 点数付费金额 × 超支范围) × 超支分担比例
            rounding: band and shared amount to the fen (AwayFromZero)
            note: surplus retention and overrun sharing: a documented local convention with parameterised bands and ratios
          - 点数付费金额 point payment = 1,000.00元  [input]
          - 参照金额 reference amount = 1,050.00元  [input]
          - 合理超支范围 overrun band = 10%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.settlement.overrun_band (given directly)
          - 合理超支分担比例 overrun share = 70%  [parameter, 本地约定（示例值） illustrative local convention]
              note: drg.settlement.overrun_share (given directly)
        """,
        DrgSettlement.Explain(DrgExample.Policy(), DrgSettlement.ForInstitution(DrgExample.Policy(), Money.FromYuan(1_000), Money.FromYuan(1_050)).WithShared(Money.FromYuan(20)), "H8").ToText());

    [Fact]
    public void Scheme_payment_texts()
    {
        DrgSchemePayment p = Plain();
        Assert.Equal("职工医保: 3 institutions; 职工医保: 152,004.75元 / 1,433.0000点 = 106.0745元/点; 8 cases, 1420 points (1 high, 1 low outliers)", p.ToString());
        Assert.Equal("职工医保: 152,004.75元 / 1,433.0000点 = 106.0745元/点", p.PointValue.ToString());
        Assert.Equal("职工医保: 152,004.75元 / 1,433.0000点 = 106.0745元/点; 8 cases, 1420 points (1 high, 1 low outliers)", p.Result.ToString());
    }
}
