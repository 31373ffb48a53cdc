using System;
using FundMath.Analysis;
using FundMath.Cohorts;
using FundMath.Funds;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// Runs a deterministic projection — 确定性预测: each year the cohorts, base and costs move by the assumptions, each
/// flow is rounded to the fen with the model's named mode, and the closing balance is derived in Money
/// (opening + income − expenditure), so every year's statement passes the roll-forward identity exactly.
/// </summary>
public static class Projector
{
    /// <summary>Projects every fund of <paramref name="model"/> over its horizon.</summary>
    public static ProjectionResult Run(ProjectionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        FundProjection? pooled = null, accounts = null, resident = null;
        string region = model.Start.Region;
        MidpointRounding mode = model.Rounding;
        if (model.Start.Employee is { } start)
        {
            var pooledYears = new ProjectedYear[model.Horizon];
            var accountYears = new ProjectedYear[model.Horizon];
            EmployeeState s = model.EmployeeInitial;
            EmployeeParameters p = model.EmployeeParameters;
            Money pooledBalance = start.PooledBalance;
            Money accountBalance = start.PersonalAccountBalance;
            for (int t = 1; t <= model.Horizon; t++)
            {
                var period = ReportingPeriod.OfYear(model.Start.BaseYear + t);
                ProjectionKernel.StepEmployee(ref s, p, 0, 0, 1.0, out EmployeeFlows f);
                Money credits = ForecastMoney.FromYuan(f.Credits, mode, "retiree account credits");
                IncomeLines pooledIncome = IncomeLines.Zero
                    .With(IncomeLine.Premiums, ForecastMoney.FromYuan(f.PooledPremiums, mode, "pooled premiums"))
                    .With(IncomeLine.Interest, ForecastMoney.FromYuan(f.PooledInterest, mode, "pooled interest"));
                ExpenditureLines pooledSpent = ExpenditureLines.Zero
                    .With(ExpenditureLine.OtherBenefits, ForecastMoney.FromYuan(f.Benefits, mode, "pooled benefits"))
                    .With(ExpenditureLine.TransfersOut, credits);
                FundStatement ps = FundStatement.Create(FundKind.EmployeePooledFund, region, period, pooledBalance, pooledIncome, pooledSpent);
                IncomeLines accountIncome = IncomeLines.Zero
                    .With(IncomeLine.Premiums, ForecastMoney.FromYuan(f.AccountPremiums, mode, "account premiums"))
                    .With(IncomeLine.Interest, ForecastMoney.FromYuan(f.AccountInterest, mode, "account interest"))
                    .With(IncomeLine.TransfersIn, credits);
                ExpenditureLines accountSpent = ExpenditureLines.Zero
                    .With(ExpenditureLine.PersonalAccount, ForecastMoney.FromYuan(f.AccountSpending, mode, "account spending"));
                FundStatement accs = FundStatement.Create(FundKind.EmployeePersonalAccounts, region, period, accountBalance, accountIncome, accountSpent);
                pooledBalance = ps.Closing;
                accountBalance = accs.Closing;
                s.Pooled = ForecastMoney.ToYuan(pooledBalance);
                s.Account = ForecastMoney.ToYuan(accountBalance);
                var inService = Headcount.FromPersons((long)Math.Round(s.InService, MidpointRounding.AwayFromZero));
                var retired = Headcount.FromPersons((long)Math.Round(s.Retired, MidpointRounding.AwayFromZero));
                var ratio = new SupportRatio(inService, retired);
                CoverBandPolicy bands = model.Bands[t];
                pooledYears[t - 1] = new ProjectedYear(ps, Cover(period, ps, bands), true, inService + retired, ratio);
                accountYears[t - 1] = new ProjectedYear(accs, default, false, inService + retired, ratio);
            }

            pooled = new FundProjection(FundKind.EmployeePooledFund, start.PooledBalance, pooledYears);
            accounts = new FundProjection(FundKind.EmployeePersonalAccounts, start.PersonalAccountBalance, accountYears);
        }

        if (model.Start.Resident is { } r)
        {
            var years = new ProjectedYear[model.Horizon];
            double[] counts = model.ResidentCounts.ToArray();
            double[] costs = model.ResidentCosts.ToArray();
            Money balance = r.Balance;
            double utilisation = model.Assumptions.Utilisation;
            for (int t = 1; t <= model.Horizon; t++)
            {
                var period = ReportingPeriod.OfYear(model.Start.BaseYear + t);
                ProjectionKernel.StepResident(counts, costs, model.ResidentGrowth, model.ResidentCostGrowthRates, model.IndividualYuan[t], model.SubsidyYuan[t],
                    model.Assumptions.InterestRate, ForecastMoney.ToYuan(balance), utilisation, 0, out ResidentFlows f);
                IncomeLines income = IncomeLines.Zero
                    .With(IncomeLine.Premiums, ForecastMoney.FromYuan(f.Individual, mode, "resident individual contributions"))
                    .With(IncomeLine.FiscalSubsidy, ForecastMoney.FromYuan(f.Subsidy, mode, "resident fiscal subsidies"))
                    .With(IncomeLine.Interest, ForecastMoney.FromYuan(f.Interest, mode, "resident interest"));
                ExpenditureLines spent = ExpenditureLines.Zero
                    .With(ExpenditureLine.OtherBenefits, ForecastMoney.FromYuan(f.Benefits, mode, "resident benefits"));
                FundStatement st = FundStatement.Create(FundKind.ResidentBasic, region, period, balance, income, spent);
                balance = st.Closing;
                years[t - 1] = new ProjectedYear(st, Cover(period, st, model.Bands[t]), true, Headcount.FromPersons((long)Math.Round(f.Persons, MidpointRounding.AwayFromZero)), null);
            }

            resident = new FundProjection(FundKind.ResidentBasic, r.Balance, years);
        }

        return new ProjectionResult(model, pooled, accounts, resident);
    }

    private static MonthsOfCover Cover(ReportingPeriod period, in FundStatement s, CoverBandPolicy bands) =>
        MonthsOfCover.Compute(period, s.Closing, BalanceDeductions.None, MonthlyExpenditure.OfPeriod(s.ExpenditureTotal, period), bands);
}
