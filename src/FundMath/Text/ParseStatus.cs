namespace FundMath;

/// <summary>
/// The outcome of scanning text: <see cref="Ok"/> or the rule the text broke. The scanners return it with the
/// 0-based position of the offending character and never throw; only the throwing <c>Parse</c> methods turn it
/// into a message (<see cref="ParseMessages"/>), so a failed <c>TryParse</c> costs no exception and no allocation.
/// </summary>
internal enum ParseStatus : byte
{
    /// <summary>The text is valid.</summary>
    Ok = 0,

    /// <summary>The text is empty.</summary>
    Empty,

    /// <summary>A digit was expected where the text ended.</summary>
    DigitExpectedAtEnd,

    /// <summary>A digit was expected at the position.</summary>
    DigitExpected,

    /// <summary>A character that does not belong to the number.</summary>
    Unexpected,

    /// <summary>Thousands separators are not allowed in this kind of value.</summary>
    SeparatorNotAllowed,

    /// <summary>A thousands separator follows more than three digits.</summary>
    FirstGroupTooLong,

    /// <summary>A group between two separators does not have exactly three digits.</summary>
    GroupNotThreeDigits,

    /// <summary>The last group after a separator does not have exactly three digits.</summary>
    LastGroupNotThreeDigits,

    /// <summary>A thousands separator is not followed by a digit.</summary>
    SeparatorWithoutDigits,

    /// <summary>A decimal point is not followed by a digit.</summary>
    PointWithoutDigits,

    /// <summary>More significant decimal digits than the value can hold.</summary>
    TooManyDigits,

    /// <summary>An integer part beyond 64 bits (above 18,446,744,073,709,551,615).</summary>
    NumberTooLarge,

    /// <summary>A money amount has a non-zero digit below the fen.</summary>
    BelowFen,

    /// <summary>A money amount beyond Money.MinValue … Money.MaxValue.</summary>
    MoneyOutOfRange,

    /// <summary>A negative headcount.</summary>
    NegativeHeadcount,

    /// <summary>A headcount that is not a whole number of persons.</summary>
    FractionOfPerson,

    /// <summary>A headcount beyond the 64-bit range.</summary>
    HeadcountOutOfRange,

    /// <summary>A bare number where a rate needs '%' or a ratio.</summary>
    RateNeedsPercent,

    /// <summary>A rate, fraction or percentage-point value beyond the 64-bit numerator and denominator.</summary>
    RatioOutOfRange,

    /// <summary>A ratio whose denominator is zero.</summary>
    ZeroDenominator,

    /// <summary>Percentage points without the "pp" suffix.</summary>
    PointsNeedSuffix,

    /// <summary>A value beyond the range of <see cref="decimal"/>.</summary>
    DecimalOutOfRange,
}
