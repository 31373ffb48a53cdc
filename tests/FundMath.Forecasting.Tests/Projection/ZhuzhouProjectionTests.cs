using System;
using FundMath.Forecasting.Projection;
using FundMath.Forecasting.Tests.Support;
using FundMath.Funds;

namespace FundMath.Forecasting.Tests.Projection;

/// <summary>The worked example of docs/forecasting.md: 株洲市 from its 2021 position (figures of the 2021 annual report).</summary>
public class ZhuzhouProjectionTests
{
    [Fact]
    public void Calibration_reproduces_the_2021_figures()
    {
        ProjectionModel m = Zhuzhou2021.Model();

        // 征缴率 = 27.10亿 / ((8.7% + 2%) × 5,054 × 12 × 454,800) = 2,710,000,000 / 2,951,350,012.8 = 0.918223…
        Assert.Equal(2_710_000_000 / (0.107 * 5054 * 12 * 454_800), m.CollectionRatio, 12);
        Assert.Equal(0.9182, Math.Round(m.CollectionRatio, 4));

        // c_in = 15.50亿 / (454,800 + 4.65 × 272,600) = 1,550,000,000 / 1,722,390 = 899.91 元; c_ret = 4.65 × c_in ≈ 4,184.6 元
        Assert.Equal(1_550_000_000 / 1_722_390.0, m.CostPerInService, 9);
        Assert.Equal(899.91, Math.Round(m.CostPerInService, 2));
        Assert.Equal(4184.6, Math.Round(m.CostPerRetiree, 1));

        // Resident: 27.04亿 / Σ w·n = 2,704,000,000 / (1,345,579 + 2.5 × 923,705 + 0.5 × 637,103 + 0.3 × 113,426) = 2,704,000,000 / (1,345,579 + 2,309,262.5 + 318,551.5 + 34,027.8) = 2,704,000,000 / 4,007,420.8
        double unit = 2_704_000_000 / 4_007_420.8;
        Assert.Equal(unit, m.ResidentCostPerCapita[0], 6);
        Assert.Equal(2.5 * unit, m.ResidentCostPerCapita[1], 6);

        // Standards: 2022 subsidy 610 (医保发〔2022〕20号); individual collected in 2022 = the 2021 standard 320 (医保发〔2021〕32号, lag 1);
        // after 2025 (700) the subsidy rises by the last increment, +30 a year: 2031 = 700 + 6 × 30 = 880.
        Assert.Equal(Money.FromYuan(610), m.Subsidy!.At(2022));
        Assert.Equal(Money.FromYuan(880), m.Subsidy.At(2031));
        Assert.Equal(Money.FromYuan(320), m.Individual!.At(2021));
        Assert.Equal(Money.FromYuan(400), m.Individual.At(2030)); // hold-last after 2025
    }

    [Fact]
    public void First_year_resident_income_is_headcount_times_the_standards()
    {
        ProjectionResult r = Projector.Run(Zhuzhou2021.Model());
        ProjectedYear y = r.Resident!.Years[0];

        // 2022 headcounts: 1,345,579 × 0.985 + 923,705 × 1.02 + 637,103 × 0.99 + 113,426 = 1,325,395.3 + 942,179.1 + 630,731.97 + 113,426 = 3,011,732.4 persons
        double persons = (1_345_579 * 0.985) + (923_705 * 1.02) + (637_103 * 0.99) + 113_426;
        Assert.Equal(Headcount.FromPersons(3_011_732), y.Insured);
        Assert.Equal(Money.FromFen((long)Math.Round(persons * 320 * 100, MidpointRounding.AwayFromZero)), y.Statement.Income[IncomeLine.Premiums]);
        Assert.Equal(Money.FromFen((long)Math.Round(persons * 610 * 100, MidpointRounding.AwayFromZero)), y.Statement.Income[IncomeLine.FiscalSubsidy]);

        // Interest 1.5% × 22.73亿 = 0.34095亿 = 34,095,000.00 元
        Assert.Equal(Money.Parse("34,095,000元"), y.Statement.Income[IncomeLine.Interest]);
    }

    [Fact]
    public void Key_dates_of_the_baseline_are_the_documented_ones()
    {
        // The values docs/forecasting.md prints for the illustrative baseline (the CLI test compares the whole output).
        ProjectionResult r = Projector.Run(Zhuzhou2021.Model());
        Assert.Equal(2029, r.EmployeePooled!.FirstCurrentDeficit.Year);
        Assert.Null(r.EmployeePooled.Exhaustion.Year);
        Assert.Equal(2022, r.Resident!.FirstCurrentDeficit.Year);
        Assert.Equal(2028, r.Resident.Exhaustion.Year);
        Assert.Equal(2025, r.Resident.CoverBelowReasonableRange.Year);
        Assert.StartsWith("2028: 累计结余耗尽 — closing -6.82亿元", r.Resident.Exhaustion.Sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Support_ratio_falls_as_retirements_shift_the_cohorts()
    {
        // 2021: 45.48万 : 27.26万 = 1.67 : 1. Net in-service change 3% − 1% − 4% = −2% a year; retirees +4% of in service − 2% deaths.
        ProjectionResult r = Projector.Run(Zhuzhou2021.Model());
        ProjectedYear first = r.EmployeePooled!.Years[0];
        Assert.Equal(Headcount.FromPersons(445_704), first.SupportRatio!.Value.InService);        // 454,800 × 0.98
        Assert.Equal(Headcount.FromPersons(285_340), first.SupportRatio.Value.Retired);           // 272,600 × 0.98 + 0.04 × 454,800 = 267,148 + 18,192
        Fraction previous = Fraction.Create(454_800, 272_600);
        foreach (ProjectedYear y in r.EmployeePooled.Years)
        {
            Fraction ratio = y.SupportRatio!.Value.InServicePerRetiree;
            Assert.True(ratio < previous);
            previous = ratio;
        }
    }

    [Fact]
    public void Explain_names_the_parameters_with_their_citations()
    {
        string text = Projector.Run(Zhuzhou2021.Model()).Explain().ToText();
        Assert.Contains("医保发〔2021〕32号", text, StringComparison.Ordinal);
        Assert.Contains("人社部发〔2009〕67号", text, StringComparison.Ordinal);
        Assert.Contains("last-increment: 700.00 + 30.00 元 a year after 2025", text, StringComparison.Ordinal);
        Assert.Contains("征缴率 collection ratio (calibrated) = 91.82%", text, StringComparison.Ordinal);
    }
}
