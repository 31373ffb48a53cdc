namespace FundMath.Tests.Funds;

using System;
using System.Linq;
using FundMath;
using FundMath.Explain;
using FundMath.Funds;
using FundMath.Ratios;

/// <summary>
/// The edges of the fund-statement types that the golden and property tests do not reach: the line and fund-kind
/// tables, every refusal with its parameter and figures, consolidation of regions, kinds and periods, the
/// explanations' texts, custom sub-lines, and equality.
/// </summary>
public class FundBoundaryTests
{
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.OfYear(2021);

    private static FundStatement Sample(string region = "茶陵") => FundStatement.Create(
        FundKind.ResidentBasic, region, Y2021, Money.FromYuan(100),
        IncomeLines.Of(premiums: Money.FromYuan(50), interest: Money.FromYuan(2)),
        ExpenditureLines.Of(inpatient: Money.FromYuan(30), vaccine: Money.FromYuan(4)));

    // ---- IncomeLine / ExpenditureLine ----

    [Fact]
    public void Income_lines_have_fixed_indexes_codes_and_names()
    {
        string[] codes = ["premiums", "fiscal-subsidy", "interest", "transfers-in", "risk-reserve-provision", "other"];
        string[] chinese = ["保险费收入（征缴收入）", "财政补贴收入", "利息收入", "转移收入（上级补助/下级上解）", "计提风险储备金", "其他收入"];
        string[] english = ["premium income", "fiscal subsidy income", "interest income", "transfers in", "risk-reserve provisions", "other income"];
        IncomeLine[] lines = [IncomeLine.Premiums, IncomeLine.FiscalSubsidy, IncomeLine.Interest, IncomeLine.TransfersIn, IncomeLine.RiskReserveProvision, IncomeLine.Other];
        Assert.Equal(6, IncomeLine.Count);
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.Equal(i, lines[i].Index);
            Assert.Equal(i, lines[i].GetHashCode());
            Assert.Equal(codes[i], lines[i].Code);
            Assert.Equal(chinese[i], lines[i].ChineseName);
            Assert.Equal(english[i], lines[i].EnglishName);
            Assert.Equal(lines[i], IncomeLine.FromIndex(i));
            Assert.True(IncomeLine.TryParse(codes[i], out IncomeLine parsed));
            Assert.Equal(lines[i], parsed);
        }

        Assert.False(IncomeLine.TryParse("Premiums", out IncomeLine none));
        Assert.Equal(default, none);
        Assert.Equal("利息收入 (interest)", IncomeLine.Interest.ToString());
        Assert.True(IncomeLine.Interest == IncomeLine.FromIndex(2));
        Assert.False(IncomeLine.Interest != IncomeLine.FromIndex(2));
        Assert.True(IncomeLine.Interest != IncomeLine.Other);
        Assert.False(IncomeLine.Interest == IncomeLine.Other);
        Assert.True(IncomeLine.Interest.Equals((object)IncomeLine.FromIndex(2)));
        Assert.False(IncomeLine.Interest.Equals((object)IncomeLine.Other));
        Assert.False(IncomeLine.Interest.Equals(IncomeLine.Other));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => IncomeLine.FromIndex(6)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => IncomeLine.FromIndex(-1));
    }

    [Fact]
    public void Expenditure_lines_have_fixed_indexes_codes_and_names_and_the_first_six_are_benefits()
    {
        string[] codes = ["inpatient", "outpatient", "chronic-special-outpatient", "maternity", "personal-account", "other-benefits", "vaccine", "transfers-out", "other"];
        string[] chinese = ["住院", "普通门急诊", "门诊慢特病", "生育", "个人账户支出", "其他待遇支出", "新冠疫苗及接种费", "转移支出（上解上级/补助下级）", "其他支出"];
        string[] english = ["inpatient benefits", "ordinary outpatient and emergency benefits", "chronic and special-disease outpatient benefits", "maternity benefits", "personal-account spending", "other benefits", "COVID-19 vaccine and vaccination costs", "transfers out", "other expenditure"];
        ExpenditureLine[] lines =
        [
            ExpenditureLine.Inpatient, ExpenditureLine.Outpatient, ExpenditureLine.ChronicSpecialOutpatient, ExpenditureLine.Maternity,
            ExpenditureLine.PersonalAccount, ExpenditureLine.OtherBenefits, ExpenditureLine.Vaccine, ExpenditureLine.TransfersOut, ExpenditureLine.Other,
        ];
        Assert.Equal(9, ExpenditureLine.Count);
        Assert.Equal(6, ExpenditureLine.BenefitCount);
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.Equal(i, lines[i].Index);
            Assert.Equal(i, lines[i].GetHashCode());
            Assert.Equal(codes[i], lines[i].Code);
            Assert.Equal(chinese[i], lines[i].ChineseName);
            Assert.Equal(english[i], lines[i].EnglishName);
            Assert.Equal(i < 6, lines[i].IsBenefit);
            Assert.Equal(lines[i], ExpenditureLine.FromIndex(i));
            Assert.True(ExpenditureLine.TryParse(codes[i], out ExpenditureLine parsed));
            Assert.Equal(lines[i], parsed);
        }

        Assert.False(ExpenditureLine.TryParse("x", out ExpenditureLine none));
        Assert.Equal(default, none);
        Assert.Equal("新冠疫苗及接种费 (vaccine)", ExpenditureLine.Vaccine.ToString());
        Assert.True(ExpenditureLine.Vaccine == ExpenditureLine.FromIndex(6));
        Assert.False(ExpenditureLine.Vaccine != ExpenditureLine.FromIndex(6));
        Assert.True(ExpenditureLine.Vaccine != ExpenditureLine.Other);
        Assert.False(ExpenditureLine.Vaccine == ExpenditureLine.Other);
        Assert.True(ExpenditureLine.Vaccine.Equals((object)ExpenditureLine.FromIndex(6)));
        Assert.False(ExpenditureLine.Vaccine.Equals((object)ExpenditureLine.Other));
        Assert.False(ExpenditureLine.Vaccine.Equals(ExpenditureLine.Other));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => ExpenditureLine.FromIndex(9)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpenditureLine.FromIndex(-1));
    }

    // ---- IncomeLines / ExpenditureLines ----

    [Fact]
    public void Income_lines_add_subtract_set_and_print()
    {
        IncomeLines a = IncomeLines.Of(Money.FromYuan(1), Money.FromYuan(2), Money.FromYuan(3), Money.FromYuan(4), Money.FromYuan(5), Money.FromYuan(6));
        Assert.Equal(Money.FromYuan(21), a.Total);
        Assert.Equal(Money.FromYuan(5), a[IncomeLine.RiskReserveProvision]);
        Assert.Equal("premiums=1.00, fiscal-subsidy=2.00, interest=3.00, transfers-in=4.00, risk-reserve-provision=5.00, other=6.00", a.ToString());
        IncomeLines b = a.With(IncomeLine.Interest, Money.FromYuan(10)).Add(IncomeLine.Other, Money.FromYuan(1));
        Assert.Equal(Money.FromYuan(10), b[IncomeLine.Interest]);
        Assert.Equal(Money.FromYuan(7), b[IncomeLine.Other]);
        Assert.Equal(Money.FromYuan(3), a[IncomeLine.Interest]); // a is unchanged
        IncomeLines sum = a + b;
        Assert.Equal(Money.FromYuan(13), sum[IncomeLine.Interest]);
        Assert.Equal(Money.FromYuan(2), sum[IncomeLine.Premiums]);
        IncomeLines diff = b - a;
        Assert.Equal(IncomeLines.Zero.With(IncomeLine.Interest, Money.FromYuan(7)).With(IncomeLine.Other, Money.FromYuan(1)), diff);
        Assert.Equal(a, IncomeLines.FromSpan([Money.FromYuan(1), Money.FromYuan(2), Money.FromYuan(3), Money.FromYuan(4), Money.FromYuan(5), Money.FromYuan(6)]));
        Assert.Equal(IncomeLines.Of(premiums: Money.FromYuan(1)), IncomeLines.FromSpan([Money.FromYuan(1)]));
        var copy = new Money[6];
        a.CopyTo(copy);
        Assert.Equal(Money.FromYuan(6), copy[5]);

        var e = Assert.Throws<ArgumentException>(() => IncomeLines.FromSpan(new Money[7]));
        Assert.Equal("amountsInLineOrder", e.ParamName);
        Assert.StartsWith("amountsInLineOrder has 7 amounts but there are 6 income lines.", e.Message);

        Assert.True(a == IncomeLines.FromSpan(copy));
        Assert.False(a != IncomeLines.FromSpan(copy));
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.True(a.Equals((object)IncomeLines.FromSpan(copy)));
        Assert.False(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), IncomeLines.FromSpan(copy).GetHashCode());
        Assert.NotEqual(IncomeLines.Zero.GetHashCode(), IncomeLines.Of(other: Money.FromFen(1)).GetHashCode());
    }

    [Fact]
    public void Expenditure_lines_add_subtract_set_and_print()
    {
        ExpenditureLines a = ExpenditureLines.Of(
            Money.FromYuan(1), Money.FromYuan(2), Money.FromYuan(3), Money.FromYuan(4), Money.FromYuan(5), Money.FromYuan(6), Money.FromYuan(7), Money.FromYuan(8), Money.FromYuan(9));
        Assert.Equal(Money.FromYuan(45), a.Total);
        Assert.Equal(Money.FromYuan(21), a.Benefits); // 1 + … + 6; vaccine, transfers out and other are not benefits
        Assert.Equal(Money.FromYuan(8), a[ExpenditureLine.TransfersOut]);
        Assert.Equal("inpatient=1.00, outpatient=2.00, chronic-special-outpatient=3.00, maternity=4.00, personal-account=5.00, other-benefits=6.00, vaccine=7.00, transfers-out=8.00, other=9.00", a.ToString());
        ExpenditureLines b = a.With(ExpenditureLine.Vaccine, Money.FromYuan(10)).Add(ExpenditureLine.Other, Money.FromYuan(1));
        Assert.Equal(Money.FromYuan(10), b[ExpenditureLine.Vaccine]);
        Assert.Equal(Money.FromYuan(10), b[ExpenditureLine.Other]);
        Assert.Equal(Money.FromYuan(7), a[ExpenditureLine.Vaccine]);
        ExpenditureLines sum = a + b;
        Assert.Equal(Money.FromYuan(17), sum[ExpenditureLine.Vaccine]);
        Assert.Equal(Money.FromYuan(2), sum[ExpenditureLine.Inpatient]);
        Assert.Equal(ExpenditureLines.Zero.With(ExpenditureLine.Vaccine, Money.FromYuan(3)).With(ExpenditureLine.Other, Money.FromYuan(1)), b - a);
        var copy = new Money[9];
        a.CopyTo(copy);
        Assert.Equal(a, ExpenditureLines.FromSpan(copy));
        Assert.Equal(ExpenditureLines.Of(inpatient: Money.FromYuan(1)), ExpenditureLines.FromSpan([Money.FromYuan(1)]));

        var e = Assert.Throws<ArgumentException>(() => ExpenditureLines.FromSpan(new Money[10]));
        Assert.Equal("amountsInLineOrder", e.ParamName);
        Assert.StartsWith("amountsInLineOrder has 10 amounts but there are 9 expenditure lines.", e.Message);

        Assert.True(a == ExpenditureLines.FromSpan(copy));
        Assert.False(a != ExpenditureLines.FromSpan(copy));
        Assert.True(a != b);
        Assert.False(a == b);
        Assert.True(a.Equals((object)ExpenditureLines.FromSpan(copy)));
        Assert.False(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), ExpenditureLines.FromSpan(copy).GetHashCode());
        Assert.NotEqual(ExpenditureLines.Zero.GetHashCode(), ExpenditureLines.Of(other: Money.FromFen(1)).GetHashCode());
    }

    // ---- FundKind ----

    [Fact]
    public void Predefined_fund_kinds_in_order_and_found_by_code()
    {
        string[] codes = ["employee", "employee.pooled", "employee.personal", "resident", "serious-illness", "large-amount", "civil-servant", "retired-cadre"];
        string[] chinese = ["职工医保（含生育）", "统筹基金", "个人账户", "城乡居民医保", "大病保险", "大额医疗/补充医疗", "公务员医疗补助", "离休干部及伤残人员"];
        string[] english =
        [
            "employee basic medical insurance (incl. maternity)", "employee pooled fund", "employee personal accounts", "resident basic medical insurance",
            "serious-illness insurance", "large-amount supplementary medical insurance", "civil-servant medical subsidy", "retired cadres and disabled veterans medical fund",
        ];
        Assert.Equal(codes.Length, FundKind.Predefined.Length);
        for (int i = 0; i < codes.Length; i++)
        {
            FundKind k = FundKind.Predefined[i];
            Assert.Equal(codes[i], k.Code);
            Assert.Equal(chinese[i], k.ChineseName);
            Assert.Equal(english[i], k.EnglishName);
            Assert.False(k.IsNone);
            Assert.False(k.IsSeveral);
            Assert.True(FundKind.TryGetPredefined(codes[i], out FundKind found));
            Assert.Equal(k, found);
        }

        Assert.Equal("employee basic medical insurance (incl. maternity)", FundKind.EmployeeBasic.EnglishName);
        Assert.Equal("retired cadres and disabled veterans medical fund", FundKind.RetiredCadresAndDisabledVeterans.EnglishName);
        Assert.Equal("城乡居民医保 (resident)", FundKind.ResidentBasic.ToString());
        Assert.False(FundKind.TryGetPredefined("*", out FundKind several));
        Assert.True(several.IsNone);
        Assert.False(FundKind.TryGetPredefined("Resident", out _));
        Assert.True(FundKind.Several.IsSeveral);
        Assert.Equal("*", FundKind.Several.Code);
        Assert.Equal("合计", FundKind.Several.ChineseName);
        Assert.Equal("several fund kinds", FundKind.Several.EnglishName);
    }

    [Fact]
    public void The_default_fund_kind_is_none()
    {
        FundKind none = default;
        Assert.True(none.IsNone);
        Assert.False(none.IsSeveral);
        Assert.Equal(string.Empty, none.Code);
        Assert.Equal(string.Empty, none.ChineseName);
        Assert.Equal(string.Empty, none.EnglishName);
        Assert.Equal("(none)", none.ToString());
        Assert.Equal(0, none.GetHashCode());
        Assert.True(none == default(FundKind));
        Assert.True(none != FundKind.ResidentBasic);
        Assert.False(none == FundKind.ResidentBasic);
    }

    [Fact]
    public void A_user_defined_fund_kind_is_equal_by_code()
    {
        FundKind k = FundKind.Define("long-term-care", "长期护理保险", "long-term care insurance");
        Assert.Equal("long-term-care", k.Code);
        Assert.Equal("长期护理保险", k.ChineseName);
        Assert.Equal("long-term care insurance", k.EnglishName);
        Assert.False(k.IsNone);
        Assert.False(k.IsSeveral);
        FundKind same = FundKind.Define("long-term-care", "另一个名称", "another name");
        Assert.True(k == same);
        Assert.False(k != same);
        Assert.True(k.Equals((object)same));
        Assert.False(k.Equals((object)FundKind.ResidentBasic));
        Assert.Equal(k.GetHashCode(), same.GetHashCode());
        Assert.Equal(StringComparer.Ordinal.GetHashCode("long-term-care"), k.GetHashCode());
    }

    [Theory]
    [InlineData(" ", "长期护理保险", "ltc", "code", "code must identify the fund kind; it is empty.")]
    [InlineData("*", "长期护理保险", "ltc", "code", "code \"*\" is reserved for FundKind.Several (a consolidation).")]
    [InlineData("ltc", "", "ltc", "chineseName", "chineseName of fund kind \"ltc\" is empty.")]
    [InlineData("ltc", "长期护理保险", " ", "englishName", "englishName of fund kind \"ltc\" is empty.")]
    public void Defining_a_fund_kind_with_an_empty_or_reserved_name_is_refused(string code, string chineseName, string englishName, string param, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => FundKind.Define(code, chineseName, englishName));
        Assert.Equal(param, e.ParamName);
        Assert.StartsWith(message, e.Message);
    }

    // ---- FundStatement ----

    [Fact]
    public void A_statement_needs_a_kind_and_a_region()
    {
        var kind = Assert.Throws<ArgumentException>(() => FundStatement.Create(default, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero));
        Assert.Equal("kind", kind.ParamName);
        Assert.StartsWith("kind is default(FundKind): name the fund kind of the statement (e.g. FundKind.EmployeeBasic).", kind.Message);
        var region = Assert.Throws<ArgumentException>(() => FundStatement.Create(FundKind.ResidentBasic, " ", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero));
        Assert.Equal("region", region.ParamName);
        Assert.StartsWith("region is empty: name the region (统筹区) of the statement.", region.Message);
        Assert.Throws<ArgumentException>(() => FundStatement.FromReported(default, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero, Money.Zero, IdentityMode.Strict));
        Assert.Throws<ArgumentException>(() => FundStatement.FromItems(FundKind.ResidentBasic, "", Y2021, Money.Zero, [], []));
        FundStatement items = FundStatement.FromItems(FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, [], []);
        Assert.True(items.HasPeriod);
        Assert.Equal(Y2021, items.Period);
        Assert.Equal(FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero), items);
        Assert.Throws<ArgumentException>(() => Sample().WithHeader(default, "茶陵"));
        Assert.Throws<ArgumentException>(() => Sample().WithHeader(FundKind.EmployeeBasic, ""));
    }

    [Fact]
    public void An_undefined_identity_mode_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => FundStatement.FromReported(
            FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero, Money.Zero, (IdentityMode)2));
        Assert.Equal("mode", e.ParamName);
        Assert.StartsWith("mode 2 is not a defined IdentityMode.", e.Message);
        Assert.Throws<ArgumentException>(() => FundStatement.FromReported(
            FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero, Money.Zero, (IdentityMode)(-1)));

        // Report (the largest defined mode) is accepted; a closing that holds is accepted in Strict mode.
        FundStatement s = FundStatement.FromReported(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(1), IncomeLines.Zero, ExpenditureLines.Zero, Money.FromYuan(1), IdentityMode.Strict);
        Assert.Equal(RollForwardOutcome.Holds, s.RollForward.Outcome);
        Assert.Equal(s, FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(1), IncomeLines.Zero, ExpenditureLines.Zero));
    }

    [Fact]
    public void A_statement_reports_its_header_lines_and_balances()
    {
        FundStatement s = Sample().WithPersonalAccounts(Money.FromYuan(20), Money.FromYuan(25));
        Assert.Equal(FundKind.ResidentBasic, s.Kind);
        Assert.Equal("茶陵", s.Region);
        Assert.True(s.HasPeriod);
        Assert.Equal(Y2021, s.Period);
        Assert.False(s.IsEmpty);
        Assert.Equal(Money.FromYuan(100), s.Opening);
        Assert.Equal(Money.FromYuan(52), s.IncomeTotal);
        Assert.Equal(Money.FromYuan(34), s.ExpenditureTotal);
        Assert.Equal(Money.FromYuan(50), s.PremiumIncome);
        Assert.Equal(Money.FromYuan(30), s.BenefitExpenditure);
        Assert.Equal(Money.FromYuan(18), s.CurrentSurplus);
        Assert.Equal(Money.FromYuan(118), s.Closing);
        Assert.Equal(Money.FromYuan(20), s.PersonalAccountOpening);
        Assert.Equal(Money.FromYuan(25), s.PersonalAccountClosing);
        Assert.Equal(Money.FromYuan(80), s.PooledFundOpening);
        Assert.Equal(Money.FromYuan(93), s.PooledFundBalance);
        Assert.Equal(new AccumulatedBalance(Money.FromYuan(93), Money.FromYuan(25)), s.AccumulatedBalance);
        Assert.Equal(new SurplusRatio(Money.FromYuan(18), Money.FromYuan(52)), s.SurplusRatio);
        Assert.Equal(Money.FromYuan(2), s.Income[IncomeLine.Interest]);
        Assert.Equal(Money.FromYuan(4), s.Expenditure[ExpenditureLine.Vaccine]);
        Assert.Equal("城乡居民医保 茶陵 " + Y2021 + ": opening 100.00, income 52.00, expenditure 34.00, surplus 18.00, closing 118.00", s.ToString());

        // WithHeader keeps everything else.
        FundStatement renamed = s.WithHeader(FundKind.SeriousIllness, "醴陵");
        Assert.Equal(FundKind.SeriousIllness, renamed.Kind);
        Assert.Equal("醴陵", renamed.Region);
        Assert.Equal(s.Closing, renamed.Closing);
        Assert.Equal(s.PersonalAccountClosing, renamed.PersonalAccountClosing);
        Assert.Equal(s.PersonalAccountOpening, renamed.PersonalAccountOpening);
        Assert.Equal(Y2021, renamed.Period);
    }

    [Fact]
    public void The_empty_statement_has_no_period()
    {
        FundStatement e = FundStatement.Empty;
        Assert.True(e.IsEmpty);
        Assert.False(e.HasPeriod);
        Assert.Equal(string.Empty, e.Region);
        Assert.True(e.Kind.IsNone);
        var x = Assert.Throws<InvalidOperationException>(() => e.Period);
        Assert.Equal("The empty statement has no reporting period.", x.Message);
        Assert.Equal(": opening 0.00, income 0.00, expenditure 0.00, surplus 0.00, closing 0.00", e.ToString());
        Assert.Equal(Sample(), FundStatement.Consolidate([Sample()]));
        Assert.Equal(FundStatement.Empty, FundStatement.Consolidate([]));
    }

    [Fact]
    public void Negative_personal_account_balances_are_refused()
    {
        var opening = Assert.Throws<ArgumentOutOfRangeException>(() => Sample().WithPersonalAccounts(Money.FromFen(-1), Money.Zero));
        Assert.Equal("opening", opening.ParamName);
        Assert.StartsWith("personal-account opening balance -0.01 元 is negative.", opening.Message);
        var closing = Assert.Throws<ArgumentOutOfRangeException>(() => Sample().WithPersonalAccounts(Money.Zero, Money.FromFen(-1)));
        Assert.Equal("closing", closing.ParamName);
        Assert.StartsWith("personal-account closing balance -0.01 元 is negative.", closing.Message);
        Assert.Equal(Money.Zero, Sample().WithPersonalAccounts(Money.Zero, Money.Zero).PersonalAccountClosing);
    }

    [Fact]
    public void Consolidation_combines_regions_kinds_and_periods()
    {
        FundStatement a = Sample("茶陵");
        FundStatement b = Sample("醴陵");
        FundStatement ab = a + b;
        Assert.Equal(FundStatement.SeveralRegions, ab.Region);
        Assert.Equal("*", FundStatement.SeveralRegions);
        Assert.Equal(FundKind.ResidentBasic, ab.Kind);
        Assert.Equal(Money.FromYuan(236), ab.Closing);
        Assert.Equal("茶陵", (a + a).Region);
        Assert.Equal("茶陵", (a + FundStatement.Empty).Region);
        Assert.Equal("茶陵", (FundStatement.Empty + a).Region);
        Assert.Equal(Y2021, (FundStatement.Empty + a).Period);
        Assert.Equal(Y2021, (a + FundStatement.Empty).Period);
        Assert.True((FundStatement.Empty + a).HasPeriod);
        Assert.Equal(FundKind.ResidentBasic, (FundStatement.Empty + a).Kind);
        Assert.Equal(FundKind.ResidentBasic, (a + FundStatement.Empty).Kind);
        FundStatement other = a.WithHeader(FundKind.SeriousIllness, "茶陵");
        Assert.Equal(FundKind.Several, (a + other).Kind);

        // The personal accounts and the reported-closing difference add up too.
        FundStatement pa = a.WithPersonalAccounts(Money.FromYuan(1), Money.FromYuan(2));
        FundStatement broken = FundStatement.FromReported(FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero, Money.FromYuan(3), IdentityMode.Report);
        FundStatement all = FundStatement.Consolidate([pa, pa, broken]);
        Assert.Equal(Money.FromYuan(2), all.PersonalAccountOpening);
        Assert.Equal(Money.FromYuan(4), all.PersonalAccountClosing);
        Assert.Equal(Money.FromYuan(3), all.RollForward.Difference);
        Assert.Equal(Money.FromYuan(239), all.Closing);

        FundStatement named = FundStatement.Consolidate([a, b], FundKind.ResidentBasic, "株洲市");
        Assert.Equal("株洲市", named.Region);
        Assert.Equal(ab.Closing, named.Closing);

        FundStatement q1 = FundStatement.Create(FundKind.ResidentBasic, "茶陵", ReportingPeriod.OfQuarter(2021, 1), Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        var e = Assert.Throws<ArgumentException>(() => a + q1);
        Assert.Equal("right", e.ParamName);
        Assert.StartsWith($"Cannot consolidate statements of different periods: {Y2021} (城乡居民医保 茶陵) and {ReportingPeriod.OfQuarter(2021, 1)} (城乡居民医保 茶陵).", e.Message);
    }

    [Fact]
    public void Statements_are_equal_only_with_every_field_equal()
    {
        FundStatement s = Sample();
        FundStatement same = Sample();
        Assert.True(s == same);
        Assert.False(s != same);
        Assert.True(s.Equals((object)same));
        Assert.False(s.Equals((object)"statement"));
        Assert.Equal(s.GetHashCode(), same.GetHashCode());
        FundStatement[] different =
        [
            s.WithHeader(FundKind.SeriousIllness, "茶陵"),
            s.WithHeader(FundKind.ResidentBasic, "醴陵"),
            FundStatement.Create(FundKind.ResidentBasic, "茶陵", ReportingPeriod.OfYear(2022), Money.FromYuan(100), s.Income, s.Expenditure),
            FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(101), s.Income, s.Expenditure),
            FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(100), s.Income.Add(IncomeLine.Other, Money.FromFen(1)), s.Expenditure),
            FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(100), s.Income, s.Expenditure.Add(ExpenditureLine.Other, Money.FromFen(1))),
            s.WithPersonalAccounts(Money.FromFen(1), Money.Zero),
            s.WithPersonalAccounts(Money.Zero, Money.FromFen(1)),
            FundStatement.FromReported(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(100), s.Income, s.Expenditure, s.Closing + Money.FromFen(1), IdentityMode.Report),
            FundStatement.Empty,
        ];
        foreach (FundStatement d in different)
        {
            Assert.False(s.Equals(d), d.ToString());
            Assert.False(s == d);
            Assert.True(s != d);
        }

        // A period-less statement equal in every other field is still different (HasPeriod is compared).
        FundStatement noPeriod = FundStatement.Empty.WithHeader(FundKind.ResidentBasic, "茶陵");
        FundStatement defaultPeriod = FundStatement.Create(FundKind.ResidentBasic, "茶陵", default, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        Assert.False(noPeriod.Equals(defaultPeriod));
        Assert.False(noPeriod.HasPeriod);
    }

    [Fact]
    public void The_surplus_is_explained_line_by_line()
    {
        Explanation x = Sample().ExplainSurplus();
        Assert.Equal("当期结余 current surplus", x.Name);
        Assert.Equal("18.00元", x.Value);
        Assert.Equal("当期收入 total income − 当期支出 total expenditure", x.Formula);
        Assert.Equal("城乡居民医保 茶陵 " + Y2021 + ": 52.00 − 34.00 = 18.00 元", x.Sentence);
        Assert.Equal("exact to the fen", x.Rounding);
        Explanation income = x.Inputs[0];
        Assert.Equal("当期收入 total income", income.Name);
        Assert.Equal("52.00元", income.Value);
        Assert.Equal("Σ income lines", income.Formula);
        Assert.Equal(6, income.Inputs.Count);
        Assert.Equal("保险费收入（征缴收入） premium income", income.Inputs[0].Name);
        Assert.Equal("50.00元", income.Inputs[0].Value);
        Assert.Equal("2.00元", income.Inputs[2].Value);
        Explanation expenditure = x.Inputs[1];
        Assert.Equal("当期支出 total expenditure", expenditure.Name);
        Assert.Equal("34.00元", expenditure.Value);
        Assert.Equal("Σ expenditure lines", expenditure.Formula);
        Assert.Equal(9, expenditure.Inputs.Count);
        Assert.Equal("新冠疫苗及接种费 COVID-19 vaccine and vaccination costs", expenditure.Inputs[6].Name);
        Assert.Equal("4.00元", expenditure.Inputs[6].Value);

        FundStatement deficit = FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Of(other: Money.FromYuan(1)));
        Assert.Equal("城乡居民医保 茶陵 " + Y2021 + ": 0.00 − 1.00 = -1.00 元 (收不抵支, a current deficit)", deficit.ExplainSurplus().Sentence);
        Assert.Equal(": 0.00 − 0.00 = 0.00 元", FundStatement.Empty.ExplainSurplus().Sentence);
    }

    [Fact]
    public void The_surplus_ratio_is_explained_with_its_figures()
    {
        // 18 / 52 = 34.615…% → 34.62%.
        Explanation x = Sample().ExplainSurplusRatio();
        Assert.Equal("当期结余率 current-surplus ratio", x.Name);
        Assert.Equal("34.62%", x.Value);
        Assert.Equal("当期结余 current surplus / 当期收入 income", x.Formula);
        Assert.Equal("exact; displayed to 0.01% (AwayFromZero, 四舍五入)", x.Rounding);
        Assert.Equal("城乡居民医保 茶陵 " + Y2021 + ": 18.00 / 52.00 = 34.62%", x.Sentence);
        Assert.Equal("当期结余 current surplus", x.Inputs[0].Name);
        Assert.Equal("当期收入 total income", x.Inputs[1].Name);

        FundStatement noIncome = FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        Explanation none = noIncome.ExplainSurplusRatio();
        Assert.Equal("not meaningful (zero income)", none.Value);
        Assert.Equal("城乡居民医保 茶陵 " + Y2021 + ": income is zero, the ratio is not meaningful", none.Sentence);

        Explanation ratio = new SurplusRatio(Money.FromYuan(18), Money.FromYuan(52)).Explain();
        Assert.Equal("18.00元", ratio.Inputs[0].Value);
        Assert.Equal("52.00元", ratio.Inputs[1].Value);
        Assert.Equal("当期结余 current surplus", ratio.Inputs[0].Name);
        Assert.Equal("当期收入 income", ratio.Inputs[1].Name);
    }

    [Fact]
    public void The_roll_forward_is_explained_and_a_break_is_noted()
    {
        Explanation x = Sample().ExplainRollForward();
        Assert.Equal("期末累计结余 closing balance", x.Name);
        Assert.Equal("118.00元", x.Value);
        Assert.Equal("期初累计结余 opening + 当期收入 income − 当期支出 expenditure", x.Formula);
        Assert.Null(x.Note);
        Assert.Equal("期初 opening 100.00 + 收入 income 52.00 − 支出 expenditure 34.00 = 118.00 元, reported 期末 closing 118.00 元 (difference 0.00 元)", x.Sentence);
        Assert.Equal("期初累计结余 opening", x.Inputs[0].Name);
        Assert.Equal("100.00元", x.Inputs[0].Value);
        Assert.Equal(3, x.Inputs.Count);

        FundStatement broken = FundStatement.FromReported(FundKind.ResidentBasic, "茶陵", Y2021, Money.FromYuan(100), Sample().Income, Sample().Expenditure, Money.FromYuan(117.5m), IdentityMode.Report);
        Assert.Equal("the identity does not hold: the reported closing balance differs by -0.50 元", broken.ExplainRollForward().Note);
        Assert.Equal("117.50元", broken.ExplainRollForward().Value);
    }

    [Fact]
    public void Year_on_year_changes_of_each_line()
    {
        FundStatement now = Sample();
        FundStatement before = FundStatement.Create(FundKind.ResidentBasic, "茶陵", ReportingPeriod.OfYear(2020), Money.FromYuan(80),
            IncomeLines.Of(premiums: Money.FromYuan(40), interest: Money.FromYuan(1)), ExpenditureLines.Of(inpatient: Money.FromYuan(20), vaccine: Money.FromYuan(1)));
        FundStatementChange c = now.ComparedWith(before);
        Assert.Equal(now, c.Current);
        Assert.Equal(before, c.Previous);
        Assert.Equal(Money.FromYuan(10), c.Of(IncomeLine.Premiums).Change);
        Assert.Equal(Money.FromYuan(10), c.Of(ExpenditureLine.Inpatient).Change);
        Assert.Equal(Money.FromYuan(11), c.IncomeTotal.Change);
        Assert.Equal(Money.FromYuan(13), c.ExpenditureTotal.Change);
        Assert.Equal(Money.FromYuan(10), c.BenefitExpenditure.Change);
        Assert.Equal(Money.FromYuan(-2), c.CurrentSurplus.Change);
        Assert.Equal(Money.FromYuan(18), c.Closing.Change); // 118 − 100
    }

    // ---- small records ----

    [Fact]
    public void A_printed_surplus_is_compared_within_a_tolerance()
    {
        PrintedComparison p = Sample().CompareSurplusWithPrinted(Money.FromYuan(18.02m));
        Assert.Equal(Money.FromYuan(18), p.Computed);
        Assert.Equal(Money.FromYuan(0.02m), p.Difference);
        Assert.False(p.Agrees);
        Assert.True(p.IsWithin(Money.FromYuan(0.02m)));
        Assert.False(p.IsWithin(Money.FromYuan(0.01m)));
        Assert.True(Sample().CompareSurplusWithPrinted(Money.FromYuan(18)).Agrees);
        Assert.True(Sample().CompareSurplusWithPrinted(Money.FromYuan(17.98m)).IsWithin(Money.FromYuan(0.02m)));
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => p.IsWithin(Money.FromFen(-1)));
        Assert.Equal("tolerance", e.ParamName);
        Assert.StartsWith("tolerance -0.01 is negative.", e.Message);
        Assert.True(Sample().CompareSurplusWithPrinted(Money.FromYuan(18)).IsWithin(Money.Zero));
    }

    [Fact]
    public void Accumulated_balance_shares_and_their_explanation()
    {
        // 93 pooled + 25 personal = 118; 93/118 = 78.81%, 25/118 = 21.19%.
        var b = new AccumulatedBalance(Money.FromYuan(93), Money.FromYuan(25));
        Assert.Equal(Money.FromYuan(118), b.Total);
        Assert.Equal(RatioOutcome.Meaningful, b.SharesOutcome);
        Assert.Equal(Rate.Of(Money.FromYuan(93), Money.FromYuan(118)), b.PooledShare);
        Assert.Equal(Rate.Of(Money.FromYuan(25), Money.FromYuan(118)), b.PersonalAccountShare);
        Assert.Equal(new AccumulatedBalance(Money.FromYuan(94), Money.FromYuan(27)), b + new AccumulatedBalance(Money.FromYuan(1), Money.FromYuan(2)));
        Explanation x = b.Explain();
        Assert.Equal("累计结余 accumulated balance", x.Name);
        Assert.Equal("118.00元", x.Value);
        Assert.Equal("统筹基金 pooled fund + 个人账户 personal accounts", x.Formula);
        Assert.Equal("统筹基金 pooled fund", x.Inputs[0].Name);
        Assert.Equal("93.00元", x.Inputs[0].Value);
        Assert.Equal("share 78.81% = pooled / total", x.Inputs[0].Note);
        Assert.Equal("个人账户 personal accounts", x.Inputs[1].Name);
        Assert.Equal("25.00元", x.Inputs[1].Value);
        Assert.Equal("share 21.19% = personal / total", x.Inputs[1].Note);

        var zero = new AccumulatedBalance(Money.Zero, Money.Zero);
        Assert.Equal(RatioOutcome.NotMeaningful, zero.SharesOutcome);
        var e = Assert.Throws<InvalidOperationException>(() => zero.PooledShare);
        Assert.StartsWith("The shares of an accumulated balance of zero (pooled 0.00, personal 0.00) are not meaningful", e.Message);
        Assert.Throws<InvalidOperationException>(() => zero.PersonalAccountShare);
        Assert.Equal("share not meaningful (zero total)", zero.Explain().Inputs[0].Note);
        Assert.Equal("share not meaningful (zero total)", zero.Explain().Inputs[1].Note);
    }

    [Fact]
    public void The_surplus_ratio_without_income_names_the_surplus()
    {
        var r = new SurplusRatio(Money.FromYuan(-3), Money.Zero);
        Assert.Equal(RatioOutcome.NotMeaningful, r.Outcome);
        Assert.False(r.TryGetRate(out Rate rate));
        Assert.Equal(default, rate);
        var e = Assert.Throws<InvalidOperationException>(() => r.Rate);
        Assert.Equal("当期结余率 is not meaningful: income is zero (surplus -3.00 元); check Outcome first.", e.Message);
        var ok = new SurplusRatio(Money.FromYuan(1), Money.FromYuan(4));
        Assert.Equal(RatioOutcome.Meaningful, ok.Outcome);
        Assert.Equal(Rate.FromRatio(1, 4), ok.Rate);
        Assert.True(ok.TryGetRate(out rate));
        Assert.Equal(Rate.FromRatio(1, 4), rate);
    }

    [Fact]
    public void A_roll_forward_describes_its_figures()
    {
        RollForward r = RollForward.Of(Money.FromYuan(100), Money.FromYuan(52), Money.FromYuan(34), Money.FromYuan(119));
        Assert.Equal(Money.FromYuan(118), r.ExpectedClosing);
        Assert.Equal(Money.FromYuan(1), r.Difference);
        Assert.Equal(RollForwardOutcome.Broken, r.Outcome);
        Assert.Equal(Money.FromYuan(100), r.Opening);
        Assert.Equal(Money.FromYuan(52), r.Income);
        Assert.Equal(Money.FromYuan(34), r.Expenditure);
        Assert.Equal(Money.FromYuan(119), r.ReportedClosing);
        Assert.Equal("期初 opening 100.00 + 收入 income 52.00 − 支出 expenditure 34.00 = 118.00 元, reported 期末 closing 119.00 元 (difference 1.00 元)", r.Describe());
        Assert.Equal(RollForwardOutcome.Holds, RollForward.Of(Money.FromYuan(100), Money.FromYuan(52), Money.FromYuan(34), Money.FromYuan(118)).Outcome);
    }

    // ---- custom lines ----

    [Fact]
    public void Custom_lines_name_their_parent()
    {
        CustomLine premiums = CustomLine.UnderIncome(IncomeLine.Premiums, "flexible", "灵活就业人员缴费", "flexibly employed premiums");
        Assert.Equal("flexible", premiums.Code);
        Assert.Equal("灵活就业人员缴费", premiums.ChineseName);
        Assert.Equal("flexibly employed premiums", premiums.EnglishName);
        Assert.Equal(IncomeLine.Premiums, premiums.IncomeParent);
        Assert.Null(premiums.ExpenditureParent);
        Assert.Equal("灵活就业人员缴费 (flexible) under 保险费收入（征缴收入）", premiums.ToString());
        CustomLine drugs = CustomLine.UnderExpenditure(ExpenditureLine.Outpatient, "drugs", "门诊药品", "outpatient drugs");
        Assert.Equal(ExpenditureLine.Outpatient, drugs.ExpenditureParent);
        Assert.Null(drugs.IncomeParent);
        Assert.Equal("门诊药品 (drugs) under 普通门急诊", drugs.ToString());
    }

    [Theory]
    [InlineData("", "名", "name", "code", "code of the custom line is empty.")]
    [InlineData("x", " ", "name", "chineseName", "chineseName of custom line \"x\" is empty.")]
    [InlineData("x", "名", "", "englishName", "englishName of custom line \"x\" is empty.")]
    public void Custom_lines_with_an_empty_name_are_refused(string code, string chineseName, string englishName, string param, string message)
    {
        var income = Assert.Throws<ArgumentException>(() => CustomLine.UnderIncome(IncomeLine.Other, code, chineseName, englishName));
        Assert.Equal(param, income.ParamName);
        Assert.StartsWith(message, income.Message);
        var expenditure = Assert.Throws<ArgumentException>(() => CustomLine.UnderExpenditure(ExpenditureLine.Other, code, chineseName, englishName));
        Assert.Equal(param, expenditure.ParamName);
    }

    [Fact]
    public void A_breakdown_adds_sub_lines_sums_them_under_their_parent_and_checks_them()
    {
        CustomLine flexible = CustomLine.UnderIncome(IncomeLine.Premiums, "flexible", "灵活就业人员缴费", "flexibly employed premiums");
        CustomLine students = CustomLine.UnderIncome(IncomeLine.Premiums, "students", "学生缴费", "student premiums");
        CustomLine drugs = CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "drugs", "住院药品", "inpatient drugs");
        LineBreakdown b = LineBreakdown.Empty.Add(flexible, Money.FromYuan(10)).Add(students, Money.FromYuan(5)).Add(flexible, Money.FromYuan(1)).Add(drugs, Money.FromYuan(12));
        Assert.Equal(Money.FromYuan(11), b[flexible]);
        Assert.Equal(Money.Zero, LineBreakdown.Empty[flexible]);
        Assert.Equal(Money.FromYuan(16), b.SumUnder(IncomeLine.Premiums));
        Assert.Equal(Money.Zero, b.SumUnder(IncomeLine.Interest));
        Assert.Equal(Money.FromYuan(12), b.SumUnder(ExpenditureLine.Inpatient));
        Assert.Equal(Money.Zero, b.SumUnder(ExpenditureLine.Outpatient));
        Assert.Equal(["drugs", "flexible", "students"], b.Lines.Select(l => l.Line.Code).ToArray());
        Assert.Empty(LineBreakdown.Empty.Lines);

        FundStatement s = Sample(); // premiums 50, inpatient 30
        Assert.Equal(Money.FromYuan(34), b.Remainder(s, IncomeLine.Premiums));
        Assert.Equal(Money.FromYuan(18), b.Remainder(s, ExpenditureLine.Inpatient));
        b.CheckAgainst(s);

        // Sub-lines equal to the line are fine; a fen more is refused, naming the line and both sums.
        LineBreakdown.Empty.Add(flexible, Money.FromYuan(50)).Add(drugs, Money.FromYuan(30)).CheckAgainst(s);
        var income = Assert.Throws<ArgumentException>(() => LineBreakdown.Empty.Add(flexible, Money.FromYuan(50.01m)).CheckAgainst(s));
        Assert.Equal("statement", income.ParamName);
        Assert.StartsWith("the sub-lines of 保险费收入（征缴收入） (premiums) sum to 50.01 元, more than the line itself (50.00 元).", income.Message);
        var expenditure = Assert.Throws<ArgumentException>(() => LineBreakdown.Empty.Add(drugs, Money.FromYuan(30.01m)).CheckAgainst(s));
        Assert.StartsWith("the sub-lines of 住院 (inpatient) sum to 30.01 元, more than the line itself (30.00 元).", expenditure.Message);

        // Negative amounts compare by magnitude: −50 under a −50 line is fine, −51 is not.
        FundStatement refund = FundStatement.Create(FundKind.ResidentBasic, "茶陵", Y2021, Money.Zero, IncomeLines.Of(premiums: Money.FromYuan(-50)), ExpenditureLines.Of(inpatient: Money.FromYuan(-30)));
        LineBreakdown.Empty.Add(flexible, Money.FromYuan(-50)).Add(drugs, Money.FromYuan(-30)).CheckAgainst(refund);
        Assert.Throws<ArgumentException>(() => LineBreakdown.Empty.Add(flexible, Money.FromYuan(-51)).CheckAgainst(refund));
        Assert.Throws<ArgumentException>(() => LineBreakdown.Empty.Add(drugs, Money.FromYuan(-31)).CheckAgainst(refund));
    }

    [Fact]
    public void Breakdowns_merge_and_refuse_two_lines_with_one_code()
    {
        CustomLine flexible = CustomLine.UnderIncome(IncomeLine.Premiums, "flexible", "灵活就业人员缴费", "flexibly employed premiums");
        CustomLine flexibleElsewhere = CustomLine.UnderIncome(IncomeLine.Other, "flexible", "灵活就业人员缴费", "flexibly employed premiums");
        CustomLine drugs = CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "drugs", "住院药品", "inpatient drugs");
        LineBreakdown a = LineBreakdown.Empty.Add(flexible, Money.FromYuan(10));
        LineBreakdown b = LineBreakdown.Empty.Add(flexible, Money.FromYuan(5)).Add(drugs, Money.FromYuan(1));
        LineBreakdown m = LineBreakdown.Merge(a, b);
        Assert.Equal(Money.FromYuan(15), m[flexible]);
        Assert.Equal(Money.FromYuan(1), m[drugs]);
        Assert.Equal(Money.FromYuan(10), a[flexible]); // a is unchanged

        var e = Assert.Throws<ArgumentException>(() => a.Add(flexibleElsewhere, Money.FromYuan(1)));
        Assert.Equal("line", e.ParamName);
        Assert.StartsWith("custom line code \"flexible\" is already defined as 灵活就业人员缴费 (flexible) under 保险费收入（征缴收入）; cannot add 灵活就业人员缴费 (flexible) under 其他收入.", e.Message);
        Assert.Throws<ArgumentException>(() => LineBreakdown.Merge(a, LineBreakdown.Empty.Add(flexibleElsewhere, Money.FromYuan(1))));

        Assert.Equal("line", Assert.Throws<ArgumentNullException>(() => a.Add(null!, Money.Zero)).ParamName);
        Assert.Equal("left", Assert.Throws<ArgumentNullException>(() => LineBreakdown.Merge(null!, a)).ParamName);
        Assert.Equal("right", Assert.Throws<ArgumentNullException>(() => LineBreakdown.Merge(a, null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => a.SameAs(null!)).ParamName);
    }

    [Fact]
    public void Breakdowns_are_the_same_only_with_the_same_lines_and_amounts()
    {
        CustomLine flexible = CustomLine.UnderIncome(IncomeLine.Premiums, "flexible", "灵活就业人员缴费", "flexibly employed premiums");
        CustomLine flexibleElsewhere = CustomLine.UnderIncome(IncomeLine.Other, "flexible", "灵活就业人员缴费", "flexibly employed premiums");
        CustomLine drugs = CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "drugs", "住院药品", "inpatient drugs");
        CustomLine pills = CustomLine.UnderExpenditure(ExpenditureLine.Inpatient, "pills", "住院药品", "inpatient drugs");
        LineBreakdown a = LineBreakdown.Empty.Add(flexible, Money.FromYuan(10)).Add(drugs, Money.FromYuan(1));
        Assert.True(a.SameAs(LineBreakdown.Empty.Add(drugs, Money.FromYuan(1)).Add(flexible, Money.FromYuan(10))));
        Assert.True(LineBreakdown.Empty.SameAs(LineBreakdown.Empty));
        Assert.False(a.SameAs(LineBreakdown.Empty.Add(flexible, Money.FromYuan(10))));
        Assert.False(a.SameAs(LineBreakdown.Empty.Add(flexible, Money.FromYuan(10)).Add(drugs, Money.FromYuan(2))));
        Assert.False(a.SameAs(LineBreakdown.Empty.Add(flexible, Money.FromYuan(10)).Add(pills, Money.FromYuan(1))));
        Assert.False(a.SameAs(LineBreakdown.Empty.Add(flexibleElsewhere, Money.FromYuan(10)).Add(drugs, Money.FromYuan(1))));
    }
}
