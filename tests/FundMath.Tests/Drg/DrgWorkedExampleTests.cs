using System;
using System.Collections.Generic;
using System.Linq;
using FundMath.Drg;

namespace FundMath.Tests.Drg;

/// <summary>The worked example of docs/drg.md, step by step (derivations in the comments; figures illustrative).</summary>
public sealed class DrgWorkedExampleTests
{
    [Fact]
    public void Base_points_are_group_average_over_overall_average_times_100()
    {
        DrgGroupTable table = DrgExample.Table();

        // 8,000 / 10,000 × 100 = 80; 15,000 / 10,000 × 100 = 150; 30,000 / 10,000 × 100 = 300
        Assert.Equal(DrgPoints.FromPoints(80), table.BasePoints(0));
        Assert.Equal(DrgPoints.FromPoints(150), table.BasePoints(1));
        Assert.Equal(DrgPoints.FromPoints(300), table.BasePoints(2));

        // Outlier thresholds: GA > 16,000 (2 × 8,000) is high, < 4,000 (50% × 8,000) is low
        Assert.Equal(Money.FromYuan(16_000), table.HighOutlierThreshold(0));
        Assert.Equal(Money.FromYuan(4_000), table.LowOutlierThreshold(0));
    }

    [Fact]
    public void Case_points_with_outliers_and_a_case_factor()
    {
        DrgGroupTable table = DrgExample.Table();
        var points = new DrgPoints[8];
        var institutions = new DrgPoints[3];

        DrgPointTotals totals = DrgCasePoints.Compute(table, DrgExample.Cases(), points, institutions);

        // 1 GA 8,500 → 80; 2 GB 14,000 → 150; 3 GA 3,000 < 4,000 → low: 3,000 / 10,000 × 100 = 30;
        // 4 GC 75,000 > 60,000 → high: 300 + (75,000 − 60,000) / 10,000 × 100 = 450; 5 GB 16,000 × factor 1.2 → 180;
        // 6 GA 7,000 → 80; 7 GB 15,500 → 150; 8 GC 29,000 → 300
        decimal[] expected = [80, 150, 30, 450, 180, 80, 150, 300];
        Assert.Equal(expected, points.Select(p => p.Value));
        Assert.Equal([260m, 710m, 450m], institutions.Select(p => p.Value)); // H1 80+150+30, H2 450+180+80, H3 150+300
        Assert.Equal(DrgPoints.FromPoints(1_420), totals.Points);
        Assert.Equal(1, totals.HighOutliers);
        Assert.Equal(1, totals.LowOutliers);
        Assert.Equal(8, totals.Cases);
    }

    [Fact]
    public void Point_value_and_payments_sum_exactly_to_the_distributable_budget()
    {
        DrgGroupTable table = DrgExample.Table();
        var institutions = new DrgPoints[3];
        var settled = new DrgPoints[3];
        var payments = new Money[3];

        DrgSchemeResult r = DrgPayment.Compute(table, DrgExample.Budget, null, DrgExample.Cases(), DrgExample.InstitutionFactors,
            default, institutions, settled, payments);

        // Settled points: 260 × 1 = 260; 710 × 1.05 = 745.5; 450 × 0.95 = 427.5; total 1,433
        Assert.Equal([260m, 745.5m, 427.5m], settled.Select(p => p.Value));
        Assert.Equal(DrgPoints.FromPoints(1_433), r.PointValue.TotalPoints);

        // Reserve 5% × 160,005.00 = 8,000.25; distributable 152,004.75; point value 152,004.75 / 1,433 = 106.0745…元/点
        Assert.Equal(Money.FromYuan(8_000.25m), r.PointValue.Reserve);
        Assert.Equal(Money.FromYuan(152_004.75m), r.PointValue.Distributable);
        Assert.Equal(106.0745m, r.PointValue.YuanPerPoint(4, MidpointRounding.AwayFromZero));

        // Exact shares 27,579.368…, 79,078.535…, 45,346.846…: rounded alone 27,579.37 + 79,078.54 + 45,346.85 = 152,004.76,
        // one fen over. Largest remainder: floors 27,579.36 / 79,078.53 / 45,346.84 leave 2 fen, given to H1 (.846) and H3 (.621).
        Assert.Equal([Money.FromYuan(27_579.37m), Money.FromYuan(79_078.53m), Money.FromYuan(45_346.85m)], payments);
        Assert.Equal(r.PointValue.Distributable, Money.Sum(payments));
        Assert.Equal(Money.FromYuan(79_078.54m), r.PointValue.PaymentFor(settled[1], MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Year_end_settlement_retains_surplus_and_shares_overrun()
    {
        DrgSchemePayment p = DrgPayment.Calculate(DrgExample.Table(), DrgExample.Budget, null, DrgExample.Cases(),
            DrgExample.InstitutionIds, DrgExample.InstitutionFactors, DrgExample.References);
        IReadOnlyList<DrgInstitutionSettlement> s = p.Settlements!;

        // H1: 27,579.37 vs 25,000.00 → surplus 2,579.37 within the band 2,757.94 (10%); retained 60% = 1,547.62;
        // clawed back 1,031.75; final 25,000.00 + 1,547.62 = 26,547.62
        Assert.Equal(DrgSettlementKind.Surplus, s[0].Kind);
        Assert.Equal(Money.FromYuan(2_757.94m), s[0].Band);
        Assert.Equal(Money.FromYuan(1_547.62m), s[0].Retained);
        Assert.Equal(Money.FromYuan(1_031.75m), s[0].ClawedBack);
        Assert.Equal(Money.FromYuan(26_547.62m), s[0].Final);

        // H2: 79,078.53 vs 90,000.00 → overrun 10,921.47, band 7,907.85 (10%); shared 70% × 7,907.85 = 5,535.495 → 5,535.50;
        // final 84,614.03
        Assert.Equal(DrgSettlementKind.Overrun, s[1].Kind);
        Assert.Equal(Money.FromYuan(7_907.85m), s[1].Eligible);
        Assert.Equal(Money.FromYuan(5_535.50m), s[1].Shared);
        Assert.Equal(Money.FromYuan(84_614.03m), s[1].Final);

        // H3: 45,346.85 vs 45,000.00 → surplus 346.85 (band 4,534.69); retained 60% = 208.11; final 45,208.11
        Assert.Equal(Money.FromYuan(208.11m), s[2].Retained);
        Assert.Equal(Money.FromYuan(45_208.11m), s[2].Final);

        // Pool 8,000.25 + 1,031.75 + 138.74 = 9,170.74 ≥ 5,535.50: all shared; unspent 3,635.24;
        // Σ final 156,369.76 + unspent 3,635.24 = 160,005.00, the budget
        DrgSettlementTotals t = p.SettlementTotals!.Value;
        Assert.Equal(DrgSettlementOutcome.AllShared, t.Outcome);
        Assert.Equal(Money.FromYuan(156_369.76m), t.Final);
        Assert.Equal(Money.FromYuan(3_635.24m), t.Unspent);
        Assert.Equal(DrgExample.Budget, t.Final + t.Unspent);
    }

    [Fact]
    public void A_short_pool_scales_the_overrun_shares()
    {
        // The example's point payments settled against a reserve of only 1,000.00: pool 1,000.00 + 1,031.75 + 138.74
        // = 2,170.49 < the 5,535.50 granted to H2, so H2 gets the whole pool and nothing is unspent.
        Money[] payments = [Money.FromYuan(27_579.37m), Money.FromYuan(79_078.53m), Money.FromYuan(45_346.85m)];
        var shared = new Money[3];
        var finals = new Money[3];

        DrgSettlementTotals t = DrgSettlement.Settle(DrgExample.Policy(), Money.FromYuan(1_000), payments, DrgExample.References, shared, finals);

        Assert.Equal(DrgSettlementOutcome.SharingScaled, t.Outcome);
        Assert.Equal(Money.FromYuan(5_535.50m), t.SharedRequested);
        Assert.Equal([Money.Zero, Money.FromYuan(2_170.49m), Money.Zero], shared);
        Assert.Equal([Money.FromYuan(26_547.62m), Money.FromYuan(81_249.02m), Money.FromYuan(45_208.11m)], finals);
        Assert.Equal(Money.Zero, t.Unspent);
        Assert.Equal(Money.Sum(payments) + Money.FromYuan(1_000), t.Final + t.Unspent);
    }

    [Fact]
    public void Explanations_cite_the_method_and_each_parameter()
    {
        DrgSchemePayment p = DrgPayment.Calculate(DrgExample.Table(), DrgExample.Budget, null, DrgExample.Cases(),
            DrgExample.InstitutionIds, DrgExample.InstitutionFactors, DrgExample.References);

        string value = p.ExplainPointValue().ToText();
        Assert.Contains("点值 point value (职工医保) = 106.0745元/点", value);
        Assert.Contains("丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿） 四(一)4", value);
        Assert.Contains("预留调节金比例 reserve ratio = 5%", value);

        string h2 = p.ExplainInstitution(1).ToText();
        Assert.Contains("清算后支付 final payment of H2 (职工医保) = 84,614.03元", h2);
        Assert.Contains("点数付费 point payment of H2 (职工医保) = 79,078.53元", h2);
        Assert.Contains("(-1 fen)", h2);
        Assert.Contains("合理超支分担比例 overrun share = 70%", h2);

        string c4 = DrgCasePoints.Explain(DrgExample.Table(), 2, Money.FromYuan(75_000), Fraction.One, "4").ToText();
        Assert.Contains("病例点数 case points of case 4 (GC) = 450.0000", c4);
        Assert.Contains("高倍率病例", c4);
    }
}
