using System;
using System.Diagnostics.CodeAnalysis;
using FundMath.Explain;

namespace FundMath.Funds;

/// <summary>
/// The income and expenditure statement of one fund for one period and region — 基金收支余情况表:
/// 期末累计结余 = 期初累计结余 + 当期收入 − 当期支出; 当期结余 = 当期收入 − 当期支出.
/// </summary>
/// <remarks>
/// <para>A readonly value (about 200 bytes, no references except the kind's names and the region code):
/// building one, merging two and reading totals or ratios allocate nothing.</para>
/// <para>The roll-forward identity is never silently broken: <see cref="Create"/> computes the closing balance;
/// <see cref="FromReported"/> takes a reported closing balance and either throws (<see cref="IdentityMode.Strict"/>)
/// or keeps it and reports the difference in <see cref="RollForward"/> (<see cref="IdentityMode.Report"/>).</para>
/// <para>Statements form a commutative monoid under <see cref="Merge"/> with identity <see cref="Empty"/>:
/// amounts add line by line; equal kinds or regions stay, different ones become <see cref="FundKind.Several"/> /
/// <see cref="SeveralRegions"/>; periods must be equal. So partition-then-merge equals merging the whole,
/// bit for bit, in any order — the basis of <see cref="Consolidate(ReadOnlySpan{FundStatement})"/>.</para>
/// <para>For the employee fund, the personal-account part of the balances (<see cref="PersonalAccountOpening"/>,
/// <see cref="PersonalAccountClosing"/>) keeps 统筹基金 and 个人账户 apart: <see cref="PooledFundBalance"/> is the
/// closing balance less personal accounts.</para>
/// <para><c>default(FundStatement)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</para>
/// </remarks>
public readonly struct FundStatement : IEquatable<FundStatement>
{
    /// <summary>The region code of a consolidation of several regions (合计).</summary>
    public const string SeveralRegions = "*";

    private readonly FundKind kind;
    private readonly string? region;
    private readonly ReportingPeriod period;
    private readonly bool hasPeriod;
    private readonly Money opening;
    private readonly IncomeLines income;
    private readonly ExpenditureLines expenditure;
    private readonly Money personalOpening;
    private readonly Money personalClosing;
    private readonly Money closingDifference;

    private FundStatement(
        FundKind kind, string? region, ReportingPeriod period, bool hasPeriod, Money opening, in IncomeLines income,
        in ExpenditureLines expenditure, Money personalOpening, Money personalClosing, Money closingDifference)
    {
        this.kind = kind;
        this.region = region;
        this.period = period;
        this.hasPeriod = hasPeriod;
        this.opening = opening;
        this.income = income;
        this.expenditure = expenditure;
        this.personalOpening = personalOpening;
        this.personalClosing = personalClosing;
        this.closingDifference = closingDifference;
    }

    /// <summary>The identity of <see cref="Merge"/>: no kind, region or period, every amount zero.</summary>
    public static FundStatement Empty => default;

    /// <summary>True for <see cref="Empty"/> (no header and all amounts zero).</summary>
    public bool IsEmpty => Equals(Empty);

    /// <summary>The fund kind (<see cref="FundKind.Several"/> for a consolidation across kinds).</summary>
    public FundKind Kind => kind;

    /// <summary>The region code, e.g. "430200" or "株洲市本级" (<see cref="SeveralRegions"/> for a consolidation; empty for <see cref="Empty"/>).</summary>
    public string Region => region ?? string.Empty;

    /// <summary>The reporting period.</summary>
    /// <exception cref="InvalidOperationException">The statement is <see cref="Empty"/> and has no period.</exception>
    public ReportingPeriod Period => hasPeriod ? period : throw new InvalidOperationException("The empty statement has no reporting period.");

    /// <summary>True when the statement has a period (every statement except <see cref="Empty"/>).</summary>
    public bool HasPeriod => hasPeriod;

    /// <summary>期初累计结余: the opening accumulated balance.</summary>
    public Money Opening => opening;

    /// <summary>收入明细: the income lines.</summary>
    public IncomeLines Income => income;

    /// <summary>支出明细: the expenditure lines.</summary>
    public ExpenditureLines Expenditure => expenditure;

    /// <summary>当期收入 (总收入): total income.</summary>
    public Money IncomeTotal => income.Total;

    /// <summary>当期支出 (总支出): total expenditure.</summary>
    public Money ExpenditureTotal => expenditure.Total;

    /// <summary>保险费收入 (征缴收入): premium income.</summary>
    public Money PremiumIncome => income[IncomeLine.Premiums];

    /// <summary>待遇支出: benefit expenditure.</summary>
    public Money BenefitExpenditure => expenditure.Benefits;

    /// <summary>当期结余 = 当期收入 − 当期支出 (negative: 收不抵支, a current deficit).</summary>
    public Money CurrentSurplus => income.Total - expenditure.Total;

    /// <summary>期末累计结余 as stated: the computed closing balance, or the reported one for <see cref="IdentityMode.Report"/>.</summary>
    public Money Closing => ExpectedClosing + closingDifference;

    /// <summary>期初 + 收入 − 支出: the closing balance the identity requires.</summary>
    public Money ExpectedClosing => opening + CurrentSurplus;

    /// <summary>The roll-forward check (Holds unless a reported closing balance was kept in report mode).</summary>
    public RollForward RollForward => new(opening, IncomeTotal, ExpenditureTotal, ExpectedClosing, Closing);

    /// <summary>个人账户期初结余: the personal-account part of the opening balance (zero for funds without accounts).</summary>
    public Money PersonalAccountOpening => personalOpening;

    /// <summary>个人账户期末结余: the personal-account part of the closing balance.</summary>
    public Money PersonalAccountClosing => personalClosing;

    /// <summary>统筹基金期初结余: opening balance less personal accounts.</summary>
    public Money PooledFundOpening => opening - personalOpening;

    /// <summary>统筹基金期末累计结余: closing balance less personal accounts (the balance months of cover are computed on).</summary>
    public Money PooledFundBalance => Closing - personalClosing;

    /// <summary>累计结余 split into 统筹基金 and 个人账户, with shares.</summary>
    public AccumulatedBalance AccumulatedBalance => new(PooledFundBalance, personalClosing);

    /// <summary>当期结余率 = 当期结余 / 当期收入 (NotMeaningful for zero income).</summary>
    public SurplusRatio SurplusRatio => new(CurrentSurplus, IncomeTotal);

    /// <summary>
    /// A statement whose closing balance is computed: 期末 = 期初 + Σ income − Σ expenditure (the identity holds by construction).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is none, or <paramref name="region"/> is empty.</exception>
    public static FundStatement Create(FundKind kind, string region, ReportingPeriod period, Money opening, in IncomeLines income, in ExpenditureLines expenditure)
    {
        CheckHeader(kind, region);
        return new(kind, region, period, true, opening, income, expenditure, default, default, default);
    }

    /// <summary>
    /// A statement with a reported closing balance. If 期初 + 收入 − 支出 ≠ reported closing, <see cref="IdentityMode.Strict"/>
    /// throws naming every figure; <see cref="IdentityMode.Report"/> keeps the reported balance and states the
    /// difference in <see cref="RollForward"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Strict mode and the identity does not hold; or a bad header.</exception>
    public static FundStatement FromReported(
        FundKind kind, string region, ReportingPeriod period, Money opening, in IncomeLines income,
        in ExpenditureLines expenditure, Money reportedClosing, IdentityMode mode)
    {
        CheckHeader(kind, region);
        if (unchecked((uint)mode) > (uint)IdentityMode.Report)
        {
            Preconditions.ThrowArgument(nameof(mode), $"mode {(int)mode} is not a defined IdentityMode.");
        }

        Money expected = opening + income.Total - expenditure.Total;
        Money difference = reportedClosing - expected;
        if (!difference.IsZero && mode == IdentityMode.Strict)
        {
            var check = new RollForward(opening, income.Total, expenditure.Total, expected, reportedClosing);
            Preconditions.ThrowArgument(nameof(reportedClosing), $"Fund statement {kind.ChineseName} {region} {period}: the roll-forward identity does not hold: {check.Describe()}.");
        }

        return new(kind, region, period, true, opening, income, expenditure, default, default, difference);
    }

    /// <summary>
    /// Builds a statement from line items (amounts on the same line add up), allocation-free.
    /// 期末 = 期初 + Σ income items − Σ expenditure items.
    /// </summary>
    public static FundStatement FromItems(FundKind kind, string region, ReportingPeriod period, Money opening, ReadOnlySpan<IncomeItem> incomeItems, ReadOnlySpan<ExpenditureItem> expenditureItems)
    {
        CheckHeader(kind, region);
        Span<Money> inc = stackalloc Money[IncomeLine.Count];
        Span<Money> exp = stackalloc Money[ExpenditureLine.Count];
        foreach (IncomeItem item in incomeItems)
        {
            inc[item.Line.Index] += item.Amount;
        }

        foreach (ExpenditureItem item in expenditureItems)
        {
            exp[item.Line.Index] += item.Amount;
        }

        return new(kind, region, period, true, opening, IncomeLines.FromSpan(inc), ExpenditureLines.FromSpan(exp), default, default, default);
    }

    /// <summary>
    /// A copy that records the personal-account (个人账户) part of the opening and closing balances, so that
    /// 统筹基金 and 个人账户 are kept apart (《株洲市2021年年度医疗保险基金财务报表及运行分析报告》: 49.13亿 = 统筹 23.89亿 + 个账 25.24亿).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A personal-account balance is negative.</exception>
    public FundStatement WithPersonalAccounts(Money opening, Money closing)
    {
        if (opening.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(opening), opening, $"personal-account opening balance {opening:N2} 元 is negative.");
        }

        if (closing.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(closing), closing, $"personal-account closing balance {closing:N2} 元 is negative.");
        }

        return new(kind, region, period, hasPeriod, this.opening, income, expenditure, opening, closing, closingDifference);
    }

    /// <summary>A copy with another kind and region (e.g. to label a consolidated total row "合计").</summary>
    public FundStatement WithHeader(FundKind kind, string region)
    {
        CheckHeader(kind, region);
        return new(kind, region, period, hasPeriod, opening, income, expenditure, personalOpening, personalClosing, closingDifference);
    }

    /// <summary>
    /// Adds two statements line by line (consolidation, 汇总). Associative and commutative with identity <see cref="Empty"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The statements are for different reporting periods.</exception>
    public static FundStatement Merge(in FundStatement left, in FundStatement right)
    {
        if (left.hasPeriod && right.hasPeriod && !left.period.Equals(right.period))
        {
            Preconditions.ThrowArgument(nameof(right), $"Cannot consolidate statements of different periods: {left.period} ({left.kind.ChineseName} {left.Region}) and {right.period} ({right.kind.ChineseName} {right.Region}).");
        }

        return new(
            FundKind.Combine(left.kind, right.kind),
            CombineRegion(left.region, right.region),
            left.hasPeriod ? left.period : right.period,
            left.hasPeriod || right.hasPeriod,
            left.opening + right.opening,
            left.income + right.income,
            left.expenditure + right.expenditure,
            left.personalOpening + right.personalOpening,
            left.personalClosing + right.personalClosing,
            left.closingDifference + right.closingDifference);
    }

    /// <summary>Merge.</summary>
    public static FundStatement operator +(in FundStatement left, in FundStatement right) => Merge(left, right);

    /// <summary>
    /// The consolidated total of several statements (regions and/or kinds) — 合计行 computed from the rows,
    /// so every ratio of the total is computed from summed figures, never averaged.
    /// </summary>
    public static FundStatement Consolidate(ReadOnlySpan<FundStatement> statements)
    {
        FundStatement total = Empty;
        foreach (ref readonly FundStatement s in statements)
        {
            total = Merge(total, s);
        }

        return total;
    }

    /// <summary>The consolidated total labelled with <paramref name="kind"/> and <paramref name="region"/>.</summary>
    public static FundStatement Consolidate(ReadOnlySpan<FundStatement> statements, FundKind kind, string region) =>
        Consolidate(statements).WithHeader(kind, region);

    /// <summary>Year-on-year change of every line and total against <paramref name="previous"/> (上年同期).</summary>
    public FundStatementChange ComparedWith(in FundStatement previous) => new(this, previous);

    /// <summary>The computed current surplus beside a printed one (《株洲市2021年年度医疗保险基金财务报表及运行分析报告》: 公务员 17,722.35 − 767.01 = 16,955.34, printed 16,955.33).</summary>
    public PrintedComparison CompareSurplusWithPrinted(Money printed) => new(CurrentSurplus, printed);

    /// <summary>Explains 当期结余 = 当期收入 − 当期支出 with both totals and their lines.</summary>
    public Explanation ExplainSurplus() => new("当期结余 current surplus", CurrentSurplus.ToString("N2元", null))
    {
        Formula = "当期收入 total income − 当期支出 total expenditure",
        Sentence = $"{Header()}: {IncomeTotal:N2} − {ExpenditureTotal:N2} = {CurrentSurplus:N2} 元" + (CurrentSurplus.IsNegative ? " (收不抵支, a current deficit)" : string.Empty),
        Rounding = "exact to the fen",
        Inputs = [ExplainIncome(), ExplainExpenditure()],
    };

    /// <summary>Explains 当期结余率 = 当期结余 / 当期收入.</summary>
    public Explanation ExplainSurplusRatio()
    {
        Explanation e = SurplusRatio.Explain();
        return new(e.Name, e.Value)
        {
            Formula = e.Formula,
            Rounding = e.Rounding,
            Sentence = $"{Header()}: " + (SurplusRatio.TryGetRate(out Rate r) ? $"{CurrentSurplus:N2} / {IncomeTotal:N2} = {r:P2}" : "income is zero, the ratio is not meaningful"),
            Inputs = [ExplainSurplus(), ExplainIncome()],
        };
    }

    /// <summary>Explains the roll-forward 期末 = 期初 + 收入 − 支出, including any reported difference.</summary>
    public Explanation ExplainRollForward()
    {
        RollForward rf = RollForward;
        return new("期末累计结余 closing balance", Closing.ToString("N2元", null))
        {
            Formula = "期初累计结余 opening + 当期收入 income − 当期支出 expenditure",
            Sentence = rf.Describe(),
            Note = rf.Outcome == RollForwardOutcome.Holds ? null : $"the identity does not hold: the reported closing balance differs by {rf.Difference:N2} 元",
            Inputs =
            [
                Explanation.Input("期初累计结余 opening", opening.ToString("N2元", null)),
                ExplainIncome(),
                ExplainExpenditure(),
            ],
        };
    }

    private Explanation ExplainIncome()
    {
        var lines = new Explanation[IncomeLine.Count];
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            IncomeLine line = IncomeLine.FromIndex(i);
            lines[i] = Explanation.Input(line.ChineseName + " " + line.EnglishName, income[line].ToString("N2元", null));
        }

        return new("当期收入 total income", IncomeTotal.ToString("N2元", null)) { Formula = "Σ income lines", Inputs = lines };
    }

    private Explanation ExplainExpenditure()
    {
        var lines = new Explanation[ExpenditureLine.Count];
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            ExpenditureLine line = ExpenditureLine.FromIndex(i);
            lines[i] = Explanation.Input(line.ChineseName + " " + line.EnglishName, expenditure[line].ToString("N2元", null));
        }

        return new("当期支出 total expenditure", ExpenditureTotal.ToString("N2元", null)) { Formula = "Σ expenditure lines", Inputs = lines };
    }

    private string Header() => $"{kind.ChineseName} {Region} {(hasPeriod ? period.ToString() : string.Empty)}".Trim();

    private static string? CombineRegion(string? a, string? b) =>
        a is null ? b : b is null ? a : string.Equals(a, b, StringComparison.Ordinal) ? a : SeveralRegions;

    private static void CheckHeader(FundKind kind, string region)
    {
        if (kind.IsNone)
        {
            Preconditions.ThrowArgument(nameof(kind), "kind is default(FundKind): name the fund kind of the statement (e.g. FundKind.EmployeeBasic).");
        }

        if (string.IsNullOrWhiteSpace(region))
        {
            Preconditions.ThrowArgument(nameof(region), "region is empty: name the region (统筹区) of the statement.");
        }
    }

    /// <inheritdoc />
    public bool Equals(FundStatement other) =>
        kind.Equals(other.kind) && string.Equals(region, other.region, StringComparison.Ordinal) && hasPeriod == other.hasPeriod &&
        period.Equals(other.period) && opening == other.opening && income.Equals(other.income) && expenditure.Equals(other.expenditure) &&
        personalOpening == other.personalOpening && personalClosing == other.personalClosing && closingDifference == other.closingDifference;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FundStatement other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(kind, region, period, opening, income, expenditure, personalClosing, closingDifference);

    /// <summary>Equality of header and every amount.</summary>
    public static bool operator ==(FundStatement left, FundStatement right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(FundStatement left, FundStatement right) => !left.Equals(right);

    /// <summary>"职工医保（含生育） 430200 2021: opening …, income …, expenditure …, closing …".</summary>
    public override string ToString() =>
        $"{Header()}: opening {opening:N2}, income {IncomeTotal:N2}, expenditure {ExpenditureTotal:N2}, surplus {CurrentSurplus:N2}, closing {Closing:N2}";
}
