using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Tests.Support;
using FundMath.Funds;
using FundMath.Testing;

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
