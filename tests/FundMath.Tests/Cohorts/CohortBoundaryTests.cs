namespace FundMath.Tests.Cohorts;

using System;
using FundMath;
using FundMath.Cohorts;
using FundMath.Explain;
using FundMath.Ratios;
using FundMath.Tests.Support;

/// <summary>
/// The edges of the cohort types that the golden and property tests do not reach: names and codes of the
/// categories, every refusal with its parameter and figures, user-defined categories in code order, equality,
/// text forms, and the sums-only rebuild of <see cref="StructureShares"/>.
/// </summary>
public class CohortBoundaryTests
{
    private const MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // ---- ServiceCategory ----

    [Fact]
    public void Service_categories_have_fixed_indexes_codes_and_names()
    {
        Assert.Equal(4, ServiceCategory.Count);
        ServiceCategory[] all = [ServiceCategory.Inpatient, ServiceCategory.Outpatient, ServiceCategory.ChronicSpecialOutpatient, ServiceCategory.Maternity];
        string[] codes = ["inpatient", "outpatient", "chronic-special-outpatient", "maternity"];
        string[] chinese = ["住院（出院人次）", "普通门急诊", "门诊慢特病（门诊大病）", "生育"];
        string[] english = ["inpatient (discharges)", "ordinary outpatient and emergency", "chronic and special-disease outpatient", "maternity"];
        for (int i = 0; i < all.Length; i++)
        {
            Assert.Equal(i, all[i].Index);
            Assert.Equal(codes[i], all[i].Code);
            Assert.Equal(chinese[i], all[i].ChineseName);
            Assert.Equal(english[i], all[i].EnglishName);
            Assert.Equal(all[i], ServiceCategory.FromIndex(i));
            Assert.Equal(i, all[i].GetHashCode());
        }

        Assert.Equal("住院（出院人次） (inpatient)", ServiceCategory.Inpatient.ToString());
        Assert.Equal("生育 (maternity)", ServiceCategory.Maternity.ToString());
        Assert.Equal(ServiceCategory.Inpatient, default);
        Equality((a, b) => a == b, (a, b) => a != b, ServiceCategory.Outpatient, ServiceCategory.FromIndex(1), ServiceCategory.Inpatient, ServiceCategory.Maternity);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(4)]
    public void A_service_category_index_outside_0_to_3_is_refused(int index)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => ServiceCategory.FromIndex(index));
        Assert.Equal("index", e.ParamName);
    }

    // ---- CohortCategory ----

    [Fact]
    public void Well_known_cohort_categories_in_order()
    {
        string[] codes = ["insured", "in-service", "retired", "adults", "students-children", "college", "aged-60-plus", "female", "male"];
        string[] chinese = ["参保人数", "在职职工", "退休人员", "成年人", "中小学生儿童", "大学生", "60岁以上（老年人）", "女性", "男性"];
        string[] english = ["insured persons", "employees in service", "retired employees", "adult residents", "primary/secondary students and children", "college students", "aged 60 and over", "women", "men"];
        Assert.Equal(9, CohortCategory.WellKnownCount);
        Assert.Equal(codes.Length, CohortCategory.WellKnown.Length);
        for (int i = 0; i < codes.Length; i++)
        {
            CohortCategory c = CohortCategory.WellKnown[i];
            Assert.Equal(codes[i], c.Code);
            Assert.Equal(chinese[i], c.ChineseName);
            Assert.Equal(english[i], c.EnglishName);
            Assert.True(c.IsWellKnown);
            Assert.Equal(i, c.WellKnownIndex);
        }

        Assert.Equal("退休人员", CohortCategory.Retired.ChineseName);
        Assert.Equal("retired employees", CohortCategory.Retired.EnglishName);
        Assert.Equal("退休人员 (retired)", CohortCategory.Retired.ToString());
        Assert.Equal("60岁以上（老年人）", CohortCategory.Aged60Plus.ChineseName);
        Assert.Equal("men", CohortCategory.Male.EnglishName);
    }

    [Fact]
    public void A_user_defined_category_is_not_well_known_and_equal_by_code()
    {
        CohortCategory flexible = CohortCategory.Define("flexible", "灵活就业人员", "flexibly employed");
        Assert.False(flexible.IsWellKnown);
        Assert.Equal("flexible", flexible.Code);
        Assert.Equal("灵活就业人员", flexible.ChineseName);
        Assert.Equal("flexibly employed", flexible.EnglishName);
        Assert.Equal("灵活就业人员 (flexible)", flexible.ToString());
        Equality(
            (a, b) => a == b,
            (a, b) => a != b,
            flexible,
            CohortCategory.Define("flexible", "其他名称", "another name"),
            CohortCategory.Define("Flexible", "灵活就业人员", "flexibly employed"),
            CohortCategory.Retired,
            default);
        Assert.Equal(StringComparer.Ordinal.GetHashCode("flexible"), flexible.GetHashCode());
    }

    [Fact]
    public void The_default_category_has_empty_names_and_is_equal_only_to_default()
    {
        CohortCategory none = default;
        Assert.False(none.IsWellKnown);
        Assert.Equal(string.Empty, none.Code);
        Assert.Equal(string.Empty, none.ChineseName);
        Assert.Equal(string.Empty, none.EnglishName);
        Assert.Equal(0, none.GetHashCode());
        Assert.Equal(" ()", none.ToString());
        Equality((a, b) => a == b, (a, b) => a != b, none, default(CohortCategory), CohortCategory.Insured);
    }

    [Theory]
    [InlineData(" ", "灵活就业人员", "flexibly employed", "code", "code of the cohort category is empty.")]
    [InlineData("flexible", "", "flexibly employed", "chineseName", "chineseName of cohort category \"flexible\" is empty.")]
    [InlineData("flexible", "灵活就业人员", "\t", "englishName", "englishName of cohort category \"flexible\" is empty.")]
    public void Defining_a_category_with_an_empty_name_is_refused(string code, string chineseName, string englishName, string param, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => CohortCategory.Define(code, chineseName, englishName));
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Defining_a_well_known_code_is_refused_naming_the_category()
    {
        var e = Assert.Throws<ArgumentException>(() => CohortCategory.Define("male", "男", "men"));
        Assert.Equal("code", e.ParamName);
        Assert.Contains("code \"male\" is the well-known category 男性", e.Message);
    }

    // ---- CohortCounts ----

    [Fact]
    public void User_defined_counts_are_kept_in_code_order_and_set_not_added()
    {
        CohortCategory b = CohortCategory.Define("b-group", "乙", "group b");
        CohortCategory a = CohortCategory.Define("a-group", "甲", "group a");
        CohortCategory c = CohortCategory.Define("c-group", "丙", "group c");
        CohortCategory missing = CohortCategory.Define("z-group", "无", "not counted");
        CohortCounts counts = CohortCounts.Empty.With(b, 2).With(c, 3).With(a, 1);
        Assert.Equal(["a-group", "b-group", "c-group"], ToCodes(counts));
        Assert.Equal([1L, 2L, 3L], ToPersons(counts));
        Assert.Equal(Headcount.Zero, counts[missing]);
        Assert.Equal(Headcount.Zero, CohortCounts.Empty[missing]);
        Assert.Equal(Headcount.FromPersons(2), counts[b]);

        // With sets the count: 2 → 7, not 2 + 7.
        CohortCounts reset = counts.With(b, Headcount.FromPersons(7));
        Assert.Equal(Headcount.FromPersons(7), reset[b]);
        Assert.Equal([1L, 7L, 3L], ToPersons(reset));
        Assert.Equal(Headcount.FromPersons(2), counts[b]); // the original is unchanged

        // Merge adds category by category: 1 + 1 for a, 2 for b, 3 + 10 for c, 4 for the new d.
        CohortCategory d = CohortCategory.Define("d-group", "丁", "group d");
        CohortCounts other = CohortCounts.Empty.With(c, 10).With(a, 1).With(d, 4).With(CohortCategory.Female, 5);
        CohortCounts merged = counts + other;
        Assert.Equal(["a-group", "b-group", "c-group", "d-group"], ToCodes(merged));
        Assert.Equal([2L, 2L, 13L, 4L], ToPersons(merged));
        Assert.Equal(Headcount.FromPersons(5), merged[CohortCategory.Female]);
        Assert.Equal("female=5, a-group=2, b-group=2, c-group=13, d-group=4", merged.ToString());
        Assert.Equal(merged, CohortCounts.Sum([counts, other]));
    }

    [Fact]
    public void Setting_the_default_category_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => CohortCounts.Empty.With(default(CohortCategory), Headcount.FromPersons(1)));
        Assert.Equal("category", e.ParamName);
        Assert.StartsWith("category is default(CohortCategory).", e.Message);
        Assert.Equal(CohortCounts.Empty, CohortCounts.Empty.With(CohortCategory.Male, 0));
    }

    [Fact]
    public void Cohort_counts_are_equal_only_with_the_same_well_known_and_user_defined_counts()
    {
        CohortCategory x = CohortCategory.Define("x-group", "戊", "group x");
        CohortCategory y = CohortCategory.Define("y-group", "己", "group y");
        CohortCounts value = CohortCounts.Empty.With(CohortCategory.Insured, 100).With(CohortCategory.Retired, 40).With(x, 3);
        CohortCounts equal = CohortCounts.Empty.With(x, 3).With(CohortCategory.Retired, 40).With(CohortCategory.Insured, 100);
        Equality(
            (a, b) => a == b,
            (a, b) => a != b,
            value,
            equal,
            value.With(CohortCategory.Retired, 41),
            value.With(x, 4),
            CohortCounts.Empty.With(CohortCategory.Insured, 100).With(CohortCategory.Retired, 40).With(y, 3),
            CohortCounts.Empty.With(CohortCategory.Insured, 100).With(CohortCategory.Retired, 40),
            value.With(y, 1),
            CohortCounts.Empty);
        Assert.Equal("insured=100, retired=40, x-group=3", value.ToString());
        // Unequal counts hash apart (the hash mixes every well-known count; a collision has odds of about 2⁻³²).
        Assert.NotEqual(CohortCounts.Empty.GetHashCode(), CohortCounts.Empty.With(CohortCategory.Male, 1).GetHashCode());
        Assert.Equal(string.Empty, CohortCounts.Empty.ToString());
    }

    [Fact]
    public void A_part_larger_than_its_parent_is_refused_with_both_figures()
    {
        // 在职 7 of 5 insured: a part exceeds the parent even though the partition 7 + 0 ≠ 5 would fail as well.
        CohortCounts c = CohortCounts.Empty.With(CohortCategory.Insured, 5).With(CohortCategory.InService, 7);
        var e = Assert.Throws<ArgumentException>(() => c.Validate(CohortPartition.EmployeeStatus));
        Assert.Equal("partition", e.ParamName);
        Assert.StartsWith("在职职工 (in-service) 7 exceeds its parent 参保人数 (insured) 5.", e.Message);

        // A part equal to its parent is fine: 5 of 5 in service, 0 retired.
        CohortCounts full = c.With(CohortCategory.InService, 5);
        full.Validate(CohortPartition.EmployeeStatus);
        var exact = new Rate[2];
        StructureShares s = full.Shares(CohortPartition.EmployeeStatus, 0, HalfUp, exact, new Rate[2], new Rate[2]);
        Assert.Equal([Rate.OneHundredPercent, Rate.Zero], exact);
        Assert.True(s.IsPartition);
    }

    [Fact]
    public void A_partition_that_does_not_add_up_is_refused_with_the_sum_and_difference()
    {
        CohortCounts c = CohortCounts.Empty.With(CohortCategory.Insured, 1_000).With(CohortCategory.Female, 400).With(CohortCategory.Male, 500);
        var e = Assert.Throws<ArgumentException>(() => c.Validate(CohortPartition.Sex));
        Assert.StartsWith("性别结构 sex: the parts sum to 900 but 参保人数 (insured) is 1,000 (difference -100); declared as a partition, they must be equal.", e.Message);
        Assert.Equal("partition", e.ParamName);

        // The same counts as subsets (not a partition) pass.
        c.Validate(new CohortPartition("subsets", CohortCategory.Insured, false, CohortCategory.Female, CohortCategory.Male));
    }

    [Fact]
    public void Shares_of_more_than_64_parts_are_computed_off_the_stack()
    {
        // 65 user-defined parts of 1 person each out of 65: each share is 1/65 exactly, the partition sums to 100%.
        var parts = new CohortCategory[65];
        CohortCounts counts = CohortCounts.Empty.With(CohortCategory.Insured, 65);
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = CohortCategory.Define($"part-{i:D2}", $"部分{i}", $"part {i}");
            counts = counts.With(parts[i], 1);
        }

        var exact = new Rate[65];
        StructureShares s = counts.Shares(new CohortPartition("65 parts", CohortCategory.Insured, true, parts), 2, HalfUp, exact, new Rate[65], new Rate[65]);
        Assert.All(exact, r => Assert.Equal(Rate.FromRatio(1, 65), r));
        Assert.Equal(Rate.OneHundredPercent, s.ExactSum);
        Assert.Equal(Rate.OneHundredPercent, s.ApportionedDisplaySum);
    }

    [Fact]
    public void Counts_that_overflow_a_long_are_refused()
    {
        CohortCategory x = CohortCategory.Define("x-group", "戊", "group x");
        CohortCounts full = CohortCounts.Empty.With(CohortCategory.Insured, long.MaxValue).With(x, long.MaxValue);
        CohortCounts one = CohortCounts.Empty.With(CohortCategory.Insured, 1).With(x, 1);
        Assert.Throws<OverflowException>(() => full + CohortCounts.Empty.With(CohortCategory.Insured, 1));
        Assert.Throws<OverflowException>(() => full + CohortCounts.Empty.With(x, 1));
        Assert.Throws<OverflowException>(() => one + full);

        // Two subsets each as large as the parent: their sum overflows before anything is compared.
        CohortCounts big = CohortCounts.Empty.With(CohortCategory.Insured, long.MaxValue).With(CohortCategory.Female, long.MaxValue).With(CohortCategory.Aged60Plus, long.MaxValue);
        Assert.Throws<OverflowException>(() => big.Validate(CohortPartition.WomenAndElderly));
    }

    [Fact]
    public void Shares_validate_the_counts_first_naming_the_partition()
    {
        CohortCounts c = CohortCounts.Empty.With(CohortCategory.Insured, 10).With(CohortCategory.InService, 6).With(CohortCategory.Retired, 3);
        var e = Assert.Throws<ArgumentException>(() => c.Shares(CohortPartition.EmployeeStatus, 2, HalfUp, new Rate[2], new Rate[2], new Rate[2]));
        Assert.Equal("partition", e.ParamName);
        Assert.StartsWith("职工人员结构 employee status: the parts sum to 9 but 参保人数 (insured) is 10 (difference -1)", e.Message);
    }

    [Fact]
    public void Shares_of_up_to_64_parts_allocate_nothing()
    {
        // 64 parts is the largest count whose headcounts go on the stack.
        var parts = new CohortCategory[64];
        CohortCounts counts = CohortCounts.Empty.With(CohortCategory.Insured, 64 * 3);
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = CohortCategory.Define($"part-{i:D2}", $"部分{i}", $"part {i}");
            counts = counts.With(parts[i], 3);
        }

        var partition = new CohortPartition("64 parts", CohortCategory.Insured, true, parts);
        var exact = new Rate[64];
        var naive = new Rate[64];
        var apportioned = new Rate[64];
        long sink = 0;
        Allocations.AssertZero(() => sink += counts.Shares(partition, 2, HalfUp, exact, naive, apportioned).ExactSum.Value.Numerator, "CohortCounts.Shares of 64 parts");
        Assert.NotEqual(0, sink);
        Assert.Equal(Rate.FromRatio(1, 64), exact[63]);
    }

    // ---- CohortPartition ----

    [Fact]
    public void A_partition_keeps_its_name_parent_kind_and_a_copy_of_its_parts()
    {
        CohortCategory[] parts = [CohortCategory.InService, CohortCategory.Retired];
        var p = new CohortPartition("职工", CohortCategory.Insured, true, parts);
        parts[0] = CohortCategory.Male;
        Assert.Equal("职工", p.Name);
        Assert.Equal(CohortCategory.Insured, p.Parent);
        Assert.True(p.IsPartition);
        Assert.Equal([CohortCategory.InService, CohortCategory.Retired], p.Parts.ToArray());
        Assert.False(CohortPartition.WomenAndElderly.IsPartition);
        Assert.True(CohortPartition.EmployeeStatus.IsPartition);
        Assert.True(CohortPartition.ResidentGroups.IsPartition);
        Assert.True(CohortPartition.Sex.IsPartition);
        Assert.Equal([CohortCategory.Female, CohortCategory.Male], CohortPartition.Sex.Parts.ToArray());
        Assert.Equal([CohortCategory.InService, CohortCategory.Retired], CohortPartition.EmployeeStatus.Parts.ToArray());
        Assert.Equal([CohortCategory.Female, CohortCategory.Aged60Plus], CohortPartition.WomenAndElderly.Parts.ToArray());
        Assert.Equal(3, CohortPartition.ResidentGroups.Parts.Length);
        Assert.Equal("性别结构 sex", CohortPartition.Sex.Name);
    }

    [Fact]
    public void Malformed_partitions_are_refused()
    {
        Assert.Equal("parts", Assert.Throws<ArgumentNullException>(() => new CohortPartition("x", CohortCategory.Insured, true, null!)).ParamName);
        var name = Assert.Throws<ArgumentException>(() => new CohortPartition(" ", CohortCategory.Insured, true, CohortCategory.Male));
        Assert.Equal("name", name.ParamName);
        Assert.StartsWith("name of the cohort partition is empty.", name.Message);
        var none = Assert.Throws<ArgumentException>(() => new CohortPartition("x", CohortCategory.Insured, true));
        Assert.Equal("parts", none.ParamName);
        Assert.Contains("needs at least one part", none.Message);
        var self = Assert.Throws<ArgumentException>(() => new CohortPartition("x", CohortCategory.Insured, true, CohortCategory.Male, CohortCategory.Insured));
        Assert.Contains("cannot be a part of itself", self.Message);
        var twice = Assert.Throws<ArgumentException>(() => new CohortPartition("x", CohortCategory.Insured, true, CohortCategory.Male, CohortCategory.Female, CohortCategory.Male));
        Assert.Contains("part 男性 (male) is listed twice", twice.Message);
        Assert.Equal("parts", twice.ParamName);
    }

    // ---- CohortFlow ----

    [Fact]
    public void A_flow_may_end_at_zero_but_not_below()
    {
        // 10 + 5 − 15 = 0 is allowed; 16 leavers would leave −1.
        CohortFlow f = CohortFlow.Create(Headcount.FromPersons(10), Headcount.FromPersons(5), Headcount.FromPersons(15));
        Assert.Equal(Headcount.Zero, f.Closing);
        Assert.Equal(-10, f.NetChange);
        Assert.Equal(Headcount.FromPersons(10), f.Opening);
        Assert.Equal(Headcount.FromPersons(5), f.Joiners);
        Assert.Equal(Headcount.FromPersons(15), f.Leavers);
        var e = Assert.Throws<ArgumentException>(() => CohortFlow.Create(Headcount.FromPersons(10), Headcount.FromPersons(5), Headcount.FromPersons(16)));
        Assert.Equal("leavers", e.ParamName);
        Assert.StartsWith("leavers 16 exceed opening 10 + joiners 5: the closing count would be negative.", e.Message);
    }

    [Fact]
    public void Flows_that_overflow_a_long_are_refused()
    {
        Assert.Throws<OverflowException>(() => CohortFlow.Create(Headcount.FromPersons(long.MaxValue), Headcount.FromPersons(1), Headcount.Zero));

        // Merged flows (long.MaxValue, 1, 1): the closing count long.MaxValue + 1 − 1 passes through an overflow.
        CohortFlow m = CohortFlow.Create(Headcount.FromPersons(long.MaxValue), Headcount.Zero, Headcount.Zero)
            + CohortFlow.Create(Headcount.Zero, Headcount.FromPersons(1), Headcount.FromPersons(1));
        Assert.Equal(0, m.NetChange);
        Assert.Throws<OverflowException>(() => m.Closing);
    }

    [Fact]
    public void A_reported_closing_count_that_holds_is_accepted_and_one_that_does_not_is_refused()
    {
        CohortFlow f = CohortFlow.FromReported(Headcount.FromPersons(1_000), Headcount.FromPersons(200), Headcount.FromPersons(50), Headcount.FromPersons(1_150));
        Assert.Equal(Headcount.FromPersons(1_150), f.Closing);
        Assert.Equal(150, f.NetChange);
        var e = Assert.Throws<ArgumentException>(() => CohortFlow.FromReported(Headcount.FromPersons(1_000), Headcount.FromPersons(200), Headcount.FromPersons(50), Headcount.FromPersons(1_152)));
        Assert.Equal("reportedClosing", e.ParamName);
        Assert.StartsWith("期初 1,000 + 新增 200 − 减少 50 = 1,150, but the reported closing count is 1,152 (difference 2).", e.Message);

        // Merge adds the three figures: (1,000 + 7, 200 + 3, 50 + 1) → closing 1,159.
        CohortFlow g = CohortFlow.Create(Headcount.FromPersons(7), Headcount.FromPersons(3), Headcount.FromPersons(1));
        CohortFlow m = CohortFlow.Merge(f, g);
        Assert.Equal(Headcount.FromPersons(1_007), m.Opening);
        Assert.Equal(Headcount.FromPersons(203), m.Joiners);
        Assert.Equal(Headcount.FromPersons(51), m.Leavers);
        Assert.Equal(Headcount.FromPersons(1_159), m.Closing);
    }

    // ---- SupportRatio ----

    [Fact]
    public void Without_retirees_the_support_ratio_is_not_meaningful()
    {
        var r = new SupportRatio(Headcount.FromPersons(5), Headcount.Zero);
        Assert.Equal(RatioOutcome.NotMeaningful, r.Outcome);
        Assert.False(r.TryGetValue(out Fraction f));
        Assert.Equal(default, f);
        var e = Assert.Throws<InvalidOperationException>(() => r.InServicePerRetiree);
        Assert.Equal("在职退休比 is not meaningful: 0 retirees (5 in service).", e.Message);
        Explanation x = r.Explain();
        Assert.Equal("not meaningful (no retirees)", x.Value);
        Assert.Equal("5", x.Inputs[0].Value);
        Assert.Equal("0", x.Inputs[1].Value);
    }

    [Fact]
    public void The_support_ratio_explains_its_figures()
    {
        // 454,800 in service / 272,600 retired = 2274/1363 = 1.6684 → 1.67 : 1.
        var r = new SupportRatio(Headcount.FromWan(45.48m), Headcount.FromWan(27.26m));
        Assert.Equal(RatioOutcome.Meaningful, r.Outcome);
        Assert.True(r.TryGetValue(out Fraction f));
        Assert.Equal(Fraction.Create(2274, 1363), f);
        Explanation x = r.Explain();
        Assert.Equal("在职退休比 support ratio", x.Name);
        Assert.Equal("1.67 : 1", x.Value);
        Assert.Equal("在职职工 in service / 退休人员 retired", x.Formula);
        Assert.Equal("exact; displayed to 0.01 (AwayFromZero, 四舍五入)", x.Rounding);
        Assert.Equal("454,800", x.Inputs[0].Value);
        Assert.Equal("272,600", x.Inputs[1].Value);
        Assert.Equal("在职职工 in service", x.Inputs[0].Name);
        Assert.Equal("退休人员 retired", x.Inputs[1].Name);
    }

    // ---- Average ----

    [Fact]
    public void An_average_keeps_its_total_and_checks_the_mode()
    {
        Average a = Average.Of(Money.FromYuan(10m), 3, MidpointRounding.ToPositiveInfinity);
        Assert.Equal(Money.FromYuan(10m), a.Total);
        Assert.Equal(Money.FromYuan(3.34m), a.Value); // 10 / 3 = 3.333… rounded up
        Assert.Equal(Money.FromYuan(3.33m), Average.Of(Money.FromYuan(10m), 3, MidpointRounding.ToNegativeInfinity).Value);
        Assert.Equal(Money.FromYuan(10m), Average.Of(Money.FromYuan(10m), 1, HalfUp).Value);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => Average.Of(Money.FromYuan(10m), 3, (MidpointRounding)99)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => Average.Of(Money.FromYuan(10m), 0, (MidpointRounding)99)).ParamName);
        Average none = Average.Of(Money.FromYuan(10m), 0, HalfUp);
        Assert.Equal(Money.FromYuan(10m), none.Total);
        Assert.Equal(0, none.Units);
        Assert.Equal(RatioOutcome.NotMeaningful, none.Outcome);
    }

    // ---- Utilisation ----

    [Fact]
    public void Negative_cases_or_cost_are_refused_naming_the_category()
    {
        var cases = Assert.Throws<ArgumentOutOfRangeException>(() => Utilisation.Empty.With(ServiceCategory.Maternity, -1, Money.Zero));
        Assert.Equal("cases", cases.ParamName);
        Assert.StartsWith("生育 (maternity) cases -1 is negative.", cases.Message);
        var cost = Assert.Throws<ArgumentOutOfRangeException>(() => Utilisation.Empty.With(ServiceCategory.Outpatient, 0, Money.FromFen(-1)));
        Assert.Equal("cost", cost.ParamName);
        Assert.StartsWith("普通门急诊 (outpatient) cost -0.01 元 is negative.", cost.Message);

        // Zero is allowed.
        Assert.Equal(Utilisation.Empty, Utilisation.Empty.With(ServiceCategory.Outpatient, 0, Money.Zero));
    }

    [Fact]
    public void Utilisation_keeps_each_category_apart_and_adds_them_up()
    {
        Utilisation u = Utilisation.Empty
            .With(ServiceCategory.Inpatient, 3, Money.FromYuan(3_000m))
            .With(ServiceCategory.Outpatient, 20, Money.FromYuan(2_000m))
            .With(ServiceCategory.ChronicSpecialOutpatient, 5, Money.FromYuan(500.5m))
            .With(ServiceCategory.Maternity, 1, Money.FromYuan(4_000m));
        Assert.Equal(3, u.Cases(ServiceCategory.Inpatient));
        Assert.Equal(20, u.Cases(ServiceCategory.Outpatient));
        Assert.Equal(5, u.Cases(ServiceCategory.ChronicSpecialOutpatient));
        Assert.Equal(1, u.Cases(ServiceCategory.Maternity));
        Assert.Equal(Money.FromYuan(500.5m), u.Cost(ServiceCategory.ChronicSpecialOutpatient));
        Assert.Equal(Money.FromYuan(9_500.5m), u.TotalCost);
        Assert.Equal("inpatient 3 / 3,000.00, outpatient 20 / 2,000.00, chronic-special-outpatient 5 / 500.50, maternity 1 / 4,000.00", u.ToString());

        Utilisation twice = Utilisation.Merge(u, u);
        Assert.Equal(6, twice.Cases(ServiceCategory.Inpatient));
        Assert.Equal(2, twice.Cases(ServiceCategory.Maternity));
        Assert.Equal(Money.FromYuan(1_001m), twice.Cost(ServiceCategory.ChronicSpecialOutpatient));
        Assert.Equal(twice, Utilisation.Sum([u, u]));
        Assert.Equal(Utilisation.Empty, Utilisation.Sum([]));

        Equality(
            (a, b) => a == b,
            (a, b) => a != b,
            u,
            Utilisation.Empty.With(ServiceCategory.Maternity, 1, Money.FromYuan(4_000m))
                .With(ServiceCategory.ChronicSpecialOutpatient, 5, Money.FromYuan(500.5m))
                .With(ServiceCategory.Outpatient, 20, Money.FromYuan(2_000m))
                .With(ServiceCategory.Inpatient, 3, Money.FromYuan(3_000m)),
            u.With(ServiceCategory.Maternity, 2, Money.FromYuan(4_000m)),
            u.With(ServiceCategory.Maternity, 1, Money.FromYuan(4_000.01m)),
            Utilisation.Empty);
    }

    [Fact]
    public void Cases_added_beyond_a_long_overflow()
    {
        Utilisation big = Utilisation.Empty.With(ServiceCategory.Outpatient, long.MaxValue, Money.Zero);
        Utilisation one = Utilisation.Empty.With(ServiceCategory.Outpatient, 1, Money.Zero);
        Assert.Throws<OverflowException>(() => big + one);
    }

    [Fact]
    public void Per_case_and_per_capita_averages_without_units_are_not_meaningful()
    {
        Utilisation u = Utilisation.Empty.With(ServiceCategory.Maternity, 0, Money.FromYuan(100m));
        Average perCase = u.CostPerCase(ServiceCategory.Maternity, HalfUp);
        Assert.Equal(RatioOutcome.NotMeaningful, perCase.Outcome);
        Assert.Equal(Money.FromYuan(100m), perCase.Total);
        Assert.Equal(Money.Zero, perCase.Value);
        Assert.Equal(0, perCase.Units);
        Average perCapita = u.CostPerCapita(ServiceCategory.Maternity, Headcount.Zero, HalfUp);
        Assert.Equal(RatioOutcome.NotMeaningful, perCapita.Outcome);
        Assert.Equal(Money.Zero, perCapita.Value);
        Assert.Equal(Money.FromYuan(100m), perCapita.Total);

        // 100元 over 3 insured persons = 33.333… → 33.33元 (四舍五入), 33.34元 rounded up; Units is the headcount.
        Average three = u.CostPerCapita(ServiceCategory.Maternity, Headcount.FromPersons(3), HalfUp);
        Assert.Equal(Money.FromYuan(33.33m), three.Value);
        Assert.Equal(3, three.Units);
        Assert.Equal(RatioOutcome.Meaningful, three.Outcome);
        Assert.Equal(Money.FromYuan(33.34m), u.CostPerCapita(ServiceCategory.Maternity, Headcount.FromPersons(3), MidpointRounding.ToPositiveInfinity).Value);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => u.CostPerCapita(ServiceCategory.Maternity, Headcount.FromPersons(3), (MidpointRounding)99)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => u.CostPerCase(ServiceCategory.Maternity, (MidpointRounding)99)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => u.CostPerCapita(ServiceCategory.Maternity, Headcount.Zero, (MidpointRounding)99)).ParamName);

        // 100元 over 3 cases: per case 33.33元.
        Utilisation three_cases = u.With(ServiceCategory.Maternity, 3, Money.FromYuan(100m));
        Average c = three_cases.CostPerCase(ServiceCategory.Maternity, HalfUp);
        Assert.Equal(Money.FromYuan(33.33m), c.Value);
        Assert.Equal(3, c.Units);
        Assert.Equal(Money.FromYuan(100m), c.Total);
    }

    [Fact]
    public void Cost_per_case_explains_its_inputs()
    {
        Utilisation u = Utilisation.Empty.With(ServiceCategory.Inpatient, 1_234, Money.FromYuan(1_234_567.89m));
        Explanation x = u.ExplainCostPerCase(ServiceCategory.Inpatient, HalfUp);
        // 1,234,567.89 / 1,234 = 1,000.4602… → 1000.46元.
        Assert.Equal("住院（出院人次） 次均费用 cost per case", x.Name);
        Assert.Equal("1000.46元", x.Value);
        Assert.Equal("医疗费用 cost / 人次 cases", x.Formula);
        Assert.Equal("to the fen (AwayFromZero)", x.Rounding);
        Assert.Equal("1,234,567.89元", x.Inputs[0].Value);
        Assert.Equal("1,234", x.Inputs[1].Value);
        Assert.Equal("not meaningful (no cases)", Utilisation.Empty.ExplainCostPerCase(ServiceCategory.Maternity, HalfUp).Value);
    }

    [Fact]
    public void Shares_of_cohort_use_refuse_mismatched_spans_and_zero_totals()
    {
        Utilisation a = Utilisation.Empty.With(ServiceCategory.Inpatient, 1, Money.FromYuan(100m));
        Utilisation b = Utilisation.Empty.With(ServiceCategory.Inpatient, 3, Money.FromYuan(300m));
        var cost = new Rate[2];
        var cases = new Rate[2];
        Utilisation.Shares([a, b], ServiceCategory.Inpatient, cost, cases);
        Assert.Equal([Rate.FromRatio(1, 4), Rate.FromRatio(3, 4)], cost);
        Assert.Equal([Rate.FromRatio(1, 4), Rate.FromRatio(3, 4)], cases);

        var shortCost = Assert.Throws<ArgumentException>(() => Utilisation.Shares([a, b], ServiceCategory.Inpatient, new Rate[1], new Rate[2]));
        Assert.Equal("costShares", shortCost.ParamName);
        Assert.StartsWith("share spans have lengths 1/2 but there are 2 cohorts.", shortCost.Message);
        Assert.Throws<ArgumentException>(() => Utilisation.Shares([a, b], ServiceCategory.Inpatient, new Rate[2], new Rate[3]));

        // Cost without cases and cases without cost: both refused.
        Utilisation costOnly = Utilisation.Empty.With(ServiceCategory.Outpatient, 0, Money.FromYuan(5m));
        Utilisation casesOnly = Utilisation.Empty.With(ServiceCategory.Outpatient, 5, Money.Zero);
        var e = Assert.Throws<ArgumentException>(() => Utilisation.Shares([costOnly], ServiceCategory.Outpatient, new Rate[1], new Rate[1]));
        Assert.Equal("cohorts", e.ParamName);
        Assert.StartsWith("普通门急诊 (outpatient): total cost 5.00 元 and cases 0: shares of a zero total are not meaningful.", e.Message);
        Assert.Throws<ArgumentException>(() => Utilisation.Shares([casesOnly], ServiceCategory.Outpatient, new Rate[1], new Rate[1]));
    }

    // ---- StructureShares ----

    [Fact]
    public void Structure_shares_refuse_bad_spans_parts_and_decimals()
    {
        Headcount[] parts = [Headcount.FromPersons(60), Headcount.FromPersons(40)];
        Headcount whole = Headcount.FromPersons(100);
        var lengths = Assert.Throws<ArgumentException>(() => StructureShares.Compute(whole, parts, true, 2, HalfUp, new Rate[2], new Rate[2], new Rate[1]));
        Assert.Equal("exact", lengths.ParamName);
        Assert.StartsWith("the share spans have lengths 2/2/1 but there are 2 parts.", lengths.Message);
        Assert.Throws<ArgumentException>(() => StructureShares.Compute(whole, parts, true, 2, HalfUp, new Rate[1], new Rate[2], new Rate[2]));
        Assert.Throws<ArgumentException>(() => StructureShares.Compute(whole, parts, true, 2, HalfUp, new Rate[2], new Rate[1], new Rate[2]));

        var exceeds = Assert.Throws<ArgumentException>(() => StructureShares.Compute(whole, [Headcount.FromPersons(101)], false, 2, HalfUp, new Rate[1], new Rate[1], new Rate[1]));
        Assert.Equal("parts", exceeds.ParamName);
        Assert.StartsWith("parts[0] 101 exceeds the whole 100.", exceeds.Message);

        var sum = Assert.Throws<ArgumentException>(() => StructureShares.Compute(whole, [Headcount.FromPersons(60), Headcount.FromPersons(39)], true, 2, HalfUp, new Rate[2], new Rate[2], new Rate[2]));
        Assert.StartsWith("the parts sum to 99 but the whole is 100 (difference -1); declared as a partition, they must be equal.", sum.Message);

        Assert.Equal("percentDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => StructureShares.Compute(whole, parts, true, 13, HalfUp, new Rate[2], new Rate[2], new Rate[2])).ParamName);
        Assert.Equal("percentDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => StructureShares.Compute(whole, parts, true, -1, HalfUp, new Rate[2], new Rate[2], new Rate[2])).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => StructureShares.Compute(whole, parts, true, 2, (MidpointRounding)99, new Rate[2], new Rate[2], new Rate[2])).ParamName);

        // The decimals and the mode are checked before anything else (here a zero whole).
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => StructureShares.Compute(Headcount.Zero, parts, true, 2, (MidpointRounding)99, new Rate[2], new Rate[2], new Rate[2])).ParamName);
        Assert.Equal("percentDecimals", Assert.Throws<ArgumentOutOfRangeException>(() => StructureShares.Compute(Headcount.Zero, parts, true, 13, HalfUp, new Rate[2], new Rate[2], new Rate[2])).ParamName);

        // Two subsets each as large as the whole: their sum overflows.
        Headcount max = Headcount.FromPersons(long.MaxValue);
        Assert.Throws<OverflowException>(() => StructureShares.Compute(max, [max, max], false, 2, HalfUp, new Rate[2], new Rate[2], new Rate[2]));

        // A part equal to the whole, at 12 decimals (the largest allowed), is 100%.
        StructureShares one = StructureShares.Compute(whole, [whole], true, 12, HalfUp, new Rate[1], new Rate[1], new Rate[1]);
        Assert.Equal(Rate.OneHundredPercent, one.ApportionedDisplaySum);
        Assert.Equal(12, one.PercentDecimals);
    }

    [Fact]
    public void Subsets_are_shown_naively_and_not_apportioned()
    {
        // Thirds of 3 at 0 decimals: 33% each, naive sum 99%; a partition apportions to 34/33/33 = 100%.
        Headcount whole = Headcount.FromPersons(3);
        Headcount[] parts = [Headcount.FromPersons(1), Headcount.FromPersons(1), Headcount.FromPersons(1)];
        var naive = new Rate[3];
        var apportioned = new Rate[3];
        StructureShares partition = StructureShares.Compute(whole, parts, true, 0, HalfUp, new Rate[3], naive, apportioned);
        Assert.Equal(Rate.FromPercent(99m), partition.NaiveDisplaySum);
        Assert.Equal(Rate.OneHundredPercent, partition.ApportionedDisplaySum);
        Assert.Equal(PercentagePoints.FromPoints(-1m), partition.NaiveDisplayExcess);
        Assert.Equal(Rate.FromPercent(34m), apportioned[0]);
        Assert.Equal(Rate.FromPercent(33m), apportioned[2]);

        StructureShares subsets = StructureShares.Compute(whole, parts, false, 0, HalfUp, new Rate[3], naive, apportioned);
        Assert.False(subsets.IsPartition);
        Assert.Equal(Rate.FromPercent(99m), subsets.ApportionedDisplaySum);
        Assert.Equal([Rate.FromPercent(33m), Rate.FromPercent(33m), Rate.FromPercent(33m)], apportioned);
        Assert.Equal(Rate.OneHundredPercent, subsets.ExactSum);
    }

    [Fact]
    public void Structure_shares_explain_every_part_and_the_three_sums()
    {
        Explanation x = StructureShares.Explain("人群", Headcount.FromPersons(3), [Headcount.FromPersons(1), Headcount.FromPersons(2)], ["甲", "乙"], true, 1, HalfUp);
        // 1/3 = 33.3333…% → 33.3%, 2/3 → 66.7%: the naive rows sum to 100.0%; the apportioned ones too.
        Assert.Equal("人群 结构占比 structure shares", x.Name);
        Assert.Equal("shareᵢ = partᵢ / whole", x.Formula);
        Assert.Equal("100.0%", x.Value);
        Assert.Null(x.Note);
        Assert.Equal(3, x.Inputs.Count);
        Assert.Equal("whole 合计", x.Inputs[0].Name);
        Assert.Equal("3", x.Inputs[0].Value);
        Assert.Equal("甲 占比 share", x.Inputs[1].Name);
        Assert.Equal("33.333333%", x.Inputs[1].Value);
        Assert.Equal("1 / 3", x.Inputs[1].Formula);
        Assert.Equal("naive display 33.3% (AwayFromZero); apportioned display 33.3% (largest remainder)", x.Inputs[1].Rounding);
        Assert.Equal("2 / 3", x.Inputs[2].Formula);
        Assert.Equal("exact shares sum to 100.000000%; rounded row by row they print 100.0% (0.00pp); apportioned they print 100.0%", x.Sentence);

        Explanation subsets = StructureShares.Explain("人群", Headcount.FromPersons(3), [Headcount.FromPersons(1)], ["甲"], false, 1, HalfUp);
        Assert.Equal("the parts are subsets, not a partition: their shares need not sum to 100%", subsets.Note);

        var e = Assert.Throws<ArgumentException>(() => StructureShares.Explain("人群", Headcount.FromPersons(3), [Headcount.FromPersons(1)], ["甲", "乙"], false, 1, HalfUp));
        Assert.Equal("partNames", e.ParamName);
        Assert.StartsWith("partNames has 2 names but there are 1 parts.", e.Message);
    }

    [Fact]
    public void Shares_rebuilt_from_their_sums_keep_them()
    {
        StructureShares s = StructureShares.FromSums(Rate.OneHundredPercent, Rate.FromPercent(100.01m), Rate.OneHundredPercent, 2, true);
        Assert.Equal(Rate.OneHundredPercent, s.ExactSum);
        Assert.Equal(Rate.FromPercent(100.01m), s.NaiveDisplaySum);
        Assert.Equal(Rate.OneHundredPercent, s.ApportionedDisplaySum);
        Assert.Equal(2, s.PercentDecimals);
        Assert.True(s.IsPartition);
        Assert.Equal(PercentagePoints.FromPoints(0.01m), s.NaiveDisplayExcess);

        StructureShares subsets = StructureShares.FromSums(Rate.FromRatio(7984, 10000), Rate.FromPercent(79.84m), Rate.FromPercent(79.84m), 2, false);
        Assert.False(subsets.IsPartition);
        Assert.Equal(Rate.FromPercent(79.84m), subsets.ApportionedDisplaySum);

        // Zero sums are allowed (not negative), and 0 and 12 decimals are the range's ends.
        Assert.Equal(0, StructureShares.FromSums(Rate.Zero, Rate.Zero, Rate.Zero, 0, false).PercentDecimals);
        Assert.Equal(12, StructureShares.FromSums(Rate.Zero, Rate.Zero, Rate.Zero, 12, false).PercentDecimals);
    }

    [Theory]
    [InlineData(-1, "100", "100", "100", true, "percentDecimals")]
    [InlineData(13, "100", "100", "100", true, "percentDecimals")]
    [InlineData(13, "-0.01", "0", "0", false, "percentDecimals")]
    [InlineData(2, "-0.01", "0", "0", false, "exactSum")]
    [InlineData(2, "0", "-0.01", "-0.01", false, "naiveDisplaySum")]
    [InlineData(2, "0", "0", "-0.01", false, "apportionedDisplaySum")]
    [InlineData(2, "100", "100.005", "100", true, "naiveDisplaySum")]
    [InlineData(2, "100", "100", "100.005", true, "apportionedDisplaySum")]
    [InlineData(2, "99.99", "100", "100", true, "isPartition")]
    [InlineData(2, "100", "100", "99.99", true, "isPartition")]
    [InlineData(2, "50", "50", "50.01", false, "apportionedDisplaySum")]
    public void Sums_that_no_computation_gives_are_refused(int decimals, string exact, string naive, string apportioned, bool isPartition, string param)
    {
        static Rate P(string s) => Rate.FromPercent(decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture));
        var e = Assert.ThrowsAny<ArgumentException>(() => StructureShares.FromSums(P(exact), P(naive), P(apportioned), decimals, isPartition));
        Assert.Equal(param, e.ParamName);
    }

    [Fact]
    public void Refused_sums_are_named_with_their_values()
    {
        var negative = Assert.Throws<ArgumentException>(() => StructureShares.FromSums(Rate.FromPercent(-1m), Rate.Zero, Rate.Zero, 2, false));
        Assert.Contains("a sum of shares cannot be negative", negative.Message);
        var notWhole = Assert.Throws<ArgumentException>(() => StructureShares.FromSums(Rate.OneHundredPercent, Rate.FromPercent(100.005m), Rate.OneHundredPercent, 2, true));
        Assert.Contains("which is not a whole number of percent at 2 decimals", notWhole.Message);
        var partition = Assert.Throws<ArgumentException>(() => StructureShares.FromSums(Rate.FromPercent(99m), Rate.FromPercent(99m), Rate.FromPercent(99m), 0, true));
        Assert.Contains("a partition's exact and apportioned shares sum to 100%", partition.Message);
        var apportioned = Assert.Throws<ArgumentException>(() => StructureShares.FromSums(Rate.FromPercent(50m), Rate.FromPercent(50m), Rate.FromPercent(51m), 0, false));
        Assert.Contains("parts that are not a partition are not apportioned", apportioned.Message);
    }

    // Equals(T), Equals(object), GetHashCode, == and != agree: equalValue is built independently of value.
    private static void Equality<T>(Func<T, T, bool> eq, Func<T, T, bool> ne, T value, T equalValue, params T[] unequal)
        where T : struct, IEquatable<T>
    {
        Assert.True(value.Equals(equalValue));
        Assert.True(equalValue.Equals(value));
        Assert.True(value.Equals((object)equalValue));
        Assert.False(value.Equals(null));
        Assert.False(value.Equals((object)"not a value"));
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.True(eq(value, equalValue));
        Assert.False(ne(value, equalValue));
        foreach (T other in unequal)
        {
            Assert.False(value.Equals(other), $"{value} equals {other}");
            Assert.False(other.Equals(value), $"{other} equals {value}");
            Assert.False(value.Equals((object)other));
            Assert.False(eq(value, other));
            Assert.True(ne(value, other));
        }
    }

    private static string[] ToCodes(CohortCounts c)
    {
        ReadOnlySpan<(CohortCategory Category, long Persons)> custom = c.Custom;
        var codes = new string[custom.Length];
        for (int i = 0; i < custom.Length; i++)
        {
            codes[i] = custom[i].Category.Code;
        }

        return codes;
    }

    private static long[] ToPersons(CohortCounts c)
    {
        ReadOnlySpan<(CohortCategory Category, long Persons)> custom = c.Custom;
        var persons = new long[custom.Length];
        for (int i = 0; i < custom.Length; i++)
        {
            persons[i] = custom[i].Persons;
        }

        return persons;
    }

    [Fact]
    public void Counts_of_user_defined_categories_only_print_without_a_leading_separator()
    {
        // No well-known count is set, so the first user-defined entry starts the text: no ", " before it, ", "
        // between the entries (in code order: "h-group" < "k-group").
        CohortCategory h = CohortCategory.Define("h-group", "庚", "group h");
        CohortCategory k = CohortCategory.Define("k-group", "辛", "group k");
        Assert.Equal("h-group=7", CohortCounts.Empty.With(h, 7).ToString());
        Assert.Equal("h-group=7, k-group=12", CohortCounts.Empty.With(k, 12).With(h, 7).ToString());
    }

    [Fact]
    public void The_whole_of_a_structure_explanation_is_printed_grouped()
    {
        // 参保人数 3,019,813 = 2,269,284 + 637,103 + 113,426 (the resident structure of the golden test): the whole
        // prints with thousands separators, as the parts do in each formula.
        Explanation x = StructureShares.Explain("居民参保人群", Headcount.FromPersons(3_019_813),
            [Headcount.FromPersons(2_269_284), Headcount.FromPersons(637_103), Headcount.FromPersons(113_426)],
            ["成年人", "中小学生儿童", "大学生"], true, 2, HalfUp);
        Assert.Equal("whole 合计", x.Inputs[0].Name);
        Assert.Equal("3,019,813", x.Inputs[0].Value);
        Assert.Equal("2,269,284 / 3,019,813", x.Inputs[1].Formula);
    }
}
