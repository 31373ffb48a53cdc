using System;
using System.Globalization;
using FundMath.Data;
using FundMath.Policies;
using NodaTime;

namespace FundMath.Cases;

/// <summary>
/// A typed value produced by a case calculation — 计算结果值: numeric kinds carry an exact <see cref="Fraction"/>
/// (Money in 元, Rate as a proportion, …) used for tolerant comparison, every kind carries display text.
/// </summary>
public sealed class CaseValue
{
    private CaseValue(CaseValueKind kind, Fraction? exact, string text)
    {
        Kind = kind;
        Exact = exact;
        Text = text;
    }

    /// <summary>The kind.</summary>
    public CaseValueKind Kind { get; }

    /// <summary>The exact numeric value (元 for money, a proportion for rates and points, persons, …); null for text-like kinds.</summary>
    public Fraction? Exact { get; }

    /// <summary>Display text, e.g. "845,547,640.00元", "75%", "2021Q3".</summary>
    public string Text { get; }

    /// <summary>A money value.</summary>
    public static CaseValue Of(Money value) => new(CaseValueKind.Money, Fraction.Create(value.Fen, 100), value.ToString("N2元", CultureInfo.InvariantCulture));

    /// <summary>A rate.</summary>
    public static CaseValue Of(Rate value) => new(CaseValueKind.Rate, value.Value, ParameterValue.FromRate(value, ParameterUnit.Ratio).ToString());

    /// <summary>Percentage points.</summary>
    public static CaseValue Of(PercentagePoints value) => new(CaseValueKind.PercentagePoints, value.Value, ParameterValue.FromPoints(value).ToString());

    /// <summary>An exact fraction.</summary>
    public static CaseValue Of(Fraction value) => new(CaseValueKind.Fraction, value, value.ToString("G", CultureInfo.InvariantCulture));

    /// <summary>A headcount.</summary>
    public static CaseValue Of(Headcount value) => new(CaseValueKind.Headcount, Fraction.FromInteger(value.Persons), value.Persons.ToString(CultureInfo.InvariantCulture) + "人");

    /// <summary>A whole number.</summary>
    public static CaseValue Of(long value) => new(CaseValueKind.Integer, Fraction.FromInteger(value), value.ToString(CultureInfo.InvariantCulture));

    /// <summary>An exact decimal.</summary>
    public static CaseValue Of(decimal value) => new(CaseValueKind.Decimal, Fraction.FromDecimal(value), value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Text.</summary>
    public static CaseValue Of(string value) => new(CaseValueKind.Text, null, value ?? throw new ArgumentNullException(nameof(value)));

    /// <summary>A date.</summary>
    public static CaseValue Of(LocalDate value) => new(CaseValueKind.Date, null, value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A reporting period.</summary>
    public static CaseValue Of(ReportingPeriod value) => new(CaseValueKind.Period, null, value.ToString());

    /// <summary>A boolean.</summary>
    public static CaseValue Of(bool value) => new(CaseValueKind.Boolean, null, value ? "true" : "false");

    /// <summary>A parameter value in its natural kind (money, rate, points, months as a fraction, persons, count).</summary>
    public static CaseValue Of(ParameterValue value) => value.Unit switch
    {
        _ when value.Unit.IsMoney() => Of(value.AsMoney()),
        ParameterUnit.Rate or ParameterUnit.Ratio => Of(value.AsRate()),
        ParameterUnit.PercentagePoints => Of(value.AsPercentagePoints()),
        ParameterUnit.Months => Of(value.AsMonths()),
        ParameterUnit.Persons => Of(value.AsHeadcount()),
        _ => Of(value.AsCount()),
    };

    /// <summary>Reads a value of <paramref name="kind"/> from a node (how expected outputs are parsed).</summary>
    /// <exception cref="DataFormatException">The node does not hold a value of that kind.</exception>
    public static CaseValue Read(DataNode node, CaseValueKind kind)
    {
        ArgumentNullException.ThrowIfNull(node);
        return kind switch
        {
            CaseValueKind.Money => Of(node.AsMoney()),
            CaseValueKind.Rate => Of(node.AsRate()),
            CaseValueKind.PercentagePoints => Of(node.AsPercentagePoints()),
            CaseValueKind.Fraction => Of(node.AsFraction()),
            CaseValueKind.Headcount => Of(node.AsHeadcount()),
            CaseValueKind.Integer => Of(node.AsLong()),
            CaseValueKind.Decimal => Of(node.AsDecimal()),
            CaseValueKind.Text => Of(node.AsString()),
            CaseValueKind.Date => Of(node.AsLocalDate()),
            CaseValueKind.Period => Of(node.AsPeriod()),
            CaseValueKind.Boolean => Of(node.AsBool()),
            _ => throw node.Error($"unsupported value kind {kind}"),
        };
    }

    /// <summary>The display text.</summary>
    public override string ToString() => Text;
}
