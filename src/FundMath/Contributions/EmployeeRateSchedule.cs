using System;
using System.Collections.Generic;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// Dated employee-scheme rates: three rate schedules plus relief windows on the employer medical rate.
/// 职工医保费率表（含阶段性减征）.
/// rates(m) = (relief(employerMedical(m), m), maternity(m), individual(m)).
/// </summary>
public sealed class EmployeeRateSchedule
{
    private readonly ReliefWindow[] employerReliefs;

    /// <summary>Creates the schedule.</summary>
    /// <param name="employerMedical">Employer medical rates by month.</param>
    /// <param name="maternity">Maternity rates merged into the employer rate, by month.</param>
    /// <param name="individual">Individual rates by month.</param>
    /// <param name="employerReliefs">Relief windows on the employer medical rate (阶段性减征), possibly empty.</param>
    public EmployeeRateSchedule(RateSchedule employerMedical, RateSchedule maternity, RateSchedule individual, IEnumerable<ReliefWindow>? employerReliefs = null)
    {
        Preconditions.CheckNotNull(employerMedical, nameof(employerMedical));
        Preconditions.CheckNotNull(maternity, nameof(maternity));
        Preconditions.CheckNotNull(individual, nameof(individual));
        EmployerMedical = employerMedical;
        Maternity = maternity;
        Individual = individual;
        this.employerReliefs = employerReliefs is null ? [] : [.. employerReliefs];
    }

    /// <summary>Employer medical rates.</summary>
    public RateSchedule EmployerMedical { get; }

    /// <summary>Maternity rates.</summary>
    public RateSchedule Maternity { get; }

    /// <summary>Individual rates.</summary>
    public RateSchedule Individual { get; }

    /// <summary>Relief windows on the employer medical rate.</summary>
    public ReadOnlySpan<ReliefWindow> EmployerReliefs => employerReliefs;

    /// <summary>The rates charged in <paramref name="month"/> (after relief).</summary>
    public EmployeeRates RatesAt(YearMonth month)
    {
        Rate normal = EmployerMedical.RateAt(month);
        return new EmployeeRates(ReliefWindow.Resolve(normal, month, employerReliefs), Maternity.RateAt(month), Individual.RateAt(month));
    }

    /// <summary>The rates that would apply in <paramref name="month"/> without relief.</summary>
    public EmployeeRates NormalRatesAt(YearMonth month) =>
        new(EmployerMedical.RateAt(month), Maternity.RateAt(month), Individual.RateAt(month));
}
