using System;
using System.Globalization;

namespace FundMath.Pooling;

/// <summary>
/// The whole-city settlement of one scheme and year under municipal pooling — 市级统筹年度结算: every county's transfer,
/// top-up share, deficit sharing and surplus, and the collected fund's year, following 《丽水市全面做实基本医疗保险市级
/// 统筹实施方案（征求意见稿）》四(二)7–8. Spans in, spans out, 0 bytes allocated.
/// </summary>
/// <remarks>
/// <para>Order of the year: (1) in the transfer year each county transfers its quota (上划); (2) at the start of the
/// year, if the collected fund (opening + transfers) is below the threshold months, the shortfall is raised from the
/// counties by previous-year insured headcount (年初补充上划); (3) at year-end, 70% of transition surpluses flow in and
/// the fund pays its shares of the county deficits out of opening + all inflows + interest.</para>
/// <para>Consumption order when the fund cannot pay every share: <b>pro rata to the shares due</b> — the whole
/// available amount is split over the deficit counties in proportion to what each is owed, by largest remainder to the
/// fen (so paid ≤ due for every county and Σ paid = available exactly). No county is served first: the plan gives no
/// priority, and pro rata makes the result independent of input order and of the size of any one deficit. Each
/// county's unpaid part then falls 20%/80% on the treasuries with its own 1% cap.</para>
/// <para>Determinism: counties must be in ordinal order of <see cref="PoolingCounty.Name"/> (unique), which is also
/// the tie-break of every largest-remainder split (equal remainders go to the earlier name). <see cref="SortByName"/>
/// puts a span in that order; a span out of order or with a repeated name is rejected, never silently reordered.</para>
/// <para>Every input is checked before anything is written: on a <see cref="PoolingInputException"/> the results
/// span is untouched. The work per county is a few exact integer operations; scratch for the two city-wide splits is
/// on the stack up to 128 counties and in a per-thread buffer (grown once) above that, so repeated settlements
/// allocate nothing.</para>
/// </remarks>
public static class CitySettlement
{
    private const int StackLimit = 128;

    /// <summary>
    /// Settles every county of <paramref name="counties"/> (in ordinal name order) for <paramref name="year"/> under
    /// <paramref name="policy"/> (read at the start of that year); writes one <see cref="CountySettlement"/> per county
    /// into <paramref name="results"/> (same index) and returns the collected fund's year.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="results"/> has another length than <paramref name="counties"/>.</exception>
    /// <exception cref="PoolingInputException">No county; names missing, repeated or out of order; a county or year input breaks a
    /// rule (negative deficit, negative financing base, missing headcount while the top-up is in force, …). Nothing is written.</exception>
    public static CollectedFundStatement Settle(PoolingPolicy policy, in PoolingYear year, ReadOnlySpan<PoolingCounty> counties, Span<CountySettlement> results)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (results.Length != counties.Length)
        {
            Preconditions.ThrowArgument(nameof(results), $"results has room for {results.Length} counties but counties has {counties.Length}; they must match.");
        }

        if (counties.IsEmpty)
        {
            throw new PoolingInputException(null, "counties", "0 counties", "a city settlement needs at least one county (市本级 counts as one)");
        }

        bool fillRule = PoolingCounty.NeedsTransitionFill(policy, year);
        bool anyTransitionDeficit = false;
        for (int i = 0; i < counties.Length && fillRule; i++)
        {
            anyTransitionDeficit |= counties[i].Deficit.IsPositive;
        }

        year.Validate(policy, anyTransitionDeficit);

        // Pass 1: check every county, and the city-wide sums (no result is written before all checks pass).
        bool topUpRule = policy.TopUpInForce;
        bool transferYear = year.Year == policy.UpwardTransferYear;
        bool transitionYear = policy.IsTransitionYear(year.Year);
        Fraction transferShare = policy.TransferShareOfYear(year.Scheme);
        Money cityExpenditure = Money.Zero;
        Money transfers = Money.Zero;
        Money surplusInflows = Money.Zero;
        long insured = 0;
        Money headroom = Money.Zero; // one overflow check per batch: every later sum is bounded by this one
        for (int i = 0; i < counties.Length; i++)
        {
            ref readonly PoolingCounty county = ref counties[i];
            county.Validate(policy, year, requireHeadcount: topUpRule);
            if (i > 0)
            {
                CheckOrder(counties[i - 1].Name, county.Name, i);
            }

            headroom += county.Deficit + county.Surplus + county.PooledFinancing + county.AccumulatedBalance.Abs() + county.PersonalAccountBalance;
            cityExpenditure += county.PreviousYearExpenditure;
            if (transferYear)
            {
                transfers += PoolingMath.Quota(county.PreviousYearExpenditure, transferShare);
            }

            if (topUpRule)
            {
                long persons = county.PreviousYearInsured.GetValueOrDefault().Persons;
                if (persons > long.MaxValue - insured)
                {
                    throw new PoolingInputException(county.Name, nameof(PoolingCounty.PreviousYearInsured), persons.ToString("N0", CultureInfo.InvariantCulture),
                        $"the previous-year insured headcounts, {insured.ToString("N0", CultureInfo.InvariantCulture)} before this county, would total more than {long.MaxValue.ToString("N0", CultureInfo.InvariantCulture)} persons");
                }

                insured += persons;
            }

            if (transitionYear && county.Surplus.IsPositive)
            {
                surplusInflows += county.Surplus - PoolingMath.First(county.Surplus, policy.TransitionCountyKeepShare);
            }
        }

        headroom += cityExpenditure + transfers + year.CollectedFundOpening + year.Interest;
        var topUp = new YearStartTopUp(policy, year.Scheme, year.CollectedFundOpening + transfers, cityExpenditure);
        if (topUp.Shortfall.IsPositive && insured == 0)
        {
            throw new PoolingInputException(null, nameof(PoolingCounty.PreviousYearInsured), "0 persons in total",
                $"the year-start shortfall {PoolingText.Yuan(topUp.Shortfall)} is raised in proportion to previous-year insured headcounts (四(二)7(2)/(3)), and every county's is zero");
        }

        Money available = year.CollectedFundOpening + transfers + topUp.Shortfall + surplusInflows + year.Interest;

        // Pass 2: the two city-wide splits.
        int n = counties.Length;
        Span<long> weights = n <= StackLimit ? stackalloc long[StackLimit] : Scratch.Weights(n);
        Span<Money> topUps = n <= StackLimit ? stackalloc Money[StackLimit] : Scratch.TopUps(n);
        Span<Money> dues = n <= StackLimit ? stackalloc Money[StackLimit] : Scratch.Dues(n);
        Span<Money> paid = n <= StackLimit ? stackalloc Money[StackLimit] : Scratch.Paid(n);
        weights = weights[..n];
        topUps = topUps[..n];
        dues = dues[..n];
        paid = paid[..n];
        if (topUp.Shortfall.IsPositive)
        {
            for (int i = 0; i < n; i++)
            {
                weights[i] = counties[i].PreviousYearInsured.GetValueOrDefault().Persons;
            }

            Apportionment.Split(topUp.Shortfall, weights, topUps);
        }
        else
        {
            topUps.Clear();
        }

        Money sharesDue = Money.Zero;
        for (int i = 0; i < n; i++)
        {
            dues[i] = CountySettlement.CollectedFundDueOf(policy, year, counties[i]);
            sharesDue += dues[i];
        }

        if (sharesDue <= available)
        {
            dues.CopyTo(paid);
        }
        else
        {
            Apportionment.Split(available, dues, paid);
        }

        // Pass 3: write the results.
        var totals = default(CityTotals);
        Money outflows = Money.Zero;
        for (int i = 0; i < n; i++)
        {
            results[i] = new CountySettlement(policy, year, counties[i], topUps[i], dues[i], paid[i]);
            totals.Add(results[i]);
            outflows += paid[i];
        }

        return new CollectedFundStatement(policy, year, n, transfers, topUp, surplusInflows, sharesDue, outflows, totals);
    }

    /// <summary>
    /// Sorts counties into the order <see cref="Settle"/> requires: ordinal order of <see cref="PoolingCounty.Name"/>
    /// (culture-independent, so the order — and every tie-break — is the same on every machine).
    /// </summary>
    public static void SortByName(Span<PoolingCounty> counties) =>
        counties.Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));

    private static void CheckOrder(string previous, string current, int index)
    {
        int order = string.CompareOrdinal(previous, current);
        if (order == 0)
        {
            throw new PoolingInputException(current, nameof(PoolingCounty.Name), $"'{current}'",
                $"the name appears twice (counties {index - 1} and {index}); each county is settled once, so names must be unique");
        }

        if (order > 0)
        {
            throw new PoolingInputException(current, nameof(PoolingCounty.Name), $"'{current}'",
                $"counties must be in ordinal order of name (it follows '{previous}' at index {index.ToString(CultureInfo.InvariantCulture)}): the order is the tie-break of every split, so it is fixed, not taken from the input; call CitySettlement.SortByName first");
        }
    }

    // Per-thread scratch for cities above StackLimit counties: grown once, then reused (as Apportionment does).
    private static class Scratch
    {
        [ThreadStatic]
        private static long[]? weights;

        [ThreadStatic]
        private static Money[]? topUps;

        [ThreadStatic]
        private static Money[]? dues;

        [ThreadStatic]
        private static Money[]? paid;

        internal static Span<long> Weights(int n) => Get(ref weights, n);

        internal static Span<Money> TopUps(int n) => Get(ref topUps, n);

        internal static Span<Money> Dues(int n) => Get(ref dues, n);

        internal static Span<Money> Paid(int n) => Get(ref paid, n);

        private static Span<T> Get<T>(ref T[]? slot, int n)
        {
            if (slot is null || slot.Length < n)
            {
                slot = new T[Math.Max(n, 2 * StackLimit)];
            }

            return slot;
        }
    }
}
