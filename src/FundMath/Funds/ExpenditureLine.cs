using System;
using System.Diagnostics.CodeAnalysis;

namespace FundMath.Funds;

/// <summary>
/// A well-known expenditure line of a fund statement — 基金支出项目. The first six lines are benefits
/// (待遇支出); vaccine costs, transfers out and other expenditure are not. Finer user-defined lines hang under one
/// of these through <see cref="CustomLine"/> and <see cref="LineBreakdown"/>.
/// </summary>
/// <remarks><c>default(ExpenditureLine)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
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
