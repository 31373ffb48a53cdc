using System;
using System.Collections.Generic;
using System.Globalization;
using FundMath.Explain;
using FundMath.Funds;

namespace FundMath.Pooling;

/// <summary>
/// The collected fund's year under municipal pooling — 归集基金收支: opening balance, inflows (initial transfers,
/// year-start top-ups, 70% of transition surpluses, interest), outflows (its shares of county deficits) and closing
/// balance, with the roll-forward identity 期末 = 期初 + 流入 − 流出 and the totals each party bore across the city.
/// Built by <see cref="CitySettlement.Settle"/>.
/// </summary>
/// <remarks>
/// "归集基金由各地按规定额度上缴的基金、以前年度市级医疗风险调剂金结余、统筹后基金利息收入、分县核算当期盈余按比例补充归集基金等组成"
/// (《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)8). The fund never goes below zero: when the shares due
/// exceed what it has (<see cref="Available"/>), it pays out all of it pro rata (<see cref="CollectedFundOutcome.PaidProRata"/>).
/// <para><c>default(CollectedFundStatement)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct CollectedFundStatement
{
    private readonly PoolingPolicy? policy;

    internal CollectedFundStatement(PoolingPolicy policy, in PoolingYear year, int counties, Money initialTransfers, YearStartTopUp topUp, Money surplusInflows, Money sharesDue, Money outflows, in CityTotals totals)
    {
        this.policy = policy;
        Scheme = year.Scheme;
        Year = year.Year;
        Counties = counties;
        Opening = year.CollectedFundOpening;
        InitialTransfers = initialTransfers;
        TopUp = topUp;
        SurplusInflows = surplusInflows;
        Interest = year.Interest;
        SharesDue = sharesDue;
        Outflows = outflows;
        Closing = Opening + InitialTransfers + TopUps + SurplusInflows + Interest - outflows;
        Totals = totals;
    }

    /// <summary>
    /// Rebuilds a statement from its parts, as written by its JSON form (FundMath.Serialization), checking what every
    /// settlement satisfies (the counties are not kept): the year's inputs against the policy; the top-up checked on
    /// opening + initial transfers; initial transfers only in the transfer year and transition surpluses only in a
    /// transition year (never more than the surpluses); no negative amount; the fund paying at most its dues and at
    /// most what it has, and all it has when it pays less than its dues; the treasuries bearing exactly what it left
    /// unpaid, the cap cutting off no more than the county treasuries bore; the deficits adding up to transition
    /// fills + shares due + the counties' parts; the transfer appropriations within the transfers and top-ups.
    /// </summary>
    /// <exception cref="PoolingInputException">A part breaks one of these rules; the message names the part, its value and the rule.</exception>
    internal static CollectedFundStatement FromParts(PoolingPolicy policy, in PoolingYear year, int counties, Money initialTransfers, YearStartTopUp topUp,
        Money surplusInflows, Money sharesDue, Money outflows, in CityTotals totals)
    {
        ArgumentNullException.ThrowIfNull(policy);
        year.Validate(policy, anyTransitionDeficit: false);
        void Fail(string field, Money value, string rule) => throw new PoolingInputException(null, field, PoolingText.Yuan(value), rule);
        if (counties < 1)
        {
            throw new PoolingInputException(null, nameof(Counties), counties.ToString(CultureInfo.InvariantCulture), "a city settlement has at least one county (市本级 counts as one)");
        }

        (string Name, Money Value)[] amounts =
        [
            (nameof(InitialTransfers), initialTransfers), (nameof(SurplusInflows), surplusInflows), (nameof(SharesDue), sharesDue), (nameof(Outflows), outflows),
            (nameof(TotalDeficit), totals.Deficit), (nameof(TransitionFills), totals.TransitionFill), (nameof(CountyBalances), totals.CountyBalance),
            (nameof(CountyAppropriations), totals.CountyAppropriation), (nameof(CityTreasury), totals.CityTreasury), (nameof(CountyTreasuries), totals.CountyTreasury),
            (nameof(CapCutOffs), totals.CapCutOff), (nameof(TotalSurplus), totals.Surplus), (nameof(TransferAppropriations), totals.TransferAppropriation),
        ];
        foreach ((string name, Money value) in amounts)
        {
            if (value.IsNegative)
            {
                Fail(name, value, "every amount of a settlement is 0 or more");
            }
        }

        if (topUp.Scheme != year.Scheme || topUp.CollectedFundBalance != year.CollectedFundOpening + initialTransfers)
        {
            Fail(nameof(TopUp), topUp.CollectedFundBalance, $"the year-start check reads the fund's opening {PoolingText.Yuan(year.CollectedFundOpening)} + initial transfers {PoolingText.Yuan(initialTransfers)} = {PoolingText.Yuan(year.CollectedFundOpening + initialTransfers)}");
        }

        if (initialTransfers.IsPositive && year.Year != policy.UpwardTransferYear)
        {
            Fail(nameof(InitialTransfers), initialTransfers, $"the initial transfer (上划) is made in {policy.UpwardTransferYear} only, not in {year.Year}");
        }

        if (surplusInflows.IsPositive && !policy.IsTransitionYear(year.Year))
        {
            Fail(nameof(SurplusInflows), surplusInflows, $"surpluses flow into the collected fund only in the transition years ({policy.TransitionFirstYear}–{policy.TransitionFirstYear + policy.TransitionYears - 1}), not in {year.Year}");
        }

        if (surplusInflows > totals.Surplus)
        {
            Fail(nameof(SurplusInflows), surplusInflows, $"the surpluses passed to the fund cannot exceed the counties' surpluses {PoolingText.Yuan(totals.Surplus)}");
        }

        Money available = year.CollectedFundOpening + initialTransfers + topUp.Shortfall + surplusInflows + year.Interest;
        if (outflows > sharesDue || outflows > available)
        {
            Fail(nameof(Outflows), outflows, $"the fund pays at most its shares due {PoolingText.Yuan(sharesDue)} and at most what it has, {PoolingText.Yuan(available)}");
        }

        if (outflows < sharesDue && outflows != available)
        {
            Fail(nameof(Outflows), outflows, $"the fund paid less than its shares due {PoolingText.Yuan(sharesDue)} but kept part of the {PoolingText.Yuan(available)} it had; when it is short it pays all of it, pro rata");
        }

        if (totals.CityTreasury + totals.CountyTreasury != sharesDue - outflows)
        {
            Fail(nameof(CountyTreasuries), totals.CountyTreasury, $"the city treasury {PoolingText.Yuan(totals.CityTreasury)} + the county treasuries {PoolingText.Yuan(totals.CountyTreasury)} = {PoolingText.Yuan(totals.CityTreasury + totals.CountyTreasury)} must bear exactly what the fund left unpaid, {PoolingText.Yuan(sharesDue - outflows)}");
        }

        if (totals.CapCutOff > totals.CountyTreasury)
        {
            Fail(nameof(CapCutOffs), totals.CapCutOff, $"what the caps cut off falls to the county treasuries, which bore only {PoolingText.Yuan(totals.CountyTreasury)}");
        }

        Money parts = totals.TransitionFill + sharesDue + totals.CountyBalance + totals.CountyAppropriation;
        if (parts != totals.Deficit)
        {
            Fail(nameof(TotalDeficit), totals.Deficit, $"the deficits are borne by transition fills {PoolingText.Yuan(totals.TransitionFill)} + the fund's shares due {PoolingText.Yuan(sharesDue)} + the counties' balances {PoolingText.Yuan(totals.CountyBalance)} + their appropriations {PoolingText.Yuan(totals.CountyAppropriation)} = {PoolingText.Yuan(parts)}, which must equal them");
        }

        if (totals.TransferAppropriation > initialTransfers + topUp.Shortfall)
        {
            Fail(nameof(TransferAppropriations), totals.TransferAppropriation, $"appropriations for transfers and top-ups are part of them, {PoolingText.Yuan(initialTransfers + topUp.Shortfall)}");
        }

        return new CollectedFundStatement(policy, year, counties, initialTransfers, topUp, surplusInflows, sharesDue, outflows, totals);
    }

    /// <summary>The policy applied (null for <c>default</c>; for the JSON form).</summary>
    internal PoolingPolicy? Policy => policy;

    /// <summary>The scheme.</summary>
    public PooledScheme Scheme { get; }

    /// <summary>The settlement year.</summary>
    public int Year { get; }

    /// <summary>The number of counties settled.</summary>
    public int Counties { get; }

    /// <summary>期初余额: the opening balance.</summary>
    public Money Opening { get; }

    /// <summary>上划: the counties' initial transfer quotas (in the transfer year).</summary>
    public Money InitialTransfers { get; }

    /// <summary>The year-start capacity check and its shortfall.</summary>
    public YearStartTopUp TopUp { get; }

    /// <summary>年初补充上划: the shortfall raised from the counties (0 unless <see cref="YearStartTopUp.Outcome"/> is Raised).</summary>
    public Money TopUps => TopUp.Shortfall;

    /// <summary>过渡期结余70%纳入归集基金: the transition surpluses passed to the fund.</summary>
    public Money SurplusInflows { get; }

    /// <summary>利息收入: interest income.</summary>
    public Money Interest { get; }

    /// <summary>流入: InitialTransfers + TopUps + SurplusInflows + Interest.</summary>
    public Money Inflows => InitialTransfers + TopUps + SurplusInflows + Interest;

    /// <summary>What the fund could pay towards deficit shares: Opening + Inflows.</summary>
    public Money Available => Opening + Inflows;

    /// <summary>Σ the collected fund's shares due (after adjustments and transition fills).</summary>
    public Money SharesDue { get; }

    /// <summary>流出: Σ the shares paid (≤ Available).</summary>
    public Money Outflows { get; }

    /// <summary>归集基金不足支付: SharesDue − Outflows, borne by the treasuries.</summary>
    public Money Unpaid => SharesDue - Outflows;

    /// <summary>期末余额: Opening + Inflows − Outflows (≥ 0).</summary>
    public Money Closing { get; }

    /// <summary>The roll-forward check 期末 = 期初 + 流入 − 流出 (it holds by construction; a test checks it against the counties).</summary>
    public RollForward RollForward => new(Opening, Inflows, Outflows, Opening + Inflows - Outflows, Closing);

    /// <summary>NothingDue, PaidInFull or PaidProRata.</summary>
    public CollectedFundOutcome Outcome => SharesDue.IsZero
        ? CollectedFundOutcome.NothingDue
        : Unpaid.IsZero ? CollectedFundOutcome.PaidInFull : CollectedFundOutcome.PaidProRata;

    /// <summary>The share of the dues the fund paid (100% unless pro rata); null when nothing was due.</summary>
    public Rate? PaidRatio => SharesDue.IsZero ? null : Rate.Of(Outflows, SharesDue);

    /// <summary>Σ current deficits of the counties.</summary>
    public Money TotalDeficit => Totals.Deficit;

    /// <summary>Σ transition fills (过渡期差额弥补).</summary>
    public Money TransitionFills => Totals.TransitionFill;

    /// <summary>Σ the counties' parts paid from their balances.</summary>
    public Money CountyBalances => Totals.CountyBalance;

    /// <summary>Σ the counties' parts paid by special appropriation (财政专项补助).</summary>
    public Money CountyAppropriations => Totals.CountyAppropriation;

    /// <summary>Σ the city treasury's payments (市财政).</summary>
    public Money CityTreasury => Totals.CityTreasury;

    /// <summary>Σ the county treasuries' payments of unpaid parts (缺口地财政, incl. cut-offs).</summary>
    public Money CountyTreasuries => Totals.CountyTreasury;

    /// <summary>Σ what the 1% caps cut off the city treasury.</summary>
    public Money CapCutOffs => Totals.CapCutOff;

    /// <summary>Σ current surpluses of the counties.</summary>
    public Money TotalSurplus => Totals.Surplus;

    /// <summary>Σ special appropriations for transfers and top-ups (当地财政安排专项资金补足).</summary>
    public Money TransferAppropriations => Totals.TransferAppropriation;

    internal CityTotals Totals { get; }

    /// <summary>"职工医保2023年归集基金：期初…，流入…（上划…、年初补充…、过渡期结余…、利息…），支付缺口分担…，期末…。"</summary>
    public string ToChineseSentence()
    {
        string flows = $"{PoolingText.SchemeChinese(Scheme)}{PoolingText.Year(Year)}年归集基金：期初{PoolingText.Yuan(Opening)}，流入{PoolingText.Yuan(Inflows)}（上划{PoolingText.Yuan(InitialTransfers)}、年初补充上划{PoolingText.Yuan(TopUps)}、过渡期结余纳入{PoolingText.Yuan(SurplusInflows)}、利息{PoolingText.Yuan(Interest)}），支付缺口分担{PoolingText.Yuan(Outflows)}，期末{PoolingText.Yuan(Closing)}";
        return Outcome == CollectedFundOutcome.PaidProRata
            ? flows + $"；应担{PoolingText.Yuan(SharesDue)}，按应担比例支付{PaidRatio!.Value.ToString("P2", CultureInfo.InvariantCulture)}，不足{PoolingText.Yuan(Unpaid)}由市财政承担{PoolingText.Yuan(CityTreasury)}、县财政承担{PoolingText.Yuan(CountyTreasuries)}。"
            : flows + "。";
    }

    /// <summary>"Employee fund 2023 collected fund: opening …, inflows … (transfers …, top-ups …, transition surpluses …, interest …), deficit shares paid …, closing …."</summary>
    public string ToEnglishSentence()
    {
        string flows = $"{PoolingText.SchemeEnglish(Scheme)} {PoolingText.Year(Year)} collected fund: opening {PoolingText.Yuan(Opening)}, inflows {PoolingText.Yuan(Inflows)} (transfers {PoolingText.Yuan(InitialTransfers)}, year-start top-ups {PoolingText.Yuan(TopUps)}, transition surpluses {PoolingText.Yuan(SurplusInflows)}, interest {PoolingText.Yuan(Interest)}), deficit shares paid {PoolingText.Yuan(Outflows)}, closing {PoolingText.Yuan(Closing)}";
        return Outcome == CollectedFundOutcome.PaidProRata
            ? flows + $"; {PoolingText.Yuan(SharesDue)} was due, paid pro rata at {PaidRatio!.Value.ToString("P2", CultureInfo.InvariantCulture)}, the {PoolingText.Yuan(Unpaid)} unpaid borne by the city treasury ({PoolingText.Yuan(CityTreasury)}) and the county treasuries ({PoolingText.Yuan(CountyTreasuries)})."
            : flows + ".";
    }

    /// <summary>The statement as an explanation: each flow, the consumption order and the roll-forward.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>default</c>.</exception>
    public Explanation Explain()
    {
        if (policy is null)
        {
            throw new InvalidOperationException("a default CollectedFundStatement was not built by a settlement; it has nothing to explain.");
        }

        var inputs = new List<Explanation>
        {
            Explanation.Input("期初余额 opening balance", PoolingText.Yuan(Opening)),
            new("上划 initial transfers", PoolingText.Yuan(InitialTransfers)) { Formula = $"Σ quotas (in {policy.UpwardTransferYear} only)" },
            TopUp.Explain(),
            new("过渡期结余纳入 transition surpluses (70%)", PoolingText.Yuan(SurplusInflows)) { Formula = "Σ surplus − kept (30%), transition years only" },
            Explanation.Input("利息收入 interest", PoolingText.Yuan(Interest)),
            new("可支付 available for deficit shares", PoolingText.Yuan(Available)) { Formula = "期初 + 流入" },
            new("应担合计 shares due", PoolingText.Yuan(SharesDue)),
            new("流出 shares paid", PoolingText.Yuan(Outflows))
            {
                Formula = "all dues when they fit; otherwise all of Available, split pro rata to the shares due",
                Rounding = "largest remainder to the fen; equal remainders go to the county earlier in ordinal name order",
                Note = "pro rata: every short county receives the same proportion of its due, whatever the input order; the unpaid parts fall under the 20%/80% rule with each county's own 1% cap",
            },
            new("期末余额 closing balance", PoolingText.Yuan(Closing)) { Formula = "期初 + 流入 − 流出", Sentence = RollForward.Describe() },
        };
        return new Explanation($"归集基金 collected fund {PoolingText.SchemeChinese(Scheme)} {PoolingText.Year(Year)}", PoolingText.Yuan(Closing))
        {
            Sentence = ToChineseSentence(),
            Note = ToEnglishSentence(),
            Citation = new Citations.Citation(PoolingText.Plan, clause: "四(二)8"),
            Inputs = inputs,
        };
    }

    /// <summary>The one-line English summary.</summary>
    public override string ToString() => policy is null ? "default CollectedFundStatement" : ToEnglishSentence();
}
