using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Cohorts;

/// <summary>
/// A category of insured persons — 参保人群类别: the well-known ones reports print (在职, 退休, 成年人,
/// 中小学生儿童, 大学生, 60岁以上, 女性, 男性, and the scheme's total 参保人数) and user-defined ones
/// (<see cref="Define"/>). Well-known categories are counted inline in <see cref="CohortCounts"/>; user-defined
/// ones in a side table off the hot path. Equality is by <see cref="Code"/> (ordinal).
/// </summary>
/// <remarks><c>default(CohortCategory)</c> is no category: a null code, equal only to another default.</remarks>
public readonly struct CohortCategory : IEquatable<CohortCategory>
{
    /// <summary>The number of well-known categories.</summary>
    public const int WellKnownCount = 9;

    private readonly string? code;
    private readonly string? chineseName;
    private readonly string? englishName;
    private readonly sbyte wellKnownIndex;

    private CohortCategory(string code, string chineseName, string englishName, int wellKnownIndex)
    {
        this.code = code;
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.wellKnownIndex = (sbyte)wellKnownIndex;
    }

    /// <summary>参保人数: all insured persons of the scheme (the parent of the partitions below).</summary>
    public static CohortCategory Insured { get; } = new("insured", "参保人数", "insured persons", 0);

    /// <summary>在职职工: employees in service.</summary>
    public static CohortCategory InService { get; } = new("in-service", "在职职工", "employees in service", 1);

    /// <summary>退休人员: retired employees.</summary>
    public static CohortCategory Retired { get; } = new("retired", "退休人员", "retired employees", 2);

    /// <summary>成年人: adult residents.</summary>
    public static CohortCategory Adults { get; } = new("adults", "成年人", "adult residents", 3);

    /// <summary>中小学生儿童: primary and secondary students and children.</summary>
    public static CohortCategory StudentsAndChildren { get; } = new("students-children", "中小学生儿童", "primary/secondary students and children", 4);

    /// <summary>大学生: college students.</summary>
    public static CohortCategory CollegeStudents { get; } = new("college", "大学生", "college students", 5);

    /// <summary>60岁以上（老年人）: insured persons aged 60 and over.</summary>
    public static CohortCategory Aged60Plus { get; } = new("aged-60-plus", "60岁以上（老年人）", "aged 60 and over", 6);

    /// <summary>女性: women.</summary>
    public static CohortCategory Female { get; } = new("female", "女性", "women", 7);

    /// <summary>男性: men.</summary>
    public static CohortCategory Male { get; } = new("male", "男性", "men", 8);

    /// <summary>The stable identifier, e.g. "retired".</summary>
    public string Code => code ?? string.Empty;

    /// <summary>The Chinese name.</summary>
    public string ChineseName => chineseName ?? string.Empty;

    /// <summary>The English name.</summary>
    public string EnglishName => englishName ?? string.Empty;

    /// <summary>True for a well-known category (counted inline).</summary>
    public bool IsWellKnown => code is not null && wellKnownIndex >= 0;

    internal int WellKnownIndex => wellKnownIndex;

    /// <summary>The well-known categories in order.</summary>
    public static ReadOnlySpan<CohortCategory> WellKnown => wellKnown;

    private static readonly CohortCategory[] wellKnown =
        [Insured, InService, Retired, Adults, StudentsAndChildren, CollegeStudents, Aged60Plus, Female, Male];

    /// <summary>Defines a category of one's own (e.g. "flexible", "灵活就业人员", "flexibly employed").</summary>
    /// <exception cref="ArgumentException">A name is empty, or the code is a well-known category's.</exception>
    public static CohortCategory Define(string code, string chineseName, string englishName)
    {
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(code), nameof(code), "code of the cohort category is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(chineseName), nameof(chineseName), $"chineseName of cohort category \"{code}\" is empty.");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(englishName), nameof(englishName), $"englishName of cohort category \"{code}\" is empty.");
        foreach (CohortCategory c in wellKnown)
        {
            if (string.Equals(c.code, code, StringComparison.Ordinal))
            {
                Preconditions.ThrowArgument(nameof(code), $"code \"{code}\" is the well-known category {c.ChineseName}; use CohortCategory.{c.EnglishName} instead.");
            }
        }

        return new(code, chineseName, englishName, -1);
    }

    /// <inheritdoc />
    public bool Equals(CohortCategory other) => string.Equals(code, other.code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CohortCategory other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => code is null ? 0 : StringComparer.Ordinal.GetHashCode(code);

    /// <summary>Equality by code.</summary>
    public static bool operator ==(CohortCategory left, CohortCategory right) => left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(CohortCategory left, CohortCategory right) => !left.Equals(right);

    /// <summary>"退休人员 (retired)".</summary>
    public override string ToString() => $"{ChineseName} ({Code})";
}
