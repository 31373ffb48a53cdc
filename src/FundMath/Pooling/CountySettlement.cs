using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FundMath.Explain;

namespace FundMath.Pooling;

/// <summary>
/// One county's municipal-pooling settlement for a scheme and year — 县（市、区）统筹结算: its upward transfer
/// (上划), its share of the year-start top-up (年初补充上划), and who bears its current deficit (缺口分担) or where its
/// surplus goes, following 《丽水市全面做实基本医疗保险市级统筹实施方案（征求意见稿）》四(二)7–8.
/// </summary>
/// <remarks>
/// <para>A current deficit D is borne, in this order (四(二)8(1)–(3)):</para>
/// <list type="number">
/// <item>Transition (resident scheme, 2022–2024): the excess of the county's 2021 subsidy standard over the unified
/// one, × insured persons, fills it first — <see cref="TransitionFill"/> = min(D, excess × insured).</item>
/// <item>The rest S = D − fill is shared: the collected fund owes S × c (<see cref="CollectedFundDue"/>; c = 30%
/// less the adjustments), the county the rest (<see cref="CountyPart"/>), from its usable balance first and by
/// special appropriation for what the balance lacks.</item>
/// <item>What the collected fund cannot pay (<see cref="CollectedFundUnpaid"/>) falls 20% (10% after a prior-year
/// deficit) to the city treasury, capped at 1% of the county's 当年统筹基金筹资总额, and the rest — 80% plus whatever
/// the cap cuts off — to the county treasury (<see cref="CountyTreasury"/>).</item>
/// </list>
/// <para>Conservation, to the fen: CollectedFundPaid + CountyPart.FromBalance + CountyPart.SpecialAppropriation +
/// CityTreasuryPaid + CountyTreasury + TransitionFill = Deficit; SurplusKept + SurplusToCollectedFund = Surplus.
/// Every split is by largest remainder (a half fen goes to the first party named: the collected fund, the city
/// treasury, the county's kept part); the cap is rounded down, the quota 四舍五入.</para>
/// <para>Built by <see cref="Compute"/> (one county, with the collected fund's available amount given) or by
/// <see cref="CitySettlement.Settle"/> (all counties, the collected fund consumed pro rata). The struct holds
/// only amounts and references; <see cref="Explain"/> and the sentences are built on request.</para>
/// <para><c>default(CountySettlement)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct CountySettlement
{
    private readonly PoolingPolicy? policy;
    private readonly PoolingCounty county;
    private readonly Money closingBalance;
    private readonly Money cityTreasuryCap; // computed on the hot path only when the collected fund is short
    private readonly Money? unifiedSubsidyStandard; // the year's, kept for the JSON form (the transition fill depends on it)

    /// <summary>The trusted constructor: <paramref name="collectedFundDue"/> is <see cref="CollectedFundDueOf"/> of the county, <paramref name="collectedFundPaid"/> ≤ it.</summary>
    internal CountySettlement(PoolingPolicy policy, in PoolingYear year, in PoolingCounty county, Money topUpDue, Money collectedFundDue, Money collectedFundPaid)
    {
        this.policy = policy;
        this.county = county;
        Scheme = year.Scheme;
        Year = year.Year;
        unifiedSubsidyStandard = year.UnifiedSubsidyStandard;
        PoolingRules rules = county.PersonalAccountBalance.IsPositive ? PoolingRules.PersonalAccountsExcluded : PoolingRules.None;
        Money usable = PoolingMath.Usable(county.AccumulatedBalance, county.PersonalAccountBalance);
        UsableBalance = usable;
        if (year.Year == policy.UpwardTransferYear)
        {
            InitialTransfer = CountyFunding.Draw(PoolingMath.Quota(county.PreviousYearExpenditure, policy.TransferShareOfYear(year.Scheme)), ref usable);
            rules |= PoolingRules.UpwardTransfer | (InitialTransfer.SpecialAppropriation.IsPositive ? PoolingRules.TransferAppropriation : PoolingRules.None);
        }

        if (topUpDue.IsPositive)
        {
            TopUp = CountyFunding.Draw(topUpDue, ref usable);
            rules |= PoolingRules.YearStartTopUp | (TopUp.SpecialAppropriation.IsPositive ? PoolingRules.TransferAppropriation : PoolingRules.None);
        }

        CityTreasuryShare = policy.CityTreasuryShareFor(county.PriorYearDeficit);
        CollectedShare = policy.CollectedShareFor(county.PriorYearDeficit, county.Assessment);
        if (county.Deficit.IsPositive)
        {
            Money fill = TransitionFillOf(policy, year, county);
            Money due = collectedFundDue;
            rules |= PoolingRules.DeficitShared
                | (fill.IsPositive ? PoolingRules.TransitionFill : PoolingRules.None)
                | (county.PriorYearDeficit ? PoolingRules.PriorYearDeficit : PoolingRules.None)
                | (county.Assessment == CountyAssessment.BelowGood ? PoolingRules.AssessmentBelowGood : PoolingRules.None);
            TransitionFill = fill;
            CollectedFundDue = due;
            CollectedFundPaid = collectedFundPaid;
            CountyPart = CountyFunding.Draw(county.Deficit - fill - due, ref usable);
            rules |= CountyPart.SpecialAppropriation.IsPositive ? PoolingRules.CountyAppropriation : PoolingRules.None;
            Money unpaid = due - collectedFundPaid;
            if (unpaid.IsPositive)
            {
                rules |= PoolingRules.CollectedFundShort;
                cityTreasuryCap = PoolingMath.Cap(county.PooledFinancing, policy.CityTreasuryCap);
                CityTreasuryDue = PoolingMath.First(unpaid, CityTreasuryShare);
                CityTreasuryPaid = Money.Min(CityTreasuryDue, cityTreasuryCap);
                rules |= CityTreasuryPaid < CityTreasuryDue ? PoolingRules.CityTreasuryCapped : PoolingRules.None;
            }
        }

        if (county.Surplus.IsPositive)
        {
            if (policy.IsTransitionYear(year.Year))
            {
                SurplusKept = PoolingMath.First(county.Surplus, policy.TransitionCountyKeepShare);
                rules |= PoolingRules.TransitionSurplusSplit;
            }
            else
            {
                SurplusKept = county.Surplus;
                rules |= PoolingRules.SurplusOutsideTransition;
            }
        }

        Rules = rules;
        closingBalance = county.AccumulatedBalance - InitialTransfer.FromBalance - TopUp.FromBalance - CountyPart.FromBalance + SurplusKept;
    }

    /// <summary>The county's name.</summary>
    public string Name => county.Name ?? string.Empty;

    /// <summary>The county's inputs as given.</summary>
    public PoolingCounty Input => county;

    /// <summary>The policy the settlement applied (null for <c>default</c>).</summary>
    public PoolingPolicy? Policy => policy;

    /// <summary>The scheme.</summary>
    public PooledScheme Scheme { get; }

    /// <summary>The year's inputs the settlement depends on (scheme, year, unified subsidy standard; the collected fund's opening and interest are the city's), for the JSON form.</summary>
    internal PoolingYear YearInput => new(Year, Scheme) { UnifiedSubsidyStandard = unifiedSubsidyStandard };

    /// <summary>The settlement year.</summary>
    public int Year { get; }

    /// <summary>The usable balance at the start of the year: max(0, 累计结余 − 统筹前个人账户结余).</summary>
    public Money UsableBalance { get; }

    /// <summary>上划: the initial transfer quota (in the transfer year, 2022) and how it was paid.</summary>
    public CountyFunding InitialTransfer { get; }

    /// <summary>年初补充上划: the county's share of the year-start top-up and how it was paid (zero when none was raised).</summary>
    public CountyFunding TopUp { get; }

    /// <summary>当期缺口: the current deficit (≥ 0).</summary>
    public Money Deficit => county.Deficit;

    /// <summary>过渡期差额弥补: the part of the deficit filled first by the 2021 subsidy standard's excess × insured.</summary>
    public Money TransitionFill { get; }

    /// <summary>The deficit left to share after the transition fill: Deficit − TransitionFill.</summary>
    public Money SharedDeficit => county.Deficit - TransitionFill;

    /// <summary>The collected fund's share applied, after the adjustments (30%, 25%, 28.5%, 25%, 20% …).</summary>
    public Rate CollectedShare { get; }

    /// <summary>The county's share applied: 100% − <see cref="CollectedShare"/>.</summary>
    public Rate CountyShare => Rate.FromProportion(Fraction.One - CollectedShare.Value);

    /// <summary>归集基金应担: SharedDeficit × CollectedShare (largest remainder).</summary>
    public Money CollectedFundDue { get; }

    /// <summary>归集基金实付: what the collected fund paid of its share (all of it unless the fund was short).</summary>
    public Money CollectedFundPaid { get; }

    /// <summary>归集基金不足支付的部分: CollectedFundDue − CollectedFundPaid.</summary>
    public Money CollectedFundUnpaid => CollectedFundDue - CollectedFundPaid;

    /// <summary>缺口地承担: the county's share of the shared deficit, from its balance first, then by special appropriation (财政专项补助).</summary>
    public CountyFunding CountyPart { get; }

    /// <summary>The city treasury's share of the unpaid part applied: 20%, halved after a prior-year deficit.</summary>
    public Rate CityTreasuryShare { get; }

    /// <summary>The city treasury's part before the cap: CollectedFundUnpaid × CityTreasuryShare.</summary>
    public Money CityTreasuryDue { get; }

    /// <summary>市财政最高分担金额: 1% of the county's 当年统筹基金筹资总额, rounded down to the fen.</summary>
    public Money CityTreasuryCap => policy is null || CollectedFundUnpaid.IsPositive ? cityTreasuryCap : PoolingMath.Cap(county.PooledFinancing, policy.CityTreasuryCap);

    /// <summary>市财政承担: min(CityTreasuryDue, CityTreasuryCap).</summary>
    public Money CityTreasuryPaid { get; }

    /// <summary>What the cap cut off the city treasury's part (falls to the county treasury): CityTreasuryDue − CityTreasuryPaid.</summary>
    public Money CapCutOff => CityTreasuryDue - CityTreasuryPaid;

    /// <summary>缺口地财政承担: the county treasury's part of the unpaid amount (80% plus the cut-off): CollectedFundUnpaid − CityTreasuryPaid.</summary>
    public Money CountyTreasury => CollectedFundUnpaid - CityTreasuryPaid;

    /// <summary>当期结余: the current surplus (≥ 0).</summary>
    public Money Surplus => county.Surplus;

    /// <summary>The part of the surplus kept in the county's balance: 30% in the transition, all of it outside.</summary>
    public Money SurplusKept { get; }

    /// <summary>The part of the surplus moved to the collected fund: 70% in the transition, none outside.</summary>
    public Money SurplusToCollectedFund => county.Surplus - SurplusKept;

    /// <summary>
    /// The county's booked balance after the year: AccumulatedBalance − what the transfer, the top-up and its deficit
    /// part took from it + the surplus kept (special appropriations are new money and do not pass through it).
    /// </summary>
    public Money ClosingBalance => closingBalance;

    /// <summary>Everything the county side bore of its deficit: its part (balance + appropriation) + county treasury + transition fill.</summary>
    public Money CountyTotal => CountyPart.Due + CountyTreasury + TransitionFill;

    /// <summary>Everything the city side bore of the county's deficit: the collected fund's payment + the city treasury's.</summary>
    public Money CityTotal => CollectedFundPaid + CityTreasuryPaid;

    /// <summary>The rules that fired.</summary>
    public PoolingRules Rules { get; }

    /// <summary>
    /// Settles one county with the collected fund able to pay up to <paramref name="collectedFundAvailable"/> of its
    /// share (the whole-city form, <see cref="CitySettlement.Settle"/>, decides that amount pro rata). The initial
    /// transfer applies in the policy's transfer year; <paramref name="topUpDue"/> is the county's share of a
    /// year-start top-up when the city raised one (see <see cref="YearStartTopUp"/>). Allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="PoolingInputException">A county or year input breaks a rule (negative deficit, negative financing base, …), the
    /// available amount or the top-up is negative, or a top-up is given while the rule is not in force.</exception>
    public static CountySettlement Compute(PoolingPolicy policy, in PoolingYear year, in PoolingCounty county, Money collectedFundAvailable, Money topUpDue = default)
    {
        ArgumentNullException.ThrowIfNull(policy);
        year.Validate(policy, county.Deficit.IsPositive && PoolingCounty.NeedsTransitionFill(policy, year));
        county.Validate(policy, year, requireHeadcount: false);
        if (collectedFundAvailable.IsNegative)
        {
            throw new PoolingInputException(null, nameof(collectedFundAvailable), PoolingText.Yuan(collectedFundAvailable), "the collected fund never goes below zero, so what it has available is 0 or more");
        }

        if (topUpDue.IsNegative || (topUpDue.IsPositive && !policy.TopUpInForce))
        {
            throw new PoolingInputException(county.Name, nameof(topUpDue), PoolingText.Yuan(topUpDue),
                topUpDue.IsNegative ? "a top-up share is 0 or more" : $"the year-start top-up is not in force on {policy.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} (2023年起, 四(二)7(2)/(3))");
        }

        Money due = CollectedFundDueOf(policy, year, county);
        return new CountySettlement(policy, year, county, topUpDue, due, Money.Min(due, collectedFundAvailable));
    }

    /// <summary>The collected fund's share due for a (validated) county: one formula for the scalar and the city forms.</summary>
    internal static Money CollectedFundDueOf(PoolingPolicy policy, in PoolingYear year, in PoolingCounty county) =>
        county.Deficit.IsPositive
            ? PoolingMath.First(county.Deficit - TransitionFillOf(policy, year, county), policy.CollectedShareFor(county.PriorYearDeficit, county.Assessment))
            : Money.Zero;

    /// <summary>过渡期差额弥补 = min(deficit, max(0, 2021 standard − unified standard) × insured) in a resident transition year, else 0.</summary>
    private static Money TransitionFillOf(PoolingPolicy policy, in PoolingYear year, in PoolingCounty county) =>
        PoolingCounty.NeedsTransitionFill(policy, year) && county.Subsidy2021 is { } standard && year.UnifiedSubsidyStandard is { } unified && standard > unified
            ? Money.Min(county.Deficit, (standard - unified) * county.Insured.GetValueOrDefault())
            : Money.Zero;

    /// <summary>
    /// One sentence in Chinese: "莲都区职工医保2023年：当期缺口1,000,000.00元：归集基金承担300,000.00元（30%），缺口地承担
    /// 700,000.00元（70%），其中累计结余700,000.00元。"
    /// </summary>
    public string ToChineseSentence()
    {
        var parts = new List<string>(4);
        if (InitialTransfer.Due.IsPositive)
        {
            parts.Add($"上划归集基金{PoolingText.Yuan(InitialTransfer.Due)}（{FundingZh(InitialTransfer)}）");
        }

        if (TopUp.Due.IsPositive)
        {
            parts.Add($"年初补充上划{PoolingText.Yuan(TopUp.Due)}（{FundingZh(TopUp)}）");
        }

        if (Deficit.IsPositive)
        {
            string text = $"当期缺口{PoolingText.Yuan(Deficit)}：";
            if (TransitionFill.IsPositive)
            {
                text += $"过渡期财政补助标准差额先弥补{PoolingText.Yuan(TransitionFill)}，";
            }

            text += CollectedFundUnpaid.IsPositive
                ? $"归集基金应担{PoolingText.Yuan(CollectedFundDue)}（{PoolingText.Percent(CollectedShare)}）、实付{PoolingText.Yuan(CollectedFundPaid)}，不足{PoolingText.Yuan(CollectedFundUnpaid)}由市财政承担{PoolingText.Yuan(CityTreasuryPaid)}（{PoolingText.Percent(CityTreasuryShare)}" +
                  (CapCutOff.IsPositive ? $"，封顶为统筹基金筹资总额的{PoolingText.Percent(policy!.CityTreasuryCap)}即{PoolingText.Yuan(CityTreasuryCap)}，超出{PoolingText.Yuan(CapCutOff)}转由县财政" : string.Empty) +
                  $"）、县财政承担{PoolingText.Yuan(CountyTreasury)}，"
                : $"归集基金承担{PoolingText.Yuan(CollectedFundPaid)}（{PoolingText.Percent(CollectedShare)}），";
            text += $"缺口地承担{PoolingText.Yuan(CountyPart.Due)}（{PoolingText.Percent(CountyShare)}，{FundingZh(CountyPart)}）";
            parts.Add(text);
        }

        if (Surplus.IsPositive)
        {
            parts.Add((Rules & PoolingRules.TransitionSurplusSplit) != 0
                ? $"当期结余{PoolingText.Yuan(Surplus)}：{PoolingText.Yuan(SurplusKept)}（{PoolingText.Percent(policy!.TransitionCountyKeepShare)}）增加县累计结余，{PoolingText.Yuan(SurplusToCollectedFund)}（{PoolingText.Percent(policy.TransitionCollectedShare)}）纳入市级归集基金"
                : $"当期结余{PoolingText.Yuan(Surplus)}全部留存县累计结余（过渡期外方案未定比例）");
        }

        if (parts.Count == 0)
        {
            parts.Add("无上划、无当期缺口或结余，无需分担");
        }

        return $"{Name}{PoolingText.SchemeChinese(Scheme)}{PoolingText.Year(Year)}年：{string.Join("；", parts)}。";
    }

    /// <summary>
    /// One sentence in English: "莲都区, employee fund, 2023: current deficit 1,000,000.00元 — collected fund
    /// 300,000.00元 (30%), county 700,000.00元 (70%: 700,000.00元 from its balance)."
    /// </summary>
    public string ToEnglishSentence()
    {
        var parts = new List<string>(4);
        if (InitialTransfer.Due.IsPositive)
        {
            parts.Add($"transferred {PoolingText.Yuan(InitialTransfer.Due)} to the collected fund ({FundingEn(InitialTransfer)})");
        }

        if (TopUp.Due.IsPositive)
        {
            parts.Add($"year-start top-up {PoolingText.Yuan(TopUp.Due)} ({FundingEn(TopUp)})");
        }

        if (Deficit.IsPositive)
        {
            string text = $"current deficit {PoolingText.Yuan(Deficit)} — ";
            if (TransitionFill.IsPositive)
            {
                text += $"the transition subsidy difference filled {PoolingText.Yuan(TransitionFill)} first, ";
            }

            text += CollectedFundUnpaid.IsPositive
                ? $"collected fund paid {PoolingText.Yuan(CollectedFundPaid)} of {PoolingText.Yuan(CollectedFundDue)} due ({PoolingText.Percent(CollectedShare)}); of the {PoolingText.Yuan(CollectedFundUnpaid)} unpaid the city treasury bore {PoolingText.Yuan(CityTreasuryPaid)} ({PoolingText.Percent(CityTreasuryShare)}" +
                  (CapCutOff.IsPositive ? $", capped at {PoolingText.Percent(policy!.CityTreasuryCap)} of pooled-fund financing = {PoolingText.Yuan(CityTreasuryCap)}, cutting off {PoolingText.Yuan(CapCutOff)} to the county treasury" : string.Empty) +
                  $") and the county treasury {PoolingText.Yuan(CountyTreasury)}; "
                : $"collected fund {PoolingText.Yuan(CollectedFundPaid)} ({PoolingText.Percent(CollectedShare)}), ";
            text += $"county {PoolingText.Yuan(CountyPart.Due)} ({PoolingText.Percent(CountyShare)}: {FundingEn(CountyPart)})";
            parts.Add(text);
        }

        if (Surplus.IsPositive)
        {
            parts.Add((Rules & PoolingRules.TransitionSurplusSplit) != 0
                ? $"current surplus {PoolingText.Yuan(Surplus)} — {PoolingText.Yuan(SurplusKept)} ({PoolingText.Percent(policy!.TransitionCountyKeepShare)}) kept in the county's balance, {PoolingText.Yuan(SurplusToCollectedFund)} ({PoolingText.Percent(policy.TransitionCollectedShare)}) to the collected fund"
                : $"current surplus {PoolingText.Yuan(Surplus)} kept whole in the county's balance (no ratio outside the transition)");
        }

        if (parts.Count == 0)
        {
            parts.Add("no transfer, no current deficit or surplus: nothing to share");
        }

        return $"{Name}, {PoolingText.SchemeEnglish(Scheme)}, {PoolingText.Year(Year)}: {string.Join("; ", parts)}.";
    }

    /// <summary>
    /// The settlement as an explanation tree: the inputs, each amount with its formula and rounding, each ratio as a
    /// parameter node with its citation (document and clause) and the clause's words, and the rules that fired.
    /// </summary>
    /// <exception cref="InvalidOperationException">The value is <c>default</c> (not built by a settlement).</exception>
    public Explanation Explain()
    {
        PoolingPolicy p = policy ?? throw new InvalidOperationException("a default CountySettlement was not built by a settlement; it has nothing to explain.");
        var nodes = new List<Explanation>
        {
            Explanation.Input("上年度实际支出 previous-year expenditure", PoolingText.Yuan(county.PreviousYearExpenditure)),
            Explanation.Input("累计结余 accumulated balance (as booked)", PoolingText.Yuan(county.AccumulatedBalance)),
            Explanation.Input("其中统筹前个人账户结余 of which pre-pooling personal accounts (never usable)", PoolingText.Yuan(county.PersonalAccountBalance)),
            new("可用累计结余 usable balance", PoolingText.Yuan(UsableBalance))
            {
                Formula = "max(0, 累计结余 − 统筹前个人账户结余)",
                Inputs = county.PersonalAccountBalance.IsPositive ? [RuleNode(PoolingRules.PersonalAccountsExcluded)] : [],
            },
            Explanation.Input("当年统筹基金筹资总额 pooled-fund financing of the year", PoolingText.Yuan(county.PooledFinancing)),
        };
        if (InitialTransfer.Due.IsPositive)
        {
            string months = p.Entry(MonthsKey(Scheme)).ValueText;
            nodes.Add(new Explanation("上划额度 upward transfer quota", PoolingText.Yuan(InitialTransfer.Due))
            {
                Formula = $"上年度实际支出 × {months} / 12",
                Rounding = "to the fen, AwayFromZero (四舍五入)",
                Inputs = [p.Explain(MonthsKey(Scheme)), .. FundingNodes(InitialTransfer, PoolingRules.TransferAppropriation), RuleNode(PoolingRules.UpwardTransfer)],
            });
        }

        if (TopUp.Due.IsPositive)
        {
            nodes.Add(new Explanation("年初补充上划 year-start top-up share", PoolingText.Yuan(TopUp.Due))
            {
                Formula = "city shortfall × 上年参保人数 / 全市上年参保人数",
                Rounding = "largest remainder to the fen across counties (ties: earlier county in ordinal name order)",
                Inputs = [Explanation.Input("上年参保人数 previous-year insured", county.PreviousYearInsured?.ToString() ?? "—"), .. FundingNodes(TopUp, PoolingRules.TransferAppropriation), RuleNode(PoolingRules.YearStartTopUp)],
            });
        }

        if (Deficit.IsPositive)
        {
            nodes.Add(Explanation.Input("当期缺口 current deficit", PoolingText.Yuan(Deficit)));
            nodes.AddRange(DeficitNodes(p));
        }

        if (Surplus.IsPositive)
        {
            nodes.Add(SurplusNode(p));
        }

        nodes.Add(new Explanation("期末累计结余 county balance after the year", PoolingText.Yuan(ClosingBalance))
        {
            Formula = "累计结余 − 上划(结余部分) − 年初补充(结余部分) − 缺口地承担(结余部分) + 结余留存",
        });
        nodes.Add(new Explanation("适用规则 rules fired", Rules.ToString())
        {
            Inputs = [.. PoolingText.Describe(Rules).Select(r => RuleNode(r.Rule))],
        });
        string headline = Deficit.IsPositive ? $"当期缺口 deficit {PoolingText.Yuan(Deficit)}"
            : Surplus.IsPositive ? $"当期结余 surplus {PoolingText.Yuan(Surplus)}" : "无缺口 no deficit";
        return new Explanation($"市级统筹结算 pooling settlement: {Name} {PoolingText.SchemeChinese(Scheme)} {PoolingText.Year(Year)}", headline)
        {
            Sentence = ToChineseSentence(),
            Note = ToEnglishSentence(),
            Inputs = nodes,
        };
    }

    /// <summary>The one-line English summary.</summary>
    public override string ToString() => policy is null ? "default CountySettlement" : ToEnglishSentence();

    private IEnumerable<Explanation> DeficitNodes(PoolingPolicy p)
    {
        if (PoolingCounty.NeedsTransitionFill(p, new PoolingYear(Year, Scheme)))
        {
            yield return new Explanation("过渡期差额弥补 transition fill", PoolingText.Yuan(TransitionFill))
            {
                Formula = "min(当期缺口, max(0, 2021年财政补助标准 − 统筹后标准) × 参保人数)",
                Inputs =
                [
                    Explanation.Input("2021年财政补助标准 2021 subsidy standard", county.Subsidy2021 is { } s ? PoolingText.Yuan(s) + "/人" : "—"),
                    Explanation.Input("参保人数 insured", county.Insured?.ToString() ?? "—"),
                    p.Explain(PoolingParameters.TransitionFirstYear.Name),
                    p.Explain(PoolingParameters.TransitionYears.Name),
                    RuleNode(PoolingRules.TransitionFill),
                ],
            };
        }

        var shareInputs = new List<Explanation> { p.Explain(PoolingParameters.CollectedFundShare.Name) };
        if (county.PriorYearDeficit)
        {
            shareInputs.Add(p.Explain(PoolingParameters.PriorDeficitReduction.Name));
            shareInputs.Add(new Explanation("减少5%的理解 reading of 减少5%", p.PriorDeficitReading.ToString())
            {
                Sentence = $"read as {PoolingPolicy.ReadingText(p.PriorDeficitReading)}: −{p.PriorDeficitReductionPoints}",
            });
        }

        if (county.Assessment == CountyAssessment.BelowGood)
        {
            shareInputs.Add(p.Explain(PoolingParameters.AssessmentReduction.Name));
        }

        yield return new Explanation("归集基金分担比例 collected fund's share (adjusted)", PoolingText.Percent(CollectedShare))
        {
            Formula = "30% − (上年缺口 ? 减少5% : 0) − (考核未达优良 ? 5个百分点 : 0), both 在原基础上 (from the unadjusted share)",
            Inputs = shareInputs,
        };
        yield return new Explanation("归集基金应担 collected fund's share due", PoolingText.Yuan(CollectedFundDue))
        {
            Formula = "(当期缺口 − 过渡期差额弥补) × 归集基金分担比例",
            Rounding = "largest remainder between the collected fund and the county (a half fen to the collected fund)",
            Inputs = [RuleNode(PoolingRules.DeficitShared)],
        };
        yield return new Explanation("归集基金实付 collected fund paid", PoolingText.Yuan(CollectedFundPaid))
        {
            Formula = "min(应担, the county's pro-rata part of what the collected fund had)",
        };
        yield return new Explanation("缺口地承担 county's part", PoolingText.Yuan(CountyPart.Due))
        {
            Formula = "(当期缺口 − 过渡期差额弥补) − 归集基金应担; from the usable balance first, the rest by 财政专项补助",
            Inputs = [p.Explain(PoolingParameters.CountyShare.Name), .. FundingNodes(CountyPart, PoolingRules.CountyAppropriation)],
        };
        if (CollectedFundUnpaid.IsPositive)
        {
            var cityInputs = new List<Explanation> { p.Explain(PoolingParameters.CityTreasuryShare.Name) };
            if (county.PriorYearDeficit)
            {
                cityInputs.Add(p.Explain(PoolingParameters.PriorDeficitCityTreasuryFactor.Name));
            }

            cityInputs.Add(new Explanation("市财政最高分担金额 city treasury cap", PoolingText.Yuan(CityTreasuryCap))
            {
                Formula = "当年统筹基金筹资总额 × cap",
                Rounding = "down to the fen (never above the exact cap)",
                Inputs = [p.Explain(PoolingParameters.CityTreasuryCap.Name)],
            });
            cityInputs.Add(new Explanation("市财政应担（封顶前） city treasury before the cap", PoolingText.Yuan(CityTreasuryDue)) { Formula = "不足支付部分 × 市财政分担比例 (largest remainder)" });
            cityInputs.Add(new Explanation("封顶削减 cut off by the cap (to the county treasury)", PoolingText.Yuan(CapCutOff)));
            yield return new Explanation("归集基金不足支付 collected fund unpaid", PoolingText.Yuan(CollectedFundUnpaid))
            {
                Formula = "应担 − 实付",
                Inputs = [RuleNode(PoolingRules.CollectedFundShort)],
            };
            yield return new Explanation("市财政承担 city treasury paid", PoolingText.Yuan(CityTreasuryPaid))
            {
                Formula = $"min(不足支付部分 × {PoolingText.Percent(CityTreasuryShare)}, 市财政最高分担金额)",
                Inputs = cityInputs,
            };
            yield return new Explanation("县财政承担 county treasury paid", PoolingText.Yuan(CountyTreasury))
            {
                Formula = "不足支付部分 − 市财政承担 (its 80% share plus what the cap cut off)",
                Inputs = [p.Explain(PoolingParameters.CountyTreasuryShare.Name)],
            };
        }
    }

    private Explanation SurplusNode(PoolingPolicy p)
    {
        bool split = (Rules & PoolingRules.TransitionSurplusSplit) != 0;
        return new Explanation("当期结余 current surplus", PoolingText.Yuan(Surplus))
        {
            Formula = split ? "kept = surplus × 30% (largest remainder, a half fen kept); to the collected fund = the rest" : "kept whole: no ratio outside the transition",
            Inputs = split
                ? [p.Explain(PoolingParameters.TransitionCountyKeepShare.Name), p.Explain(PoolingParameters.TransitionCollectedShare.Name),
                    new Explanation("留存 kept", PoolingText.Yuan(SurplusKept)), new Explanation("纳入归集基金 to the collected fund", PoolingText.Yuan(SurplusToCollectedFund)), RuleNode(PoolingRules.TransitionSurplusSplit)]
                : [new Explanation("留存 kept", PoolingText.Yuan(SurplusKept)), RuleNode(PoolingRules.SurplusOutsideTransition)],
        };
    }

    private static string MonthsKey(PooledScheme scheme) =>
        scheme == PooledScheme.Resident ? PoolingParameters.ResidentTransferMonths.Name : PoolingParameters.EmployeeTransferMonths.Name;

    private static Explanation[] FundingNodes(CountyFunding funding, PoolingRules appropriationRule) =>
    [
        new Explanation("从累计结余 from the usable balance", PoolingText.Yuan(funding.FromBalance)),
        new Explanation("财政专项资金 special appropriation", PoolingText.Yuan(funding.SpecialAppropriation)) { Inputs = funding.SpecialAppropriation.IsPositive ? [RuleNode(appropriationRule)] : [] },
    ];

    private static Explanation RuleNode(PoolingRules rule)
    {
        (PoolingRules _, string clause, string text) = PoolingText.Describe(rule).First();
        return new Explanation(rule.ToString(), clause)
        {
            Citation = new Citations.Citation(PoolingText.Plan, clause: clause),
            Note = text,
        };
    }

    private static string FundingZh(CountyFunding f) => f.Source switch
    {
        FundingSource.Balance => $"累计结余{PoolingText.Yuan(f.FromBalance)}",
        FundingSource.Appropriation => $"财政专项资金{PoolingText.Yuan(f.SpecialAppropriation)}",
        FundingSource.BalanceAndAppropriation => $"累计结余{PoolingText.Yuan(f.FromBalance)}，财政专项资金补足{PoolingText.Yuan(f.SpecialAppropriation)}",
        _ => "无",
    };

    private static string FundingEn(CountyFunding f) => f.Source switch
    {
        FundingSource.Balance => $"{PoolingText.Yuan(f.FromBalance)} from its balance",
        FundingSource.Appropriation => $"{PoolingText.Yuan(f.SpecialAppropriation)} by special appropriation",
        FundingSource.BalanceAndAppropriation => $"{PoolingText.Yuan(f.FromBalance)} from its balance, {PoolingText.Yuan(f.SpecialAppropriation)} by special appropriation",
        _ => "nothing",
    };
}
