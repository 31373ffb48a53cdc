using System;
using System.Globalization;
using FundMath.Explain;

namespace FundMath.Drg;

/// <summary>
/// A scheme's point value — 点值: <c>(annual budget for point payment − reserved adjustment fund) / total points</c>,
/// i.e. (年度点数付费预算 − 预留调节金) / 总点数, in 元 per point. Kept exact (the distributable fen over the total
/// micro-points, unreduced); a printed point value is rounded for display only — payments are apportioned from
/// the exact value (<see cref="DrgPayment.Distribute"/>), so they sum to the distributable budget to the fen.
/// Built only by <see cref="Compute(DrgScheme, Money, Money, DrgPoints)"/>.
/// </summary>
/// <remarks>
/// The total points are the points the fund pays for: the institutions' points after their institution factors
/// (<see cref="DrgPayment.SettledPoints"/>), so that point value × total points is the distributable budget and
/// <c>payment = points × institution factor × point value</c> for each institution.
/// <para><c>default(DrgPointValue)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct DrgPointValue
{
    private DrgPointValue(DrgScheme scheme, Money budget, Money reserve, bool reserveByRatio, DrgPoints totalPoints)
    {
        Scheme = scheme;
        Budget = budget;
        Reserve = reserve;
        ReserveByRatio = reserveByRatio;
        TotalPoints = totalPoints;
    }

    /// <summary>The scheme (point values are computed per scheme).</summary>
    public DrgScheme Scheme { get; }

    /// <summary>年度点数付费预算: the scheme's annual budget for point payment.</summary>
    public Money Budget { get; }

    /// <summary>预留调节金: the part of the budget kept back for the year-end adjustment.</summary>
    public Money Reserve { get; }

    /// <summary>True when the reserve was computed from the policy's reserve ratio; false when it was given.</summary>
    public bool ReserveByRatio { get; }

    /// <summary>The budget distributed by points: budget − reserve.</summary>
    public Money Distributable => Budget - Reserve;

    /// <summary>总点数: the total points the distributable budget is divided by (after institution factors).</summary>
    public DrgPoints TotalPoints { get; }

    /// <summary>The point value for a given budget, reserve and total points.</summary>
    /// <exception cref="ArgumentException">A negative budget or reserve, a reserve above the budget, or total points ≤ 0.</exception>
    public static DrgPointValue Compute(DrgScheme scheme, Money budget, Money reserve, DrgPoints totalPoints)
    {
        CheckBudget(budget, reserve);
        return Create(scheme, budget, reserve, false, totalPoints);
    }

    /// <summary>The point value with the reserve taken as <see cref="DrgPolicy.ReserveRatio"/> of the budget.</summary>
    /// <exception cref="ArgumentException">A negative budget, or total points ≤ 0.</exception>
    public static DrgPointValue Compute(DrgScheme scheme, Money budget, DrgPolicy policy, DrgPoints totalPoints)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Money reserve = policy.ReserveFor(budget);
        return Create(scheme, budget, reserve, true, totalPoints);
    }

    /// <summary>The point value in 元 per point, rounded to <paramref name="decimals"/> (0–12) with <paramref name="mode"/> — for display.</summary>
    public decimal YuanPerPoint(int decimals, MidpointRounding mode)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 12);
        Preconditions.CheckMode(mode);
        if (TotalPoints.IsZero)
        {
            return 0m;
        }

        // 元/点 = fen / 100 / (micro / 10⁶) = fen × 10⁴ / micro.
        Int128 scaled = IntegerRounding.Divide((Int128)Distributable.Fen * 10_000 * IntegerRounding.PowersOfTen[decimals], TotalPoints.MicroPoints, mode);
        return Fraction.ToDecimal(scaled, decimals);
    }

    /// <summary>
    /// One institution's payment by itself, <c>points × point value</c> rounded to the fen with <paramref name="mode"/> —
    /// not apportioned: the rounded payments of all institutions may differ from the distributable budget by up to
    /// one fen per institution. Use <see cref="DrgPayment.Distribute"/> for payments that sum exactly.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="points"/> is negative.</exception>
    public Money PaymentFor(DrgPoints points, MidpointRounding mode)
    {
        Preconditions.CheckMode(mode);
        if (points.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(points), points, $"points {points} are negative.");
        }

        if (TotalPoints.IsZero)
        {
            return Money.Zero;
        }

        return Money.FromFen(IntegerRounding.ToInt64(
            IntegerRounding.Divide((Int128)Distributable.Fen * points.MicroPoints, TotalPoints.MicroPoints, mode), "payment in fen"));
    }

    /// <summary>How the point value was computed: budget, reserve (with its ratio's citation), total points, the method's sources.</summary>
    public Explanation Explain(DrgPolicy policy, int displayDecimals = 4)
    {
        ArgumentNullException.ThrowIfNull(policy);
        string yuan = YuanPerPoint(displayDecimals, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        Explanation reserve = ReserveByRatio
            ? new Explanation("预留调节金 reserved adjustment fund", DrgGroupTable.Yuan(Reserve))
            {
                Formula = "年度点数付费预算 × 预留调节金比例",
                Sentence = $"{DrgGroupTable.Yuan(Budget)} × {DrgPolicy.Show(policy.ReserveRatio)} = {DrgGroupTable.Yuan(Reserve)}",
                Rounding = $"to the fen ({policy.MoneyRounding})",
                Inputs = [policy.Node("预留调节金比例 reserve ratio", DrgParameters.ReserveRatio, policy.ReserveRatio)],
            }
            : Explanation.Input("预留调节金 reserved adjustment fund", DrgGroupTable.Yuan(Reserve));
        return new Explanation($"点值 point value ({SchemeName(Scheme)})", yuan + "元/点")
        {
            Formula = "(年度点数付费预算 − 预留调节金) / 总点数",
            Sentence = $"({DrgGroupTable.Yuan(Budget)} − {DrgGroupTable.Yuan(Reserve)}) / {TotalPoints:N4}点 = {DrgGroupTable.Yuan(Distributable)} / {TotalPoints:N4}点 = {yuan}元/点",
            Rounding = $"shown to {displayDecimals} decimals (AwayFromZero); payments use the exact value, apportioned to the fen",
            Inputs =
            [
                Explanation.Input("年度点数付费预算 annual point-payment budget", DrgGroupTable.Yuan(Budget)),
                reserve,
                new Explanation("可分配预算 distributable budget", DrgGroupTable.Yuan(Distributable)) { Formula = "预算 − 预留调节金" },
                new Explanation("总点数 total points", TotalPoints.ToString("N4", null)) { Formula = "Σ 机构点数 × 机构系数 (each rounded to the point decimals)" },
                DrgCitations.MethodNode(),
                policy.DecimalsNode(),
            ],
        };
    }

    /// <summary>"职工医保: 1,140,000.00元 / 95,000.0000点 = 12.0000元/点".</summary>
    public override string ToString() =>
        $"{SchemeName(Scheme)}: {DrgGroupTable.Yuan(Distributable)} / {TotalPoints:N4}点 = {YuanPerPoint(4, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}元/点";

    internal static string SchemeName(DrgScheme scheme) => scheme == DrgScheme.Employee ? "职工医保" : "居民医保";

    internal static void CheckBudget(Money budget, Money reserve)
    {
        if (budget.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(budget), budget, $"budget {DrgGroupTable.Yuan(budget)} is negative: a point-payment budget must be ≥ 0.");
        }

        if (reserve.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(reserve), reserve, $"reserve {DrgGroupTable.Yuan(reserve)} is negative: the reserved adjustment fund must be ≥ 0.");
        }

        if (reserve > budget)
        {
            Preconditions.ThrowOutOfRange(nameof(reserve), reserve, $"reserve {DrgGroupTable.Yuan(reserve)} exceeds the budget {DrgGroupTable.Yuan(budget)}: the reserved adjustment fund is part of the budget.");
        }
    }

    internal static DrgPointValue Create(DrgScheme scheme, Money budget, Money reserve, bool byRatio, DrgPoints totalPoints)
    {
        if (scheme is not (DrgScheme.Employee or DrgScheme.Resident))
        {
            Preconditions.ThrowArgument(nameof(scheme), $"scheme {(int)scheme} is not a defined DrgScheme.");
        }

        if (totalPoints.MicroPoints <= 0)
        {
            Preconditions.ThrowOutOfRange(nameof(totalPoints), totalPoints,
                $"total points of {SchemeName(scheme)} are {totalPoints}: the point value (budget − reserve) / total points needs total points > 0.");
        }

        return new DrgPointValue(scheme, budget, reserve, byRatio, totalPoints);
    }
}
