using System.Collections.Generic;
using System.Linq;
using FundMath.Benefits;
using NodaTime;
using Xunit.Abstractions;
using static FundMath.Tests.Benefits.AnkangPlans;

namespace FundMath.Tests.Benefits;

/// <summary>
/// Plausibility, not identity: the Ankang sample plans (illustrative deductibles and ratios) applied to a stylised
/// admission mix should land near the national 2023 in-scope fund payment ratios by level and keep their order
/// (lower level, higher ratio). 《2023年全国医疗保障事业发展统计公报》: 职工医保住院费用目录内基金支付比例84.6%，三级、二级、一级及以下
/// 83.5%、87.4%、89.4%；居民医保68.1%，63.2%、72.4%、80.8%；次均住院费用 职工12175元、居民7674元. The mix is made up (level
/// cost factors 0.5/0.8/1.6 × the national average, 10% out of scope, 15% class B); a ±5pp band is the claim, not equality.
/// </summary>
public class PlausibilityTests(ITestOutputHelper output)
{
    private static readonly decimal[] SizeFactors = [0.3m, 0.5m, 0.8m, 1m, 1m, 1.2m, 1.5m, 2m, 3m];
    private static readonly decimal[] LevelFactors = [0.5m, 0.8m, 1.6m];

    private static BenefitBatchTotals Scenario(BenefitPlan plan, decimal averageCost)
    {
        var claims = new List<BenefitClaim>();
        long id = 1;
        foreach (HospitalLevel level in new[] { HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3 })
        {
            foreach (decimal size in SizeFactors)
            {
                for (int k = 0; k < 10; k++)
                {
                    decimal total = decimal.Round(averageCost * LevelFactors[(int)level] * size, 2);
                    decimal outOfScope = decimal.Round(total * 0.10m, 2);
                    decimal classB = decimal.Round((total - outOfScope) * 0.15m, 2);
                    PersonStatus status = plan.Scheme == BenefitScheme.Resident ? PersonStatus.Resident : k < 7 ? PersonStatus.InService : PersonStatus.Retired;
                    claims.Add(new BenefitClaim(id, id, new LocalDate(2021, 6, 1), plan.Scheme, ClaimKind.Inpatient, level, status, AssistanceGroup.General,
                        Money.FromYuan(total), Money.FromYuan(outOfScope), Money.FromYuan(classB)));
                    id++;
                }
            }
        }

        BenefitClaimTable table = BenefitClaimTable.FromClaims(claims);
        var accumulators = table.PersonIds.Select(p => BenefitAccumulator.ForYear(p, 2021)).ToArray();
        return BenefitSettlement.Settle(plan, table.Columns, accumulators, new BenefitPaymentTable(table.Count).Columns);
    }

    [Theory]
    [InlineData(BenefitScheme.Employee, 12_175, 89.4, 87.4, 83.5)]
    [InlineData(BenefitScheme.Resident, 7_674, 80.8, 72.4, 63.2)]
    public void Inpatient_in_scope_ratios_by_level_are_near_the_national_2023_figures(BenefitScheme scheme, int averageCost, double level1, double level2, double level3)
    {
        BenefitPlan plan = scheme == BenefitScheme.Employee ? Employee2021 : Resident2021;
        BenefitBatchTotals totals = Scenario(plan, averageCost);
        decimal[] national = [(decimal)level1, (decimal)level2, (decimal)level3];
        decimal[] ratios = new decimal[3];
        foreach (HospitalLevel level in new[] { HospitalLevel.Level1, HospitalLevel.Level2, HospitalLevel.Level3 })
        {
            ratios[(int)level] = totals.InpatientInScopeRatio(level)!.Value.ToPercent(2, System.MidpointRounding.AwayFromZero);
            output.WriteLine($"{scheme} {level}: {ratios[(int)level]}% (national 2023 {national[(int)level]}%)");
            Assert.InRange(ratios[(int)level], national[(int)level] - 5, national[(int)level] + 5);
        }

        Assert.True(ratios[0] > ratios[1] && ratios[1] > ratios[2], "the ratio falls with the level, as nationally");
        output.WriteLine($"{scheme} all levels: {totals.InpatientInScopeRatio()!.Value.ToPercent(2, System.MidpointRounding.AwayFromZero)}%");
    }

    [Fact]
    public void The_resident_mix_meets_the_70_percent_in_scope_target_of_the_plan()
    {
        // 安医保发〔2021〕104号: 城乡居民基本医疗保险政策范围内住院费用支付比例…不低于70% — a fund-level target, checked on the mix.
        BenefitPlan plan = Resident2021;
        BenefitBatchTotals totals = Scenario(plan, 7_674);
        Rate ratio = totals.InpatientInScopeRatio()!.Value;
        output.WriteLine($"resident mix in-scope ratio {ratio.ToPercent(2, System.MidpointRounding.AwayFromZero)}% vs target {plan.InpatientInScopeRatioTarget}");
        Assert.True(ratio >= plan.InpatientInScopeRatioTarget!.Value);
        Assert.Equal(TargetOutcome.Within, totals.InpatientTargetOutcome(plan));
        Assert.Equal(TargetOutcome.NoTarget, totals.InpatientTargetOutcome(Resident2020)); // the 70% minimum is dated from 2021
        BenefitPlan stricter = BenefitPlan.FromParameters(AnkangPlans.Set.WithOverrides([new FundMath.Policies.Parameter(
            "benefits.resident.inpatient.in_scope_ratio_target", FundMath.Policies.ParameterUnit.Rate,
            [new FundMath.Policies.ParameterEntry(new LocalDate(2021, 1, 1), FundMath.Policies.ParameterValue.FromRate(Rate.FromPercent(75)), new FundMath.Citations.Citation("test: a stricter target"))])]),
            BenefitScheme.Resident, new LocalDate(2021, 6, 1));
        Assert.Equal(TargetOutcome.Below, Scenario(stricter, 7_674).InpatientTargetOutcome(stricter)); // 70.71% < 75%: reported, not thrown
    }
}
