using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FundMath.Funds;

/// <summary>
/// A well-known income line of a fund statement — 基金收入项目. The set is fixed so that a statement stores its
/// lines inline (no allocation); finer user-defined lines hang under one of these through <see cref="CustomLine"/>
/// and <see cref="LineBreakdown"/>.
/// </summary>
public readonly struct IncomeLine : IEquatable<IncomeLine>
{
    /// <summary>The number of well-known income lines.</summary>
    public const int Count = 6;

    private static readonly string[] Codes = ["premiums", "fiscal-subsidy", "interest", "transfers-in", "risk-reserve-provision", "other"];
    private static readonly string[] ChineseNames = ["保险费收入（征缴收入）", "财政补贴收入", "利息收入", "转移收入（上级补助/下级上解）", "计提风险储备金", "其他收入"];
    private static readonly string[] EnglishNames = ["premium income", "fiscal subsidy income", "interest income", "transfers in", "risk-reserve provisions", "other income"];

    private readonly byte index;

    private IncomeLine(int index) => this.index = (byte)index;

    /// <summary>保险费收入/征缴收入: premiums (contributions) collected.</summary>
    public static IncomeLine Premiums => new(0);

    /// <summary>财政补贴收入: fiscal subsidies (e.g. the resident scheme's 580 元/人).</summary>
    public static IncomeLine FiscalSubsidy => new(1);

    /// <summary>利息收入: interest.</summary>
    public static IncomeLine Interest => new(2);

    /// <summary>转移收入/上级补助/下级上解: transfers in from another level or region.</summary>
    public static IncomeLine TransfersIn => new(3);

    /// <summary>计提风险储备金: risk-reserve provisions booked as income (the seed's 4.08亿元).</summary>
    public static IncomeLine RiskReserveProvision => new(4);

    /// <summary>其他收入: other income.</summary>
    public static IncomeLine Other => new(5);

    /// <summary>The position of the line, 0 to <see cref="Count"/> − 1 (report order).</summary>
    public int Index => index;

    /// <summary>Stable identifier, e.g. "premiums".</summary>
    public string Code => Codes[index];

    /// <summary>The Chinese name, e.g. "保险费收入（征缴收入）".</summary>
    public string ChineseName => ChineseNames[index];

    /// <summary>The English name.</summary>
    public string EnglishName => EnglishNames[index];

    /// <summary>The line at <paramref name="index"/> (report order).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0 to <see cref="Count"/> − 1.</exception>
    public static IncomeLine FromIndex(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
        return new(index);
    }

    /// <summary>The line with this code (e.g. "premiums").</summary>
    public static bool TryParse(string code, out IncomeLine line)
    {
        int i = Array.IndexOf(Codes, code);
        line = i < 0 ? default : new(i);
        return i >= 0;
    }

    /// <inheritdoc />
    public bool Equals(IncomeLine other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IncomeLine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Equality.</summary>
    public static bool operator ==(IncomeLine left, IncomeLine right) => left.index == right.index;

    /// <summary>Inequality.</summary>
    public static bool operator !=(IncomeLine left, IncomeLine right) => left.index != right.index;

    /// <summary>"保险费收入（征缴收入） (premiums)".</summary>
    public override string ToString() => $"{ChineseName} ({Code})";
}

/// <summary>
/// A well-known expenditure line of a fund statement — 基金支出项目. The first six lines are benefits
/// (待遇支出); vaccine costs, transfers out and other expenditure are not. Finer user-defined lines hang under one
/// of these through <see cref="CustomLine"/> and <see cref="LineBreakdown"/>.
/// </summary>
public readonly struct ExpenditureLine : IEquatable<ExpenditureLine>
{
    /// <summary>The number of well-known expenditure lines.</summary>
    public const int Count = 9;

    /// <summary>The number of lines that are benefits (待遇支出): indices 0 to 5.</summary>
    public const int BenefitCount = 6;

    private static readonly string[] Codes = ["inpatient", "outpatient", "chronic-special-outpatient", "maternity", "personal-account", "other-benefits", "vaccine", "transfers-out", "other"];
    private static readonly string[] ChineseNames = ["住院", "普通门急诊", "门诊慢特病", "生育", "个人账户支出", "其他待遇支出", "新冠疫苗及接种费", "转移支出（上解上级/补助下级）", "其他支出"];
    private static readonly string[] EnglishNames = ["inpatient benefits", "ordinary outpatient and emergency benefits", "chronic and special-disease outpatient benefits", "maternity benefits", "personal-account spending", "other benefits", "COVID-19 vaccine and vaccination costs", "transfers out", "other expenditure"];

    private readonly byte index;

    private ExpenditureLine(int index) => this.index = (byte)index;

    /// <summary>住院: inpatient benefits (待遇支出).</summary>
    public static ExpenditureLine Inpatient => new(0);

    /// <summary>普通门急诊: ordinary outpatient and emergency benefits (待遇支出).</summary>
    public static ExpenditureLine Outpatient => new(1);

    /// <summary>门诊慢特病 (门诊大病): chronic and special-disease outpatient benefits (待遇支出).</summary>
    public static ExpenditureLine ChronicSpecialOutpatient => new(2);

    /// <summary>生育: maternity benefits (待遇支出).</summary>
    public static ExpenditureLine Maternity => new(3);

    /// <summary>个人账户支出: personal-account spending (待遇支出 of the employee scheme).</summary>
    public static ExpenditureLine PersonalAccount => new(4);

    /// <summary>其他待遇支出: benefits not in the lines above.</summary>
    public static ExpenditureLine OtherBenefits => new(5);

    /// <summary>新冠疫苗及接种费: COVID-19 vaccine and vaccination costs paid from the fund (医保发〔2021〕15号); not a benefit.</summary>
    public static ExpenditureLine Vaccine => new(6);

    /// <summary>转移支出 (上解上级/补助下级): transfers out.</summary>
    public static ExpenditureLine TransfersOut => new(7);

    /// <summary>其他支出: other expenditure.</summary>
    public static ExpenditureLine Other => new(8);

    /// <summary>The position of the line, 0 to <see cref="Count"/> − 1 (report order).</summary>
    public int Index => index;

    /// <summary>True for benefit lines (待遇支出).</summary>
    public bool IsBenefit => index < BenefitCount;

    /// <summary>Stable identifier, e.g. "inpatient".</summary>
    public string Code => Codes[index];

    /// <summary>The Chinese name, e.g. "住院".</summary>
    public string ChineseName => ChineseNames[index];

    /// <summary>The English name.</summary>
    public string EnglishName => EnglishNames[index];

    /// <summary>The line at <paramref name="index"/> (report order).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0 to <see cref="Count"/> − 1.</exception>
    public static ExpenditureLine FromIndex(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
        return new(index);
    }

    /// <summary>The line with this code (e.g. "inpatient").</summary>
    public static bool TryParse(string code, out ExpenditureLine line)
    {
        int i = Array.IndexOf(Codes, code);
        line = i < 0 ? default : new(i);
        return i >= 0;
    }

    /// <inheritdoc />
    public bool Equals(ExpenditureLine other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExpenditureLine other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Equality.</summary>
    public static bool operator ==(ExpenditureLine left, ExpenditureLine right) => left.index == right.index;

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExpenditureLine left, ExpenditureLine right) => left.index != right.index;

    /// <summary>"住院 (inpatient)".</summary>
    public override string ToString() => $"{ChineseName} ({Code})";
}

[InlineArray(IncomeLine.Count)]
internal struct IncomeBuffer
{
    private Money element;
}

[InlineArray(ExpenditureLine.Count)]
internal struct ExpenditureBuffer
{
    private Money element;
}

/// <summary>
/// The amounts of every well-known income line — 收入明细, stored inline (48 bytes, no allocation).
/// 总收入 <see cref="Total"/> = Σ lines.
/// </summary>
public readonly struct IncomeLines : IEquatable<IncomeLines>
{
    private readonly IncomeBuffer amounts;

    private IncomeLines(IncomeBuffer amounts) => this.amounts = amounts;

    /// <summary>All lines zero.</summary>
    public static IncomeLines Zero => default;

    /// <summary>Income with the named lines (omitted lines are zero).</summary>
    public static IncomeLines Of(
        Money premiums = default,
        Money fiscalSubsidy = default,
        Money interest = default,
        Money transfersIn = default,
        Money riskReserveProvision = default,
        Money other = default)
    {
        IncomeBuffer b = default;
        b[0] = premiums;
        b[1] = fiscalSubsidy;
        b[2] = interest;
        b[3] = transfersIn;
        b[4] = riskReserveProvision;
        b[5] = other;
        return new(b);
    }

    /// <summary>Income from amounts in line order (<see cref="IncomeLine.Index"/>); shorter spans leave the rest zero.</summary>
    /// <exception cref="ArgumentException">More than <see cref="IncomeLine.Count"/> amounts.</exception>
    public static IncomeLines FromSpan(ReadOnlySpan<Money> amountsInLineOrder)
    {
        if (amountsInLineOrder.Length > IncomeLine.Count)
        {
            Preconditions.ThrowArgument(nameof(amountsInLineOrder), $"amountsInLineOrder has {amountsInLineOrder.Length} amounts but there are {IncomeLine.Count} income lines.");
        }

        IncomeBuffer b = default;
        amountsInLineOrder.CopyTo(b);
        return new(b);
    }

    /// <summary>The amount of one line.</summary>
    public Money this[IncomeLine line] => amounts[line.Index];

    /// <summary>总收入: the sum of all lines (checked).</summary>
    public Money Total => Money.Sum(amounts);

    /// <summary>A copy with one line replaced.</summary>
    public IncomeLines With(IncomeLine line, Money amount)
    {
        IncomeBuffer b = amounts;
        b[line.Index] = amount;
        return new(b);
    }

    /// <summary>A copy with <paramref name="amount"/> added to one line.</summary>
    public IncomeLines Add(IncomeLine line, Money amount)
    {
        IncomeBuffer b = amounts;
        b[line.Index] += amount;
        return new(b);
    }

    /// <summary>Copies the amounts in line order into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<Money> destination) => ((ReadOnlySpan<Money>)amounts).CopyTo(destination);

    /// <summary>Line-by-line sum (checked).</summary>
    public static IncomeLines operator +(IncomeLines left, IncomeLines right)
    {
        IncomeBuffer b = default;
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            b[i] = left.amounts[i] + right.amounts[i];
        }

        return new(b);
    }

    /// <summary>Line-by-line difference (checked).</summary>
    public static IncomeLines operator -(IncomeLines left, IncomeLines right)
    {
        IncomeBuffer b = default;
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            b[i] = left.amounts[i] - right.amounts[i];
        }

        return new(b);
    }

    /// <inheritdoc />
    public bool Equals(IncomeLines other) => ((ReadOnlySpan<Money>)amounts).SequenceEqual(other.amounts);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IncomeLines other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = default(HashCode);
        foreach (Money m in (ReadOnlySpan<Money>)amounts)
        {
            h.Add(m);
        }

        return h.ToHashCode();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(IncomeLines left, IncomeLines right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(IncomeLines left, IncomeLines right) => !left.Equals(right);

    /// <summary>"premiums=…, fiscal-subsidy=…, …".</summary>
    public override string ToString()
    {
        var parts = new string[IncomeLine.Count];
        for (int i = 0; i < IncomeLine.Count; i++)
        {
            parts[i] = $"{IncomeLine.FromIndex(i).Code}={amounts[i]}";
        }

        return string.Join(", ", parts);
    }
}

/// <summary>
/// The amounts of every well-known expenditure line — 支出明细, stored inline (72 bytes, no allocation).
/// 总支出 <see cref="Total"/> = Σ lines; 待遇支出 <see cref="Benefits"/> = Σ benefit lines.
/// </summary>
public readonly struct ExpenditureLines : IEquatable<ExpenditureLines>
{
    private readonly ExpenditureBuffer amounts;

    private ExpenditureLines(ExpenditureBuffer amounts) => this.amounts = amounts;

    /// <summary>All lines zero.</summary>
    public static ExpenditureLines Zero => default;

    /// <summary>Expenditure with the named lines (omitted lines are zero).</summary>
    public static ExpenditureLines Of(
        Money inpatient = default,
        Money outpatient = default,
        Money chronicSpecialOutpatient = default,
        Money maternity = default,
        Money personalAccount = default,
        Money otherBenefits = default,
        Money vaccine = default,
        Money transfersOut = default,
        Money other = default)
    {
        ExpenditureBuffer b = default;
        b[0] = inpatient;
        b[1] = outpatient;
        b[2] = chronicSpecialOutpatient;
        b[3] = maternity;
        b[4] = personalAccount;
        b[5] = otherBenefits;
        b[6] = vaccine;
        b[7] = transfersOut;
        b[8] = other;
        return new(b);
    }

    /// <summary>Expenditure from amounts in line order (<see cref="ExpenditureLine.Index"/>); shorter spans leave the rest zero.</summary>
    /// <exception cref="ArgumentException">More than <see cref="ExpenditureLine.Count"/> amounts.</exception>
    public static ExpenditureLines FromSpan(ReadOnlySpan<Money> amountsInLineOrder)
    {
        if (amountsInLineOrder.Length > ExpenditureLine.Count)
        {
            Preconditions.ThrowArgument(nameof(amountsInLineOrder), $"amountsInLineOrder has {amountsInLineOrder.Length} amounts but there are {ExpenditureLine.Count} expenditure lines.");
        }

        ExpenditureBuffer b = default;
        amountsInLineOrder.CopyTo(b);
        return new(b);
    }

    /// <summary>The amount of one line.</summary>
    public Money this[ExpenditureLine line] => amounts[line.Index];

    /// <summary>总支出: the sum of all lines (checked).</summary>
    public Money Total => Money.Sum(amounts);

    /// <summary>待遇支出: the sum of the benefit lines (inpatient … other benefits).</summary>
    public Money Benefits => Money.Sum(((ReadOnlySpan<Money>)amounts)[..ExpenditureLine.BenefitCount]);

    /// <summary>A copy with one line replaced.</summary>
    public ExpenditureLines With(ExpenditureLine line, Money amount)
    {
        ExpenditureBuffer b = amounts;
        b[line.Index] = amount;
        return new(b);
    }

    /// <summary>A copy with <paramref name="amount"/> added to one line.</summary>
    public ExpenditureLines Add(ExpenditureLine line, Money amount)
    {
        ExpenditureBuffer b = amounts;
        b[line.Index] += amount;
        return new(b);
    }

    /// <summary>Copies the amounts in line order into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<Money> destination) => ((ReadOnlySpan<Money>)amounts).CopyTo(destination);

    /// <summary>Line-by-line sum (checked).</summary>
    public static ExpenditureLines operator +(ExpenditureLines left, ExpenditureLines right)
    {
        ExpenditureBuffer b = default;
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            b[i] = left.amounts[i] + right.amounts[i];
        }

        return new(b);
    }

    /// <summary>Line-by-line difference (checked).</summary>
    public static ExpenditureLines operator -(ExpenditureLines left, ExpenditureLines right)
    {
        ExpenditureBuffer b = default;
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            b[i] = left.amounts[i] - right.amounts[i];
        }

        return new(b);
    }

    /// <inheritdoc />
    public bool Equals(ExpenditureLines other) => ((ReadOnlySpan<Money>)amounts).SequenceEqual(other.amounts);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ExpenditureLines other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var h = default(HashCode);
        foreach (Money m in (ReadOnlySpan<Money>)amounts)
        {
            h.Add(m);
        }

        return h.ToHashCode();
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(ExpenditureLines left, ExpenditureLines right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ExpenditureLines left, ExpenditureLines right) => !left.Equals(right);

    /// <summary>"inpatient=…, outpatient=…, …".</summary>
    public override string ToString()
    {
        var parts = new string[ExpenditureLine.Count];
        for (int i = 0; i < ExpenditureLine.Count; i++)
        {
            parts[i] = $"{ExpenditureLine.FromIndex(i).Code}={amounts[i]}";
        }

        return string.Join(", ", parts);
    }
}
