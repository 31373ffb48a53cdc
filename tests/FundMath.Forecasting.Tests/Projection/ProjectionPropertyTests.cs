using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Tests.Support;
using FundMath.Funds;
using FundMath.Testing.Forecasting;

namespace FundMath.Forecasting.Tests.Projection;

public class ProjectionPropertyTests
{
    [FundMathProperty]
    public Property Every_projected_year_rolls_forward_exactly(ProjectionCase c)
    {
        ProjectionResult r = Projector.Run(ProjectionTestData.Model(c));
        bool ok = true;
        foreach (FundProjection f in r.Funds)
        {
            Money opening = f.BaseBalance;
            foreach (ProjectedYear y in f.Years)
            {
                ok &= y.Statement.RollForward.Outcome == RollForwardOutcome.Holds
                    && y.Opening == opening
                    && y.Closing == y.Opening + y.Income - y.Expenditure
                    && y.CurrentSurplus == y.Income - y.Expenditure;
                opening = y.Closing;
            }

            ok &= f.Years.Count == c.Horizon && f.FinalBalance == opening;
        }

        if (r.EmployeePooled is { } pooled && r.PersonalAccounts is { } accounts)
        {
            // The retiree credit leaves the pooled fund and enters the accounts as the same Money: nothing is lost.
            ok &= pooled.Years.Zip(accounts.Years).All(p => p.First.Statement.Expenditure[ExpenditureLine.TransfersOut] == p.Second.Statement.Income[IncomeLine.TransfersIn]);
        }

        return ok.Label(c.ToString());
    }

    [FundMathProperty]
    public Property Zero_growth_gives_flat_flows_and_a_balance_moving_by_a_constant_surplus(ProjectionCase c)
    {
        var model = ProjectionModel.Create(c.Start, ProjectionTestData.ZeroGrowth, c.Horizon, ProjectionTestData.ConstantStandards(610, 350));
        ProjectionResult r = Projector.Run(model);
        bool ok = true;
        foreach (FundProjection f in r.Funds)
        {
            ProjectedYear first = f.Years[0];
            foreach (ProjectedYear y in f.Years)
            {
                ok &= y.Income == first.Income && y.Expenditure == first.Expenditure && y.Closing == f.BaseBalance + (first.CurrentSurplus * (y.Year - 2021));
            }
        }

        return ok.Label(c.ToString());
    }

    [FundMathProperty]
    public Property More_pessimistic_assumptions_never_give_a_later_exhaustion_year() =>
        Prop.ForAll(ForecastArbitraries.Projections(), ForecastArbitraries.PessimisticShifts(), (c, shift) =>
        {
            ProjectionModel baseline = ProjectionTestData.Model(c);
            ProjectionModel worse;
            try
            {
                worse = baseline.With(shift.ApplyTo(c.Assumptions));
            }
            catch (ForecastInputException)
            {
                return true.Label("shift leaves the allowed range: " + shift); // e.g. a 0% rate moved down
            }

            ProjectionResult a = Projector.Run(baseline), b = Projector.Run(worse);
            static int Year(FundProjection? f) => f?.Exhaustion.Year ?? int.MaxValue;
            static long Final(FundProjection? f) => f?.FinalBalance.Fen ?? 0;
            return (Year(b.EmployeePooled) <= Year(a.EmployeePooled) && Year(b.Resident) <= Year(a.Resident)
                && Final(b.EmployeePooled) <= Final(a.EmployeePooled) && Final(b.Resident) <= Final(a.Resident)).Label($"{shift} on {c}");
        });

    [FundMathProperty]
    public Property More_retirements_never_give_a_later_exhaustion_year_while_a_retiree_costs_at_least_an_in_service_member() =>
        // The conditional law for the retirement rate (its PessimisticDirection is 0, see the next test): with retired
        // costs growing at least as fast as in-service costs (and a retired cost weight ≥ 1, as generated) a retiree
        // costs the pooled fund more than an in-service member nets it in every year; with no retiree mortality an
        // earlier retirement brings no earlier exit. Joiners and leavers are held at 0 too: both are proportional to
        // the in-service stock, and once an in-service member costs more than he pays (costs growing 8.85% a year
        // against a base shrinking 2%: FsCheck replay (11342324887666198045,12760574988464652279,74)) the smaller
        // in-service stock of the faster-retiring fund recruits fewer loss-making joiners and ends with a higher
        // balance. With no flows proportional to the in-service stock, each extra retirement turns a member netting
        // p − c into a retiree costing w·c (w ≥ 1): a change of −p − (w − 1)·c < 0, so every later balance is lower.
        Prop.ForAll(ForecastArbitraries.Projections(), Gen.Choose(1, 50).ToArbitrary(), (c, size) =>
        {
            ProjectionAssumptions held = c.Assumptions with
            {
                RetireeMortality = 0,
                InServiceJoinRate = 0,
                InServiceLeaveRate = 0,
                RetiredCostGrowth = Math.Max(c.Assumptions.RetiredCostGrowth, c.Assumptions.InServiceCostGrowth),
            };
            ProjectionModel baseline = ProjectionTestData.Model(c).With(held);
            ProjectionModel worse = baseline.With(held with { RetirementRate = held.RetirementRate + (size / 1000.0) });
            FundProjection? a = Projector.Run(baseline).EmployeePooled, b = Projector.Run(worse).EmployeePooled;
            bool ok = a is null == b is null
                && (a is null || (b!.Exhaustion.Year ?? int.MaxValue) <= (a.Exhaustion.Year ?? int.MaxValue)
                    && a.Years.Zip(b.Years).All(p => p.Second.Closing <= p.First.Closing));
            return ok.Label($"retirementRate +{size / 10.0}pp on {c}");
        });

    [Fact]
    public void More_retirements_can_raise_the_pooled_balance_when_in_service_costs_outgrow_retired_costs()
    {
        // The case FsCheck found (replay seed (12341805872426797112,10544793406618247699,18), shrunk): 10,000 members,
        // 2,000 retirees, base 3,000元, employer 6%, benefits 0.4 × premiums, retired cost weight 1; in-service cost
        // growth 4.95% a year, retired cost growth 0, contribution base −2% a year, 29 years. By year t an in-service
        // member costs 1.0495^t × c₀ and pays 0.98^t × p₀ (c₀ ≈ 0.27 p₀), a retiree costs c₀: retiring a member
        // stops p and replaces the in-service cost by the (lower) retired one, which raises the balance once
        // c₀(1.0495^t − 1) > 0.98^t × p₀ — about year 22. So the retirement rate has no pessimistic direction.
        int[] genome = new int[36]; // ForecastArbitraries decodes 36 genes
        genome[32] = 495;
        genome[35] = 934;
        ProjectionCase c = ForecastArbitraries.Decode(genome);
        Assert.Equal(29, c.Horizon);
        Assert.Equal(0.0495, c.Assumptions.InServiceCostGrowth, 12);
        Assert.Equal(0.0, c.Assumptions.RetiredCostGrowth);

        ProjectionModel baseline = ProjectionTestData.Model(c);
        ProjectionModel more = baseline.With(c.Assumptions with { RetirementRate = 0.007 });
        FundProjection a = Projector.Run(baseline).EmployeePooled!, b = Projector.Run(more).EmployeePooled!;

        Assert.True(b.FinalBalance > a.FinalBalance, $"final pooled balance {b.FinalBalance} with +0.7pp retirements vs {a.FinalBalance}");
        Assert.True(b.Years[0].Closing < a.Years[0].Closing, "in the first year a retirement still costs the fund");
        Assert.Equal(0, AssumptionShift.PessimisticDirection(AssumptionKind.RetirementRate));
    }

    [FundMathProperty]
    public Property Months_of_cover_are_the_cores_on_closing_balance_and_expenditure(ProjectionCase c)
    {
        ProjectionResult r = Projector.Run(ProjectionTestData.Model(c));
        bool ok = true;
        foreach (FundProjection f in r.Funds.Where(f => !f.Kind.Equals(FundKind.EmployeePersonalAccounts)))
        {
            foreach (ProjectedYear y in f.Years)
            {
                var expected = FundMath.Analysis.MonthsOfCover.Compute(ReportingPeriod.OfYear(y.Year), y.Closing, FundMath.Analysis.BalanceDeductions.None,
                    FundMath.Analysis.MonthlyExpenditure.OfPeriod(y.Expenditure, ReportingPeriod.OfYear(y.Year)), FundMath.Analysis.CoverBandPolicy.Default);
                ok &= y.HasCover && y.Cover == expected;
            }
        }

        return ok.Label(c.ToString());
    }
}
