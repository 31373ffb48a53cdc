using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Cohorts;

/// <summary>
/// A category of medical service use — 就医类别: 住院 (counted in discharges, 出院人次), 普通门急诊 and 门诊慢特病
/// (counted in visits, 就诊人次) and 生育 (cases).
/// </summary>
/// <remarks><c>default(ServiceCategory)</c> is the first category, 住院 (inpatient).</remarks>
public readonly struct ServiceCategory : IEquatable<ServiceCategory>
{
    /// <summary>The number of service categories.</summary>
    public const int Count = 4;

    private static readonly string[] Codes = ["inpatient", "outpatient", "chronic-special-outpatient", "maternity"];
    private static readonly string[] ChineseNames = ["住院（出院人次）", "普通门急诊", "门诊慢特病（门诊大病）", "生育"];
    private static readonly string[] EnglishNames = ["inpatient (discharges)", "ordinary outpatient and emergency", "chronic and special-disease outpatient", "maternity"];

    private readonly byte index;

    private ServiceCategory(int index) => this.index = (byte)index;

    /// <summary>住院: inpatient care, counted in discharges (出院人次).</summary>
    public static ServiceCategory Inpatient => new(0);

    /// <summary>普通门急诊: ordinary outpatient and emergency visits.</summary>
    public static ServiceCategory Outpatient => new(1);

    /// <summary>门诊慢特病 (门诊大病): chronic and special-disease outpatient visits.</summary>
    public static ServiceCategory ChronicSpecialOutpatient => new(2);

    /// <summary>生育: maternity cases.</summary>
    public static ServiceCategory Maternity => new(3);

    /// <summary>Position 0 to <see cref="Count"/> − 1.</summary>
    public int Index => index;

    /// <summary>Stable identifier.</summary>
    public string Code => Codes[index];

    /// <summary>The Chinese name.</summary>
    public string ChineseName => ChineseNames[index];

    /// <summary>The English name.</summary>
    public string EnglishName => EnglishNames[index];

    /// <summary>The category at <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 0 to <see cref="Count"/> − 1.</exception>
    public static ServiceCategory FromIndex(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
        return new(index);
    }

    /// <inheritdoc />
    public bool Equals(ServiceCategory other) => index == other.index;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ServiceCategory other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => index;

    /// <summary>Equality.</summary>
    public static bool operator ==(ServiceCategory left, ServiceCategory right) => left.index == right.index;

    /// <summary>Inequality.</summary>
    public static bool operator !=(ServiceCategory left, ServiceCategory right) => left.index != right.index;

    /// <summary>"住院（出院人次） (inpatient)".</summary>
    public override string ToString() => $"{ChineseName} ({Code})";
}
