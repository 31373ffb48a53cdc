using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
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
