namespace FundMath.Tests.Funds;

using System;
using System.Linq;
using FundMath;
using FundMath.Funds;

public class FundLinesTests
{
    [Fact]
    public void Every_line_round_trips_through_its_code_and_has_names()
    {
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            IncomeLine line = IncomeLine.FromIndex(i);
            Assert.True(IncomeLine.TryParse(line.Code, out IncomeLine parsed));
            Assert.Equal(line, parsed);
            Assert.False(string.IsNullOrEmpty(line.ChineseName));
        }

        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            ExpenditureLine line = ExpenditureLine.FromIndex(i);
            Assert.True(ExpenditureLine.TryParse(line.Code, out ExpenditureLine parsed));
            Assert.Equal(line, parsed);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => IncomeLine.FromIndex(IncomeLine.Count));
        Assert.False(IncomeLine.TryParse("nope", out _));
    }

    [Fact]
    public void Benefits_are_the_six_treatment_lines_only()
    {
        Assert.True(ExpenditureLine.Inpatient.IsBenefit);
        Assert.True(ExpenditureLine.PersonalAccount.IsBenefit);
        Assert.False(ExpenditureLine.Vaccine.IsBenefit);
        Assert.False(ExpenditureLine.TransfersOut.IsBenefit);
        ExpenditureLines e = ExpenditureLines.Of(inpatient: Money.FromYuan(1), maternity: Money.FromYuan(2), vaccine: Money.FromYuan(4), other: Money.FromYuan(8));
        Assert.Equal(Money.FromYuan(3), e.Benefits);
        Assert.Equal(Money.FromYuan(15), e.Total);
    }

    [Fact]
    public void Line_sets_add_and_subtract_line_by_line()
    {
        IncomeLines a = IncomeLines.Of(premiums: Money.FromYuan(10), interest: Money.FromYuan(1));
        IncomeLines b = IncomeLines.Of(premiums: Money.FromYuan(5), other: Money.FromYuan(2));
        Assert.Equal(IncomeLines.Of(premiums: Money.FromYuan(15), interest: Money.FromYuan(1), other: Money.FromYuan(2)), a + b);
        Assert.Equal(a, (a + b) - b);
        Assert.Equal(Money.FromYuan(11), a.With(IncomeLine.Interest, Money.FromYuan(1)).Total);
        Assert.Equal(Money.FromYuan(20), a.Add(IncomeLine.Premiums, Money.FromYuan(9)).Total);
        Assert.Throws<ArgumentException>(() => IncomeLines.FromSpan(new Money[IncomeLine.Count + 1]));
    }

    [Fact]
    public void Predefined_fund_kinds_have_unique_codes_and_combine_as_a_semilattice()
    {
        Assert.Equal(8, FundKind.Predefined.Length);
        Assert.Equal(8, FundKind.Predefined.ToArray().Select(k => k.Code).Distinct().Count());
        Assert.True(FundKind.TryGetPredefined("employee.personal", out FundKind personal));
        Assert.Equal("个人账户", personal.ChineseName);
        Assert.True(default(FundKind).IsNone);
        FundStatement a = FundStatement.Create(FundKind.EmployeePooledFund, "R", ReportingPeriod.OfYear(2021), Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        FundStatement b = FundStatement.Create(FundKind.EmployeePersonalAccounts, "R", ReportingPeriod.OfYear(2021), Money.Zero, IncomeLines.Zero, ExpenditureLines.Zero);
        Assert.True((a + b).Kind.IsSeveral);
        Assert.Equal(FundKind.EmployeeBasic, FundStatement.Consolidate([a, b], FundKind.EmployeeBasic, "R").Kind);
        Assert.Equal(FundKind.EmployeePooledFund, (a + FundStatement.Empty).Kind);
    }
}
