using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Analysis;
using FundMath.Explain;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Forecasting.Projection;

/// <summary>
/// A validated, calibrated projection of one region — 预测模型: the start position, one scenario's assumptions, the
/// dated parameters (funding standards, months-of-cover bands) resolved year by year, and the base-year
/// calibration (collection ratio, per-capita costs). Build it with <see cref="Create"/>; run it with
/// <see cref="Projector.Run"/> (deterministic) or <see cref="Stress.MonteCarlo"/> (stress).
/// </summary>
public sealed class ProjectionModel
{
    private readonly double[] residentCounts;
    private readonly double[] residentCosts;
    private readonly double[] residentGrowth;
    private readonly double[] residentCostGrowth;
    private readonly double[] subsidyYuan;
    private readonly double[] individualYuan;
    private readonly CoverBandPolicy[] bands;

    private ProjectionModel(ProjectionStart start, ProjectionAssumptions assumptions, ParameterSet parameters, int horizon, MidpointRounding rounding)
    {
        Start = start;
        Assumptions = assumptions;
        Parameters = parameters;
        Horizon = horizon;
        Rounding = rounding;
        bands = new CoverBandPolicy[horizon + 1];
        for (int t = 0; t <= horizon; t++)
        {
            bands[t] = CoverBandPolicy.FromParameters(parameters, new LocalDate(start.BaseYear + t, 12, 31));
        }

        if (start.Employee is { } e)
        {
            double n = e.InService.Persons;
            double wages = ForecastMoney.ToYuan(e.AverageMonthlyBase) * 12.0 * n;
            double rates = (double)(e.EmployerRate.Value.Numerator) / e.EmployerRate.Value.Denominator
                + ((double)e.IndividualRate.Value.Numerator / e.IndividualRate.Value.Denominator);
            if (!(wages * rates > 0))
            {
                ForecastChecks.Throw("employee", "(employer rate + individual rate) × base × 12 × in service = 0", "leaves no premiums to calibrate the collection ratio: rates, base and in-service count must be positive");
            }

            CollectionRatio = ForecastMoney.ToYuan(e.PremiumIncome) / (wages * rates);
            ForecastChecks.InRange("employee.premiumIncome (collection ratio)", CollectionRatio, 0.01, 2.0,
                "the plausible collection ratio premium income / (rates × base × 12 × in service)");
            double weighted = n + (e.RetiredCostWeight * e.Retired.Persons);
            CostPerInService = ForecastMoney.ToYuan(e.PooledBenefits) / weighted;
            CostPerRetiree = CostPerInService * e.RetiredCostWeight;
            EmployeeParameters = new EmployeeParameters
            {
                Join = assumptions.InServiceJoinRate,
                Leave = assumptions.InServiceLeaveRate,
                Retirement = assumptions.RetirementRate,
                Mortality = assumptions.RetireeMortality,
                BaseGrowth = assumptions.ContributionBaseGrowth,
                CostGrowthInService = assumptions.InServiceCostGrowth,
                CostGrowthRetired = assumptions.RetiredCostGrowth,
                PooledRate = ((double)e.EmployerRate.Value.Numerator / e.EmployerRate.Value.Denominator) * CollectionRatio,
                AccountRate = ((double)e.IndividualRate.Value.Numerator / e.IndividualRate.Value.Denominator) * CollectionRatio,
                CreditPerYear = ForecastMoney.ToYuan(e.RetireeAccountCredit) * 12.0,
                Drawdown = assumptions.PersonalAccountDrawdown,
                Interest = assumptions.InterestRate,
                Utilisation = assumptions.Utilisation,
            };
            EmployeeInitial = new EmployeeState
            {
                InService = n,
                Retired = e.Retired.Persons,
                Base = ForecastMoney.ToYuan(e.AverageMonthlyBase),
                CostInService = CostPerInService,
                CostRetired = CostPerRetiree,
                Pooled = ForecastMoney.ToYuan(e.PooledBalance),
                Account = ForecastMoney.ToYuan(e.PersonalAccountBalance),
            };
        }

        if (start.Resident is { } r)
        {
            int k = r.Cohorts.Count;
            residentCounts = new double[k];
            residentCosts = new double[k];
            residentGrowth = new double[k];
            residentCostGrowth = new double[k];
            double weighted = 0;
            for (int i = 0; i < k; i++)
            {
                ResidentCohortStart c = r.Cohorts[i];
                residentCounts[i] = c.Count.Persons;
                weighted += c.CostWeight * c.Count.Persons;
                double all = assumptions.ResidentCohortGrowth.TryGetValue(AssumptionShift.AllCohorts, out double a) ? a : 0.0;
                residentGrowth[i] = (assumptions.ResidentCohortGrowth.TryGetValue(c.Name, out double g) ? g : 0.0) + all;
                residentCostGrowth[i] = assumptions.ResidentCohortCostGrowth.TryGetValue(c.Name, out double cg) ? cg : assumptions.ResidentCostGrowth;
                ForecastChecks.InRange($"assumption residentCohortGrowth[{c.Name}]", residentGrowth[i], -0.5, 0.5, "the allowed net yearly growth of a cohort");
                ForecastChecks.InRange($"assumption residentCostGrowth[{c.Name}]", residentCostGrowth[i], -0.5, 1.0, "the allowed yearly growth");
            }

            if (!(weighted > 0))
            {
                ForecastChecks.Throw("resident.cohorts", "Σ weight × count = 0", "leaves nothing to split the base year's benefits over: give at least one cohort persons and a positive weight");
            }

            double total = ForecastMoney.ToYuan(r.Benefits);
            for (int i = 0; i < k; i++)
            {
                residentCosts[i] = total * r.Cohorts[i].CostWeight / weighted;
            }

            ResidentBalance = ForecastMoney.ToYuan(r.Balance);
            int last = start.BaseYear + horizon;
            Subsidy = StandardPath.Build(parameters, NationalParameters.Resident.FiscalSubsidy, start.BaseYear, last, assumptions.SubsidyExtrapolation, rounding);
            int lag = r.IndividualContributionLag;
            Individual = StandardPath.Build(parameters, NationalParameters.Resident.IndividualContribution, start.BaseYear - lag, last - lag, assumptions.IndividualExtrapolation, rounding);
            subsidyYuan = new double[horizon + 1];
            individualYuan = new double[horizon + 1];
            for (int t = 0; t <= horizon; t++)
            {
                subsidyYuan[t] = ForecastMoney.ToYuan(Subsidy.At(start.BaseYear + t));
                individualYuan[t] = ForecastMoney.ToYuan(Individual.At(start.BaseYear + t - lag));
            }
        }
        else
        {
            residentCounts = residentCosts = residentGrowth = residentCostGrowth = subsidyYuan = individualYuan = [];
        }
    }

    /// <summary>The start position.</summary>
    public ProjectionStart Start { get; }

    /// <summary>The scenario's assumptions.</summary>
    public ProjectionAssumptions Assumptions { get; }

    /// <summary>The parameter set the standards and bands were read from.</summary>
    public ParameterSet Parameters { get; }

    /// <summary>Projected years (1–50).</summary>
    public int Horizon { get; }

    /// <summary>The rounding of every money figure the projection outputs (default <see cref="MidpointRounding.AwayFromZero"/>, 四舍五入).</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>The first projected year.</summary>
    public int FirstYear => Start.BaseYear + 1;

    /// <summary>The last projected year.</summary>
    public int LastYear => Start.BaseYear + Horizon;

    /// <summary>征缴率 calibrated from the base year: premium income / ((employer + individual rate) × base × 12 × in service); 0 without employees.</summary>
    public double CollectionRatio { get; }

    /// <summary>Base-year pooled benefit cost per employee in service (元 a year); 0 without employees.</summary>
    public double CostPerInService { get; }

    /// <summary>Base-year pooled benefit cost per retiree (元 a year); 0 without employees.</summary>
    public double CostPerRetiree { get; }

    /// <summary>The resident subsidy standard path (null without residents).</summary>
    public StandardPath? Subsidy { get; }

    /// <summary>The resident individual contribution path, indexed by the standard's year (null without residents).</summary>
    public StandardPath? Individual { get; }

    /// <summary>The base-year benefit cost per resident of each cohort, in cohort order (元 a year).</summary>
    public IReadOnlyList<double> ResidentCostPerCapita => residentCosts;

    internal EmployeeParameters EmployeeParameters { get; }

    internal EmployeeState EmployeeInitial { get; }

    internal double ResidentBalance { get; }

    internal ReadOnlySpan<double> ResidentCounts => residentCounts;

    internal ReadOnlySpan<double> ResidentCosts => residentCosts;

    internal ReadOnlySpan<double> ResidentGrowth => residentGrowth;

    internal ReadOnlySpan<double> ResidentCostGrowthRates => residentCostGrowth;

    internal ReadOnlySpan<double> SubsidyYuan => subsidyYuan;

    internal ReadOnlySpan<double> IndividualYuan => individualYuan;

    internal ReadOnlySpan<CoverBandPolicy> Bands => bands;

    /// <summary>
    /// Validates and calibrates a projection. <paramref name="parameters"/> defaults to <see cref="ParameterSet.NationalWithConventions"/> (the bands of months of cover are a local convention, not a national rule).
    /// </summary>
    /// <exception cref="ForecastInputException">Any input breaks a rule: a negative or too long horizon, a NaN or
    /// out-of-range assumption, a negative balance or count, an unknown or duplicate cohort name, a missing
    /// parameter. The message names the field, the value and the rule.</exception>
    public static ProjectionModel Create(ProjectionStart start, ProjectionAssumptions assumptions, int horizon, ParameterSet? parameters = null, MidpointRounding rounding = MidpointRounding.AwayFromZero)
    {
        ForecastChecks.NotNull(start, "start");
        ForecastChecks.NotNull(assumptions, "assumptions");
        ForecastChecks.Horizon(horizon);
        if (rounding < MidpointRounding.ToEven || rounding > MidpointRounding.ToPositiveInfinity)
        {
            ForecastChecks.Throw("rounding", ((int)rounding).ToString(CultureInfo.InvariantCulture), "is not a defined System.MidpointRounding");
        }

        if (string.IsNullOrWhiteSpace(start.Region))
        {
            ForecastChecks.Throw("start.region", "(empty)", "must name the region (统筹区)");
        }

        if (start.BaseYear < 1990 || start.BaseYear > 2200)
        {
            ForecastChecks.Throw("start.baseYear", start.BaseYear.ToString(CultureInfo.InvariantCulture), "is outside 1990–2200");
        }

        if (start.Employee is null && start.Resident is null)
        {
            ForecastChecks.Throw("start", "no employee and no resident scheme", "leaves nothing to project: give employee, resident or both");
        }

        CheckAssumptions(assumptions);
        if (start.Employee is { } e)
        {
            CheckEmployee(e);
        }

        HashSet<string> cohorts = start.Resident is { } r ? CheckResident(r) : [];
        CheckCohortKeys("residentCohortGrowth", assumptions.ResidentCohortGrowth, cohorts, allowWildcard: true);
        CheckCohortKeys("residentCohortCostGrowth", assumptions.ResidentCohortCostGrowth, cohorts, allowWildcard: false);
        return new ProjectionModel(start, assumptions, parameters ?? ParameterSet.NationalWithConventions, horizon, rounding);
    }

    /// <summary>The same start, parameters, horizon and rounding with other assumptions (a scenario).</summary>
    /// <exception cref="ForecastInputException">The assumptions break a rule.</exception>
    public ProjectionModel With(ProjectionAssumptions assumptions) => Create(Start, assumptions, Horizon, Parameters, Rounding);

    /// <summary>The inputs, calibration and parameters of the model, with citations.</summary>
    public Explanation Explain()
    {
        var inputs = new List<Explanation>();
        ProjectionAssumptions a = Assumptions;
        if (Start.Employee is { } e)
        {
            inputs.Add(new Explanation("征缴率 collection ratio (calibrated)", Pct(CollectionRatio))
            {
                Formula = "premium income / ((employer rate + individual rate) × base × 12 × in service)",
                Sentence = string.Create(CultureInfo.InvariantCulture, $"{e.PremiumIncome:N2亿元} / (({e.EmployerRate:P2} + {e.IndividualRate:P2}) × {e.AverageMonthlyBase:F2} 元 × 12 × {e.InService.Persons:N0})"),
            });
            inputs.Add(new Explanation("人均统筹待遇 per-capita pooled benefits (calibrated)", string.Create(CultureInfo.InvariantCulture, $"in service {CostPerInService:F2} 元, retired {CostPerRetiree:F2} 元 a year"))
            {
                Formula = "c_in = pooled benefits / (in service + weight × retired); c_ret = weight × c_in",
                Sentence = string.Create(CultureInfo.InvariantCulture, $"{e.PooledBenefits:N2亿元} / ({e.InService.Persons:N0} + {e.RetiredCostWeight:0.###} × {e.Retired.Persons:N0})"),
            });
        }

        if (Start.Resident is { } r)
        {
            var cohortNodes = new List<Explanation>();
            for (int i = 0; i < r.Cohorts.Count; i++)
            {
                cohortNodes.Add(Explanation.Input(r.Cohorts[i].Name, string.Create(CultureInfo.InvariantCulture, $"{r.Cohorts[i].Count.Persons:N0} persons, weight {r.Cohorts[i].CostWeight:0.###}, {residentCosts[i]:F2} 元 a year, growth {Pct(residentGrowth[i])}, cost growth {Pct(residentCostGrowth[i])}")));
            }

            inputs.Add(new Explanation("居民人均待遇 per-capita resident benefits (calibrated)", string.Create(CultureInfo.InvariantCulture, $"{r.Benefits:N2亿元} split by weight"))
            {
                Formula = "c_k = benefits × w_k / Σ(w_j × n_j)",
                Inputs = cohortNodes,
            });
            inputs.Add(new Explanation("人均财政补助标准 fiscal subsidy standard", $"{Subsidy!.At(FirstYear):F2} 元 in {FirstYear} … {Subsidy.At(LastYear):F2} 元 in {LastYear}") { Inputs = [.. Subsidy.Sources] });
            inputs.Add(new Explanation("个人缴费标准 individual contribution standard", $"collected in year N: the standard of year N − {r.IndividualContributionLag}") { Inputs = [.. Individual!.Sources] });
        }

        inputs.Add(new Explanation("假设 assumptions " + a.Name, a.Description ?? a.Name)
        {
            Note = "illustrative unless the input cites a source",
            Inputs =
            [
                Explanation.Input("contributionBaseGrowth", Pct(a.ContributionBaseGrowth)),
                Explanation.Input("inServiceJoinRate / inServiceLeaveRate / retirementRate / retireeMortality", $"{Pct(a.InServiceJoinRate)} / {Pct(a.InServiceLeaveRate)} / {Pct(a.RetirementRate)} / {Pct(a.RetireeMortality)}"),
                Explanation.Input("inServiceCostGrowth / retiredCostGrowth / residentCostGrowth", $"{Pct(a.InServiceCostGrowth)} / {Pct(a.RetiredCostGrowth)} / {Pct(a.ResidentCostGrowth)}"),
                Explanation.Input("personalAccountDrawdown / interestRate / utilisation", $"{Pct(a.PersonalAccountDrawdown)} / {Pct(a.InterestRate)} / {a.Utilisation.ToString("0.###", CultureInfo.InvariantCulture)}"),
                Explanation.Input("subsidy / individual extrapolation", $"{a.SubsidyExtrapolation} / {a.IndividualExtrapolation}"),
            ],
        });
        inputs.Add(NationalParameters.Analysis.MonthsOfCoverReasonableMin.Explain(Parameters, new LocalDate(FirstYear, 12, 31)));
        inputs.Add(NationalParameters.Analysis.MonthsOfCoverReasonableMax.Explain(Parameters, new LocalDate(FirstYear, 12, 31)));
        return new Explanation("预测模型 projection model", $"{Start.Region} {Start.BaseYear} → {LastYear}, scenario {a.Name}")
        {
            Formula = "each year: closing = opening + income − expenditure, every flow rounded to the fen",
            Rounding = $"every money output to the fen with {Rounding}",
            Inputs = inputs,
        };
    }

    internal static string Pct(double v) => (v * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static void CheckAssumptions(ProjectionAssumptions a)
    {
        ForecastChecks.InRange("assumption contributionBaseGrowth", a.ContributionBaseGrowth, -0.5, 1.0, "the allowed yearly growth");
        ForecastChecks.InRange("assumption inServiceJoinRate", a.InServiceJoinRate, 0, 0.5, "the allowed yearly share");
        ForecastChecks.InRange("assumption inServiceLeaveRate", a.InServiceLeaveRate, 0, 0.5, "the allowed yearly share");
        ForecastChecks.InRange("assumption retirementRate", a.RetirementRate, 0, 0.5, "the allowed yearly share");
        ForecastChecks.InRange("assumption retireeMortality", a.RetireeMortality, 0, 0.5, "the allowed yearly share");
        ForecastChecks.InRange("assumption inServiceCostGrowth", a.InServiceCostGrowth, -0.5, 1.0, "the allowed yearly growth");
        ForecastChecks.InRange("assumption retiredCostGrowth", a.RetiredCostGrowth, -0.5, 1.0, "the allowed yearly growth");
        ForecastChecks.InRange("assumption residentCostGrowth", a.ResidentCostGrowth, -0.5, 1.0, "the allowed yearly growth");
        ForecastChecks.InRange("assumption personalAccountDrawdown", a.PersonalAccountDrawdown, 0, 1, "the allowed share");
        ForecastChecks.InRange("assumption interestRate", a.InterestRate, -0.05, 0.2, "the allowed yearly rate");
        ForecastChecks.InRange("assumption utilisation", a.Utilisation, 0.1, 5, "the allowed multiplier");
        if (a.InServiceLeaveRate + a.RetirementRate > 1)
        {
            ForecastChecks.Throw("assumption inServiceLeaveRate + retirementRate", ForecastChecks.Format(a.InServiceLeaveRate + a.RetirementRate), "exceeds 1: more employees would leave than there are");
        }

        ForecastChecks.NotNull(a.ResidentCohortGrowth, "assumption residentCohortGrowth");
        ForecastChecks.NotNull(a.ResidentCohortCostGrowth, "assumption residentCohortCostGrowth");
    }

    private static void CheckEmployee(EmployeeStart e)
    {
        ForecastChecks.NonNegative("employee.pooledBalance", e.PooledBalance);
        ForecastChecks.NonNegative("employee.personalAccountBalance", e.PersonalAccountBalance);
        ForecastChecks.NonNegative("employee.averageMonthlyBase", e.AverageMonthlyBase);
        ForecastChecks.NonNegative("employee.premiumIncome", e.PremiumIncome);
        ForecastChecks.NonNegative("employee.pooledBenefits", e.PooledBenefits);
        ForecastChecks.NonNegative("employee.retireeAccountCredit", e.RetireeAccountCredit);
        if (e.InService.IsZero)
        {
            ForecastChecks.Throw("employee.inService", "0 persons", "leaves no contributors: the employee scheme needs employees in service");
        }

        ForecastChecks.InRange("employee.retiredCostWeight", e.RetiredCostWeight, 0.01, 100, "the allowed relative cost");
        if (e.EmployerRate.IsNegative || e.EmployerRate > Rate.OneHundredPercent)
        {
            ForecastChecks.Throw("employee.employerRate", e.EmployerRate.ToString("P2", CultureInfo.InvariantCulture), "is outside 0–100%");
        }

        if (e.IndividualRate.IsNegative || e.IndividualRate > Rate.OneHundredPercent)
        {
            ForecastChecks.Throw("employee.individualRate", e.IndividualRate.ToString("P2", CultureInfo.InvariantCulture), "is outside 0–100%");
        }
    }

    private static HashSet<string> CheckResident(ResidentStart r)
    {
        ForecastChecks.NonNegative("resident.balance", r.Balance);
        ForecastChecks.NonNegative("resident.benefits", r.Benefits);
        ForecastChecks.NotNull(r.Cohorts, "resident.cohorts");
        if (r.Cohorts.Count == 0)
        {
            ForecastChecks.Throw("resident.cohorts", "none", "is empty: the resident scheme needs at least one cohort");
        }

        if (r.IndividualContributionLag is < 0 or > 1)
        {
            ForecastChecks.Throw("resident.individualContributionLag", r.IndividualContributionLag.ToString(CultureInfo.InvariantCulture), "is neither 0 (collected in its own year) nor 1 (collected the year after its notice)");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ResidentCohortStart c in r.Cohorts)
        {
            ForecastChecks.NotNull(c, "resident.cohorts[]");
            if (string.IsNullOrWhiteSpace(c.Name) || c.Name == AssumptionShift.AllCohorts)
            {
                ForecastChecks.Throw("resident.cohorts", $"name '{c.Name}'", "is not a cohort name (empty, or the wildcard *)");
            }

            if (!names.Add(c.Name))
            {
                ForecastChecks.Throw("resident.cohorts", $"'{c.Name}'", "is named twice: cohort names must be unique");
            }

            ForecastChecks.InRange($"resident.cohorts[{c.Name}].costWeight", c.CostWeight, 0, 100, "the allowed relative cost");
        }

        return names;
    }

    private static void CheckCohortKeys(string what, IReadOnlyDictionary<string, double> map, HashSet<string> cohorts, bool allowWildcard)
    {
        foreach (KeyValuePair<string, double> kv in map)
        {
            ForecastChecks.Finite($"assumption {what}[{kv.Key}]", kv.Value);
            if (allowWildcard && kv.Key == AssumptionShift.AllCohorts)
            {
                continue;
            }

            if (!cohorts.Contains(kv.Key))
            {
                string known = cohorts.Count == 0 ? "there are no resident cohorts" : "cohorts: " + string.Join(", ", cohorts.Order(StringComparer.Ordinal));
                ForecastChecks.Throw($"assumption {what}", $"cohort '{kv.Key}'", $"is not a resident cohort of the start position ({known})");
            }
        }
    }
}
