using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// Computes employee-scheme contributions (职工基本医疗保险费，含生育保险费).
/// Contribution = base × rate, rounded to the fen per person per month ("round each, then sum", as collection
/// systems and 征缴收入 reports do), or rounded once on a wage total ("sum then round", for budget estimates).
/// </summary>
public static class EmployeeContribution
{
    /// <summary>One person's contributions for one month, each amount rounded once to the fen with <paramref name="mode"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="base"/> is negative.</exception>
    public static EmployeeMonthlyContribution ForMonth(Money @base, in EmployeeRates rates, MidpointRounding mode)
    {
        ContributionRates.CheckBase(@base, nameof(@base));
        Preconditions.CheckMode(mode);
        return Monthly(@base.Fen, rates, mode);
    }

    /// <summary>
    /// A batch of persons for one month into caller spans (round each, then sum; 0 bytes allocated); identical, person by
    /// person, to <c>ForMonth</c>. One vectorised pass (AVX-512 or AVX2 when the CPU has them, the same integers on
    /// every path); each rate is prepared once per batch, so no person pays for a division.
    /// </summary>
    /// <param name="bases">Premium bases.</param>
    /// <param name="rates">The rates of the month.</param>
    /// <param name="mode">Rounding of each person's amount to the fen.</param>
    /// <param name="employer">Receives each employer contribution (including maternity).</param>
    /// <param name="individual">Receives each individual contribution.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A base is negative (the message gives its index); nothing from it on is written.</exception>
    public static ContributionTotals ForMonth(ReadOnlySpan<Money> bases, in EmployeeRates rates, MidpointRounding mode, Span<Money> employer, Span<Money> individual) =>
        ForMonth(bases, rates, mode, employer, individual, BatchPaths.Best);

    /// <summary>
    /// The partitioned form of <see cref="ForMonth(ReadOnlySpan{Money}, in EmployeeRates, MidpointRounding, Span{Money}, Span{Money})"/>:
    /// contiguous ranges run on the thread pool and their totals add in order — identical to the sequential form.
    /// </summary>
    /// <param name="bases">Premium bases.</param>
    /// <param name="rates">The rates of the month.</param>
    /// <param name="mode">Rounding of each person's amount to the fen.</param>
    /// <param name="employer">Receives each employer contribution (including maternity).</param>
    /// <param name="individual">Receives each individual contribution.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A base is negative (the first one is named), or the degree is outside 1–256.</exception>
    public static ContributionTotals ForMonth(ReadOnlyMemory<Money> bases, in EmployeeRates rates, MidpointRounding mode, Memory<Money> employer, Memory<Money> individual, int degreeOfParallelism)
    {
        CheckLengths(bases.Length, employer.Length, individual.Length, nameof(bases));
        Preconditions.CheckMode(mode);
        var job = new ContributionJob(ContributionKernel.Operation.Contributions, bases, default, employer, individual, 0, 0, rates.Employer, rates.Maternity, rates.Individual, mode, BatchPaths.Best);
        ContributionSums sums = PartitionedBatch.Run<ContributionJob, ContributionSums>(job, bases.Length, degreeOfParallelism, BlockScan.Length);
        return Totals(sums, bases.Span, "bases");
    }

    internal static ContributionTotals ForMonth(ReadOnlySpan<Money> bases, in EmployeeRates rates, MidpointRounding mode, Span<Money> employer, Span<Money> individual, BatchPath path)
    {
        CheckLengths(bases.Length, employer.Length, individual.Length, nameof(bases));
        Preconditions.CheckMode(mode);
        var batch = new ContributionBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(bases),
            Employer = MemoryMarshal.Cast<Money, long>(employer),
            Individual = MemoryMarshal.Cast<Money, long>(individual),
            Mode = mode,
        };
        batch.SetRates(rates.Employer, rates.Maternity, rates.Individual);
        return Totals(ContributionKernel.Run(batch, ContributionKernel.Operation.Contributions, 0, bases.Length, path), bases, "bases");
    }

    /// <summary>
    /// A payroll month from wages in one fused pass: each person's premium base (clamped into
    /// <paramref name="band"/>, as <see cref="PremiumBase.Compute(Money, in PremiumBasePolicy)"/>) and its employer,
    /// maternity and individual contributions, each rounded to the fen (round each, then sum; 0 bytes allocated).
    /// Identical, person by person, to <c>PremiumBase.Compute</c> followed by <c>ForMonth</c>, and faster than both:
    /// memory is crossed once, and the clamp bounds every base by the cap, so the batch's only headroom check is
    /// the cap (below 2³² fen ≈ 4,295 万元 a month for the vectorised path; above it the exact path).
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages (each ≥ 0).</param>
    /// <param name="band">The premium-base band.</param>
    /// <param name="rates">The rates of the month (a 0% maternity rate is skipped).</param>
    /// <param name="mode">Rounding of each person's amount to the fen.</param>
    /// <param name="bases">Receives each premium base.</param>
    /// <param name="employer">Receives each employer contribution (including maternity).</param>
    /// <param name="individual">Receives each individual contribution.</param>
    /// <returns>The base summary and the contribution totals.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative (the message gives its index); nothing from it on is written.</exception>
    public static PayrollContributions ForPayroll(ReadOnlySpan<Money> wages, in PremiumBasePolicy band, in EmployeeRates rates, MidpointRounding mode, Span<Money> bases, Span<Money> employer, Span<Money> individual) =>
        ForPayroll(wages, band, rates, mode, bases, employer, individual, BatchPaths.Best);

    /// <summary>
    /// The partitioned form of <see cref="ForPayroll(ReadOnlySpan{Money}, in PremiumBasePolicy, in EmployeeRates, MidpointRounding, Span{Money}, Span{Money}, Span{Money})"/>:
    /// contiguous ranges of persons run on the thread pool (the calling thread takes one) and their counts and
    /// totals add in order, so the result is identical to the sequential form. Allocates per call only the job and
    /// the thread pool's task machinery, never per person.
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages (each ≥ 0).</param>
    /// <param name="band">The premium-base band.</param>
    /// <param name="rates">The rates of the month.</param>
    /// <param name="mode">Rounding of each person's amount to the fen.</param>
    /// <param name="bases">Receives each premium base.</param>
    /// <param name="employer">Receives each employer contribution (including maternity).</param>
    /// <param name="individual">Receives each individual contribution.</param>
    /// <param name="degreeOfParallelism">How many ranges may run at once (1–256; 1 runs on the calling thread).</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative (the first one is named; other ranges may have been written), or the degree is outside 1–256.</exception>
    public static PayrollContributions ForPayroll(ReadOnlyMemory<Money> wages, in PremiumBasePolicy band, in EmployeeRates rates, MidpointRounding mode, Memory<Money> bases, Memory<Money> employer, Memory<Money> individual, int degreeOfParallelism)
    {
        CheckPayrollLengths(wages.Length, bases.Length, employer.Length, individual.Length);
        Preconditions.CheckMode(mode);
        var job = new ContributionJob(ContributionKernel.Operation.Payroll, wages, bases, employer, individual, band.Floor.Fen, band.Cap.Fen, rates.Employer, rates.Maternity, rates.Individual, mode, BatchPaths.Best);
        ContributionSums sums = PartitionedBatch.Run<ContributionJob, ContributionSums>(job, wages.Length, degreeOfParallelism, BlockScan.Length);
        return Payroll(sums, wages.Span);
    }

    internal static PayrollContributions ForPayroll(ReadOnlySpan<Money> wages, in PremiumBasePolicy band, in EmployeeRates rates, MidpointRounding mode, Span<Money> bases, Span<Money> employer, Span<Money> individual, BatchPath path)
    {
        CheckPayrollLengths(wages.Length, bases.Length, employer.Length, individual.Length);
        Preconditions.CheckMode(mode);
        var batch = new ContributionBatch
        {
            Input = MemoryMarshal.Cast<Money, long>(wages),
            Bases = MemoryMarshal.Cast<Money, long>(bases),
            Employer = MemoryMarshal.Cast<Money, long>(employer),
            Individual = MemoryMarshal.Cast<Money, long>(individual),
            Floor = band.Floor.Fen,
            Cap = band.Cap.Fen,
            Mode = mode,
        };
        batch.SetRates(rates.Employer, rates.Maternity, rates.Individual);
        return Payroll(ContributionKernel.Run(batch, ContributionKernel.Operation.Payroll, 0, wages.Length, path), wages);
    }

    private static PayrollContributions Payroll(in ContributionSums sums, ReadOnlySpan<Money> wages)
    {
        if (sums.Fault != BatchFault.None)
        {
            Money w = wages[sums.FaultIndex];
            Preconditions.ThrowOutOfRange(nameof(wages), w.ToString(), $"wages[{sums.FaultIndex}] {w:F2元} is negative: a previous-year average monthly wage cannot be below zero.");
        }

        var bases = new PremiumBaseSummary(wages.Length, Money.FromFen(sums.Bases), (int)sums.AtFloor, (int)sums.AtCap);
        var totals = new ContributionTotals(wages.Length, Money.FromFen(sums.Bases), Money.FromFen(sums.Employer), Money.FromFen(sums.Maternity), Money.FromFen(sums.Individual));
        return new PayrollContributions(bases, totals);
    }

    private static ContributionTotals Totals(in ContributionSums sums, ReadOnlySpan<Money> bases, string paramName)
    {
        if (sums.Fault != BatchFault.None)
        {
            ContributionRates.CheckBase(bases[sums.FaultIndex], $"{paramName}[{sums.FaultIndex}]");
        }

        return new ContributionTotals(bases.Length, Money.FromFen(sums.Bases), Money.FromFen(sums.Employer), Money.FromFen(sums.Maternity), Money.FromFen(sums.Individual));
    }

    private static void CheckLengths(int bases, int employer, int individual, string paramName)
    {
        if (employer != bases || individual != bases)
        {
            Preconditions.ThrowArgument(nameof(employer), $"employer ({employer}) and individual ({individual}) must have the length of {paramName} ({bases}).");
        }
    }

    private static void CheckPayrollLengths(int wages, int bases, int employer, int individual)
    {
        if (bases != wages || employer != wages || individual != wages)
        {
            Preconditions.ThrowArgument(nameof(bases), $"bases ({bases}), employer ({employer}) and individual ({individual}) must have the length of wages ({wages}).");
        }
    }

    /// <summary>
    /// Sum then round: contributions estimated from a wage total (工资总额 × 费率), each rounded once. Used for budgets
    /// (预算编制) and for an employer's declared wage bill; it can differ from the per-person sum by up to half a fen per
    /// person.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseTotal"/> is negative.</exception>
    public static ContributionTotals FromWageTotal(Money baseTotal, in EmployeeRates rates, MidpointRounding mode)
    {
        ContributionRates.CheckBase(baseTotal, nameof(baseTotal));
        Preconditions.CheckMode(mode);
        EmployeeMonthlyContribution c = Monthly(baseTotal.Fen, rates, mode);
        return new ContributionTotals(0, baseTotal, c.Employer, c.Maternity, c.Individual);
    }

    /// <summary>
    /// One person's contributions over a period at a constant base, month by month with the schedule's rates and
    /// relief windows (a window crossing a year boundary is prorated exactly by whole months).
    /// </summary>
    /// <param name="base">The person's premium base for the period.</param>
    /// <param name="schedule">Dated rates and relief windows.</param>
    /// <param name="period">The reporting period.</param>
    /// <param name="mode">Rounding of each monthly amount.</param>
    public static EmployeePeriodContribution ForPeriod(Money @base, EmployeeRateSchedule schedule, ReportingPeriod period, MidpointRounding mode)
    {
        ContributionRates.CheckBase(@base, nameof(@base));
        Preconditions.CheckNotNull(schedule, nameof(schedule));
        Preconditions.CheckMode(mode);
        long e = 0, m = 0, p = 0, relieved = 0;
        int reliefMonths = 0;
        long b = @base.Fen;
        ReadOnlySpan<ReliefWindow> reliefs = schedule.EmployerReliefs;
        foreach (YearMonth month in period.Months)
        {
            Rate normalMedical = schedule.EmployerMedical.RateAt(month);
            Rate medical = ReliefWindow.Resolve(normalMedical, month, reliefs);
            Rate maternity = schedule.Maternity.RateAt(month);
            long employer = ContributionRates.TimesSum(b, medical, maternity, mode);
            e += employer;
            m += ContributionRates.Times(b, maternity, mode);
            p += ContributionRates.Times(b, schedule.Individual.RateAt(month), mode);
            if (medical != normalMedical)
            {
                reliefMonths++;
                relieved += ContributionRates.TimesSum(b, normalMedical, maternity, mode) - employer;
            }
        }

        var totals = new ContributionTotals(1, Money.FromFen(checked(@base.Fen * period.MonthCount)), Money.FromFen(e), Money.FromFen(m), Money.FromFen(p));
        return new EmployeePeriodContribution(period, totals, Money.FromFen(relieved), reliefMonths);
    }

    /// <summary>Explains one person's monthly contributions: rates, rounding and the merged maternity part.</summary>
    public static Explanation Explain(Money @base, in EmployeeRates rates, MidpointRounding mode)
    {
        EmployeeMonthlyContribution c = ForMonth(@base, rates, mode);
        string rounding = $"each amount to the fen, {mode}, per person per month";
        Explanation baseInput = Explanation.Input("缴费基数 (premium base)", @base.ToString("F2元", null));
        return new Explanation("月缴费合计 (monthly contributions)", c.Total.ToString("F2元", null))
        {
            Formula = "employer + individual",
            Inputs =
            [
                new Explanation("单位缴费（含生育）(employer incl. maternity)", c.Employer.ToString("F2元", null))
                {
                    Formula = $"{@base:F2元} × ({rates.EmployerMedical:P2} + {rates.Maternity:P2})",
                    Rounding = rounding,
                    Inputs =
                    [
                        baseInput,
                        Explanation.Parameter("单位费率 (employer medical rate)", rates.EmployerMedical.ToString("P2", null), null, null),
                        Explanation.Parameter("生育保险费率 (maternity rate, merged)", rates.Maternity.ToString("P2", null), null, null),
                        new Explanation("其中生育保险费 (of which maternity)", c.Maternity.ToString("F2元", null)) { Formula = $"{@base:F2元} × {rates.Maternity:P2}", Rounding = rounding },
                    ],
                },
                new Explanation("个人缴费 (individual)", c.Individual.ToString("F2元", null))
                {
                    Formula = $"{@base:F2元} × {rates.Individual:P2}",
                    Rounding = rounding,
                    Inputs = [baseInput, Explanation.Parameter("个人费率 (individual rate)", rates.Individual.ToString("P2", null), null, null)],
                },
            ],
        };
    }

    /// <summary>Explains a period month by month, showing relief months and the amount relieved.</summary>
    public static Explanation Explain(Money @base, EmployeeRateSchedule schedule, ReportingPeriod period, MidpointRounding mode)
    {
        EmployeePeriodContribution r = ForPeriod(@base, schedule, period, mode);
        var months = new List<Explanation>();
        foreach (YearMonth month in period.Months)
        {
            EmployeeRates charged = schedule.RatesAt(month);
            EmployeeMonthlyContribution c = Monthly(@base.Fen, charged, mode);
            DatedRate entry = schedule.EmployerMedical.EntryAt(month);
            bool relief = charged.EmployerMedical != entry.Rate;
            months.Add(new Explanation(month.ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture), c.Total.ToString("F2元", null))
            {
                Formula = $"{@base:F2元} × ({charged.Employer:P2} + {charged.Individual:P2})",
                Note = relief ? $"阶段性减征: employer {entry.Rate:P2} → {charged.EmployerMedical:P2}" : null,
                Inputs = [Explanation.Parameter("employer medical rate", charged.EmployerMedical.ToString("P2", null), entry.Citation, entry.EffectiveFrom.OnDayOfMonth(1))],
            });
        }

        return new Explanation($"{period} 缴费 (contributions)", r.Charged.Total.ToString("F2元", null))
        {
            Formula = "Σ over months of round(base × employer rate) + round(base × individual rate)",
            Rounding = $"each month to the fen, {mode}",
            Sentence = $"{r.ReliefMonths} of {period.MonthCount} months at a relief rate; employer contributions relieved {r.EmployerRelieved:F2元}.",
            Inputs = months,
        };
    }

    private static EmployeeMonthlyContribution Monthly(long baseFen, in EmployeeRates rates, MidpointRounding mode) =>
        new(Money.FromFen(baseFen),
            Money.FromFen(ContributionRates.Times(baseFen, rates.Employer, mode)),
            Money.FromFen(ContributionRates.Times(baseFen, rates.Maternity, mode)),
            Money.FromFen(ContributionRates.Times(baseFen, rates.Individual, mode)));
}
