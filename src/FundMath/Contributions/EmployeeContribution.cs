using System;
using System.Collections.Generic;
using FundMath.Explain;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// One person's employee-scheme contributions for one month.
/// 职工医保月缴费额（单位缴费含生育、个人缴费）.
/// Employer = round(base × (medical + maternity)); Maternity = round(base × maternity); Individual = round(base × individual).
/// </summary>
/// <param name="Base">Premium base (缴费基数).</param>
/// <param name="Employer">Employer contribution including maternity (单位缴费，含生育).</param>
/// <param name="Maternity">The maternity part of <paramref name="Employer"/> (生育保险费).</param>
/// <param name="Individual">Individual contribution (个人缴费).</param>
public readonly record struct EmployeeMonthlyContribution(Money Base, Money Employer, Money Maternity, Money Individual)
{
    /// <summary>The employer medical part = Employer − Maternity.</summary>
    public Money EmployerMedical => Employer - Maternity;

    /// <summary>Employer + individual.</summary>
    public Money Total => Employer + Individual;
}

/// <summary>
/// Totals of employee-scheme contributions over persons (or of an aggregate estimate).
/// 职工医保缴费合计.
/// </summary>
/// <param name="Persons">Persons summed (0 for an aggregate estimate from a wage total).</param>
/// <param name="BaseTotal">Σ bases (工资总额).</param>
/// <param name="Employer">Σ employer contributions including maternity.</param>
/// <param name="Maternity">Σ maternity parts.</param>
/// <param name="Individual">Σ individual contributions.</param>
public readonly record struct ContributionTotals(int Persons, Money BaseTotal, Money Employer, Money Maternity, Money Individual)
{
    /// <summary>Employer + individual.</summary>
    public Money Total => Employer + Individual;
}

/// <summary>
/// One person's contributions over a reporting period, computed month by month so relief windows prorate exactly.
/// 职工医保期间缴费（逐月计算，含减征额）.
/// Amount = Σ_months round(base × rate(m)); Relieved = Σ_months round(base × normalRate(m)) − Amount.
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Charged">Contributions actually due (after relief).</param>
/// <param name="EmployerRelieved">Employer contributions waived by relief windows (减征额).</param>
/// <param name="ReliefMonths">Months of the period with a relief rate.</param>
public readonly record struct EmployeePeriodContribution(ReportingPeriod Period, ContributionTotals Charged, Money EmployerRelieved, int ReliefMonths);

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
    /// person, to <see cref="ForMonth"/>.
    /// </summary>
    /// <param name="bases">Premium bases.</param>
    /// <param name="rates">The rates of the month.</param>
    /// <param name="mode">Rounding of each person's amount to the fen.</param>
    /// <param name="employer">Receives each employer contribution (including maternity).</param>
    /// <param name="individual">Receives each individual contribution.</param>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A base is negative.</exception>
    public static ContributionTotals ForMonth(ReadOnlySpan<Money> bases, in EmployeeRates rates, MidpointRounding mode, Span<Money> employer, Span<Money> individual)
    {
        if (employer.Length != bases.Length || individual.Length != bases.Length)
        {
            Preconditions.ThrowArgument(nameof(employer), $"employer ({employer.Length}) and individual ({individual.Length}) must have the length of bases ({bases.Length}).");
        }

        Preconditions.CheckMode(mode);
        Fraction er = rates.Employer.Value;
        Fraction mr = rates.Maternity.Value;
        Fraction ir = rates.Individual.Value;
        long sb = 0, se = 0, sm = 0, si = 0;
        for (int i = 0; i < bases.Length; i++)
        {
            long b = bases[i].Fen;
            if (b < 0)
            {
                ContributionRates.CheckBase(bases[i], $"bases[{i}]");
            }

            long e = (long)IntegerRounding.Divide((Int128)b * er.Numerator, er.Denominator, mode);
            long m = (long)IntegerRounding.Divide((Int128)b * mr.Numerator, mr.Denominator, mode);
            long p = (long)IntegerRounding.Divide((Int128)b * ir.Numerator, ir.Denominator, mode);
            employer[i] = Money.FromFen(e);
            individual[i] = Money.FromFen(p);
            sb = checked(sb + b);
            se = checked(se + e);
            sm = checked(sm + m);
            si = checked(si + p);
        }

        return new ContributionTotals(bases.Length, Money.FromFen(sb), Money.FromFen(se), Money.FromFen(sm), Money.FromFen(si));
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
