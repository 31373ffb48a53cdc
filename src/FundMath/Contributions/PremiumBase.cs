using System;
using FundMath.Explain;

namespace FundMath.Contributions;

/// <summary>
/// One person's premium base and whether the floor or the cap bound it.
/// 缴费基数核定结果.
/// Base = clamp(own previous-year average monthly wage, Floor, Cap).
/// </summary>
/// <param name="Wage">The person's own previous-year average monthly wage (本人上年度月平均工资).</param>
/// <param name="Base">The premium base (缴费基数).</param>
/// <param name="Bound">Which end of the band bound, if any.</param>
public readonly record struct PremiumBaseResult(Money Wage, Money Base, Bound Bound);

/// <summary>
/// Totals of a batch of premium bases: the employer's wage total and how many persons the floor or cap bound.
/// 用人单位职工工资总额（缴费工资之和）.
/// WageTotal = Σ clamp(wageᵢ, Floor, Cap).
/// </summary>
/// <param name="Persons">Number of persons in the batch.</param>
/// <param name="WageTotal">Σ clamped bases (工资总额 for contributions).</param>
/// <param name="AtFloor">Persons whose base is the floor.</param>
/// <param name="AtCap">Persons whose base is the cap.</param>
public readonly record struct PremiumBaseSummary(int Persons, Money WageTotal, int AtFloor, int AtCap);

/// <summary>
/// Computes premium bases of the employee scheme. 职工基本医疗保险缴费基数.
/// Base = min(max(wage, reference × floorRatio), reference × capRatio); employer wage total = Σ bases.
/// </summary>
public static class PremiumBase
{
    /// <summary>Clamps one person's previous-year average monthly wage into the band.</summary>
    /// <param name="wage">Own previous-year average monthly wage (≥ 0).</param>
    /// <param name="policy">The band.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="wage"/> is negative.</exception>
    public static PremiumBaseResult Compute(Money wage, in PremiumBasePolicy policy)
    {
        if (wage.IsNegative)
        {
            ThrowNegativeWage(nameof(wage), wage, -1);
        }

        if (wage < policy.Floor)
        {
            return new PremiumBaseResult(wage, policy.Floor, Bound.Floor);
        }

        if (wage > policy.Cap)
        {
            return new PremiumBaseResult(wage, policy.Cap, Bound.Cap);
        }

        return new PremiumBaseResult(wage, wage, Bound.None);
    }

    /// <summary>
    /// Clamps a batch of wages into caller-supplied spans (0 bytes allocated); identical, person by person, to
    /// <see cref="Compute(Money, in PremiumBasePolicy)"/>.
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages (each ≥ 0).</param>
    /// <param name="policy">The band.</param>
    /// <param name="bases">Receives the bases; same length as <paramref name="wages"/>.</param>
    /// <returns>The wage total and bound counts.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative (the message gives its index); nothing after it is written.</exception>
    public static PremiumBaseSummary Compute(ReadOnlySpan<Money> wages, in PremiumBasePolicy policy, Span<Money> bases)
    {
        if (bases.Length != wages.Length)
        {
            Preconditions.ThrowArgument(nameof(bases), $"bases has length {bases.Length} but wages has length {wages.Length}; they must match.");
        }

        long floor = policy.Floor.Fen;
        long cap = policy.Cap.Fen;
        long total = 0;
        int atFloor = 0;
        int atCap = 0;
        for (int i = 0; i < wages.Length; i++)
        {
            long w = wages[i].Fen;
            if (w < 0)
            {
                ThrowNegativeWage(nameof(wages), wages[i], i);
            }

            long b;
            if (w < floor)
            {
                b = floor;
                atFloor++;
            }
            else if (w > cap)
            {
                b = cap;
                atCap++;
            }
            else
            {
                b = w;
            }

            bases[i] = Money.FromFen(b);
            total = checked(total + b);
        }

        return new PremiumBaseSummary(wages.Length, Money.FromFen(total), atFloor, atCap);
    }

    /// <summary>
    /// The employer's wage total for contributions (用人单位职工工资总额 = 单位参保职工缴费工资之和), without writing bases.
    /// </summary>
    /// <param name="wages">Own previous-year average monthly wages of the employer's insured staff.</param>
    /// <param name="policy">The band.</param>
    /// <exception cref="ArgumentOutOfRangeException">A wage is negative.</exception>
    public static Money EmployerWageTotal(ReadOnlySpan<Money> wages, in PremiumBasePolicy policy)
    {
        long floor = policy.Floor.Fen;
        long cap = policy.Cap.Fen;
        long total = 0;
        for (int i = 0; i < wages.Length; i++)
        {
            long w = wages[i].Fen;
            if (w < 0)
            {
                ThrowNegativeWage(nameof(wages), wages[i], i);
            }

            total = checked(total + Math.Clamp(w, floor, cap));
        }

        return Money.FromFen(total);
    }

    /// <summary>Explains one person's base: the band, its source and which end bound.</summary>
    public static Explanation Explain(Money wage, in PremiumBasePolicy policy)
    {
        PremiumBaseResult r = Compute(wage, policy);
        string sentence = r.Bound switch
        {
            Bound.Floor => $"The wage {wage:F2元} is below the floor {policy.Floor:F2元}, so the base is the floor (按下限核定).",
            Bound.Cap => $"The wage {wage:F2元} is above the cap {policy.Cap:F2元}, so the base is the cap (按上限核定).",
            _ => $"The wage {wage:F2元} lies inside [{policy.Floor:F2元}, {policy.Cap:F2元}], so it is the base.",
        };
        var inputs = new System.Collections.Generic.List<Explanation>
        {
            Explanation.Input("本人上年度月平均工资 (own previous-year average monthly wage)", wage.ToString("F2元", null)),
        };
        if (policy.ReferenceMonthlyWage.IsPositive)
        {
            inputs.Add(Explanation.Parameter("上年度全省全口径城镇单位就业人员月平均工资 (reference monthly wage)", policy.ReferenceMonthlyWage.ToString("F2元", null), policy.Citation, null));
            inputs.Add(new Explanation("缴费基数下限 (floor)", policy.Floor.ToString("F2元", null))
            {
                Formula = $"{policy.ReferenceMonthlyWage:F2元} × {policy.FloorRatio:P2}",
                Rounding = $"to the fen, {policy.FloorRounding}",
                Inputs = [Explanation.Parameter("下限比例 (floor ratio)", policy.FloorRatio.ToString("P2", null), policy.Citation, null)],
            });
            inputs.Add(new Explanation("缴费基数上限 (cap)", policy.Cap.ToString("F2元", null))
            {
                Formula = $"{policy.ReferenceMonthlyWage:F2元} × {policy.CapRatio:P2}",
                Rounding = $"to the fen, {policy.CapRounding}",
                Inputs = [Explanation.Parameter("上限比例 (cap ratio)", policy.CapRatio.ToString("P2", null), policy.Citation, null)],
            });
        }
        else
        {
            inputs.Add(Explanation.Parameter("缴费基数下限 (floor)", policy.Floor.ToString("F2元", null), policy.Citation, null));
            inputs.Add(Explanation.Parameter("缴费基数上限 (cap)", policy.Cap.ToString("F2元", null), policy.Citation, null));
        }

        return new Explanation("缴费基数 (premium base)", r.Base.ToString("F2元", null))
        {
            Formula = "min(max(wage, floor), cap)",
            Sentence = sentence,
            Note = $"bound: {r.Bound}",
            Inputs = inputs,
        };
    }

    private static void ThrowNegativeWage(string paramName, Money wage, int index) =>
        Preconditions.ThrowOutOfRange(paramName, wage.ToString(), index < 0
            ? $"{paramName} {wage:F2元} is negative: a previous-year average monthly wage cannot be below zero."
            : $"{paramName}[{index}] {wage:F2元} is negative: a previous-year average monthly wage cannot be below zero.");
}
