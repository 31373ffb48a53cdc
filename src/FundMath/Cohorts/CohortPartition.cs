using System;

namespace FundMath.Cohorts;

/// <summary>
/// A declared relation between a parent category and its parts — 人群结构: a partition (the parts add up to the
/// parent exactly, e.g. 在职 + 退休 = 参保人数) or a set of subsets (each part at most the parent, e.g. 60岁以上).
/// </summary>
/// <remarks><c>default(CohortPartition)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly struct CohortPartition
{
    private readonly CohortCategory[]? parts;

    /// <summary>Declares a relation between <paramref name="parent"/> and <paramref name="parts"/>.</summary>
    /// <exception cref="ArgumentException">No parts, a repeated part, or the parent among its parts.</exception>
    public CohortPartition(string name, CohortCategory parent, bool isPartition, params CohortCategory[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "name of the cohort partition is empty.");
        Preconditions.CheckArgument(parts.Length > 0, nameof(parts), $"{name}: a partition of {parent} needs at least one part.");
        for (int i = 0; i < parts.Length; i++)
        {
            Preconditions.CheckArgument(!parts[i].Equals(parent), nameof(parts), $"{name}: {parent} cannot be a part of itself.");
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(!parts[i].Equals(parts[j]), nameof(parts), $"{name}: part {parts[i]} is listed twice.");
            }
        }

        Name = name;
        Parent = parent;
        IsPartition = isPartition;
        this.parts = (CohortCategory[])parts.Clone();
    }

    /// <summary>A name for messages, e.g. "职工人员结构".</summary>
    public string Name { get; }

    /// <summary>The parent category.</summary>
    public CohortCategory Parent { get; }

    /// <summary>True when the parts must add up to the parent exactly.</summary>
    public bool IsPartition { get; }

    /// <summary>The parts, in display order.</summary>
    [System.Text.Json.Serialization.JsonIgnore] // a span; its JSON converter writes the parts as an array
    public ReadOnlySpan<CohortCategory> Parts => parts;

    /// <summary>职工人员结构: 参保人数 = 在职职工 + 退休人员 (a partition).</summary>
    public static CohortPartition EmployeeStatus { get; } = new("职工人员结构 employee status", CohortCategory.Insured, true, CohortCategory.InService, CohortCategory.Retired);

    /// <summary>居民参保人群结构: 参保人数 = 成年人 + 中小学生儿童 + 大学生 (a partition).</summary>
    public static CohortPartition ResidentGroups { get; } = new("居民参保人群结构 resident groups", CohortCategory.Insured, true, CohortCategory.Adults, CohortCategory.StudentsAndChildren, CohortCategory.CollegeStudents);

    /// <summary>性别结构: 参保人数 = 女性 + 男性 (a partition).</summary>
    public static CohortPartition Sex { get; } = new("性别结构 sex", CohortCategory.Insured, true, CohortCategory.Female, CohortCategory.Male);

    /// <summary>重点人群: 女性 and 60岁以上 as subsets of 参保人数 (not a partition; 《株洲市2021年年度医疗保险基金财务报表及运行分析报告》 reports 49.25% and 30.59%).</summary>
    public static CohortPartition WomenAndElderly { get; } = new("女性及老年人占比 women and elderly", CohortCategory.Insured, false, CohortCategory.Female, CohortCategory.Aged60Plus);
}
