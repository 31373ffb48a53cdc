using System;
using System.Globalization;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Analysis;

/// <summary>
/// The tolerance band around expected budget progress within which execution counts as on plan.
/// 预算执行控制标准（上下浮动N个百分点）. A rate r is within the band when
/// <c>expected − Below ≤ r ≤ expected + Above</c>, both edges inclusive.
/// </summary>
/// <remarks>The seed city's convention is ±5 percentage points ("上下浮动5个百分点"); no national wording fixes it.</remarks>
public readonly record struct ToleranceBand
{
    /// <summary>Creates a band of <paramref name="below"/> under and <paramref name="above"/> over expected progress.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either width is negative.</exception>
    public ToleranceBand(PercentagePoints below, PercentagePoints above)
    {
        if (below.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(below), below, $"below {below} is negative; a tolerance band width must be 0pp or more.");
        }

        if (above.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(above), above, $"above {above} is negative; a tolerance band width must be 0pp or more.");
        }

        Below = below;
        Above = above;
    }

    /// <summary>How far below expected progress execution may fall and still be within (5pp by default).</summary>
    public PercentagePoints Below { get; }

    /// <summary>How far above expected progress execution may run and still be within (5pp by default).</summary>
    public PercentagePoints Above { get; }

    /// <summary>The seed city's ±5pp band ("上下浮动5个百分点").</summary>
    public static ToleranceBand FivePoints => Symmetric(PercentagePoints.FromPoints(5m));

    /// <summary>A band of <paramref name="width"/> either side.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is negative.</exception>
    public static ToleranceBand Symmetric(PercentagePoints width) => new(width, width);

    /// <summary>"±5pp" when symmetric, otherwise "−3pp/+5pp".</summary>
    public override string ToString() => Below == Above
        ? string.Create(CultureInfo.InvariantCulture, $"±{Above}")
        : string.Create(CultureInfo.InvariantCulture, $"-{Below}/+{Above}");
}

/// <summary>
/// The tolerance band for each budget line — 预算执行偏差控制标准, a typed policy input.
/// Default: ±5pp on every line ("上下浮动5个百分点").
/// </summary>
/// <param name="TotalIncome">Band for 本年收入 (total income).</param>
/// <param name="PremiumIncome">Band for 保险费收入 (premium income).</param>
/// <param name="TotalExpenditure">Band for 本年支出 (total expenditure).</param>
/// <param name="BenefitExpenditure">Band for 保险待遇支出 (benefit expenditure).</param>
public readonly record struct BudgetTolerancePolicy(
    ToleranceBand TotalIncome,
    ToleranceBand PremiumIncome,
    ToleranceBand TotalExpenditure,
    ToleranceBand BenefitExpenditure)
{
    /// <summary>±5pp on every line, the seed city's convention.</summary>
    public static BudgetTolerancePolicy Default => Uniform(ToleranceBand.FivePoints);

    /// <summary>
    /// A uniform ± band from the parameter analysis.budget_execution.tolerance in force on <paramref name="date"/>
    /// (the national default is ±5pp; a city's layered set may override it). <see cref="Default"/> equals
    /// <c>FromParameters(ParameterSet.National, …)</c>; a test keeps the two equal.
    /// </summary>
    /// <exception cref="ParameterNotFoundException">The set lacks the parameter on that date.</exception>
    public static BudgetTolerancePolicy FromParameters(ParameterSet parameters, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Uniform(ToleranceBand.Symmetric(ConventionParameters.Analysis.BudgetTolerance.At(parameters, date)));
    }

    /// <summary>The same band on every line.</summary>
    public static BudgetTolerancePolicy Uniform(ToleranceBand band) => new(band, band, band, band);

    /// <summary>The band for <paramref name="line"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="line"/> is not a defined <see cref="BudgetLine"/>.</exception>
    public ToleranceBand For(BudgetLine line) => line switch
    {
        BudgetLine.TotalIncome => TotalIncome,
        BudgetLine.PremiumIncome => PremiumIncome,
        BudgetLine.TotalExpenditure => TotalExpenditure,
        BudgetLine.BenefitExpenditure => BenefitExpenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(line), line, $"line {(int)line} is not a defined BudgetLine."),
    };
}
