using System;

namespace FundMath.Funds;

/// <summary>
/// A user-defined statement line that refines one well-known line — 自定义明细科目 (e.g. 捐赠收入 under 其他收入,
/// 异地就医 under 住院). Custom lines live in a <see cref="LineBreakdown"/>, off the allocation-free hot path;
/// the statement keeps only the well-known parent line, so its totals never depend on the breakdown.
/// </summary>
public sealed record CustomLine
{
    private CustomLine(string code, string chineseName, string englishName, IncomeLine? incomeParent, ExpenditureLine? expenditureParent)
    {
        Code = code;
        ChineseName = chineseName;
        EnglishName = englishName;
        IncomeParent = incomeParent;
        ExpenditureParent = expenditureParent;
    }

    /// <summary>The stable identifier, e.g. "donations".</summary>
    public string Code { get; }

    /// <summary>The Chinese name, e.g. "捐赠收入".</summary>
    public string ChineseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>The income line this line refines (null for an expenditure sub-line).</summary>
    public IncomeLine? IncomeParent { get; }

    /// <summary>The expenditure line this line refines (null for an income sub-line).</summary>
    public ExpenditureLine? ExpenditureParent { get; }

    /// <summary>A sub-line of an income line.</summary>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    public static CustomLine UnderIncome(IncomeLine parent, string code, string chineseName, string englishName)
    {
        Check(code, chineseName, englishName);
        return new(code, chineseName, englishName, parent, null);
    }

    /// <summary>A sub-line of an expenditure line.</summary>
    /// <exception cref="ArgumentException">A name is empty.</exception>
    public static CustomLine UnderExpenditure(ExpenditureLine parent, string code, string chineseName, string englishName)
    {
        Check(code, chineseName, englishName);
        return new(code, chineseName, englishName, null, parent);
    }

    private static void Check(string code, string chineseName, string englishName)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "code of the custom line is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(chineseName), nameof(chineseName), $"chineseName of custom line \"{code}\" is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(englishName), nameof(englishName), $"englishName of custom line \"{code}\" is empty.");
    }

    /// <summary>"捐赠收入 (donations) under 其他收入".</summary>
    public override string ToString() => $"{ChineseName} ({Code}) under {(IncomeParent is { } i ? i.ChineseName : ExpenditureParent!.Value.ChineseName)}";
}
