using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Pooling;
using FundMath.Testing;
using FundMath.Tests.Support;

namespace FundMath.Tests.Pooling;

/// <summary>
/// The laws of municipal pooling (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8) over generated policies,
/// years and cities (FundMath.Testing's <see cref="PoolingArbitraries"/>): conservation to the fen, bounds, monotonicity,
/// the direction of the adjustments, the collected fund's roll-forward, order independence.
/// </summary>
public class PoolingPropertyTests
{
    private static readonly Arbitrary<PoolingScenario> Scenarios = PoolingArbitraries.Scenario();

    private static Money Parties(in CountySettlement c) =>
        c.CollectedFundPaid + c.CountyPart.FromBalance + c.CountyPart.SpecialAppropriation + c.CityTreasuryPaid + c.CountyTreasury + c.TransitionFill;

    private static bool AllNonNegative(in CountySettlement c) =>
        !(c.CollectedFundDue.IsNegative || c.CollectedFundPaid.IsNegative || c.CollectedFundUnpaid.IsNegative || c.CountyPart.FromBalance.IsNegative
          || c.CountyPart.SpecialAppropriation.IsNegative || c.CityTreasuryDue.IsNegative || c.CityTreasuryPaid.IsNegative || c.CapCutOff.IsNegative
          || c.CountyTreasury.IsNegative || c.TransitionFill.IsNegative || c.SurplusKept.IsNegative || c.SurplusToCollectedFund.IsNegative
          || c.InitialTransfer.FromBalance.IsNegative || c.InitialTransfer.SpecialAppropriation.IsNegative
          || c.TopUp.FromBalance.IsNegative || c.TopUp.SpecialAppropriation.IsNegative);

    [FundMathProperty]
    public Property Shares_sum_exactly_to_the_deficit_and_to_the_surplus() =>
        Prop.ForAll(Scenarios, s =>
        {
            (CollectedFundStatement fund, CountySettlement[] counties) = s.Settle();
            return counties.All(c => Parties(c) == c.Deficit && c.SurplusKept + c.SurplusToCollectedFund == c.Surplus)
                && fund.CityTreasury + fund.CountyTreasuries + fund.Outflows + fund.CountyBalances + fund.CountyAppropriations + fund.TransitionFills == fund.TotalDeficit;
        });

    [FundMathProperty]
    public Property Top_up_shares_sum_exactly_to_the_shortfall_each_within_a_fen_of_its_exact_share() =>
        Prop.ForAll(Scenarios, s =>
        {
            (CollectedFundStatement fund, CountySettlement[] counties) = s.Settle();
            if (fund.TopUp.Outcome != TopUpOutcome.Raised)
            {
                return counties.All(c => c.TopUp.Due.IsZero);
            }

            long total = counties.Sum(c => c.Persons());
            return Money.Sum(counties.Select(c => c.TopUp.Due)) == fund.TopUps
                && counties.All(c =>
                {
                    Int128 exact = (Int128)fund.TopUps.Fen * c.Persons();
                    Int128 mine = (Int128)c.TopUp.Due.Fen * total;
                    return Int128.Abs(mine - exact) < total;
                });
        });

    [FundMathProperty]
    public Property No_party_pays_a_negative_amount() =>
        Prop.ForAll(Scenarios, s => s.Settle().Counties.All(c => AllNonNegative(c)));

    [FundMathProperty]
    public Property The_city_treasury_never_exceeds_its_cap() =>
        Prop.ForAll(Scenarios, s => s.Settle().Counties.All(c =>
            c.CityTreasuryPaid <= c.CityTreasuryCap
            && (Int128)c.CityTreasuryPaid.Fen * s.Policy.CityTreasuryCap.Value.Denominator <= (Int128)c.Input.PooledFinancing.Fen * s.Policy.CityTreasuryCap.Value.Numerator));

    [FundMathProperty]
    public Property The_collected_fund_never_goes_below_zero_and_never_pays_more_than_due() =>
        Prop.ForAll(Scenarios, s =>
        {
            (CollectedFundStatement fund, CountySettlement[] counties) = s.Settle();
            return !fund.Closing.IsNegative && fund.Outflows <= fund.Available
                && counties.All(c => c.CollectedFundPaid <= c.CollectedFundDue)
                && (fund.Outcome != CollectedFundOutcome.PaidProRata || fund.Closing.IsZero);
        });

    [FundMathProperty]
    public Property The_roll_forward_holds_against_the_counties() =>
        Prop.ForAll(Scenarios, s =>
        {
            (CollectedFundStatement fund, CountySettlement[] counties) = s.Settle();
            Money fromCounties = s.Year.CollectedFundOpening
                + Money.Sum(counties.Select(c => c.InitialTransfer.Due))
                + Money.Sum(counties.Select(c => c.TopUp.Due))
                + Money.Sum(counties.Select(c => c.SurplusToCollectedFund))
                + s.Year.Interest
                - Money.Sum(counties.Select(c => c.CollectedFundPaid));
            return fromCounties == fund.Closing && fund.RollForward.Outcome == FundMath.Funds.RollForwardOutcome.Holds;
        });

    [FundMathProperty]
    public Property No_deficit_means_nobody_pays() =>
        Prop.ForAll(Scenarios, s =>
        {
            PoolingScenario noDeficits = s.WithCounties([.. s.Counties.Select(c => c with { Deficit = Money.Zero })]);
            (CollectedFundStatement fund, CountySettlement[] counties) = noDeficits.Settle();
            return fund.Outflows.IsZero && fund.Outcome == CollectedFundOutcome.NothingDue
                && counties.All(c => (c.CollectedFundPaid + c.CountyPart.Due + c.CityTreasuryPaid + c.CountyTreasury + c.TransitionFill).IsZero);
        });

    [FundMathProperty]
    public Property A_larger_deficit_never_lowers_any_partys_share() =>
        Prop.ForAll(Scenarios, PoolingArbitraries.Amount(), PoolingArbitraries.Amount(), (s, extra, available) =>
        {
            PoolingCounty c = s.Counties[0] with { Surplus = Money.Zero };
            CountySettlement small = CountySettlement.Compute(s.Policy, s.Year, c, available);
            CountySettlement large = CountySettlement.Compute(s.Policy, s.Year, c with { Deficit = c.Deficit + extra }, available);
            return small.CollectedFundPaid <= large.CollectedFundPaid
                && small.CountyPart.Due <= large.CountyPart.Due
                && small.CountyPart.FromBalance <= large.CountyPart.FromBalance
                && small.CountyPart.SpecialAppropriation <= large.CountyPart.SpecialAppropriation
                && small.CityTreasuryPaid <= large.CityTreasuryPaid
                && small.CountyTreasury <= large.CountyTreasury
                && small.TransitionFill <= large.TransitionFill;
        });

    [FundMathProperty]
    public Property Adjustments_never_raise_the_city_side_nor_lower_the_county_side() =>
        Prop.ForAll(Scenarios, PoolingArbitraries.Amount(), (s, available) =>
        {
            PoolingCounty plain = s.Counties[0] with { Surplus = Money.Zero, PriorYearDeficit = false, Assessment = CountyAssessment.GoodOrBetter };
            CountySettlement baseline = CountySettlement.Compute(s.Policy, s.Year, plain, available);
            PoolingCounty[] adjusted =
            [
                plain with { PriorYearDeficit = true },
                plain with { Assessment = CountyAssessment.BelowGood },
                plain with { PriorYearDeficit = true, Assessment = CountyAssessment.BelowGood },
            ];
            return adjusted.All(a =>
            {
                CountySettlement x = CountySettlement.Compute(s.Policy, s.Year, a, available);
                return x.CollectedShare <= baseline.CollectedShare
                    && x.CollectedFundDue <= baseline.CollectedFundDue
                    && x.CollectedFundPaid <= baseline.CollectedFundPaid
                    && x.CityTreasuryPaid <= baseline.CityTreasuryPaid
                    && x.CountyTotal >= baseline.CountyTotal
                    && x.CountyPart.Due >= baseline.CountyPart.Due;
            });
        });

    [FundMathProperty]
    public Property Results_do_not_depend_on_the_input_order() =>
        Prop.ForAll(Scenarios, ArbMap.Default.ArbFor<int>(), (s, seed) =>
        {
            PoolingCounty[] shuffled = [.. s.Counties];
            var rng = new Random(seed);
            for (int i = shuffled.Length - 1; i > 0; i--)
            {
                int j = rng.Next(i + 1);
                (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
            }

            CitySettlement.SortByName(shuffled);
            var again = new CountySettlement[shuffled.Length];
            CollectedFundStatement fund2 = CitySettlement.Settle(s.Policy, s.Year, shuffled, again);
            (CollectedFundStatement fund, CountySettlement[] counties) = s.Settle();
            return fund.Closing == fund2.Closing
                && counties.Zip(again).All(p => p.First.Name == p.Second.Name && p.First.CollectedFundPaid == p.Second.CollectedFundPaid && p.First.TopUp == p.Second.TopUp && p.First.CountyTreasury == p.Second.CountyTreasury);
        });

    [FundMathProperty]
    public Property Personal_accounts_never_lower_what_a_county_must_find_elsewhere() =>
        Prop.ForAll(Scenarios, PoolingArbitraries.Amount(), (s, more) =>
        {
            if (s.Year.Scheme != PooledScheme.Employee)
            {
                return true;
            }

            PoolingCounty c = s.Counties[0];
            var year = s.Year with { Year = s.Policy.UpwardTransferYear };
            PoolingPolicy policy = PoolingArbitraries.BuildPolicy(s.Policy.UpwardTransferYear, PoolingPolicyKnobs.Lishui, PriorDeficitReading.PercentagePoints);
            CountySettlement before = CountySettlement.Compute(policy, year, c, Money.Zero);
            CountySettlement after = CountySettlement.Compute(policy, year, c with { PersonalAccountBalance = c.PersonalAccountBalance + more }, Money.Zero);
            return after.InitialTransfer.Due == before.InitialTransfer.Due
                && after.InitialTransfer.SpecialAppropriation >= before.InitialTransfer.SpecialAppropriation
                && after.CountyPart.SpecialAppropriation >= before.CountyPart.SpecialAppropriation;
        });
}

internal static class PoolingPropertyExtensions
{
    public static long Persons(this in CountySettlement c) => c.Input.PreviousYearInsured.GetValueOrDefault().Persons;
}

/// <summary>The two-party split used for every 30/70, 20/80 and 30/70-surplus share is Apportionment's largest remainder.</summary>
public class PoolingSplitPropertyTests
{
    [FundMathProperty]
    public Property Two_party_split_is_the_largest_remainder_split() =>
        Prop.ForAll(PoolingArbitraries.Amount(), ValueArbitraries.RateWithinZeroToOneHundredPercent(), (total, share) =>
        {
            Span<Money> parts = stackalloc Money[2];
            Span<long> weights = stackalloc long[2];
            weights[0] = share.Value.Numerator;
            weights[1] = share.Value.Denominator - share.Value.Numerator;
            Apportionment.Split(total, weights, parts);
            return PoolingMath.First(total, share) == parts[0];
        });
}
