using System;
using System.Globalization;
using FundMath.Data;

namespace FundMath.Policies;

/// <summary>
/// One exact value of a policy parameter together with its unit — 参数值. Stored as an exact
/// <see cref="Fraction"/> in the unit's natural measure (元 for money, a proportion for rates, points/100 for
/// percentage points, months, persons, a count); read it back through the accessor matching the unit.
/// </summary>
/// <remarks><c>default(ParameterValue)</c> is 0 元 (the value 0 in ParameterUnit.Yuan).</remarks>
public readonly struct ParameterValue : IEquatable<ParameterValue>
{
    private ParameterValue(ParameterUnit unit, Fraction exact)
    {
        Unit = unit;
        Exact = exact;
    }

    /// <summary>The unit.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>The exact value in the unit's natural measure (元, proportion, months, persons, count).</summary>
    public Fraction Exact { get; }

    /// <summary>A value from its exact natural measure (元, proportion, points/100, months, persons, count).</summary>
    /// <exception cref="ArgumentException">Money not exact to the fen, or a fractional count of persons.</exception>
    public static ParameterValue FromExact(ParameterUnit unit, Fraction exact)
    {
        if (unit.IsMoney() && !(exact * Fraction.FromInteger(100)).IsInteger)
        {
            throw new ArgumentException($"{exact} 元 is not exact to the fen.", nameof(exact));
        }

        if (unit is ParameterUnit.Persons or ParameterUnit.Count && !exact.IsInteger)
        {
            throw new ArgumentException($"{exact} is not a whole number of {unit.FileName()}.", nameof(exact));
        }

        return new(unit, exact);
    }

    /// <summary>A money value (any of the three money units).</summary>
    public static ParameterValue FromMoney(Money amount, ParameterUnit unit = ParameterUnit.Yuan)
    {
        RequireUnit(unit.IsMoney(), unit, "a money unit");
        return new(unit, Fraction.Create(amount.Fen, 100));
    }

    /// <summary>A rate or ratio.</summary>
    public static ParameterValue FromRate(Rate rate, ParameterUnit unit = ParameterUnit.Rate)
    {
        RequireUnit(unit.IsProportion(), unit, "rate or ratio");
        return new(unit, rate.Value);
    }

    /// <summary>Percentage points.</summary>
    public static ParameterValue FromPoints(PercentagePoints points) => new(ParameterUnit.PercentagePoints, points.Value);

    /// <summary>A number of months.</summary>
    public static ParameterValue FromMonths(Fraction months) => new(ParameterUnit.Months, months);

    /// <summary>A headcount.</summary>
    public static ParameterValue FromHeadcount(Headcount persons) => new(ParameterUnit.Persons, Fraction.FromInteger(persons.Persons));

    /// <summary>A count.</summary>
    public static ParameterValue FromCount(long count) => new(ParameterUnit.Count, Fraction.FromInteger(count));

    /// <summary>Reads a value written in a file for the given unit ("8.7%", 320, "5pp", 3, "72.74万人").</summary>
    /// <exception cref="DataFormatException">The text is not a value of that unit.</exception>
    public static ParameterValue Read(DataNode node, ParameterUnit unit)
    {
        ArgumentNullException.ThrowIfNull(node);
        return unit switch
        {
            ParameterUnit.Yuan or ParameterUnit.YuanPerPersonYear or ParameterUnit.YuanPerPersonMonth => FromMoney(node.AsMoney(), unit),
            ParameterUnit.Rate or ParameterUnit.Ratio => FromRate(node.AsRate(), unit),
            ParameterUnit.PercentagePoints => FromPoints(node.AsPercentagePoints()),
            ParameterUnit.Months => FromMonths(node.AsFraction()),
            ParameterUnit.Persons => FromHeadcount(node.AsHeadcount()),
            ParameterUnit.Count => FromCount(node.AsLong()),
            _ => throw node.Error($"unsupported unit {unit}"),
        };
    }

    /// <summary>The value as money.</summary>
    /// <exception cref="InvalidOperationException">The unit is not a money unit.</exception>
    public Money AsMoney()
    {
        Expect(Unit.IsMoney(), "money");
        Fraction fen = Exact * Fraction.FromInteger(100);
        return Money.FromFen(fen.Numerator);
    }

    /// <summary>The value as a rate (units rate and ratio).</summary>
    /// <exception cref="InvalidOperationException">The unit is not rate or ratio.</exception>
    public Rate AsRate()
    {
        Expect(Unit.IsProportion(), "rate");
        return Rate.FromProportion(Exact);
    }

    /// <summary>The value as percentage points.</summary>
    /// <exception cref="InvalidOperationException">The unit is not percentage_points.</exception>
    public PercentagePoints AsPercentagePoints()
    {
        Expect(Unit == ParameterUnit.PercentagePoints, "percentage points");
        return PercentagePoints.FromProportion(Exact);
    }

    /// <summary>The value as a number of months.</summary>
    /// <exception cref="InvalidOperationException">The unit is not months.</exception>
    public Fraction AsMonths()
    {
        Expect(Unit == ParameterUnit.Months, "months");
        return Exact;
    }

    /// <summary>The value as a headcount.</summary>
    /// <exception cref="InvalidOperationException">The unit is not persons.</exception>
    public Headcount AsHeadcount()
    {
        Expect(Unit == ParameterUnit.Persons, "persons");
        return Headcount.FromPersons(Exact.Numerator);
    }

    /// <summary>The value as a count.</summary>
    /// <exception cref="InvalidOperationException">The unit is not count.</exception>
    public long AsCount()
    {
        Expect(Unit == ParameterUnit.Count, "count");
        return Exact.Numerator;
    }

    /// <summary>As written in a report: "320.00元/人·年", "8.7%", "5pp", "3个月", "3019813人".</summary>
    public override string ToString() => Unit switch
    {
        ParameterUnit.Yuan => AsMoney().ToString("F2元", CultureInfo.InvariantCulture),
        ParameterUnit.YuanPerPersonYear => AsMoney().ToString("F2元", CultureInfo.InvariantCulture) + "/人·年",
        ParameterUnit.YuanPerPersonMonth => AsMoney().ToString("F2元", CultureInfo.InvariantCulture) + "/人·月",
        ParameterUnit.Rate or ParameterUnit.Ratio => TrimPercent(Exact * Fraction.FromInteger(100)) + "%",
        ParameterUnit.PercentagePoints => TrimPercent(Exact * Fraction.FromInteger(100)) + "pp",
        ParameterUnit.Months => Exact.ToString("G", CultureInfo.InvariantCulture) + "个月",
        ParameterUnit.Persons => Exact.Numerator.ToString(CultureInfo.InvariantCulture) + "人",
        _ => Exact.Numerator.ToString(CultureInfo.InvariantCulture),
    };

    /// <inheritdoc />
    public bool Equals(ParameterValue other) => Unit == other.Unit && Exact.Equals(other.Exact);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ParameterValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Exact);

    /// <summary>Equality of unit and exact value.</summary>
    public static bool operator ==(ParameterValue left, ParameterValue right) => left.Equals(right);

    /// <summary>Inequality of unit or exact value.</summary>
    public static bool operator !=(ParameterValue left, ParameterValue right) => !left.Equals(right);

    private static string TrimPercent(Fraction percent)
    {
        // Exact when the percent has a short decimal expansion; otherwise the exact ratio.
        for (int decimals = 0; decimals <= 6; decimals++)
        {
            decimal d = percent.ToDecimal(decimals, MidpointRounding.AwayFromZero);
            if (Fraction.FromDecimal(d).Equals(percent))
            {
                return d.ToString(CultureInfo.InvariantCulture);
            }
        }

        return percent.ToString("G", CultureInfo.InvariantCulture);
    }

    private void Expect(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidOperationException($"the parameter value {this} has unit {Unit.FileName()}, not {what}.");
        }
    }

    private static void RequireUnit(bool ok, ParameterUnit unit, string what)
    {
        if (!ok)
        {
            throw new ArgumentException($"unit {unit.FileName()} is not {what}.", nameof(unit));
        }
    }
}
