namespace FundMath;

/// <summary>The units in which reports print headcounts: 人 (persons) and 万人 (10⁴ persons).</summary>
/// <remarks>The value of each member is its power of ten of persons; <c>default(HeadcountUnit)</c> is <see cref="Person"/>.</remarks>
public enum HeadcountUnit
{
    /// <summary>人 (persons).</summary>
    Person = 0,

    /// <summary>万人 = 10,000 persons.</summary>
    Wan = 4,
}
