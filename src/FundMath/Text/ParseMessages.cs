using System;

namespace FundMath;

/// <summary>
/// Turns a <see cref="ParseStatus"/> and its position into the message of a <see cref="FormatException"/>:
/// "Cannot parse '1,46' as Money: the last digit group after a thousands separator must have exactly 3 digits at
/// position 2." Only the throwing <c>Parse</c> methods call it.
/// </summary>
internal static class ParseMessages
{
    /// <summary>The exception for <paramref name="status"/> at <paramref name="position"/> of <paramref name="text"/>.</summary>
    internal static FormatException Exception(ParseStatus status, ReadOnlySpan<char> text, string typeName, int position) =>
        new(Message(status, text, typeName, position));

    /// <summary>The message for <paramref name="status"/> at <paramref name="position"/> of <paramref name="text"/>.</summary>
    /// <remarks>An amount out of range is the whole number, not a character: its message names the limit it passes, not a position.</remarks>
    internal static string Message(ParseStatus status, ReadOnlySpan<char> text, string typeName, int position) =>
        status == ParseStatus.MoneyOutOfRange
            ? $"Cannot parse '{text.ToString()}' as {typeName}: {Problem(status, text, position)}."
            : $"Cannot parse '{text.ToString()}' as {typeName}: {Problem(status, text, position)} at position {position}.";

    /// <summary>The rule the text broke, in words.</summary>
    internal static string Problem(ParseStatus status, ReadOnlySpan<char> text, int position)
    {
        string found = position >= 0 && position < text.Length ? text[position].ToString() : string.Empty;
        return status switch
        {
            ParseStatus.Empty => "the text is empty",
            ParseStatus.DigitExpectedAtEnd => "expected a digit but the text ended",
            ParseStatus.DigitExpected => $"expected a digit but found '{found}'",
            ParseStatus.Unexpected => $"unexpected '{found}'",
            ParseStatus.SeparatorNotAllowed => "thousands separators are not allowed here",
            ParseStatus.FirstGroupTooLong => "a thousands separator must follow a group of 1 to 3 digits",
            ParseStatus.GroupNotThreeDigits => "digit groups between thousands separators must have exactly 3 digits",
            ParseStatus.LastGroupNotThreeDigits => "the last digit group after a thousands separator must have exactly 3 digits",
            ParseStatus.SeparatorWithoutDigits => "a thousands separator must be followed by digits",
            ParseStatus.PointWithoutDigits => "expected digits after the decimal point",
            ParseStatus.TooManyDigits => $"too many digits (at most 19 significant digits and {NumberScanner.MaxScale} decimals)",
            ParseStatus.NumberTooLarge => "too many digits: the number exceeds 18,446,744,073,709,551,615",
            ParseStatus.BelowFen => "digits below the fen (0.01 元) are not exact money",
            ParseStatus.MoneyOutOfRange => text.TrimStart().StartsWith("-", StringComparison.Ordinal) || text.TrimStart().StartsWith("−", StringComparison.Ordinal)
                ? "the amount is out of range: it is below Money.MinValue (−92,233,720,368,547,758.08元)"
                : "the amount is out of range: it exceeds Money.MaxValue (92,233,720,368,547,758.07元)",
            ParseStatus.NegativeHeadcount => "a headcount cannot be negative",
            ParseStatus.FractionOfPerson => "the value is not a whole number of persons",
            ParseStatus.HeadcountOutOfRange => "the headcount is out of range: at most 9,223,372,036,854,775,807 persons",
            ParseStatus.RateNeedsPercent => "expected '%' (a bare number is ambiguous: write 8.7% or 87/1000)",
            ParseStatus.RatioOutOfRange => "the value does not fit in a 64-bit numerator and denominator",
            ParseStatus.ZeroDenominator => "the denominator is zero",
            ParseStatus.PointsNeedSuffix => "expected the suffix 'pp'",
            ParseStatus.DecimalOutOfRange => "the number does not fit in a decimal (at most 28 digits)",
            _ => status.ToString(),
        };
    }
}
