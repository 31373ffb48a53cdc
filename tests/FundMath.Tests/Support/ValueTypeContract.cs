using System;
using System.Numerics;
using Xunit.Sdk;

namespace FundMath.Tests.Support;

/// <summary>
/// Checks the equality and ordering contract of a value type the way NodaTime's TestHelper does
/// (TestEqualsStruct / TestCompareToStruct): Equals(T), Equals(object), Equals(null), GetHashCode, ==, !=,
/// CompareTo(T), CompareTo(object) incl. null and a wrong type, and &lt; &gt; &lt;= &gt;=.
/// </summary>
public static class ValueTypeContract
{
    /// <summary>
    /// <paramref name="value"/> and <paramref name="equalValue"/> must be equal but built independently;
    /// every one of <paramref name="unequalValues"/> must differ from <paramref name="value"/>.
    /// </summary>
    public static void AssertEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : struct, IEquatable<T>, IEqualityOperators<T, T, bool>
    {
        Check(value.Equals(equalValue), $"{value}.Equals({equalValue}) is false");
        Check(equalValue.Equals(value), $"{equalValue}.Equals({value}) is false (not symmetric)");
        Check(value.Equals((object)equalValue), $"{value}.Equals((object){equalValue}) is false");
        Check(!value.Equals(null), $"{value}.Equals(null) is true");
        Check(!value.Equals((object)"not a value"), $"{value}.Equals(a string) is true");
        Check(value.GetHashCode() == equalValue.GetHashCode(), $"hash codes of equal values {value} and {equalValue} differ");
        Check(value == equalValue, $"{value} == {equalValue} is false");
        Check(!(value != equalValue), $"{value} != {equalValue} is true");
        T copy = value;
        Check(value.Equals(copy) && value == copy, $"{value} is not equal to itself");
        foreach (T other in unequalValues)
        {
            Check(!value.Equals(other), $"{value}.Equals({other}) is true");
            Check(!other.Equals(value), $"{other}.Equals({value}) is true");
            Check(!value.Equals((object)other), $"{value}.Equals((object){other}) is true");
            Check(!(value == other), $"{value} == {other} is true");
            Check(value != other, $"{value} != {other} is false");
        }
    }

    /// <summary>
    /// <paramref name="value"/> equals <paramref name="equalValue"/>; <paramref name="greaterValue"/> is strictly
    /// greater. Also runs <see cref="AssertEquality{T}"/>.
    /// </summary>
    public static void AssertOrdering<T>(T value, T equalValue, T greaterValue)
        where T : struct, IEquatable<T>, IComparable<T>, IComparable, IComparisonOperators<T, T, bool>
    {
        AssertEquality(value, equalValue, greaterValue);
        Check(value.CompareTo(equalValue) == 0, $"{value}.CompareTo({equalValue}) is not 0");
        Check(value.CompareTo(greaterValue) < 0, $"{value}.CompareTo({greaterValue}) is not negative");
        Check(greaterValue.CompareTo(value) > 0, $"{greaterValue}.CompareTo({value}) is not positive");
        Check(((IComparable)value).CompareTo(equalValue) == 0, $"IComparable {value}.CompareTo({equalValue}) is not 0");
        Check(((IComparable)value).CompareTo(greaterValue) < 0, $"IComparable {value}.CompareTo({greaterValue}) is not negative");
        Check(((IComparable)value).CompareTo(null) > 0, $"{value}.CompareTo(null) is not positive");
        Assert.Throws<ArgumentException>(() => ((IComparable)value).CompareTo("not a value"));

        Check(value < greaterValue && !(greaterValue < value) && !(value < equalValue), $"operator < is wrong for {value}, {greaterValue}");
        Check(greaterValue > value && !(value > greaterValue) && !(value > equalValue), $"operator > is wrong for {value}, {greaterValue}");
        Check(value <= greaterValue && value <= equalValue && !(greaterValue <= value), $"operator <= is wrong for {value}, {greaterValue}");
        Check(greaterValue >= value && value >= equalValue && !(value >= greaterValue), $"operator >= is wrong for {value}, {greaterValue}");
    }

    private static void Check(bool condition, string message)
    {
        if (!condition)
        {
            throw new XunitException(message);
        }
    }
}
