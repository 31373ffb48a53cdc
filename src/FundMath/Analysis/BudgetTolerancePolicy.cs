using System;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Analysis;

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
    // False only in default(BudgetTolerancePolicy); every constructed policy (including `with` copies) has it set.
    private readonly bool constructed = true;

    /// <summary>
    /// ±5pp on every line, 株洲市's convention (a local convention) — <c>FromParameters(ParameterSet.NationalWithConventions,
    /// 2021-01-01)</c>, read once from the shipped conventions data and cached.
    /// </summary>
    public static BudgetTolerancePolicy Default => ShippedDefault.Value;

    /// <summary>
    /// A uniform ± band from the parameter analysis.budget_execution.tolerance in force on <paramref name="date"/>
    /// (no national rule fixes it: the conventions layer holds 株洲市's ±5pp; a city's layered set may override it). <see cref="Default"/> is this
    /// read from the shipped data (a local convention, not a national rule).
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
    /// <exception cref="InvalidOperationException">This is <c>default(BudgetTolerancePolicy)</c>, which has no bands.</exception>
    public ToleranceBand For(BudgetLine line) => !constructed
        ? throw new InvalidOperationException("default(BudgetTolerancePolicy) has no bands (it would judge every line with a 0pp band); use BudgetTolerancePolicy.Default (±5pp), Uniform, FromParameters or the constructor.")
        : line switch
        {
            BudgetLine.TotalIncome => TotalIncome,
            BudgetLine.PremiumIncome => PremiumIncome,
            BudgetLine.TotalExpenditure => TotalExpenditure,
            BudgetLine.BenefitExpenditure => BenefitExpenditure,
            _ => throw new ArgumentOutOfRangeException(nameof(line), line, $"line {(int)line} is not a defined BudgetLine."),
        };

    // Read on first use of Default only (see CoverBandPolicy): a static readonly load afterwards.
    private static class ShippedDefault
    {
        internal static readonly BudgetTolerancePolicy Value = FromParameters(ParameterSet.NationalWithConventions, new LocalDate(2021, 1, 1));
    }
}
