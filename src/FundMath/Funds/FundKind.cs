using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Funds;

/// <summary>
/// A kind of medical insurance fund as reports name it — 基金险种. An open set: the predefined kinds below are
/// the ones annual fund reports print, and users may define their own with <see cref="Define"/>.
/// Two kinds are equal when their <see cref="Code"/>s are equal (ordinal).
/// </summary>
/// <remarks>
/// 职工医保（含生育）= 统筹基金 + 个人账户: the employee fund is reported as one kind, and its two parts can be kept
/// apart either as separate statements of the kinds <see cref="EmployeePooledFund"/> and
/// <see cref="EmployeePersonalAccounts"/> (consolidated into the employee total) or as the personal-account part
/// of an employee statement's balances (<see cref="FundStatement.PersonalAccountClosing"/>).
/// <para><c>default(FundKind)</c> is no kind (IsNone; the kind of FundStatement.Empty), with an empty id.</para>
/// </remarks>
public readonly struct FundKind : IEquatable<FundKind>
{
    private readonly string? code;
    private readonly string? chineseName;
    private readonly string? englishName;

    private FundKind(string code, string chineseName, string englishName)
    {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /// <summary>The stable identifier, e.g. "employee" (empty for <c>default</c>, which means "no kind").</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The name as Chinese reports print it, e.g. "职工医保（含生育）".</summary>
    public string ChineseName => chineseName ?? string.Empty;

    /// <summary>The English name, e.g. "employee basic medical insurance (incl. maternity)".</summary>
    public string EnglishName => englishName ?? string.Empty;

    /// <summary>True for <c>default(FundKind)</c>: no kind (the kind of <see cref="FundStatement.Empty"/>).</summary>
    public bool IsNone => code is null;

    /// <summary>True for <see cref="Several"/>: the kind of a consolidation of statements of different kinds.</summary>
    public bool IsSeveral => code == SeveralCode;

    /// <summary>职工医保（含生育）: employee basic medical insurance incl. maternity (pooled fund + personal accounts).</summary>
    public static FundKind EmployeeBasic { get; } = new("employee", "职工医保（含生育）", "employee basic medical insurance (incl. maternity)");

    /// <summary>统筹基金: the pooled fund of the employee scheme.</summary>
    public static FundKind EmployeePooledFund { get; } = new("employee.pooled", "统筹基金", "employee pooled fund");

    /// <summary>个人账户: the personal accounts of the employee scheme.</summary>
    public static FundKind EmployeePersonalAccounts { get; } = new("employee.personal", "个人账户", "employee personal accounts");

    /// <summary>城乡居民医保: resident basic medical insurance.</summary>
    public static FundKind ResidentBasic { get; } = new("resident", "城乡居民医保", "resident basic medical insurance");

    /// <summary>大病保险: serious-illness insurance (《株洲市2021年年度医疗保险基金财务报表及运行分析报告》's "大病医疗").</summary>
    public static FundKind SeriousIllness { get; } = new("serious-illness", "大病保险", "serious-illness insurance");

    /// <summary>大额医疗/补充医疗: large-amount (supplementary) medical insurance for employees.</summary>
    public static FundKind LargeAmountSupplementary { get; } = new("large-amount", "大额医疗/补充医疗", "large-amount supplementary medical insurance");

    /// <summary>公务员医疗补助: the civil-servant medical subsidy.</summary>
    public static FundKind CivilServantSubsidy { get; } = new("civil-servant", "公务员医疗补助", "civil-servant medical subsidy");

    /// <summary>离休干部及伤残人员: the medical fund for retired cadres and disabled veterans.</summary>
    public static FundKind RetiredCadresAndDisabledVeterans { get; } = new("retired-cadre", "离休干部及伤残人员", "retired cadres and disabled veterans medical fund");

    /// <summary>合计: the kind of a consolidation of statements of several kinds.</summary>
    public static FundKind Several { get; } = new(SeveralCode, "合计", "several fund kinds");

    private const string SeveralCode = "*";

    /// <summary>The predefined kinds, in report order.</summary>
    public static ReadOnlySpan<FundKind> Predefined => predefined;

    private static readonly FundKind[] predefined =
    [
        EmployeeBasic, EmployeePooledFund, EmployeePersonalAccounts, ResidentBasic, SeriousIllness,
        LargeAmountSupplementary, CivilServantSubsidy, RetiredCadresAndDisabledVeterans,
    ];

    /// <summary>Defines a kind of one's own (e.g. "long-term-care", "长期护理保险", "long-term care insurance").</summary>
    /// <exception cref="ArgumentException">A name is empty, or the code is "*" (reserved for <see cref="Several"/>).</exception>
    public static FundKind Define(string code, string chineseName, string englishName)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "code must identify the fund kind; it is empty.");
        Preconditions.CheckArgument(code != SeveralCode, nameof(code), "code \"*\" is reserved for FundKind.Several (a consolidation).");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(chineseName), nameof(chineseName), $"chineseName of fund kind \"{code}\" is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(englishName), nameof(englishName), $"englishName of fund kind \"{code}\" is empty.");
        return new(code, chineseName, englishName);
    }

    /// <summary>The predefined kind with this code, if any.</summary>
    public static bool TryGetPredefined(string code, out FundKind kind)
    {
        foreach (FundKind k in predefined)
        {
            if (string.Equals(k.code, code, StringComparison.Ordinal))
            {
                kind = k;
                return true;
            }
        }

        kind = default;
        return false;
    }

    /// <summary>The kind of a merge: none is the identity, equal kinds stay, different kinds give <see cref="Several"/>.</summary>
    internal static FundKind Combine(FundKind a, FundKind b) =>
        a.IsNone ? b : b.IsNone ? a : a.Equals(b) ? a : Several;

    /// <inheritdoc />
    public bool Equals(FundKind other) => string.Equals(code, other.code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is FundKind other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code is null ? 0 : StringComparer.Ordinal.GetHashCode(code);

    /// <summary>Equality by code.</summary>
    public static bool operator ==(FundKind left, FundKind right) => left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(FundKind left, FundKind right) => !left.Equals(right);

    /// <summary>"职工医保（含生育） (employee)".</summary>
    public override string ToString() => IsNone ? "(none)" : $"{ChineseName} ({Code})";
}
