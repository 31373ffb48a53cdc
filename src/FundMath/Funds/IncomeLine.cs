using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Funds;

/// <summary>
/// A well-known income line of a fund statement — 基金收入项目. The set is fixed so that a statement stores its
/// lines inline (no allocation); finer user-defined lines hang under one of these through <see cref="CustomLine"/>
/// and <see cref="LineBreakdown"/>.
/// </summary>
/// <remarks><c>default(IncomeLine)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
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

    /// <summary>计提风险储备金: risk-reserve provisions booked as income (《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's 4.08亿元).</summary>
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
