namespace FundMath.Tests.Contributions;

using System;
using System.Linq;
using FundMath;
using FundMath.Citations;
using FundMath.Contributions;
using FundMath.Policies;
using NodaTime;

/// <summary>
/// The edges of dated rates, relief windows, flexible employment and premium income: a schedule's first and
/// changing months, parameter entries on and after the first of a month, relief windows at their first and last
/// month and on another rate, default(ReliefWindow), the flexible band at both ends and every refusal, paying
/// populations at 0 and 12 months, both decompositions of a change to the fen, and the largest-remainder rounding
/// of the effects with positive and negative residuals.
/// </summary>
public class RateScheduleBoundaryTests
{
    private static readonly Citation Notice = new("医保发〔2020〕6号", clause: "二");
    private static readonly MidpointRounding HalfUp = MidpointRounding.AwayFromZero;

    // ---- rate schedule ----

    [Fact]
    public void A_rate_holds_from_its_first_month_until_the_month_before_the_next()
    {
        var s = new RateSchedule([new DatedRate(new YearMonth(2020, 1), Rate.FromPercent(8), Notice), new DatedRate(new YearMonth(2020, 7), Rate.FromPercent(7))]);
        Assert.Equal(Rate.FromPercent(8), s.RateAt(new YearMonth(2020, 1)));
        Assert.Equal(Rate.FromPercent(8), s.RateAt(new YearMonth(2020, 6)));
        Assert.Equal(Rate.FromPercent(7), s.RateAt(new YearMonth(2020, 7)));
        Assert.Equal(Rate.FromPercent(7), s.RateAt(new YearMonth(2030, 1)));
        Assert.Equal(new DatedRate(new YearMonth(2020, 1), Rate.FromPercent(8), Notice), s.EntryAt(new YearMonth(2020, 6)));
        Assert.Equal(2, s.Entries.Count);
        Assert.Equal(new YearMonth(2020, 7), s.Entries[1].EffectiveFrom);
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => s.EntryAt(new YearMonth(2019, 12)));
        Assert.Equal("month", early.ParamName);
        Assert.Contains("month 2019-12 is before the first rate of the schedule (effective 2020-01).", early.Message, StringComparison.Ordinal);
        RateSchedule c = RateSchedule.Constant(Rate.FromPercent(2), new YearMonth(2019, 1), Notice);
        Assert.Equal(Notice, c.EntryAt(new YearMonth(2019, 1)).Citation);
        Assert.Single(c.Entries);
    }

    [Fact]
    public void A_schedule_refuses_no_entries_bad_rates_and_repeated_months()
    {
        Assert.Equal("entries", Assert.Throws<ArgumentNullException>(() => new RateSchedule(null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new RateSchedule([]));
        Assert.Equal("entries", empty.ParamName);
        Assert.Contains("entries is empty: a rate schedule needs at least one dated rate.", empty.Message, StringComparison.Ordinal);
        var rate = Assert.Throws<ArgumentOutOfRangeException>(() => new RateSchedule([new DatedRate(new YearMonth(2020, 1), Rate.FromPercent(8)), new DatedRate(new YearMonth(2020, 2), Rate.FromPercent(100.01m))]));
        Assert.Equal("entries[1].Rate", rate.ParamName);
        Assert.Contains("entries[1].Rate 100.01% is outside 0%–100%", rate.Message, StringComparison.Ordinal);
        var same = Assert.Throws<ArgumentException>(() => new RateSchedule([new DatedRate(new YearMonth(2020, 1), Rate.FromPercent(8)), new DatedRate(new YearMonth(2020, 1), Rate.FromPercent(7))]));
        Assert.Equal("entries", same.ParamName);
        Assert.Contains("entries[1] effective 2020-01 is not after entries[0] effective 2020-01; a schedule's months must strictly increase.", same.Message, StringComparison.Ordinal);
        Assert.Equal(Rate.OneHundredPercent, new RateSchedule([new DatedRate(new YearMonth(2020, 1), Rate.OneHundredPercent)]).RateAt(new YearMonth(2020, 1)));
    }

    private static ParameterEntry Entry(int year, int month, int day, decimal percent, string doc) =>
        new(new LocalDate(year, month, day), ParameterValue.FromRate(Rate.FromPercent(percent)), new Citation(doc));

    [Fact]
    public void A_parameter_entry_on_the_first_governs_its_month_and_one_after_the_first_governs_the_next()
    {
        var p = new Parameter("test.rate", ParameterUnit.Rate,
        [
            Entry(2020, 1, 1, 8, "A"),
            Entry(2020, 2, 15, 7, "B"),    // from March
            Entry(2020, 5, 2, 6, "C"),     // from June …
            Entry(2020, 5, 20, 5, "D"),    // … superseded before June: D governs June
            Entry(2020, 9, 1, 4, "E"),
        ]);
        RateSchedule s = RateSchedule.FromParameter(p);
        Assert.Equal(new[] { new YearMonth(2020, 1), new YearMonth(2020, 3), new YearMonth(2020, 6), new YearMonth(2020, 9) }, s.Entries.Select(e => e.EffectiveFrom).ToArray());
        Assert.Equal(new[] { "A", "B", "D", "E" }, s.Entries.Select(e => e.Citation!.Document).ToArray());
        Assert.Equal(Rate.FromPercent(8), s.RateAt(new YearMonth(2020, 2)));
        Assert.Equal(Rate.FromPercent(7), s.RateAt(new YearMonth(2020, 3)));
        Assert.Equal(Rate.FromPercent(5), s.RateAt(new YearMonth(2020, 6)));
        Assert.Equal(Rate.FromPercent(4), s.RateAt(new YearMonth(2020, 9)));
    }

    [Fact]
    public void A_ratio_parameter_makes_a_schedule_and_a_scale_or_an_amount_does_not()
    {
        var ratio = new Parameter("test.ratio", ParameterUnit.Ratio, [new ParameterEntry(new LocalDate(2020, 1, 1), ParameterValue.FromRate(Rate.FromPercent(60), ParameterUnit.Ratio), new Citation("R"))]);
        Assert.Equal(Rate.FromPercent(60), RateSchedule.FromParameter(ratio).RateAt(new YearMonth(2020, 1)));

        var amount = new Parameter("test.amount", ParameterUnit.Yuan, [new ParameterEntry(new LocalDate(2020, 1, 1), ParameterValue.FromMoney(Money.FromYuan(1)), new Citation("Y"))]);
        var a = Assert.Throws<ArgumentException>(() => RateSchedule.FromParameter(amount));
        Assert.Equal("parameter", a.ParamName);
        Assert.Contains("parameter test.amount is in yuan; a rate schedule needs a rate or ratio.", a.Message, StringComparison.Ordinal);

        Parameter scale = ParameterSet.National.Get("resident.central_subsidy_share");
        var sc = Assert.Throws<ArgumentException>(() => RateSchedule.FromParameter(scale));
        Assert.Equal("parameter", sc.ParamName);
        Assert.Contains("parameter resident.central_subsidy_share is a scale; a rate schedule needs one rate per date.", sc.Message, StringComparison.Ordinal);
        Assert.Equal("parameter", Assert.Throws<ArgumentNullException>(() => RateSchedule.FromParameter(null!)).ParamName);
    }

    // ---- relief windows ----

    [Fact]
    public void A_window_applies_from_its_first_to_its_last_month_on_its_normal_rate_only()
    {
        ReliefWindow w = ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4), Notice);
        Assert.Equal(Rate.FromPercent(8), w.NormalRate);
        Assert.Equal(Rate.FromPercent(4), w.ReliefRate);
        Assert.Equal(Notice, w.Citation);
        Assert.Equal(PolicyWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6)), w.Window);
        Assert.False(w.AppliesTo(Rate.FromPercent(8), new YearMonth(2020, 1)));
        Assert.True(w.AppliesTo(Rate.FromPercent(8), new YearMonth(2020, 2)));
        Assert.True(w.AppliesTo(Rate.FromPercent(8), new YearMonth(2020, 6)));
        Assert.False(w.AppliesTo(Rate.FromPercent(8), new YearMonth(2020, 7)));
        Assert.False(w.AppliesTo(Rate.FromPercent(7), new YearMonth(2020, 3)));
        Assert.Equal("2020-02-01..2020-06-30: 8.00% → 4.00%", w.ToString());
    }

    [Fact]
    public void Resolve_takes_the_first_window_that_applies()
    {
        ReliefWindow a = ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4));
        ReliefWindow b = ReliefWindow.FromMonths(new YearMonth(2020, 5), new YearMonth(2020, 12), Rate.FromPercent(8), Rate.FromPercent(6));
        ReliefWindow other = ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 12), Rate.FromPercent(6), Rate.FromPercent(3));
        ReliefWindow[] windows = [other, a, b];
        Assert.Equal(Rate.FromPercent(8), ReliefWindow.Resolve(Rate.FromPercent(8), new YearMonth(2020, 1), windows));
        Assert.Equal(Rate.FromPercent(4), ReliefWindow.Resolve(Rate.FromPercent(8), new YearMonth(2020, 5), windows));
        Assert.Equal(Rate.FromPercent(6), ReliefWindow.Resolve(Rate.FromPercent(8), new YearMonth(2020, 7), windows));
        Assert.Equal(Rate.FromPercent(6), ReliefWindow.Resolve(Rate.FromPercent(8), new YearMonth(2020, 5), [b, a]));
        Assert.Equal(Rate.FromPercent(3), ReliefWindow.Resolve(Rate.FromPercent(6), new YearMonth(2020, 5), windows));
        Assert.Equal(Rate.FromPercent(8), ReliefWindow.Resolve(Rate.FromPercent(8), new YearMonth(2020, 5), []));
    }

    [Fact]
    public void Default_window_is_refused_where_it_is_read()
    {
        ReliefWindow none = default;
        var ex = Assert.Throws<InvalidOperationException>(() => none.AppliesTo(Rate.Zero, new YearMonth(2020, 1)));
        Assert.Contains("default(ReliefWindow) has no window or rates", ex.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ReliefWindow.Resolve(Rate.Zero, new YearMonth(2020, 1), [none]));
    }

    [Fact]
    public void Windows_compare_by_months_and_rates()
    {
        ReliefWindow w = ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4), Notice);
        ReliefWindow same = ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(4));
        Assert.True(w == same);
        Assert.False(w != same);
        Assert.True(w.Equals((object)same));
        Assert.False(w.Equals((object)w.Window));
        Assert.Equal(w.GetHashCode(), same.GetHashCode());
        ReliefWindow[] others =
        [
            ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 7), Rate.FromPercent(8), Rate.FromPercent(4)),
            ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(9), Rate.FromPercent(4)),
            ReliefWindow.FromMonths(new YearMonth(2020, 2), new YearMonth(2020, 6), Rate.FromPercent(8), Rate.FromPercent(5)),
        ];
        foreach (ReliefWindow o in others)
        {
            Assert.False(w == o);
            Assert.True(w != o);
        }
    }

    [Fact]
    public void Window_rates_are_checked_by_name_and_a_relief_may_equal_the_normal_rate()
    {
        Assert.Equal(Rate.FromPercent(8), ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 1), Rate.FromPercent(8), Rate.FromPercent(8)).ReliefRate);
        var normal = Assert.Throws<ArgumentOutOfRangeException>(() => ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 1), Rate.FromPercent(100.01m), Rate.FromPercent(8)));
        Assert.Equal("normalRate", normal.ParamName);
        var relief = Assert.Throws<ArgumentOutOfRangeException>(() => ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 1), Rate.FromPercent(8), Rate.FromPercent(-1)));
        Assert.Equal("reliefRate", relief.ParamName);
        var raise = Assert.Throws<ArgumentException>(() => ReliefWindow.FromMonths(new YearMonth(2020, 1), new YearMonth(2020, 1), Rate.FromPercent(8), Rate.FromPercent(8.01m)));
        Assert.Equal("reliefRate", raise.ParamName);
        Assert.Contains("reliefRate 8.01% exceeds normalRate 8.00%: a relief window can only lower a rate.", raise.Message, StringComparison.Ordinal);
    }

    // ---- flexible employment ----

    private static readonly PremiumBasePolicy Band = new(Money.FromYuan(5054), Rate.FromPercent(60), Rate.FromPercent(300));

    private static FlexibleEmploymentPolicy Flexible() => new(
        Band,
        [Rate.FromPercent(6), Rate.FromPercent(8)],
        [ReliefWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2021, 3), Rate.FromPercent(6), Rate.FromPercent(3))],
        Notice);

    [Fact]
    public void The_flexible_band_accepts_both_ends_and_refuses_one_fen_outside()
    {
        FlexibleEmploymentPolicy p = Flexible();
        // 3,032.40 × 6% = 181.944 → 181.94; 15,162 × 6% = 909.72.
        Assert.Equal(Money.FromYuan(181.94m), p.ForMonth(Money.FromYuan(3032.40m), Rate.FromPercent(6), new YearMonth(2020, 1), HalfUp));
        Assert.Equal(Money.FromYuan(909.72m), p.ForMonth(Money.FromYuan(15162), Rate.FromPercent(6), new YearMonth(2020, 1), HalfUp));
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => p.ForMonth(Money.FromYuan(3032.39m), Rate.FromPercent(6), new YearMonth(2020, 1), HalfUp));
        Assert.Equal("chosenBase", below.ParamName);
        Assert.Contains("chosenBase 3032.39元 is outside the band [3032.40元, 15162.00元]: a flexible-employment base must be chosen within it (it is not clamped).", below.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => p.ForMonth(Money.FromYuan(15162.01m), Rate.FromPercent(6), new YearMonth(2020, 1), HalfUp));
        Assert.Throws<ArgumentOutOfRangeException>(() => p.ForPeriod(Money.FromYuan(15162.01m), Rate.FromPercent(6), ReportingPeriod.OfYear(2020), HalfUp));
        var tier = Assert.Throws<ArgumentOutOfRangeException>(() => p.ForPeriod(Money.FromYuan(5054), Rate.FromPercent(3), ReportingPeriod.OfYear(2020), HalfUp));
        Assert.Equal("tier", tier.ParamName);
        Assert.Contains("tier 3.00% is not one of the offered rate tiers (6.00%, 8.00%).", tier.Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => p.ForMonth(Money.FromYuan(5054), Rate.FromPercent(6), new YearMonth(2020, 1), (MidpointRounding)5)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => p.ForPeriod(Money.FromYuan(5054), Rate.FromPercent(6), ReportingPeriod.OfYear(2020), (MidpointRounding)5)).ParamName);
    }

    [Fact]
    public void The_flexible_policy_keeps_its_band_tiers_reliefs_and_citation()
    {
        FlexibleEmploymentPolicy p = Flexible();
        Assert.Equal(Band, p.Band);
        Assert.Equal(new[] { Rate.FromPercent(6), Rate.FromPercent(8) }, p.Tiers.ToArray());
        Assert.Equal(1, p.Reliefs.Length);
        Assert.Equal(Notice, p.Citation);
        var bare = new FlexibleEmploymentPolicy(Band, [Rate.FromPercent(6)]);
        Assert.Equal(0, bare.Reliefs.Length);
        Assert.Null(bare.Citation);
        Assert.Equal(Money.FromYuan(303.24m), bare.ForMonth(Money.FromYuan(5054), Rate.FromPercent(6), new YearMonth(2020, 6), HalfUp));
        Assert.Equal(Rate.OneHundredPercent, new FlexibleEmploymentPolicy(Band, [Rate.Zero, Rate.OneHundredPercent]).Tiers[1]);
    }

    [Fact]
    public void The_flexible_policy_refuses_missing_empty_or_bad_tiers()
    {
        Assert.Equal("tiers", Assert.Throws<ArgumentNullException>(() => new FlexibleEmploymentPolicy(Band, null!)).ParamName);
        var empty = Assert.Throws<ArgumentException>(() => new FlexibleEmploymentPolicy(Band, []));
        Assert.Equal("tiers", empty.ParamName);
        Assert.Contains("tiers is empty: flexible employment needs at least one rate tier.", empty.Message, StringComparison.Ordinal);
        var bad = Assert.Throws<ArgumentOutOfRangeException>(() => new FlexibleEmploymentPolicy(Band, [Rate.FromPercent(6), Rate.FromPercent(100.01m)]));
        Assert.Equal("tiers[1]", bad.ParamName);
        Assert.Contains("tiers[1] 100.01% is outside 0%–100%", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_flexible_batch_resolves_the_relief_of_its_month_and_checks_its_inputs()
    {
        FlexibleEmploymentPolicy p = Flexible();
        Money[] bases = [Money.FromYuan(3032.40m), Money.FromYuan(5054), Money.FromYuan(15162)];
        var out1 = new Money[3];
        // April 2020 at 3%: 90.972 → 90.97; 151.62; 454.86 → 697.45.
        Assert.Equal(Money.FromYuan(697.45m), p.ForMonth(bases, Rate.FromPercent(6), new YearMonth(2020, 4), HalfUp, out1));
        Assert.Equal(new[] { Money.FromYuan(90.97m), Money.FromYuan(151.62m), Money.FromYuan(454.86m) }, out1);
        // March 2020 at 6%: 181.94 + 303.24 + 909.72 = 1,394.90.
        var out2 = new Money[3];
        Assert.Equal(Money.FromYuan(1394.90m), p.ForMonth(bases.AsMemory(), Rate.FromPercent(6), new YearMonth(2020, 3), HalfUp, out2.AsMemory(), 2));
        Assert.Equal(Money.FromYuan(909.72m), out2[2]);

        var length = Assert.Throws<ArgumentException>(() => p.ForMonth(bases, Rate.FromPercent(6), new YearMonth(2020, 4), HalfUp, new Money[2]));
        Assert.Equal("contributions", length.ParamName);
        Assert.Contains("contributions has length 2 but chosenBases has length 3; they must match.", length.Message, StringComparison.Ordinal);
        Assert.Equal("tier", Assert.Throws<ArgumentOutOfRangeException>(() => p.ForMonth(bases, Rate.FromPercent(7), new YearMonth(2020, 4), HalfUp, new Money[3])).ParamName);
        // 5,054 × 3% = 151.62 exactly: no remainder, so only the mode check can refuse.
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => p.ForMonth([Money.FromYuan(5054)], Rate.FromPercent(6), new YearMonth(2020, 4), (MidpointRounding)5, new Money[1])).ParamName);
        Money[] outside = [Money.FromYuan(5054), Money.FromYuan(3032.39m)];
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => p.ForMonth(outside.AsMemory(), Rate.FromPercent(6), new YearMonth(2020, 4), HalfUp, new Money[2].AsMemory(), 2));
        Assert.Equal("chosenBases", ex.ParamName);
        Assert.Contains("chosenBases[1] 3032.39元 is outside the band [3032.40元, 15162.00元]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_flexible_period_counts_relief_months_and_the_normal_cost()
    {
        // Base 5,054: 6% = 303.24, 3% = 151.62. H1 2020: Jan–Mar normal, Apr–Jun relief.
        FlexiblePeriodContribution r = Flexible().ForPeriod(Money.FromYuan(5054), Rate.FromPercent(6), ReportingPeriod.OfHalfYear(2020, 1), HalfUp);
        Assert.Equal(new FlexiblePeriodContribution(ReportingPeriod.OfHalfYear(2020, 1), Money.FromYuan(5054), Rate.FromPercent(6), Money.FromYuan(1364.58m), Money.FromYuan(454.86m), 3), r);
        Assert.Equal(Money.FromYuan(1819.44m), r.Normal);
        // The 8% tier has no relief.
        FlexiblePeriodContribution e = Flexible().ForPeriod(Money.FromYuan(5054), Rate.FromPercent(8), ReportingPeriod.OfHalfYear(2020, 1), HalfUp);
        Assert.Equal((Money.FromYuan(2425.92m), Money.Zero, 0), (e.Charged, e.Relieved, e.ReliefMonths));
        // Base 0.50元 at 3% = 1.5 fen: AwayFromZero 2, ToEven 2, ToZero 1; at 6% = 3 fen.
        var p = new FlexibleEmploymentPolicy(PremiumBasePolicy.FromAmounts(Money.Zero, Money.FromYuan(1)), [Rate.FromPercent(6)], [ReliefWindow.FromMonths(new YearMonth(2020, 4), new YearMonth(2020, 4), Rate.FromPercent(6), Rate.FromPercent(3))]);
        FlexiblePeriodContribution down = p.ForPeriod(Money.FromFen(50), Rate.FromPercent(6), ReportingPeriod.OfMonth(2020, 4), MidpointRounding.ToZero);
        Assert.Equal((Money.FromFen(1), Money.FromFen(2), 1), (down.Charged, down.Relieved, down.ReliefMonths));
        FlexiblePeriodContribution up = p.ForPeriod(Money.FromFen(50), Rate.FromPercent(6), ReportingPeriod.OfMonth(2020, 4), HalfUp);
        Assert.Equal((Money.FromFen(2), Money.FromFen(1)), (up.Charged, up.Relieved));
    }

    [Fact]
    public void Flexible_explanation_states_the_band_the_tier_and_each_month()
    {
        string text = Flexible().Explain(Money.FromYuan(5054), Rate.FromPercent(6), ReportingPeriod.OfHalfYear(2020, 1), HalfUp).ToText().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("2020H1 灵活就业缴费 (flexible-employment contributions) = 1364.58元", text, StringComparison.Ordinal);
        Assert.Contains("Base 5054.00元 chosen in [3032.40元, 15162.00元]; tier 6.00%; 3 relief months; relieved 454.86元.", text, StringComparison.Ordinal);
        Assert.Contains("formula: Σ over months of round(chosen base × rate(m))", text, StringComparison.Ordinal);
        Assert.Contains("rounding: each month to the fen, AwayFromZero", text, StringComparison.Ordinal);
        Assert.Contains("缴费档次 (rate tier) = 6.00%  [parameter, 医保发〔2020〕6号 二]", text, StringComparison.Ordinal);
        Assert.Contains("- 2020-03 = 303.24元\n      formula: 5054.00元 × 6.00%\n  - 2020-04", text, StringComparison.Ordinal);
        Assert.Contains("- 2020-04 = 151.62元\n      formula: 5054.00元 × 3.00%\n      note: 阶段性减征 6.00% → 3.00%", text, StringComparison.Ordinal);
        Assert.Equal(3, text.Split("阶段性减征").Length - 1);
    }

    // ---- paying populations and premium income ----

    [Fact]
    public void A_paying_population_accepts_0_and_12_months_and_refuses_outside()
    {
        var p = new PayingPopulation(Headcount.FromPersons(100), 12, Money.FromYuan(5000), Rate.FromPercent(10));
        Assert.Equal((Headcount.FromPersons(100), 12, Money.FromYuan(5000), Rate.FromPercent(10)), (p.Persons, p.Months, p.AverageBase, p.Rate));
        Assert.Equal(1200L, p.PersonMonths);
        Assert.Equal(Money.FromYuan(600000), p.Income(HalfUp));
        Assert.Equal("100 × 12 months × 5000.00元 × 10.0000%", p.ToString());
        Assert.Equal(Money.Zero, new PayingPopulation(Headcount.FromPersons(100), 0, Money.FromYuan(5000), Rate.FromPercent(10)).Income(HalfUp));
        foreach (int months in new[] { -1, 13 })
        {
            var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayingPopulation(Headcount.FromPersons(1), months, Money.FromYuan(5000), Rate.FromPercent(10)));
            Assert.Equal("months", ex.ParamName);
            Assert.Contains($"months {months} is outside 0–12: a person cannot pay more than 12 months of premiums in a year.", ex.Message, StringComparison.Ordinal);
        }

        Assert.Equal("averageBase", Assert.Throws<ArgumentOutOfRangeException>(() => new PayingPopulation(Headcount.FromPersons(1), 12, Money.FromFen(-1), Rate.FromPercent(10))).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new PayingPopulation(Headcount.FromPersons(1), 12, Money.FromYuan(1), Rate.FromPercent(100.01m))).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => p.Income((MidpointRounding)5)).ParamName);
        Assert.Equal(Money.Zero, default(PayingPopulation).Income(HalfUp));
    }

    [Fact]
    public void Income_rounds_once_on_the_person_month_total()
    {
        // 3 persons × 1 month × 0.01元 × 50% = 1.5 fen: AwayFromZero 2, ToEven 2, ToZero 1 (not 3 × round(0.5)).
        var p = new PayingPopulation(Headcount.FromPersons(3), 1, Money.FromFen(1), Rate.FromPercent(50));
        Assert.Equal(Money.FromFen(2), p.Income(MidpointRounding.AwayFromZero));
        Assert.Equal(Money.FromFen(1), p.Income(MidpointRounding.ToZero));
    }

    [Fact]
    public void Paying_populations_compare_by_every_factor()
    {
        var p = new PayingPopulation(Headcount.FromPersons(100), 12, Money.FromYuan(5000), Rate.FromPercent(10));
        var same = new PayingPopulation(Headcount.FromPersons(100), 12, Money.FromYuan(5000), Rate.FromPercent(10));
        Assert.True(p == same);
        Assert.False(p != same);
        Assert.True(p.Equals((object)same));
        Assert.False(p.Equals((object)1200L));
        Assert.Equal(p.GetHashCode(), same.GetHashCode());
        PayingPopulation[] others =
        [
            new(Headcount.FromPersons(101), 12, Money.FromYuan(5000), Rate.FromPercent(10)),
            new(Headcount.FromPersons(100), 11, Money.FromYuan(5000), Rate.FromPercent(10)),
            new(Headcount.FromPersons(100), 12, Money.FromYuan(5001), Rate.FromPercent(10)),
            new(Headcount.FromPersons(100), 12, Money.FromYuan(5000), Rate.FromPercent(11)),
        ];
        foreach (PayingPopulation o in others)
        {
            Assert.False(p == o);
            Assert.True(p != o);
        }
    }

    private static readonly PayingPopulation P0 = new(Headcount.FromPersons(100), 12, Money.FromYuan(5000), Rate.FromPercent(10));
    private static readonly PayingPopulation P1 = new(Headcount.FromPersons(110), 12, Money.FromYuan(5200), Rate.FromPercent(9));

    [Fact]
    public void Shapley_and_sequential_effects_of_one_change()
    {
        // Incomes 1,200 × 5,000 × 10% = 600,000 and 1,320 × 5,200 × 9% = 617,760: change 17,760.
        // Sequential: ΔN·B₀·r₀ = 120 × 500 = 60,000; N₁·ΔB·r₀ = 1,320 × 20 = 26,400; N₁·B₁·Δr = 1,320 × 5,200 × −1% = −68,640.
        // Shapley: ΔN/6·(2·500 + 2·468 + 450 + 520) = 20 × 2,906 = 58,120; ΔB/6·(2·120 + 2·118.8 + 108 + 132) = 200/6 × 717.6 = 23,920;
        // Δr/6·(2·6,000,000 + 2·6,864,000 + 6,240,000 + 6,600,000) = −0.01/6 × 38,568,000 = −64,280.
        PremiumIncomeChange s = PremiumIncome.Decompose(P0, P1, DecompositionMethod.Sequential, HalfUp);
        Assert.Equal(PremiumIncomeChange.Of(Money.FromYuan(600000), Money.FromYuan(617760), Money.FromYuan(60000), Money.FromYuan(26400), Money.FromYuan(-68640), DecompositionMethod.Sequential), s);
        PremiumIncomeChange h = PremiumIncome.Decompose(P0, P1, DecompositionMethod.Shapley, HalfUp);
        Assert.Equal(PremiumIncomeChange.Of(Money.FromYuan(600000), Money.FromYuan(617760), Money.FromYuan(58120), Money.FromYuan(23920), Money.FromYuan(-64280), DecompositionMethod.Shapley), h);
        Assert.Equal(Money.FromYuan(17760), h.Change);
        Assert.Equal(DecompositionMethod.Shapley, h.Method);
        Assert.Equal(Money.FromYuan(-17760), PremiumIncome.Decompose(P1, P0, DecompositionMethod.Shapley, HalfUp).Change);
        Assert.Equal(Money.FromYuan(-58120), PremiumIncome.Decompose(P1, P0, DecompositionMethod.Shapley, HalfUp).HeadcountEffect);
    }

    [Fact]
    public void Effects_with_fractions_of_a_fen_still_add_up_to_the_change()
    {
        // 1 person × 1 month × 0.01元 × 1/3 → 3 persons × 1 month × 0.02元 × 1/2: incomes round(⅓ fen) = 0 and 3 fen.
        var a = new PayingPopulation(Headcount.FromPersons(1), 1, Money.FromFen(1), Rate.FromRatio(1, 3));
        var b = new PayingPopulation(Headcount.FromPersons(3), 1, Money.FromFen(2), Rate.FromRatio(1, 2));
        foreach (DecompositionMethod m in new[] { DecompositionMethod.Shapley, DecompositionMethod.Sequential })
        {
            PremiumIncomeChange c = PremiumIncome.Decompose(a, b, m, HalfUp);
            Assert.Equal(Money.Zero, c.Previous);
            Assert.Equal(Money.FromFen(3), c.Current);
            Assert.Equal(c.Change, c.HeadcountEffect + c.BaseEffect + c.RateEffect);
        }

        // Sequential exact effects: ΔN·B₀·r₀ = 2/3 fen, N₁·ΔB·r₀ = 1 fen, N₁·B₁·Δr = 6 × 1/6 = 1 fen: floors 0, 1, 1 = 2, residual 1 → headcount.
        PremiumIncomeChange seq = PremiumIncome.Decompose(a, b, DecompositionMethod.Sequential, HalfUp);
        Assert.Equal((Money.FromFen(1), Money.FromFen(1), Money.FromFen(1)), (seq.HeadcountEffect, seq.BaseEffect, seq.RateEffect));
    }

    [Fact]
    public void Decompose_refuses_an_undefined_method_or_mode()
    {
        var ex = Assert.Throws<ArgumentException>(() => PremiumIncome.Decompose(P0, P1, (DecompositionMethod)2, HalfUp));
        Assert.Equal("method", ex.ParamName);
        Assert.Contains("method 2 is not a defined DecompositionMethod.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => PremiumIncome.Decompose(P0, P1, DecompositionMethod.Shapley, (MidpointRounding)5)).ParamName);
        var of = Assert.Throws<ArgumentException>(() => PremiumIncomeChange.Of(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, (DecompositionMethod)(-1)));
        Assert.Equal("method", of.ParamName);
        Assert.Contains("method -1 is not a defined DecompositionMethod.", of.Message, StringComparison.Ordinal);
        Assert.Equal(DecompositionMethod.Sequential, PremiumIncomeChange.Of(Money.Zero, Money.Zero, Money.Zero, Money.Zero, Money.Zero, DecompositionMethod.Sequential).Method);
        var sum = Assert.Throws<ArgumentException>(() => PremiumIncomeChange.Of(Money.FromYuan(1000), Money.FromYuan(1100), Money.FromYuan(50), Money.FromYuan(30), Money.FromYuan(19.99m), DecompositionMethod.Shapley));
        Assert.Equal("rateEffect", sum.ParamName);
        Assert.Contains("the effects sum to 99.99 元 (headcount 50.00 + base 30.00 + rate 19.99) but the change is 100.00 元 (current 1,100.00 − previous 1,000.00); they must add up to the fen.", sum.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decomposition_explanation_names_the_method_formula()
    {
        string shapley = PremiumIncome.Explain(P0, P1, DecompositionMethod.Shapley, HalfUp).ToText();
        Assert.Contains("征缴收入变动 (premium income change) = 17760.00元", shapley, StringComparison.Ordinal);
        Assert.Contains("formula: Income₁ − Income₀ = headcount + base + rate effects", shapley, StringComparison.Ordinal);
        Assert.Contains("rounding: incomes to the fen (AwayFromZero); effects exact, then largest remainder to the fen so they add up to the change", shapley, StringComparison.Ordinal);
        Assert.Contains("上年征缴收入 (previous income) = 600000.00元", shapley, StringComparison.Ordinal);
        Assert.Contains("formula: 100 × 12 months × 5000.00元 × 10.0000%", shapley, StringComparison.Ordinal);
        Assert.Contains("本年征缴收入 (current income) = 617760.00元", shapley, StringComparison.Ordinal);
        Assert.Contains("formula: 110 × 12 months × 5200.00元 × 9.0000%", shapley, StringComparison.Ordinal);
        Assert.Contains("人数因素 (headcount effect) = 58120.00元", shapley, StringComparison.Ordinal);
        Assert.Contains("基数因素 (base effect) = 23920.00元", shapley, StringComparison.Ordinal);
        Assert.Contains("费率因素 (rate effect) = -64280.00元", shapley, StringComparison.Ordinal);
        Assert.Equal(3, shapley.Split("formula: effect_X = ΔX/6 · (2·Y₀Z₀ + 2·Y₁Z₁ + Y₀Z₁ + Y₁Z₀) for each factor X with the other two Y, Z (Shapley)").Length - 1);
        string sequential = PremiumIncome.Explain(P0, P1, DecompositionMethod.Sequential, HalfUp).ToText();
        Assert.Equal(3, sequential.Split("formula: headcount ΔN·B₀·r₀; base N₁·ΔB·r₀; rate N₁·B₁·Δr (连环替代 headcount → base → rate)").Length - 1);
        Assert.Contains("人数因素 (headcount effect) = 60000.00元", sequential, StringComparison.Ordinal);
    }

    [Fact]
    public void Annual_income_refuses_mismatched_lengths_bad_rates_modes_and_bases()
    {
        Money[] bases = [Money.FromYuan(5000), Money.FromYuan(6000)];
        var length = Assert.Throws<ArgumentException>(() => PremiumIncome.Annual(bases, [12], Rate.FromPercent(2), HalfUp));
        Assert.Equal("months", length.ParamName);
        Assert.Contains("months has length 1 but bases has length 2; they must match.", length.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => PremiumIncome.Annual(bases.AsMemory(), new int[3].AsMemory(), Rate.FromPercent(2), HalfUp, 2));
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => PremiumIncome.Annual(bases, [12, 12], Rate.FromPercent(100.01m), HalfUp)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentException>(() => PremiumIncome.Annual(bases, [12, 12], Rate.FromPercent(2), (MidpointRounding)5)).ParamName);
        var neg = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumIncome.Annual([Money.FromYuan(1), Money.FromFen(-1)], [12, 12], Rate.FromPercent(2), HalfUp));
        Assert.Equal("bases[1]", neg.ParamName);
        Assert.Contains("bases[1] -0.01元 is negative", neg.Message, StringComparison.Ordinal);
        var months = Assert.Throws<ArgumentOutOfRangeException>(() => PremiumIncome.Annual(bases.AsMemory(), new[] { 12, 13 }.AsMemory(), Rate.FromPercent(2), HalfUp, 2));
        Assert.Equal("months", months.ParamName);
        Assert.Contains("months[1] 13 is outside 0–12", months.Message, StringComparison.Ordinal);
        // 5,000 × 2% × 12 + 6,000 × 2% × 0 = 1,200; 0 and 12 months are both accepted.
        Assert.Equal(Money.FromYuan(1200), PremiumIncome.Annual(bases, [12, 0], Rate.FromPercent(2), HalfUp));
        Assert.Equal(Money.FromYuan(1200), PremiumIncome.Annual(bases.AsMemory(), new[] { 12, 0 }.AsMemory(), Rate.FromPercent(2), HalfUp, 2));
    }

    // ---- largest remainder ----

    [Theory]
    [InlineData(1, 1, 1, 3, 1, 1, 0, 0)]       // thirds, one fen to give: the first of the tied remainders
    [InlineData(1, 2, 0, 3, 1, 0, 1, 0)]       // the largest remainder wins
    [InlineData(0, 1, 2, 3, 1, 0, 0, 1)]
    [InlineData(1, 2, 2, 3, 2, 0, 1, 1)]       // two fen: the two largest, earlier first on the tie
    [InlineData(3, 3, 3, 3, 2, 0, 1, 1)]       // one fen to take back: the first of the tied (zero) remainders
    [InlineData(5, 3, 4, 3, 2, 1, 0, 1)]       // take back from the smallest remainder
    [InlineData(-1, -1, -1, 3, -1, 0, 0, -1)]  // negative effects: floors −1 each, two fen to give
    [InlineData(-1, 0, 0, 3, -1, -1, 0, 0)]    // nothing to hand out
    [InlineData(6, 9, 12, 3, 9, 2, 3, 4)]      // exact
    public void Round_to_target_hands_out_the_residual_by_remainder(long n0, long n1, long n2, long den, long target, long p0, long p1, long p2)
    {
        Span<long> parts = stackalloc long[3];
        PremiumIncome.RoundToTarget(n0, n1, n2, den, target, parts);
        Assert.Equal(new[] { p0, p1, p2 }, parts.ToArray());
    }
}
