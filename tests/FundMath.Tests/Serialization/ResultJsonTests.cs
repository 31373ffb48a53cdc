namespace FundMath.Tests.Serialization;

using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FundMath;
using FundMath.Analysis;
using FundMath.Benefits;
using FundMath.Citations;
using FundMath.Cohorts;
using FundMath.Contributions;
using FundMath.Data;
using FundMath.Drg;
using FundMath.Explain;
using FundMath.Funds;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Ratios;
using FundMath.Reconciliation;
using FundMath.Samples;
using FundMath.Serialization;
using NodaTime;

/// <summary>
/// Every public result type round-trips through <see cref="FundMathJsonContext"/>: enumerated by reflection (a
/// public type that a public member of FundMath returns), each is either covered here with a sample or listed as
/// pending — and the pending list is exact (a pending type that gains metadata fails, so the list only shrinks).
/// </summary>
public class ResultJsonTests
{
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.OfYear(2021);

    private static Money Yi(decimal amount) => Money.From(amount, MoneyUnit.Yi);

    /// <summary>The built-in published reports (株洲市2021年 report, the 2023 national statistical bulletin, the fictional example quarter) and their checks.</summary>
    private static readonly ReportDocument[] Reports = [SampleReports.Zhuzhou2021, SampleReports.National2023, SampleReports.ExampleQuarter2024Q1];
    private static readonly ReconciliationResult ZhuzhouChecked = ReportChecker.Check(SampleReports.Zhuzhou2021);
    private static readonly FundStatementFigures ZhuzhouEmployee = SampleReports.Zhuzhou2021.Statements[0].Funds[0];

    private static readonly IncomeLines ZhuzhouEmployeeIncome = IncomeLines.FromSpan([Yi(27.10m), Money.Zero, Money.Zero, Money.Zero, Money.Zero, Yi(3.79m)]);
    private static readonly ExpenditureLines ZhuzhouEmployeeExpenditure = ExpenditureLines.FromSpan([Yi(26.55m)]);
    private static readonly FundStatement ZhuzhouEmployeeStatement =
        FundStatement.Create(FundKind.EmployeeBasic, "株洲市", Year2021, Yi(44.79m), ZhuzhouEmployeeIncome, ZhuzhouEmployeeExpenditure).WithPersonalAccounts(Yi(23.51m), Yi(25.24m));

    private static FundStatement ZhuzhouEmployeeStatementReported(Money closing) =>
        FundStatement.FromReported(FundKind.EmployeeBasic, "株洲市", Year2021, Yi(44.79m), ZhuzhouEmployeeIncome, ZhuzhouEmployeeExpenditure, closing, IdentityMode.Report);

    private static CountyFunding CountyFundingOf(decimal due, decimal usable)
    {
        Money left = Money.FromYuan(usable);
        return CountyFunding.Draw(Money.FromYuan(due), ref left);
    }

    private static T[] From<T>(Func<ReportDocument, IEnumerable<T>> select, int count = 2) => Reports.SelectMany(select).Take(count).ToArray();

    private static readonly Money[] ExamplePayments = [Money.FromYuan(27_579.37m), Money.FromYuan(79_078.53m), Money.FromYuan(45_346.85m)];

    private static readonly CohortCounts ZhuzhouEmployees = CohortCounts.Empty
        .With(CohortCategory.Insured, Headcount.FromWan(72.74m)).With(CohortCategory.InService, Headcount.FromWan(45.48m)).With(CohortCategory.Retired, Headcount.FromWan(27.26m));

    private static readonly CohortCounts ZhuzhouResidents = CohortCounts.Empty
        .With(CohortCategory.Insured, 3_019_813).With(CohortCategory.Adults, 2_269_284).With(CohortCategory.StudentsAndChildren, 637_103)
        .With(CohortCategory.CollegeStudents, 113_426).With(CohortCategory.Female, 1_487_138).With(CohortCategory.Aged60Plus, 923_705);

    private static StructureShares ZhuzhouResidentShares(CohortPartition partition)
    {
        int n = partition.Parts.Length;
        return ZhuzhouResidents.Shares(partition, 2, MidpointRounding.AwayFromZero, new Rate[n], new Rate[n], new Rate[n]);
    }

    /// <summary>
    /// Derivations from the Ankang sample plan (samples/parameters/ankang.yaml, 2021 居民医保): person 1's 二级 admission of
    /// 20,000 元 (1,000 元 outside the catalogue, 2,000 元 乙类) and 三级 admission of 150,000 元, and a 低保 person's
    /// 一级 admission of 8,000 元, settled in that order.
    /// </summary>
    private static readonly BenefitClaim[] AnkangClaims =
    [
        Tests.Benefits.AnkangPlans.Claim(1, 1, new LocalDate(2021, 3, 15), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level2, 20_000m, 1_000m, 2_000m),
        Tests.Benefits.AnkangPlans.Claim(2, 1, new LocalDate(2021, 5, 10), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level3, 150_000m, 5_000m, 10_000m),
        Tests.Benefits.AnkangPlans.Claim(3, 2, new LocalDate(2021, 4, 1), BenefitScheme.Resident, ClaimKind.Inpatient, HospitalLevel.Level1, 8_000m, group: AssistanceGroup.Dibao),
    ];

    private static (ClaimSettlement[] Settlements, BenefitAccumulator[] After) AnkangSettled()
    {
        BenefitPlan plan = Tests.Benefits.AnkangPlans.Resident2021;
        BenefitAccumulator[] accumulators = [BenefitAccumulator.ForYear(1, 2021), BenefitAccumulator.ForYear(2, 2021)];
        ClaimSettlement[] settlements = AnkangClaims.Select(c => BenefitSettlement.Settle(plan, c, ref accumulators[c.PersonId - 1])).ToArray();
        return (settlements, accumulators);
    }

    private static BenefitBatchTotals AnkangBatch()
    {
        BenefitAccumulator[] accumulators = [BenefitAccumulator.ForYear(1, 2021), BenefitAccumulator.ForYear(2, 2021)];
        return BenefitSettlement.Settle(Tests.Benefits.AnkangPlans.Resident2021, BenefitClaimTable.FromClaims(AnkangClaims).Columns, accumulators, new BenefitPaymentTable(AnkangClaims.Length).Columns);
    }

    /// <summary>One or more samples per covered type, from the Zhuzhou 2021 report where the type has a golden figure.</summary>
    public static readonly Dictionary<Type, object[]> Samples = new()
    {
        // 居民医保 本年收入 29.02亿 of 26.36亿 budgeted: 110.09%, Over the ±5pp band; a zero budget: NoBudget.
        [typeof(BudgetExecution)] =
        [
            BudgetExecution.Evaluate(BudgetLine.TotalIncome, Year2021, Yi(26.36m), Yi(29.02m), Rate.OneHundredPercent, ToleranceBand.FivePoints),
            BudgetExecution.Evaluate(BudgetLine.BenefitExpenditure, Year2021, Yi(26.46m), Yi(24.39m), Rate.OneHundredPercent, ToleranceBand.FivePoints),
            BudgetExecution.Evaluate(BudgetLine.PremiumIncome, Year2021, Money.Zero, Yi(1m), Rate.OneHundredPercent, ToleranceBand.FivePoints),
        ],

        // 职工医保统筹基金: (23.89 − 3.66)亿 / 1.29亿 a month = 15.68 months; no expenditure: NoExpenditure.
        [typeof(MonthsOfCover)] =
        [
            MonthsOfCover.Compute(Year2021, Yi(23.89m), BalanceDeductions.Lumped(Money.Zero, Yi(3.66m)), MonthlyExpenditure.PerMonth(Yi(1.29m)), CoverBandPolicy.Default),
            MonthsOfCover.Compute(Year2021, Yi(1m), BalanceDeductions.None, MonthlyExpenditure.PerMonth(Money.Zero), CoverBandPolicy.Default),
        ],
        [typeof(MonthlyExpenditure)] = [MonthlyExpenditure.OfPeriod(Yi(15.48m), Year2021), MonthlyExpenditure.PerMonth(Yi(1.29m)), default(MonthlyExpenditure)],
        [typeof(DeficitScan)] =
        [
            DeficitScan.Scan(Year2021, [Money.FromYuan(-120m), Money.FromYuan(-0.01m), Money.FromYuan(300m), Money.Zero]),
            DeficitScan.Scan(Year2021, [Money.FromYuan(5m)]),
            DeficitScan.Scan(Year2021, [Money.FromYuan(-5m)]),
        ],
        [typeof(ToleranceBand)] = [ToleranceBand.FivePoints, new ToleranceBand(PercentagePoints.FromPoints(3m), PercentagePoints.FromPoints(Fraction.Create(1, 3)))],
        [typeof(BudgetTolerancePolicy)] = [BudgetTolerancePolicy.Default],
        [typeof(CoverBandPolicy)] = [CoverBandPolicy.Default],
        [typeof(BalanceDeductions)] = [new BalanceDeductions(Yi(1.47m), Yi(1m), Yi(0.5m), Yi(0.02m), Yi(2m))],
        [typeof(ExecutionOutcomeCounts)] = [new ExecutionOutcomeCounts(5, 2, 1, 0)],
        [typeof(CoverBandCounts)] = [new CoverBandCounts(2, 3, 6, 0, 2)],
        [typeof(PremiumBaseResult)] = [new PremiumBaseResult(Money.FromYuan(2000m), Money.FromYuan(3500m), Bound.Floor)],
        [typeof(PremiumBaseSummary)] = [new PremiumBaseSummary(10, Money.FromYuan(80000m), 2, 1)],
        [typeof(AccountSplit)] = [new AccountSplit(Money.FromYuan(200m), Money.FromYuan(800m), Money.FromYuan(90m))],
        [typeof(AssistanceSplit)] = [new AssistanceSplit(Money.FromYuan(350m), Money.Zero)],
        [typeof(ContributionTotals)] = [new ContributionTotals(3, Money.FromYuan(15000m), Money.FromYuan(1200m), Money.FromYuan(100m), Money.FromYuan(300m))],
        [typeof(EmployeePeriodContribution)] = [new EmployeePeriodContribution(Year2021, new ContributionTotals(1, Money.FromYuan(60000m), Money.FromYuan(4800m), Money.FromYuan(420m), Money.FromYuan(1200m)), Money.FromYuan(2400m), 6)],
        [typeof(ResidentPremiumIncome)] = [new ResidentPremiumIncome(Headcount.FromPersons(727_400), Money.FromYuan(233_495_400m), Money.FromYuan(1_000_000m), Money.FromYuan(232_495_400m))],
        [typeof(PrintedComparison)] = [new PrintedComparison(Yi(1.98m), Yi(1.71m))],

        // The published reports as read from their YAML, and every part of them.
        [typeof(ReportDocument)] = Reports,
        [typeof(StatementTable)] = From(r => r.Statements),
        [typeof(FundStatementFigures)] = From(r => r.Statements.SelectMany(t => t.Funds), 3),
        [typeof(FundComponentFigures)] = From(r => r.Statements.SelectMany(t => t.Funds).SelectMany(f => f.Components)),
        [typeof(BudgetTable)] = From(r => r.Budgets),
        [typeof(BudgetExecutionFigures)] = From(r => r.Budgets.SelectMany(t => t.Rows)),
        [typeof(RegionTable)] = From(r => r.Regions),
        [typeof(RegionColumn)] = From(r => r.Regions.SelectMany(t => t.Columns), 4),
        [typeof(RegionRow)] = From(r => r.Regions.SelectMany(t => t.Rows)),
        [typeof(MonthsOfCoverFigures)] = From(r => r.MonthsOfCover, 3),
        [typeof(CohortTable)] = From(r => r.Cohorts),
        [typeof(CohortRow)] = From(r => r.Cohorts.SelectMany(t => t.Rows)),
        [typeof(YearOnYearGroup)] = From(r => r.YearOnYear),
        [typeof(YearOnYearFigure)] = From(r => r.YearOnYear.SelectMany(g => g.Parts), 3),
        [typeof(DeficitScanTable)] = From(r => r.DeficitScans),
        [typeof(DeficitScanRow)] = From(r => r.DeficitScans.SelectMany(t => t.Rows)),
        [typeof(RepeatedFigure)] = From(r => r.Repeated),
        [typeof(TotalFigures)] = From(r => r.Totals),
        [typeof(QuotientFigure)] = From(r => r.Quotients),
        [typeof(ProductFigure)] = From(r => r.Products),
        [typeof(ReportClaim)] = From(r => r.Claims, 4),
        [typeof(PrintedFigure)] =
        [
            ZhuzhouEmployee.Income!,
            PrintedFigure.Parse("约15个月", new FigureLocation("运行分析", Row: "职工医保")),
            PrintedFigure.Dash(FigureUnit.Yi, new FigureLocation("附表", "区县", "荷塘区", "赤字")),
        ],
        [typeof(FigureLocation)] = [ZhuzhouEmployee.Income!.Location, new FigureLocation("附表", "区县", "荷塘区", "赤字") { Source = "zhuzhou-2021.yaml" }],
        [typeof(FigureInterval)] = [ZhuzhouEmployee.Income!.Interval, FigureInterval.Exactly(Fraction.Create(1451, 1318))],

        // The checks of the 株洲市 report: its findings, and the figures no check reads.
        [typeof(ReconciliationResult)] = [ZhuzhouChecked],
        [typeof(Finding)] = ZhuzhouChecked.Findings.Take(3).ToArray(),
        [typeof(UncheckedFigure)] = ZhuzhouChecked.Unchecked.Count > 0
            ? ZhuzhouChecked.Unchecked.Take(2).ToArray()
            : [new UncheckedFigure(ZhuzhouEmployee.Income!, "no check reads this figure")],

        // 株洲市 职工医保 2021: income 30.89亿, printed +8.04% (the previous 28.59亿 is 30.89 / 1.0804 to 0.01亿, a
        // derivation); current surplus 4.34亿 of that income; the zero-base cases are outcome-only.
        [typeof(MoneyGrowth)] = [new MoneyGrowth(ZhuzhouEmployee.Income!.ToMoney(), Yi(28.59m)), new MoneyGrowth(Yi(1m), Money.Zero)],
        [typeof(SurplusRatio)] = [new SurplusRatio(ZhuzhouEmployee.CurrentSurplus!.ToMoney(), ZhuzhouEmployee.Income!.ToMoney()), new SurplusRatio(Yi(1m), Money.Zero)],

        // Derivations: 727,400 insured against 740,000 the year before (−12,600, −1.70…%); 3 in service per 1 retired.
        [typeof(HeadcountGrowth)] = [new HeadcountGrowth(Headcount.FromPersons(727_400), Headcount.FromPersons(740_000)), new HeadcountGrowth(Headcount.FromPersons(5), Headcount.Zero)],
        [typeof(SupportRatio)] = [new SupportRatio(Headcount.FromPersons(300), Headcount.FromPersons(100)), new SupportRatio(Headcount.FromPersons(3), Headcount.Zero)],
        // 株洲市 职工医保 累计结余 49.13亿: 统筹基金 23.89亿 and 个人账户 25.24亿 (printed shares 48.63% / 51.37%); a zero balance.
        [typeof(AccumulatedBalance)] = [new AccumulatedBalance(Yi(23.89m), Yi(25.24m)), new AccumulatedBalance(Money.Zero, Money.Zero)],
        // 10.00 + 5.00 − 3.00 = 12.00 expected; 12.00 reported holds, 11.99 is broken by 0.01.
        [typeof(RollForward)] = [RollForward.Of(Money.FromYuan(10m), Money.FromYuan(5m), Money.FromYuan(3m), Money.FromYuan(12m)), RollForward.Of(Money.FromYuan(10m), Money.FromYuan(5m), Money.FromYuan(3m), Money.FromYuan(11.99m))],
        // 10.00 / 3 = 3.33 (to even), 10.01 / 2 = 5.01 away from zero (5.005), no units: not meaningful.
        [typeof(Average)] = [Average.Of(Money.FromYuan(10m), 3, MidpointRounding.ToEven), Average.Of(Money.FromYuan(10.01m), 2, MidpointRounding.AwayFromZero), Average.Of(Money.FromYuan(7m), 0, MidpointRounding.ToEven)],
        [typeof(CohortFlow)] = [CohortFlow.Create(Headcount.FromPersons(1000), Headcount.FromPersons(120), Headcount.FromPersons(80)), CohortFlow.Empty],
        // 233,495,400 − 220,000,000 = 13,495,400 split 4,000,000 + 9,000,000 + 495,400.
        [typeof(PremiumIncomeChange)] = [PremiumIncomeChange.Of(Money.FromYuan(220_000_000m), Money.FromYuan(233_495_400m), Money.FromYuan(4_000_000m), Money.FromYuan(9_000_000m), Money.FromYuan(495_400m), DecompositionMethod.Shapley)],
        // 8,000 base: employer 8% = 640 of which maternity 0.7% = 56, individual 2% = 160.
        [typeof(EmployeeMonthlyContribution)] = [EmployeeMonthlyContribution.Of(Money.FromYuan(8000m), Money.FromYuan(640m), Money.FromYuan(56m), Money.FromYuan(160m))],
        // 380 individual of 1,020 per capita (380 + 640 financial subsidy): 37.25…% against a one-third minimum; no funding.
        [typeof(IndividualShareCheck)] = [IndividualShareCheck.Of(Money.FromYuan(380m), Money.FromYuan(1020m), Rate.FromRatio(1, 3)), IndividualShareCheck.Of(Money.Zero, Money.Zero, Rate.FromPercent(30m))],
        [typeof(SubsidySplitResult)] = [SubsidySplitResult.Of(Money.FromYuan(640m), Money.FromYuan(512m))],
        [typeof(FlexiblePeriodContribution)] = [new FlexiblePeriodContribution(Year2021, Money.FromYuan(48_000m), Rate.FromPercent(6m), Money.FromYuan(2_160m), Money.FromYuan(720m), 3)],
        [typeof(Citation)] = [new Citation("医保发〔2021〕32号", "关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知", "第三条"), new Citation("株洲市2021年年度医疗保险基金财务报表及运行分析")],
        [typeof(DatedRate)] = [new DatedRate(new YearMonth(2021, 1), Rate.FromPercent(8m), new Citation("株洲市2021年年度医疗保险基金财务报表及运行分析")), new DatedRate(new YearMonth(2022, 7), Rate.FromPercent(7.5m))],
        [typeof(DrgInstitutionRecord)] = [new DrgInstitutionRecord("H001", Fraction.Create(11, 10), Money.FromYuan(12_000m), null, "株洲市中心医院"), new DrgInstitutionRecord("H002", Fraction.One)],
        [typeof(IncomeLine)] = [IncomeLine.Premiums, IncomeLine.Other],
        [typeof(ExpenditureLine)] = [ExpenditureLine.Inpatient, ExpenditureLine.FromIndex(ExpenditureLine.Count - 1)],
        [typeof(ServiceCategory)] = [ServiceCategory.Inpatient, ServiceCategory.Maternity],
        [typeof(FundKind)] = [FundKind.EmployeePooledFund, FundKind.Several, FundKind.Define("long-term-care", "长期护理保险", "long-term care insurance")],
        [typeof(CohortCategory)] = [CohortCategory.Retired, CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed")],
        // A derivation: employer 7.3% medical + 0.7% maternity = 8%, individual 2%.
        [typeof(EmployeeRates)] = [new EmployeeRates(Rate.FromPercent(7.3m), Rate.FromPercent(0.7m), Rate.FromPercent(2m))],
        [typeof(PayrollContributions)] = [new PayrollContributions(new PremiumBaseSummary(10, Money.FromYuan(80000m), 2, 1), new ContributionTotals(10, Money.FromYuan(80000m), Money.FromYuan(6400m), Money.FromYuan(560m), Money.FromYuan(1600m)))],
        // DRG (derivations): 1,000 cases for 95,000 points; 10,000,000 元 budget less a 500,000 元 reserve.
        [typeof(DrgPoints)] = [DrgPoints.FromDecimal(1.234567m), DrgPoints.Zero],
        [typeof(DrgPointValue)] = [DrgPointValue.Compute(DrgScheme.Employee, Money.FromYuan(10_000_000m), Money.FromYuan(500_000m), DrgPoints.FromPoints(95_000))],
        [typeof(DrgCaseResult)] = [new DrgCaseResult(DrgPoints.FromDecimal(1.25m), DrgPoints.FromDecimal(1.6m), DrgCaseKind.HighOutlier)],
        [typeof(DrgPointTotals)] = [new DrgPointTotals(DrgPoints.FromPoints(95_000), 1000, 12, 30)],
        [typeof(DrgSchemeResult)] = [new DrgSchemeResult(DrgPointValue.Compute(DrgScheme.Resident, Money.FromYuan(8_000_000m), Money.Zero, DrgPoints.FromPoints(64_000)), new DrgPointTotals(DrgPoints.FromPoints(64_000), 700, 5, 9))],

        // 居民医保 个人缴费标准 280元/人 as printed in the 株洲市 report; a rate and a count.
        [typeof(ParameterValue)] = [ParameterValue.FromMoney(Money.FromYuan(280m)), ParameterValue.FromRate(Rate.FromPercent(8m)), ParameterValue.FromCount(3)],
        [typeof(ScaleBracket)] = [new ScaleBracket("level_1", ParameterValue.FromRate(Rate.FromPercent(90m)), "一级医院"), new ScaleBracket("level_3", ParameterValue.FromRate(Rate.FromPercent(70m)))],

        // 医保发〔2020〕6号: 职工医保 employer contributions halved from February 2020, for up to five months.
        [typeof(PolicyWindow)] = [new PolicyWindow(new LocalDate(2020, 2, 1), new LocalDate(2020, 6, 30))],
        [typeof(ReliefWindow)] = [new ReliefWindow(new PolicyWindow(new LocalDate(2020, 2, 1), new LocalDate(2020, 6, 30)), Rate.FromPercent(8m), Rate.FromPercent(4m), new Citation("医保发〔2020〕6号", "关于阶段性减征职工基本医疗保险费的指导意见")), ReliefWindow.FromMonths(new YearMonth(2022, 1), new YearMonth(2022, 3), Rate.FromPercent(6m), Rate.FromPercent(5m))],
        // Derivations: 500 元 due against 300 usable: 300 from the balance, 200 appropriated; nothing due.
        [typeof(CountyFunding)] = [CountyFundingOf(500m, 300m), CountyFunding.None],
        [typeof(CustomLine)] = [CustomLine.UnderIncome(IncomeLine.Other, "donations", "捐赠收入", "donation income"), CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "inpatient.remote", "异地就医住院", "out-of-area inpatient")],
        [typeof(PoolingYear)] = [new PoolingYear(2021, PooledScheme.Resident) { CollectedFundOpening = Money.FromYuan(1_000_000m), Interest = Money.FromYuan(12_345.67m), UnifiedSubsidyStandard = Money.FromYuan(580m) }, new PoolingYear(2022, PooledScheme.Employee)],
        [typeof(PoolingCounty)] = [new PoolingCounty("茶陵") { PreviousYearExpenditure = Money.FromYuan(300_000_000m), AccumulatedBalance = Money.FromYuan(38_814_900m), PreviousYearInsured = Headcount.FromPersons(500_000), Deficit = Money.FromYuan(1_000_000m), Assessment = CountyAssessment.BelowGood }, new PoolingCounty("攸县")],
        // 株洲市 2021 职工医保: income 30.89亿 (征缴收入 27.10亿 printed; the other 3.79亿 put on "other"), expenditure
        // 26.55亿 (put on one line), current surplus 4.34亿, 累计结余 49.13亿 of which 个人账户 25.24亿 (opening
        // 49.13 − 4.34 = 44.79亿 and 25.24 − 1.73 = 23.51亿 are derivations); a statement whose printed closing breaks
        // the roll-forward by 0.01亿; the empty statement.
        [typeof(IncomeLines)] = [ZhuzhouEmployeeIncome, IncomeLines.Zero],
        [typeof(ExpenditureLines)] = [ZhuzhouEmployeeExpenditure, ExpenditureLines.Zero],
        [typeof(FundStatement)] = [ZhuzhouEmployeeStatement, ZhuzhouEmployeeStatementReported(Yi(49.14m)), FundStatement.Empty],
        [typeof(FundStatementChange)] = [ZhuzhouEmployeeStatement.ComparedWith(ZhuzhouEmployeeStatementReported(Yi(44.79m)))],
        // A derivation: a resident's 一级医院 admission of 10,000 元 with 500 元 outside the catalogue and 1,000 元 乙类.
        [typeof(FundMath.Benefits.BenefitClaim)] =
        [
            new FundMath.Benefits.BenefitClaim(1, 42, new LocalDate(2021, 3, 15), FundMath.Benefits.BenefitScheme.Resident, FundMath.Benefits.ClaimKind.Inpatient, FundMath.Benefits.HospitalLevel.Level1,
                FundMath.Benefits.PersonStatus.Resident, FundMath.Benefits.AssistanceGroup.Dibao, Money.FromYuan(10_000m), Money.FromYuan(500m), Money.FromYuan(1_000m)),
        ],
        [typeof(SourceLocation)] = [new SourceLocation("zhuzhou-2021.yaml", 12, 5), SourceLocation.OfSource("stdin")],

        // 株洲市 2021 职工医保 住院: 在职 50,405 人次 and 173,459 − 127,654 = 45,805万元, 退休 124,759 人次 and 127,654万元;
        // 普通门（急）诊 1,614,507 人次 and 38,189万元; no use.
        [typeof(Utilisation)] =
        [
            Utilisation.Empty.With(ServiceCategory.Inpatient, 50_405, Money.From(45_805m, MoneyUnit.Wan)).With(ServiceCategory.Outpatient, 1_614_507, Money.From(38_189m, MoneyUnit.Wan)),
            Utilisation.Empty.With(ServiceCategory.Inpatient, 124_759, Money.From(127_654m, MoneyUnit.Wan)),
            Utilisation.Empty,
        ],
        // 株洲市 2021: 职工 72.74万 = 在职 45.48万 + 退休 27.26万; 居民 3,019,813 = 成年人 2,269,284 + 学生儿童 637,103 + 大学生
        // 113,426, 女性 1,487,138, 60岁以上 923,705; a user-defined category (1,000 persons, an illustration with no
        // published figure) beside them; no one counted.
        [typeof(CohortCounts)] = [ZhuzhouEmployees, ZhuzhouResidents, ZhuzhouResidents.With(CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed"), 1_000), CohortCounts.Empty],
        // 株洲市 2021 居民 成年人/学生儿童/大学生: printed 75.15% + 21.10% + 3.76% = 100.01% (apportioned 100.00%); 女性 49.25% and
        // 60岁以上 30.59%, subsets (not a partition), left unapportioned: 79.84%.
        [typeof(StructureShares)] = [ZhuzhouResidentShares(CohortPartition.ResidentGroups), ZhuzhouResidentShares(CohortPartition.WomenAndElderly)],
        // Straight-line time progress (m/12); a derivation: 40% of premiums collected in Q1 (40m/3% to March), the other
        // 60% spread evenly over April–December.
        [typeof(SeasonalProfile)] = [SeasonalProfile.TimeProgress, SeasonalProfile.FromCumulative(Enumerable.Range(1, 12).Select(m => m <= 3 ? Rate.FromRatio(40 * m, 300) : Rate.FromRatio(360 + (60 * (m - 3)), 900)).ToArray())],
        // docs/drg.md's worked example (illustrative figures): point payments 27,579.37 + 79,078.53 + 45,346.85 =
        // 152,004.75元 against references 25,000 / 90,000 / 45,000元; with the 5% reserve 8,000.25 the pool covers
        // H2's 5,535.50 share (final 156,369.76, unspent 3,635.24); with 1,000.00 the pool 2,170.49 is short and scaled.
        [typeof(DrgSettlementTotals)] = [ExampleSettlement(Money.FromYuan(8_000.25m)), ExampleSettlement(Money.FromYuan(1_000m))],
        // The same example's institutions with the 5% reserve: H1 27,579.37 against 25,000 (a surplus), H2 79,078.53
        // against 90,000 (an overrun, 5,535.50 shared), H3 45,346.85 against 45,000 (a surplus); a balanced one.
        [typeof(DrgInstitutionSettlement)] =
        [
            .. Enumerable.Range(0, 3).Select(i => DrgSettlement.ForInstitution(Drg.DrgExample.Policy(), ExamplePayments[i], Drg.DrgExample.References[i])),
            DrgSettlement.ForInstitution(Drg.DrgExample.Policy(), Money.FromYuan(45_000m), Money.FromYuan(45_000m)),
        ],
        // An illustration with no published split: 0.50亿 of 株洲市 职工医保's 3.79亿 other income as donations, 1.20亿 of
        // inpatient spending out of area; no sub-lines.
        [typeof(LineBreakdown)] =
        [
            LineBreakdown.Empty.Add(CustomLine.UnderIncome(IncomeLine.Other, "donations", "捐赠收入", "donation income"), Yi(0.5m))
                .Add(CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "inpatient.remote", "异地就医住院", "out-of-area inpatient"), Yi(1.2m)),
            LineBreakdown.Empty,
        ],
        [typeof(ClaimSettlement)] = [.. AnkangSettled().Settlements, default(ClaimSettlement)],
        [typeof(BenefitAccumulator)] = [.. AnkangSettled().After, BenefitAccumulator.ForYear(3, 2021), default(BenefitAccumulator)],
        [typeof(BenefitBatchTotals)] = [AnkangBatch(), default(BenefitBatchTotals)],
        // How the 低保 person's admission settles (every step, parameter, citation and date), and a bare node.
        [typeof(Explanation)] =
        [
            BenefitSettlement.Explain(Tests.Benefits.AnkangPlans.Resident2021, AnkangClaims[2], BenefitAccumulator.ForYear(2, 2021)),
            new Explanation("实际结余可支付月数 months of cover", "15.68"),
        ],
        [typeof(CohortPartition)] = [CohortPartition.EmployeeStatus, CohortPartition.WomenAndElderly, new CohortPartition("灵活就业 flexible", CohortCategory.InService, false, CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed"))],
        // 国办发〔2018〕6号: 80% / 60% / 50% / 30% / 10%, 80% for western-treatment counties in tier-2 provinces; the same without a citation.
        [typeof(CentralSubsidyShares)] =
        [
            CentralSubsidyShares.GuoBanFa2018No6,
            new CentralSubsidyShares(Rate.FromPercent(80m), Rate.FromPercent(60m), Rate.FromPercent(50m), Rate.FromPercent(30m), Rate.FromPercent(10m), Rate.FromPercent(80m)),
        ],
        // Illustrations (no published schedule): a constant 8% from January 2021; 8% then 7.5% from July 2022.
        [typeof(RateSchedule)] =
        [
            RateSchedule.Constant(Rate.FromPercent(8m), new YearMonth(2021, 1), new Citation("株洲市2021年年度医疗保险基金财务报表及运行分析")),
            new RateSchedule([new DatedRate(new YearMonth(2021, 1), Rate.FromPercent(8m)), new DatedRate(new YearMonth(2022, 7), Rate.FromPercent(7.5m))]),
        ],
        // Illustrations of the three kinds: 特困人员 in full, 200 元 for 低保对象, 50% for 监测对象.
        [typeof(AssistanceEnrolmentRule)] =
        [
            AssistanceEnrolmentRule.Full(AssistanceCategory.ExtremePoverty, new Citation("医保发〔2021〕32号")),
            AssistanceEnrolmentRule.Fixed(AssistanceCategory.MinimumLivingAllowance, Money.FromYuan(200m)),
            AssistanceEnrolmentRule.OfRatio(AssistanceCategory.Monitored, Rate.FromPercent(50m)),
        ],
        // Coverage 2021 (collected 2020): 280 元 individual, 580 元 subsidy; 2022: 320 + 610 元 with illustrative local top-ups of 20 + 30 元.
        [typeof(ResidentFundingStandard)] =
        [
            new ResidentFundingStandard(2021, 2020, Money.FromYuan(280m), Money.FromYuan(580m), new Citation("医保发〔2021〕32号")),
            new ResidentFundingStandard(2022, 2021, Money.FromYuan(320m), Money.FromYuan(610m)).WithLocalTopUp(Money.FromYuan(20m), Money.FromYuan(30m)),
        ],
        // Illustrations: 60%–300% of a 6,540 元 reference wage (3,924–19,620 元); a band of amounts.
        [typeof(PremiumBasePolicy)] =
        [
            new PremiumBasePolicy(Money.FromYuan(6_540m), Rate.FromPercent(60m), Rate.FromPercent(300m)),
            PremiumBasePolicy.FromAmounts(Money.FromYuan(3_000m), Money.FromYuan(15_000m), new Citation("株洲市2021年年度医疗保险基金财务报表及运行分析")),
        ],

        // The shipped national parameter set, the Lishui sample set layered over it (samples/parameters/lishui.yaml) and
        // the empty set; parameters, entries (a single value and a scale) and a segment from them, and one built in code.
        [typeof(ParameterSet)] = [ParameterSet.National, Tests.Pooling.PoolingFixture.Lishui, ParameterSet.Empty],
        [typeof(Parameter)] =
        [
            ParameterSet.National.Get("resident.individual_contribution"),
            ParameterSet.National.Get("resident.central_subsidy_share"),
            Tests.Pooling.PoolingFixture.Lishui.Get("pooling.top_up.employee_months"),
            new Parameter("local.months", ParameterUnit.Months, [new ParameterEntry(new LocalDate(2023, 1, 1), ParameterValue.FromMonths(Fraction.FromInteger(3)), new Citation("《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》", clause: "四(二)7(2)"))]),
        ],
        [typeof(ParameterEntry)] =
        [
            ParameterSet.National.At("resident.individual_contribution", new LocalDate(2021, 6, 30)),
            ParameterSet.National.At("resident.central_subsidy_share", new LocalDate(2021, 6, 30)),
            new ParameterEntry(new LocalDate(2021, 1, 1), [new ScaleBracket("level_1", ParameterValue.FromRate(Rate.FromPercent(90m)), "一级医院")], new Citation("株洲市2021年年度医疗保险基金财务报表及运行分析"), "local convention"),
        ],
        [typeof(ParameterSegment)] = [.. ParameterSet.National.Over("resident.individual_contribution", Year2021)],

        // The Lishui rules (samples/parameters/lishui.yaml) read at the start of 2023 (top-up in force) and of 2022 with
        // 减少5% read as a share of the share (no top-up yet).
        [typeof(PoolingPolicy)] = [Tests.Pooling.PoolingFixture.Policy(2023), Tests.Pooling.PoolingFixture.Policy(2022, PriorDeficitReading.ShareOfShare)],
        // UpwardTransfer's own example: 3 months of 10,000,000元 = 2,500,000元, 2,000,000元 from the balance and 500,000元
        // appropriated; the resident fund's 1 month of 3,600,000元 = 300,000元 from a 1,000,000元 balance; an employee
        // balance of 1,000,000元 of which 1,200,000元 is pre-pooling personal accounts: nothing usable.
        [typeof(UpwardTransfer)] =
        [
            UpwardTransfer.Compute(Tests.Pooling.PoolingFixture.Policy(2022), PooledScheme.Employee, Money.FromYuan(10_000_000m), Money.FromYuan(2_000_000m)),
            UpwardTransfer.Compute(Tests.Pooling.PoolingFixture.Policy(2022), PooledScheme.Resident, Money.FromYuan(3_600_000m), Money.FromYuan(1_000_000m)),
            UpwardTransfer.Compute(Tests.Pooling.PoolingFixture.Policy(2022), PooledScheme.Employee, Money.FromYuan(4_000_000m), Money.FromYuan(1_000_000m), Money.FromYuan(1_200_000m)),
        ],
        // samples/pooling/example-city-2023.yaml settled as `fundmath pool` does: the top-up raised (1,000万 < 1 month of
        // 16,800万), every county's settlement and the collected fund's year; a check before 2023 (not in force) and one
        // without expenditure.
        [typeof(YearStartTopUp)] =
        [
            ExampleCity().Fund.TopUp,
            YearStartTopUp.Compute(Tests.Pooling.PoolingFixture.Policy(2022), PooledScheme.Employee, Money.FromYuan(1_000_000m), Money.FromYuan(12_000_000m)),
            YearStartTopUp.Compute(Tests.Pooling.PoolingFixture.Policy(2023), PooledScheme.Resident, Money.FromYuan(1_000_000m), Money.Zero),
        ],
        [typeof(CountySettlement)] = [.. ExampleCity().Counties.Cast<object>()],
        [typeof(CollectedFundStatement)] = [ExampleCity().Fund, ExampleCity(PriorDeficitReading.ShareOfShare).Fund],
        [typeof(PoolingCityDocument)] = [ExampleCityDocument],
        // The Ankang sample plans (samples/parameters/ankang.yaml) that `fundmath settle` reads, and the rows of its sample
        // claims file (samples/claims/ankang-2021.yaml): a claim, the reversal of claim 4001, a row built in code.
        [typeof(BenefitPlan)] = [Tests.Benefits.AnkangPlans.Resident2021, Tests.Benefits.AnkangPlans.Employee2021, Tests.Benefits.AnkangPlans.Resident2020],
        [typeof(BenefitPlans)] = [Tests.Benefits.AnkangPlans.Plans20202021],
        [typeof(BenefitClaimEntry)] = [BenefitAndDrgSamples.ClaimEntries[1], BenefitAndDrgSamples.ClaimEntries[10], BenefitClaimEntry.Settle(AnkangClaims[0])],
        [typeof(BenefitClaimTable)] = [BenefitAndDrgSamples.ClaimTable, BenefitClaimTable.FromClaims(AnkangClaims)],
        // The year of samples/drg/sample.yaml that `fundmath drg` computes: its rules read from drg-sample.yaml over the
        // national set (and the same values given directly), both schemes' group tables and payments, the whole year.
        [typeof(DrgPolicy)] = [BenefitAndDrgSamples.DrgPolicy, BenefitAndDrgSamples.DrgPolicyGivenDirectly],
        [typeof(DrgGroupTable)] = [.. BenefitAndDrgSamples.DrgYear.Schemes.Select(s => s.Table), Drg.DrgExample.Table()],
        [typeof(DrgSchemePayment)] = [.. BenefitAndDrgSamples.DrgYear.Schemes],
        [typeof(DrgAnnualPayment)] = [BenefitAndDrgSamples.DrgYear],
    };

    /// <summary>The pooling sample of `fundmath pool` (samples/pooling/example-city-2023.yaml, copied beside the tests).</summary>
    internal static PoolingCityDocument ExampleCityDocument => ExampleCitySample.Document;

    // A nested holder: read on first use, whatever the order of the static fields above.
    private static class ExampleCitySample
    {
        internal static readonly PoolingCityDocument Document =
            PoolingCityDocument.Read(FundMath.Yaml.YamlDataReader.ReadFile(System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "pooling", "example-city-2023.yaml")));
    }

    /// <summary>The sample settled under the Lishui rules at the start of its year, as `fundmath pool` settles it.</summary>
    internal static (CollectedFundStatement Fund, CountySettlement[] Counties) ExampleCity(PriorDeficitReading? reading = null)
    {
        PoolingCityDocument document = ExampleCityDocument;
        PoolingPolicy policy = Tests.Pooling.PoolingFixture.Policy(document.Year.Year, reading ?? document.Reading ?? PriorDeficitReading.PercentagePoints);
        return document.Settle(policy);
    }

    private static DrgSettlementTotals ExampleSettlement(Money reserve) =>
        DrgSettlement.Settle(Drg.DrgExample.Policy(), reserve, ExamplePayments, Drg.DrgExample.References, new Money[3], new Money[3]);

    /// <summary>Result types without JSON metadata yet (each must be absent from the context; remove a line when it is covered).</summary>
    private static readonly HashSet<string> Pending =
    [
    ];

    private static readonly HashSet<Type> ValueTypes = [typeof(Money), typeof(Rate), typeof(PercentagePoints), typeof(Fraction), typeof(Headcount), typeof(ReportingPeriod)];

    /// <summary>
    /// Public types that public members return but that are not results, so they are left out of the enumeration: the
    /// data reader's document model (<see cref="DataNode"/>, <see cref="DataMember"/>) is the parsed YAML/JSON text
    /// itself — a value carrying its source location that callers read results from, not a figure FundMath computes or
    /// reports — and <see cref="DataReaderLimits"/> is the reader's input-size guard, a configuration. Writing either as
    /// JSON would only echo the input document.
    /// </summary>
    private static readonly HashSet<Type> NotResults = [typeof(DataNode), typeof(DataMember), typeof(DataReaderLimits)];

    /// <summary>The public types that some public member of FundMath returns (directly, as an array, span or list element); ref structs (span views such as DrgCases) cannot be serialised and are not results, nor are the converters, the JSON context itself and the data reader's document model (<see cref="NotResults"/>).</summary>
    private static IEnumerable<Type> ResultTypes()
    {
        Type[] exported = typeof(Money).Assembly.GetExportedTypes();
        var returned = new HashSet<Type>();
        void Add(Type t)
        {
            returned.Add(t);
            if (t.IsArray)
            {
                Add(t.GetElementType()!);
            }

            if (t.IsGenericType)
            {
                foreach (Type argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        foreach (Type type in exported)
        {
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            {
                Add(method.ReturnType);
                foreach (ParameterInfo parameter in method.GetParameters())
                {
                    // Batch results are written into a caller's Span<T>.
                    if (parameter.ParameterType.IsGenericType && parameter.ParameterType.GetGenericTypeDefinition() == typeof(Span<>))
                    {
                        Add(parameter.ParameterType);
                    }
                }
            }
        }

        return exported.Where(t => returned.Contains(t) && !t.IsEnum && !t.IsInterface && !t.IsByRefLike && !(t.IsAbstract && t.IsSealed) && !t.IsNested
            && !typeof(Exception).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonConverter).IsAssignableFrom(t) && !typeof(System.Text.Json.Serialization.JsonSerializerContext).IsAssignableFrom(t) && !ValueTypes.Contains(t) && !NotResults.Contains(t));
    }

    private static JsonTypeInfo Info(Type type) => FundMathJson.Options.GetTypeInfo(type);

    [Fact]
    public void Every_result_type_is_covered_or_pending()
    {
        var missing = new List<string>();
        foreach (Type type in ResultTypes())
        {
            bool covered = FundMathJsonContext.Default.GetTypeInfo(type) is not null;
            if (covered && Pending.Contains(type.FullName!))
            {
                missing.Add(type.FullName + ": has JSON metadata now — remove it from Pending");
            }
            else if (covered && !Samples.ContainsKey(type))
            {
                missing.Add(type.FullName + ": has JSON metadata but no sample in this test");
            }
            else if (!covered && !Pending.Contains(type.FullName!))
            {
                missing.Add(type.FullName + ": a result type with no JSON metadata (add it to FundMathJsonContext, or to Pending)");
            }
        }

        Assert.True(missing.Count == 0, string.Join("\n", missing));
    }

    public static TheoryData<string, int> SampleCases()
    {
        var data = new TheoryData<string, int>();
        foreach ((Type type, object[] samples) in Samples)
        {
            for (int i = 0; i < samples.Length; i++)
            {
                data.Add(type.FullName!, i);
            }
        }

        return data;
    }

    private static (Type Type, object Sample) Sample(string typeName, int index)
    {
        Type type = Samples.Keys.Single(t => t.FullName == typeName);
        return (type, Samples[type][index]);
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Each_sample_round_trips_to_an_equal_value_and_the_same_text(string typeName, int index)
    {
        (Type type, object sample) = Sample(typeName, index);
        string json = JsonSerializer.Serialize(sample, Info(type));
        object back = JsonSerializer.Deserialize(json, Info(type))!;
        if (HasValueEquality(type))
        {
            Assert.Equal(sample, back);
        }
        else
        {
            // A record holding lists compares them by reference, and Finding is a class: compare member by member.
            AssertSameValue(sample, back, type.Name);
        }

        Assert.Equal(json, JsonSerializer.Serialize(back, Info(type)));
    }

    /// <summary>Value equality where the type has it; otherwise list by list and member by member.</summary>
    private static void AssertSameValue(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, path + ": one side is null");
            return;
        }

        Type type = expected.GetType();
        if (expected is System.Collections.IEnumerable list and not string)
        {
            object?[] left = list.Cast<object?>().ToArray(), right = ((System.Collections.IEnumerable)actual).Cast<object?>().ToArray();
            Assert.True(left.Length == right.Length, $"{path}: {left.Length} elements ≠ {right.Length}");
            for (int i = 0; i < left.Length; i++)
            {
                AssertSameValue(left[i], right[i], $"{path}[{i}]");
            }

            return;
        }

        Assert.Equal(type, actual.GetType());
        if (HasValueEquality(type))
        {
            Assert.True(expected.Equals(actual), $"{path}: {expected} ≠ {actual}");
        }
        else
        {
            // A span (CohortPartition.Parts) cannot be boxed; its elements are compared through the re-written text.
            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && !p.PropertyType.IsByRefLike))
            {
                AssertSameValue(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
            }
        }
    }

    /// <summary>Whether <c>Equals</c> compares by value all the way down: no list members, no class without its own equality.</summary>
    private static bool HasValueEquality(Type type) => HasValueEquality(type, []);

    private static bool HasValueEquality(Type type, HashSet<Type> seen)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.Assembly != typeof(Money).Assembly || type.IsEnum || !seen.Add(type))
        {
            return true;
        }

        if (type.IsClass && type.GetMethod(nameof(Equals), [typeof(object)])!.DeclaringType == typeof(object))
        {
            return false;
        }

        // A struct's Equals compares its private fields too: one holding a class without its own equality (the
        // PoolingPolicy of a pooling result) compares by reference, so compare such a struct member by member.
        if (type.IsValueType && type.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Any(f => f.FieldType.IsClass && f.FieldType != typeof(string) && !HasValueEquality(f.FieldType, seen)))
        {
            return false;
        }

        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Type t = property.PropertyType;
            if (t.IsArray || t.IsByRefLike || (t != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(t)) || !HasValueEquality(t, seen))
            {
                return false;
            }
        }

        return true;
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void Each_member_of_each_sample_is_required(string typeName, int index)
    {
        (Type type, object sample) = Sample(typeName, index);
        JsonNode node = JsonNode.Parse(JsonSerializer.Serialize(sample, Info(type)))!;
        if (node is JsonValue)
        {
            // A value written as a code: null is not a code.
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("null", Info(type)));
            return;
        }

        JsonObject json = node.AsObject();
        string written = json.ToJsonString();
        foreach (string member in json.Select(p => p.Key).ToList())
        {
            JsonObject without = JsonNode.Parse(written)!.AsObject();
            without.Remove(member);
            object? back = null;
            Exception? thrown = Record.Exception(() => back = JsonSerializer.Deserialize(without.ToJsonString(), Info(type)));
            if (thrown is null)
            {
                // Only a derived member may be left out, and only when the value does not need it: read through the
                // deserializer (so a type built by a factory, with no public constructor, is covered too), the value
                // must write the same text as the sample — an input silently defaulted would not.
                Assert.True(IsDerived(type, member), $"{type.Name}: reading without '{member}' succeeded, but it is an input");
                Assert.Equal(written, JsonSerializer.Serialize(back, Info(type)));
                continue;
            }

            Assert.IsType<JsonException>(thrown);
            if (!IsDerived(type, member))
            {
                // (A value with two shapes, such as the empty FundStatement's {"empty":true}, names what the other shape lacks.)
                Assert.Contains(member, thrown.Message, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>Members written for readers and checked when present, but not needed to rebuild the value.</summary>
    private static bool IsDerived(Type type, string member) => (type.Name, member) switch
    {
        ("BudgetExecution", "rate" or "deviation") => true,
        ("MonthsOfCover", "months" or "bookMonths" or "actualBalance" or "isReasonable") => true,
        ("DeficitScan", "surplusRegions" or "deficitShare" or "surplusShare" or "netBalance") => true,
        _ => IsComputedProperty(type, member),
    };

    /// <summary>
    /// A get-only property with no constructor parameter (Total = Employer + Individual): ignored on reading. A
    /// get-only property that a public constructor takes is an input and must be required (a struct read through its
    /// default constructor would otherwise come back as zeros). A type with no public constructor (built by a factory)
    /// has every get-only property counted here, so the required-member test reads each sample back without the member
    /// and demands the same text: an input left out is then caught through the deserializer.
    /// </summary>
    private static bool IsComputedProperty(Type type, string member)
    {
        PropertyInfo? property = type.GetProperty(char.ToUpperInvariant(member[0]) + member[1..]);
        return property is not null && property.SetMethod is null
            && !type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, member, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [MemberData(nameof(SampleCases))]
    public void An_unknown_member_is_rejected(string typeName, int index)
    {
        (Type type, object sample) = Sample(typeName, index);
        JsonNode node = JsonNode.Parse(JsonSerializer.Serialize(sample, Info(type)))!;
        if (node is JsonValue)
        {
            // A value written as a code: an unknown code is an error naming it; a number is not a string.
            var unknown = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"budgetd\"", Info(type)));
            if (node.GetValueKind() == JsonValueKind.String)
            {
                Assert.Contains("budgetd", unknown.Message, StringComparison.Ordinal);
            }

            return;
        }

        JsonObject json = node.AsObject();
        json["budgetd"] = 1;
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.ToJsonString(), Info(type)));
        Assert.Contains("budgetd", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_no_budget_execution_serialises_without_a_rate_and_with_its_outcome_as_a_string()
    {
        var noBudget = (BudgetExecution)Samples[typeof(BudgetExecution)][2];
        string json = JsonSerializer.Serialize(noBudget, FundMathJson.TypeInfo<BudgetExecution>());
        Assert.Equal("{\"line\":\"PremiumIncome\",\"period\":\"2021\",\"budgeted\":0.00,\"executed\":100000000.00,\"expectedProgress\":\"100%\",\"band\":{\"below\":\"5pp\",\"above\":\"5pp\"},\"outcome\":\"NoBudget\"}", json);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"outcome\":\"NoBudget\"", "\"outcome\":\"NoBudget\",\"rate\":\"100%\"", StringComparison.Ordinal), FundMathJson.TypeInfo<BudgetExecution>()));
    }

    [Fact]
    public void An_execution_writes_its_rate_and_deviation()
    {
        // 29.02 / 26.36 = 1451/1318 exactly (110.0910…%), deviation 10.0910…pp.
        string json = JsonSerializer.Serialize((BudgetExecution)Samples[typeof(BudgetExecution)][0], FundMathJson.TypeInfo<BudgetExecution>());
        Assert.Contains("\"outcome\":\"Over\",\"rate\":\"1451/1318\"", json);
    }

    [Fact]
    public void A_judgement_that_disagrees_with_its_inputs_is_rejected()
    {
        string over = JsonSerializer.Serialize((BudgetExecution)Samples[typeof(BudgetExecution)][0], FundMathJson.TypeInfo<BudgetExecution>());
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(over.Replace("\"Over\"", "\"Within\"", StringComparison.Ordinal), FundMathJson.TypeInfo<BudgetExecution>()));
        Assert.Contains("outcome is Within but its inputs give Over", e.Message, StringComparison.Ordinal);

        string cover = JsonSerializer.Serialize((MonthsOfCover)Samples[typeof(MonthsOfCover)][0], FundMathJson.TypeInfo<MonthsOfCover>());
        Assert.Contains("\"band\":\"High\"", cover);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(cover.Replace("\"band\":\"High\"", "\"band\":\"Middle\"", StringComparison.Ordinal), FundMathJson.TypeInfo<MonthsOfCover>()));

        string scan = JsonSerializer.Serialize((DeficitScan)Samples[typeof(DeficitScan)][0], FundMathJson.TypeInfo<DeficitScan>());
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(scan.Replace("\"deficitRegions\":2", "\"deficitRegions\":5", StringComparison.Ordinal), FundMathJson.TypeInfo<DeficitScan>()));
    }

    [Fact]
    public void A_fund_statement_writes_its_lines_and_checks_its_derived_balances()
    {
        // 30.89 − 26.55 = 4.34亿 current surplus; 44.79 + 4.34 = 49.13亿 closing, less 个人账户 25.24亿 = 统筹基金 23.89亿 as printed.
        string json = JsonSerializer.Serialize(ZhuzhouEmployeeStatement, FundMathJson.TypeInfo<FundStatement>());
        Assert.Contains("\"income\":{\"premiums\":2710000000.00,\"fiscal-subsidy\":0.00,", json);
        Assert.Contains("\"closing\":4913000000.00,\"personalAccountOpening\":2351000000.00,\"personalAccountClosing\":2524000000.00,\"currentSurplus\":434000000.00,\"expectedClosing\":4913000000.00,\"pooledFundBalance\":2389000000.00}", json);
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"currentSurplus\":434000000.00", "\"currentSurplus\":434000000.01", StringComparison.Ordinal), FundMathJson.TypeInfo<FundStatement>()));
        Assert.Contains("currentSurplus", e.Message, StringComparison.Ordinal);

        // A printed closing that breaks the roll-forward is kept as reported, not corrected.
        FundStatement reported = JsonSerializer.Deserialize(JsonSerializer.Serialize(ZhuzhouEmployeeStatementReported(Yi(49.14m)), FundMathJson.TypeInfo<FundStatement>()), FundMathJson.TypeInfo<FundStatement>());
        Assert.Equal(Yi(0.01m), reported.RollForward.Difference);
    }

    [Fact]
    public void Structure_shares_are_read_from_their_sums_and_checked()
    {
        // 株洲市 2021 居民: 75.15% + 21.10% + 3.76% printed = 100.01%, +0.01pp; apportioned 100%.
        string json = JsonSerializer.Serialize(ZhuzhouResidentShares(CohortPartition.ResidentGroups), FundMathJson.TypeInfo<StructureShares>());
        Assert.Equal("{\"exactSum\":\"100%\",\"naiveDisplaySum\":\"100.01%\",\"apportionedDisplaySum\":\"100%\",\"percentDecimals\":2,\"isPartition\":true,\"naiveDisplayExcess\":\"0.01pp\"}", json);
        foreach (string member in new[] { "exactSum", "naiveDisplaySum", "apportionedDisplaySum", "percentDecimals", "isPartition" })
        {
            JsonObject without = JsonNode.Parse(json)!.AsObject();
            without.Remove(member);
            Assert.Contains(member, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(without.ToJsonString(), FundMathJson.TypeInfo<StructureShares>())).Message, StringComparison.Ordinal);
        }

        string[] broken =
        [
            json.Replace("\"apportionedDisplaySum\":\"100%\"", "\"apportionedDisplaySum\":\"100.01%\"", StringComparison.Ordinal), // a partition apportions to 100%
            json.Replace("\"isPartition\":true", "\"isPartition\":false", StringComparison.Ordinal), // unapportioned: apportioned = naive
            json.Replace("\"naiveDisplaySum\":\"100.01%\"", "\"naiveDisplaySum\":\"100.005%\"", StringComparison.Ordinal), // not whole at 2 decimals
            json.Replace("\"naiveDisplayExcess\":\"0.01pp\"", "\"naiveDisplayExcess\":\"0pp\"", StringComparison.Ordinal), // derived
            json.Replace("\"percentDecimals\":2", "\"percentDecimals\":13", StringComparison.Ordinal),
        ];
        foreach (string bad in broken)
        {
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(bad, FundMathJson.TypeInfo<StructureShares>()));
        }
    }

    [Fact]
    public void Utilisation_cohort_counts_and_seasonal_profiles_reject_what_their_factories_reject()
    {
        // 株洲市 2021 在职 住院 50,405 人次, 45,805万元.
        string use = JsonSerializer.Serialize((Utilisation)Samples[typeof(Utilisation)][0], FundMathJson.TypeInfo<Utilisation>());
        Assert.Contains("\"inpatient\":{\"cases\":50405,\"cost\":458050000.00}", use);
        Assert.Contains("(inpatient) cases -1 is negative", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(use.Replace("\"cases\":50405", "\"cases\":-1", StringComparison.Ordinal), FundMathJson.TypeInfo<Utilisation>())).Message, StringComparison.Ordinal);
        Assert.Contains("inpatient", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(use.Replace("\"cases\":50405,", string.Empty, StringComparison.Ordinal), FundMathJson.TypeInfo<Utilisation>())).Message, StringComparison.Ordinal);
        Assert.Contains("extra", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(use.Replace("\"cases\":50405,", "\"cases\":50405,\"extra\":1,", StringComparison.Ordinal), FundMathJson.TypeInfo<Utilisation>())).Message, StringComparison.Ordinal);

        string counts = JsonSerializer.Serialize((CohortCounts)Samples[typeof(CohortCounts)][2], FundMathJson.TypeInfo<CohortCounts>());
        Assert.Contains("\"insured\":3019813", counts);
        string category = JsonSerializer.Serialize(CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed"), FundMathJson.TypeInfo<CohortCategory>());
        Assert.Contains("\"custom\":[{\"category\":" + category + ",\"persons\":1000}]", counts);
        string twice = counts.Replace("\"persons\":1000}]", "\"persons\":1000},{\"category\":" + category + ",\"persons\":2}]", StringComparison.Ordinal);
        Assert.Contains("appears twice", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(twice, FundMathJson.TypeInfo<CohortCounts>())).Message, StringComparison.Ordinal);
        string wellKnown = counts.Replace(category, JsonSerializer.Serialize(CohortCategory.Retired, FundMathJson.TypeInfo<CohortCategory>()), StringComparison.Ordinal);
        Assert.Contains("well-known", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(wellKnown, FundMathJson.TypeInfo<CohortCounts>())).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(counts.Replace("\"persons\":1000", "\"persons\":-1000", StringComparison.Ordinal), FundMathJson.TypeInfo<CohortCounts>()));

        // Time progress is m/12: 1/12 … 100%; eleven shares, a decrease, or December short of 100% are errors.
        string profile = JsonSerializer.Serialize(SeasonalProfile.TimeProgress, FundMathJson.TypeInfo<SeasonalProfile>());
        Assert.StartsWith("{\"cumulativeShares\":[\"1/12\",\"1/6\",\"25%\",", profile);
        Assert.EndsWith(",\"100%\"]}", profile);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(profile.Replace("\"1/12\",", string.Empty, StringComparison.Ordinal), FundMathJson.TypeInfo<SeasonalProfile>()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(profile.Replace("\"1/6\"", "\"1/24\"", StringComparison.Ordinal), FundMathJson.TypeInfo<SeasonalProfile>()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(profile.Replace(",\"100%\"]", ",\"99%\"]", StringComparison.Ordinal), FundMathJson.TypeInfo<SeasonalProfile>()));
    }

    [Fact]
    public void Settlement_totals_and_line_breakdowns_check_what_their_sums_imply()
    {
        // The short pool: 1,000.00 + 1,031.75 + 138.74 clawed back = 2,170.49 paid of 5,535.50 requested; nothing unspent.
        string json = JsonSerializer.Serialize(ExampleSettlement(Money.FromYuan(1_000m)), FundMathJson.TypeInfo<DrgSettlementTotals>());
        Assert.Contains("\"shared\":2170.49,", json);
        Assert.EndsWith("\"unspent\":0.00,\"outcome\":\"SharingScaled\"}", json);
        Assert.Contains("outcome", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"SharingScaled\"", "\"AllShared\"", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgSettlementTotals>())).Message, StringComparison.Ordinal);
        Assert.Contains("overrun", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"overrunInstitutions\":1", "\"overrunInstitutions\":0", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgSettlementTotals>())).Message, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"reserve\":1000.00", "\"reserve\":-1000.00", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgSettlementTotals>()));
        foreach (string member in new[] { "pointPayments", "reserve", "retained", "clawedBack", "sharedRequested", "surplusInstitutions", "overrunInstitutions", "shared", "final" })
        {
            JsonObject without = JsonNode.Parse(json)!.AsObject();
            without.Remove(member);
            Assert.Contains(member, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(without.ToJsonString(), FundMathJson.TypeInfo<DrgSettlementTotals>())).Message, StringComparison.Ordinal);
        }

        // H2: an overrun of 10,921.47 within a band of 7,907.85 (10% of 79,078.53): 70% = 5,535.50 shared.
        string h2 = JsonSerializer.Serialize(DrgSettlement.ForInstitution(Drg.DrgExample.Policy(), ExamplePayments[1], Drg.DrgExample.References[1]), FundMathJson.TypeInfo<DrgInstitutionSettlement>());
        Assert.Equal("{\"pointPayment\":79078.53,\"reference\":90000.00,\"band\":7907.85,\"retained\":0.00,\"sharedRequested\":5535.50,\"shared\":5535.50,\"kind\":\"Overrun\",\"eligible\":7907.85,\"clawedBack\":0.00,\"final\":84614.03,\"adjustment\":5535.50}", h2);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(h2.Replace("\"sharedRequested\":5535.50", "\"sharedRequested\":7907.86", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgInstitutionSettlement>()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(h2.Replace("\"shared\":5535.50", "\"shared\":5535.51", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgInstitutionSettlement>()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(h2.Replace("\"retained\":0.00", "\"retained\":1.00", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgInstitutionSettlement>()));
        Assert.Contains("kind", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(h2.Replace("\"Overrun\"", "\"Surplus\"", StringComparison.Ordinal), FundMathJson.TypeInfo<DrgInstitutionSettlement>())).Message, StringComparison.Ordinal);
        foreach (string member in new[] { "pointPayment", "reference", "band", "retained", "sharedRequested", "shared" })
        {
            JsonObject without = JsonNode.Parse(h2)!.AsObject();
            without.Remove(member);
            Assert.Contains(member, Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(without.ToJsonString(), FundMathJson.TypeInfo<DrgInstitutionSettlement>())).Message, StringComparison.Ordinal);
        }

        // A code twice is an error, never two amounts added together.
        string lines = JsonSerializer.Serialize((LineBreakdown)Samples[typeof(LineBreakdown)][0], FundMathJson.TypeInfo<LineBreakdown>());
        JsonObject doubled = JsonNode.Parse(lines)!.AsObject();
        doubled["lines"]!.AsArray().Add(doubled["lines"]![0]!.DeepClone());
        Assert.Contains("appears twice", Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(doubled.ToJsonString(), FundMathJson.TypeInfo<LineBreakdown>())).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"expenditure\":100.00,\"months\":0}")]
    [InlineData("{\"expenditure\":100.00,\"months\":1201}")]
    [InlineData("{\"expenditure\":100.00,\"months\":null}")]
    [InlineData("{\"expenditure\":\"lots\",\"months\":1}")]
    [InlineData("[100.00, 1]")]
    public void Invalid_values_are_rejected(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, FundMathJson.TypeInfo<MonthlyExpenditure>()));

    [Fact]
    public void An_enum_outside_its_names_is_rejected()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"Sideways\"", FundMathJson.TypeInfo<ExecutionOutcome>()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("7", FundMathJson.TypeInfo<ExecutionOutcome>()));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"nobudget\"", FundMathJson.TypeInfo<ExecutionOutcome>()));
    }

    [Fact]
    public void Every_enum_in_the_context_is_its_names_and_nothing_else()
    {
        Type[] enums = typeof(Money).Assembly.GetExportedTypes().Where(t => t.IsEnum && FundMathJsonContext.Default.GetTypeInfo(t) is not null).ToArray();
        Assert.Contains(typeof(FindingMessage), enums);
        Assert.True(enums.Length >= 30, $"{enums.Length} enums");
        foreach (Type type in enums)
        {
            foreach (object value in Enum.GetValues(type))
            {
                string json = JsonSerializer.Serialize(value, Info(type));
                Assert.Equal("\"" + Enum.GetName(type, value) + "\"", json);
                Assert.Equal(value, JsonSerializer.Deserialize(json, Info(type)));
            }

            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("0", Info(type)));
            Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("\"Sideways\"", Info(type)));
        }
        Assert.Equal("\"NoBudget\"", JsonSerializer.Serialize(ExecutionOutcome.NoBudget, FundMathJson.TypeInfo<ExecutionOutcome>()));
    }
}
