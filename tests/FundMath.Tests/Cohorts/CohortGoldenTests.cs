namespace FundMath.Tests.Cohorts;

using System;
using FundMath;
using FundMath.Cohorts;
using FundMath.Ratios;

/// <summary>Golden values from 株洲市2021年年度医疗保险基金财务报表及运行分析报告.</summary>
public class CohortGoldenTests
{
    private const MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    private static CohortCounts Employees2021() => CohortCounts.Empty
        .With(CohortCategory.Insured, Headcount.FromWan(72.74m))
        .With(CohortCategory.InService, Headcount.FromWan(45.48m))
        .With(CohortCategory.Retired, Headcount.FromWan(27.26m));

    private static CohortCounts Residents2021() => CohortCounts.Empty
        .With(CohortCategory.Insured, 3_019_813)
        .With(CohortCategory.Adults, 2_269_284)
        .With(CohortCategory.StudentsAndChildren, 637_103)
        .With(CohortCategory.CollegeStudents, 113_426)
        .With(CohortCategory.Female, 1_487_138)
        .With(CohortCategory.Aged60Plus, 923_705);

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "参保职工在职职工45.48万人…占总参保人数的62.52%…退休职工27.26万人…占参保总人数的37.48%"
    [Fact]
    public void Employees_in_service_62_52_and_retired_37_48_percent()
    {
        var exact = new Rate[2];
        var naive = new Rate[2];
        var apportioned = new Rate[2];
        StructureShares s = Employees2021().Shares(CohortPartition.EmployeeStatus, 2, HalfUp, exact, naive, apportioned);
        Assert.Equal(Rate.FromRatio(4548, 7274), exact[0]);
        Assert.Equal(Rate.FromPercent(62.52m), naive[0]);
        Assert.Equal(Rate.FromPercent(37.48m), naive[1]);
        Assert.Equal(Rate.OneHundredPercent, s.ExactSum);
        Assert.Equal(Rate.OneHundredPercent, s.NaiveDisplaySum);
        Assert.Equal(PercentagePoints.Zero, s.NaiveDisplayExcess);
    }

    // "参保人数为72.74万人，去年同期为74.95万人，比2020年末减少了2.21万人"; 在职 49.21 → 45.48 (−3.73万); 退休 25.74 → 27.26 (+1.52万)
    [Fact]
    public void Employee_counts_changed_by_minus_2_21_wan()
    {
        CohortCounts y2020 = CohortCounts.Empty
            .With(CohortCategory.Insured, Headcount.FromWan(74.95m))
            .With(CohortCategory.InService, Headcount.FromWan(49.21m))
            .With(CohortCategory.Retired, Headcount.FromWan(25.74m));
        Assert.Equal(-22_100, Employees2021().ComparedWith(y2020, CohortCategory.Insured).Change);
        Assert.Equal(-37_300, Employees2021().ComparedWith(y2020, CohortCategory.InService).Change);
        Assert.Equal(15_200, Employees2021().ComparedWith(y2020, CohortCategory.Retired).Change);
        // −22,100 / 749,500 = −2.95%
        Assert.Equal(-2.95m, Employees2021().ComparedWith(y2020, CohortCategory.Insured).Rate.ToPercent(2, HalfUp));
        Assert.Contains("-2.95%", Employees2021().ComparedWith(y2020, CohortCategory.Insured).Explain("职工参保人数").ToText());
    }

    // 在职退休比 45.48 : 27.26 = 2274/1363 ≈ 1.67 : 1
    [Fact]
    public void Support_ratio_is_1_67_in_service_per_retiree()
    {
        SupportRatio r = SupportRatio.Of(Employees2021());
        Assert.Equal(Fraction.Create(2274, 1363), r.InServicePerRetiree);
        Assert.Equal(1.67m, r.InServicePerRetiree.ToDecimal(2, HalfUp));
        Assert.Contains("1.67 : 1", r.Explain().ToText());
        Assert.Equal(RatioOutcome.NotMeaningful, new SupportRatio(Headcount.FromPersons(5), Headcount.Zero).Outcome);
    }

    // 株洲市2021年年度医疗保险基金财务报表及运行分析报告: "参保人数为3019813人，其中：成年人2269284人，学生儿童637103人，大学生113426人";
    // "成年人、中小学生儿童、大学生所占比例分别为75.15％、21.10％、3.76％" — printed rows sum to 100.01%.
    // Exact shares sum to 100%; naive per-row rounding prints 100.01% (+0.01pp); apportioned display prints
    // 75.15 / 21.10 / 3.75 = 100.00% (remainders .65/.75/.61 of a hundredth: the two largest get the two spare units).
    [Fact]
    public void Resident_groups_print_100_01_percent_naively_and_100_00_apportioned()
    {
        var exact = new Rate[3];
        var naive = new Rate[3];
        var apportioned = new Rate[3];
        StructureShares s = Residents2021().Shares(CohortPartition.ResidentGroups, 2, HalfUp, exact, naive, apportioned);
        Assert.Equal(Rate.FromRatio(2_269_284, 3_019_813), exact[0]);
        Assert.Equal(Rate.OneHundredPercent, s.ExactSum);
        Assert.Equal([Rate.FromPercent(75.15m), Rate.FromPercent(21.10m), Rate.FromPercent(3.76m)], naive);
        Assert.Equal(Rate.FromPercent(100.01m), s.NaiveDisplaySum);
        Assert.Equal(PercentagePoints.FromPoints(0.01m), s.NaiveDisplayExcess);
        Assert.Equal([Rate.FromPercent(75.15m), Rate.FromPercent(21.10m), Rate.FromPercent(3.75m)], apportioned);
        Assert.Equal(Rate.OneHundredPercent, s.ApportionedDisplaySum);
        string text = StructureShares.Explain("居民参保人群", Headcount.FromPersons(3_019_813),
            [Headcount.FromPersons(2_269_284), Headcount.FromPersons(637_103), Headcount.FromPersons(113_426)],
            ["成年人", "中小学生儿童", "大学生"], true, 2, HalfUp).ToText();
        Assert.Contains("100.01%", text);
        Assert.Contains("apportioned display 3.75%", text);
    }

    // "参保人员中女性1487138人…占比49.25%，60岁以上（老年人）…923705人，占比30.59%" (subsets, not a partition)
    [Fact]
    public void Women_49_25_and_elderly_30_59_percent()
    {
        var exact = new Rate[2];
        var naive = new Rate[2];
        var apportioned = new Rate[2];
        StructureShares s = Residents2021().Shares(CohortPartition.WomenAndElderly, 2, HalfUp, exact, naive, apportioned);
        Assert.Equal(Rate.FromPercent(49.25m), naive[0]);
        Assert.Equal(Rate.FromPercent(30.59m), naive[1]);
        Assert.False(s.IsPartition);
        Assert.Equal(naive, apportioned);
    }

    // "享受出院待遇175164人次，其中在职出院人次50405人次，退休出院人次124759人次"; "住院费用支出173459万元，其中在职职工…45805万元，退休人员…127654万元";
    // "在职职工出院人次占比28.78%，退休人员出院人次占比71.22%；在职职工住院费用占比26.41%，退休人员住院费用占比73.59%"
    [Fact]
    public void In_service_and_retired_shares_of_discharges_and_inpatient_cost()
    {
        Utilisation inService = Utilisation.Empty.With(ServiceCategory.Inpatient, 50_405, Money.From(45_805m, MoneyUnit.Wan));
        Utilisation retired = Utilisation.Empty.With(ServiceCategory.Inpatient, 124_759, Money.From(127_654m, MoneyUnit.Wan));
        Utilisation all = inService + retired;
        Assert.Equal(175_164, all.Cases(ServiceCategory.Inpatient));
        Assert.Equal(Money.From(173_459m, MoneyUnit.Wan), all.Cost(ServiceCategory.Inpatient));
        var cost = new Rate[2];
        var cases = new Rate[2];
        Utilisation.Shares([inService, retired], ServiceCategory.Inpatient, cost, cases);
        Assert.Equal(28.78m, cases[0].ToPercent(2, HalfUp));
        Assert.Equal(71.22m, cases[1].ToPercent(2, HalfUp));
        Assert.Equal(26.41m, cost[0].ToPercent(2, HalfUp));
        Assert.Equal(73.59m, cost[1].ToPercent(2, HalfUp));
        Assert.Equal(Rate.OneHundredPercent, cost[0] + cost[1]);
    }

    // "普通门（急）诊就诊1614507人次，在普通门（急）诊医疗费用38189万元，职工医保普通门急诊人均支出236.54元"
    [Fact]
    public void Outpatient_cost_per_visit_236_54_yuan()
    {
        Utilisation u = Utilisation.Empty.With(ServiceCategory.Outpatient, 1_614_507, Money.From(38_189m, MoneyUnit.Wan));
        Average a = u.CostPerCase(ServiceCategory.Outpatient, HalfUp);
        Assert.Equal(Money.FromYuan(236.54m), a.Value);
        Assert.True(a.IsMeaningful);
        Assert.Contains("236.54元", u.ExplainCostPerCase(ServiceCategory.Outpatient, HalfUp).ToText());
        // 381,890,000 / 1,614,507 = 236.5365… : floor would also give 236.53 — the rounding mode matters.
        Assert.Equal(Money.FromYuan(236.53m), u.CostPerCase(ServiceCategory.Outpatient, MidpointRounding.ToNegativeInfinity).Value);
        Assert.Equal(RatioOutcome.NotMeaningful, u.CostPerCase(ServiceCategory.Maternity, HalfUp).Outcome);
        // 门诊慢特病: 6,913万元 / 160,076 visits = 431.86元
        Utilisation chronic = Utilisation.Empty.With(ServiceCategory.ChronicSpecialOutpatient, 160_076, Money.From(6_913m, MoneyUnit.Wan));
        Assert.Equal(Money.FromYuan(431.86m), chronic.CostPerCase(ServiceCategory.ChronicSpecialOutpatient, HalfUp).Value);
    }

    // Per capita: 173,459万元 inpatient cost over 72.74万 insured = 2,384.64元 per insured person.
    [Fact]
    public void Inpatient_cost_per_insured_person()
    {
        Utilisation u = Utilisation.Empty.With(ServiceCategory.Inpatient, 175_164, Money.From(173_459m, MoneyUnit.Wan));
        Average a = u.CostPerCapita(ServiceCategory.Inpatient, Headcount.FromWan(72.74m), HalfUp);
        Assert.Equal(Money.FromYuan(2_384.64m), a.Value);
        Assert.Equal(RatioOutcome.NotMeaningful, u.CostPerCapita(ServiceCategory.Inpatient, Headcount.Zero, HalfUp).Outcome);
    }
}
