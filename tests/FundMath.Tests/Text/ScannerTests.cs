namespace FundMath.Tests.Text;

using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FundMath.Tests.Support;

/// <summary>
/// The shared number scanner behind Money, Headcount, Rate, Fraction and decimal parsing: statuses and positions
/// at each edge (signs, thousands groups, the decimal point, 19 significant digits, 28 decimals), the unit
/// suffixes 元/万元/亿元 and 人/万人, exact fen and whole persons, and the error texts.
/// </summary>
public class ScannerTests
{
    private static (ParseStatus Status, ScannedNumber N, int End) Scan(string s, bool grouping = true)
    {
        ParseStatus st = NumberScanner.Scan(s, grouping, out ScannedNumber n, out int end);
        return (st, n, end);
    }

    // ---- NumberScanner.Scan ----

    [Theory]
    [InlineData("", "Empty", 0)]
    [InlineData("-", "DigitExpectedAtEnd", 1)]
    [InlineData("+", "DigitExpectedAtEnd", 1)]
    [InlineData("x", "DigitExpected", 0)]
    [InlineData("-x", "DigitExpected", 1)]
    [InlineData("1234,567", "FirstGroupTooLong", 4)]
    [InlineData("1,23,456", "GroupNotThreeDigits", 4)]
    [InlineData("1,234,56,789", "GroupNotThreeDigits", 8)]
    [InlineData("1,2345", "LastGroupNotThreeDigits", 2)]
    [InlineData("1,23", "LastGroupNotThreeDigits", 2)]
    [InlineData("1,", "SeparatorWithoutDigits", 2)]
    [InlineData("1,x", "SeparatorWithoutDigits", 2)]
    [InlineData("1.", "PointWithoutDigits", 2)]
    [InlineData("1.x", "PointWithoutDigits", 2)]
    [InlineData("18446744073709551616", "NumberTooLarge", 19)]
    [InlineData("18446744073709551620", "NumberTooLarge", 19)]
    [InlineData("184467440737095516150", "NumberTooLarge", 20)]
    [InlineData("1844674407370955161.6", "TooManyDigits", 20)]
    [InlineData("1844674407370955162.1", "TooManyDigits", 20)]
    [InlineData("184467440737095517.01", "TooManyDigits", 20)]
    [InlineData("0.00000000000000000000000000001", "TooManyDigits", 30)]
    [InlineData("0.00000000000000000000000000000", "TooManyDigits", 30)]
    public void Scan_refuses_with_status_and_position(string text, string statusName, int end)
    {
        ParseStatus status = Enum.Parse<ParseStatus>(statusName);
        var r = Scan(text);
        Assert.Equal(status, r.Status);
        Assert.Equal(end, r.End);
    }

    [Theory]
    [InlineData("12345", 12345UL, 0, false, 0, 5)]
    [InlineData("+7", 7UL, 0, false, 0, 2)]
    [InlineData("-7", 7UL, 0, true, 0, 2)]
    [InlineData("1,234,567", 1234567UL, 0, false, 0, 9)]
    [InlineData("123,567", 123567UL, 0, false, 0, 7)]
    [InlineData("12.50", 125UL, 1, false, 1, 5)]
    [InlineData("0.05", 5UL, 2, false, 0, 4)]
    [InlineData("1.05", 105UL, 2, false, 0, 4)]
    [InlineData("1.500", 15UL, 1, false, 2, 5)]
    [InlineData("-0.000", 0UL, 0, true, 3, 6)]
    [InlineData("12a", 12UL, 0, false, 0, 2)]
    [InlineData("1.5a", 15UL, 1, false, 0, 3)]
    [InlineData("18446744073709551615", ulong.MaxValue, 0, false, 0, 20)]
    [InlineData("1844674407370955161.5", ulong.MaxValue, 1, false, 0, 21)]
    [InlineData("0.0000000000000000000000000001", 1UL, 28, false, 0, 30)]
    public void Scan_reads_mantissa_scale_sign_and_trailing_zeros(string text, ulong mantissa, int scale, bool negative, int zeros, int end)
    {
        var r = Scan(text);
        Assert.Equal(ParseStatus.Ok, r.Status);
        Assert.Equal(mantissa, r.N.Mantissa);
        Assert.Equal(scale, r.N.Scale);
        Assert.Equal(negative, r.N.Negative);
        Assert.Equal(zeros, r.N.TrailingZeros);
        Assert.Equal(scale + zeros, r.N.PrintedScale);
        Assert.Equal(end, r.End);
    }

    [Fact]
    public void Thousands_separators_can_be_refused()
    {
        var r = Scan("1,234", grouping: false);
        Assert.Equal(ParseStatus.SeparatorNotAllowed, r.Status);
        Assert.Equal(1, r.End);
    }

    // ---- decimals ----

    [Theory]
    [InlineData("12.50", "12.50")]
    [InlineData("-0.5", "-0.5")]
    [InlineData("1.0000000000000000000000000000", "1.0000000000000000000000000000")]
    [InlineData("18446744073709551615.00000000", "18446744073709551615.00000000")]
    [InlineData("1,234.5", "1234.5")]
    public void Decimals_keep_their_printed_scale(string text, string expected)
    {
        Assert.Equal(ParseStatus.Ok, NumberScanner.ScanDecimal(text, true, out decimal value, out int end));
        Assert.Equal(expected, value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(text.Length, end);
    }

    [Fact]
    public void A_decimal_beyond_96_bits_or_28_decimals_is_out_of_range()
    {
        // ulong.MaxValue × 10^12 ≈ 1.8·10^31 > 2^96 ≈ 7.9·10^28.
        Assert.Equal(ParseStatus.DecimalOutOfRange, NumberScanner.ScanDecimal("18446744073709551615.000000000000", true, out _, out int end));
        Assert.Equal(0, end);
        int e = 7;
        Assert.Equal(ParseStatus.DecimalOutOfRange, NumberScanner.ToDecimal(new ScannedNumber(1, 28, false, 1), out _, ref e));
        Assert.Equal(0, e);
        e = 7;
        Assert.Equal(ParseStatus.Ok, NumberScanner.ToDecimal(new ScannedNumber(1, 27, true, 1), out decimal d, ref e));
        Assert.Equal("-0.0000000000000000000000000010", d.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(ParseStatus.PointWithoutDigits, NumberScanner.ScanDecimal("1.", true, out _, out _));
    }

    // ---- money ----

    // 3.86亿元 = 386,000,000 元 = 38,600,000,000 fen; 84,555万元 = 845,550,000 元; a plain 30.89 in a 亿元 document is 30.89亿元.
    [Theory]
    [InlineData("3.86亿元", 0, 38_600_000_000L)]
    [InlineData("3.86亿", 0, 38_600_000_000L)]
    [InlineData("84,555万元", 0, 84_555_000_000L)]
    [InlineData("84,555万", 0, 84_555_000_000L)]
    [InlineData("280", 0, 28_000L)]
    [InlineData("280元", 8, 28_000L)]
    [InlineData("30.89", 8, 308_900_000_000L)]
    [InlineData("12.5", 4, 12_500_000L)]
    [InlineData("12.5 万元", 0, 12_500_000L)]
    [InlineData("-1.5万元", 0, -1_500_000L)]
    [InlineData("1.00", 0, 100L)]
    [InlineData("0.000", 0, 0L)]
    [InlineData("-0", 0, 0L)]
    [InlineData("92233720368547758.07", 0, long.MaxValue)]
    [InlineData("-92233720368547758.08", 0, long.MinValue)]
    public void Money_is_read_in_fen(string text, int defaultExponent, long fen)
    {
        Assert.Equal(ParseStatus.Ok, AmountScanner.ScanMoney(text, defaultExponent, out long got, out _));
        Assert.Equal(fen, got);
    }

    [Theory]
    [InlineData("", 0, "Empty", 0)]
    [InlineData("万元", 0, "Empty", 0)]
    [InlineData("12 ", 0, "Unexpected", 2)]
    [InlineData("12x", 0, "Unexpected", 2)]
    [InlineData("1.234", 0, "BelowFen", 4)]
    [InlineData("1.2340", 0, "BelowFen", 4)]
    [InlineData("0.001", 0, "BelowFen", 4)]
    [InlineData("0.0000000000000000000001", 0, "BelowFen", 4)]
    [InlineData("0.0000001万", 0, "BelowFen", 8)]
    [InlineData("92233720368547758.08", 0, "MoneyOutOfRange", 0)]
    [InlineData("-92233720368547758.09", 0, "MoneyOutOfRange", 0)]
    [InlineData("184467440737095516亿", 0, "MoneyOutOfRange", 0)]
    [InlineData("1", 18, "MoneyOutOfRange", 0)]
    [InlineData("99999999999999999999", 0, "MoneyOutOfRange", 19)]
    [InlineData("1,2", 0, "LastGroupNotThreeDigits", 2)]
    public void Money_refusals(string text, int defaultExponent, string statusName, int position)
    {
        ParseStatus status = Enum.Parse<ParseStatus>(statusName);
        Assert.Equal(status, AmountScanner.ScanMoney(text, defaultExponent, out long fen, out int at));
        Assert.Equal(position, at);
        Assert.Equal(0, fen);
    }

    // 1 in units of 10^16 元 is 10^18 fen (fits a long); in units of 10^17 元 it is 10^19 fen > 2^63 − 1. Zero fits any unit.
    [Fact]
    public void The_largest_power_of_ten_that_fits_in_fen()
    {
        Assert.Equal(ParseStatus.Ok, AmountScanner.ScanMoney("1", 16, out long fen, out _));
        Assert.Equal(1_000_000_000_000_000_000L, fen);
        Assert.Equal(ParseStatus.MoneyOutOfRange, AmountScanner.ScanMoney("1", 17, out fen, out int at));
        Assert.Equal(0, at);
        Assert.Equal(ParseStatus.Ok, AmountScanner.ScanMoney("0", 18, out fen, out _));
        Assert.Equal(0, fen);
    }

    // ToFen is mantissa·10^(2 + unit − scale) fen for any unit power, not only 元/万元/亿元. A unit of 10⁻²¹ 元 puts
    // 10¹⁹ at shift −19, the last power of ten in the table: 10¹⁹ / 10¹⁹ = 1 fen exactly. 1,000 in units of 10⁻³ 元
    // is 1 元 = 100 fen (shift −1, 1,000 / 10 = 100); 1,001 leaves a remainder, and the offending digit is at
    // lastSignificant + shift = 4 − 1 = 3.
    [Fact]
    public void ToFen_divides_exactly_by_every_power_of_ten_in_the_table()
    {
        int position = -1;
        Assert.Equal(ParseStatus.Ok, AmountScanner.ToFen(new ScannedNumber(10_000_000_000_000_000_000UL, 0, false, 0), -21, 20, out long fen, ref position));
        Assert.Equal(1L, fen);
        Assert.Equal(ParseStatus.Ok, AmountScanner.ToFen(new ScannedNumber(1_000UL, 0, true, 0), -3, 4, out fen, ref position));
        Assert.Equal(-100L, fen);
        Assert.Equal(-1, position);
        Assert.Equal(ParseStatus.BelowFen, AmountScanner.ToFen(new ScannedNumber(1_001UL, 0, false, 0), -3, 4, out fen, ref position));
        Assert.Equal(0L, fen);
        Assert.Equal(3, position);
        Assert.Equal(ParseStatus.BelowFen, AmountScanner.ToFen(new ScannedNumber(10_000_000_000_000_000_000UL, 0, false, 0), -22, 20, out fen, ref position));
        Assert.Equal(0, position);
    }

    // ---- headcount ----

    [Theory]
    [InlineData("72.74万人", 727_400L)]
    [InlineData("72.74 万人", 727_400L)]
    [InlineData("72.74万", 727_400L)]
    [InlineData("72.745万", 727_450L)]
    [InlineData("0.5万", 5_000L)]
    [InlineData("3019813", 3_019_813L)]
    [InlineData("3,019,813人", 3_019_813L)]
    [InlineData("-0", 0L)]
    [InlineData("0.0万", 0L)]
    [InlineData("2.00", 2L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    public void Headcounts_are_whole_persons(string text, long persons)
    {
        Assert.Equal(ParseStatus.Ok, AmountScanner.ScanHeadcount(text, out long got, out _));
        Assert.Equal(persons, got);
    }

    [Theory]
    [InlineData("", "Empty", 0)]
    [InlineData("人", "Empty", 0)]
    [InlineData("万人", "Empty", 0)]
    [InlineData(" 人", "Empty", 0)]
    [InlineData("12 ", "Unexpected", 2)]
    [InlineData("12x人", "Unexpected", 2)]
    [InlineData("-5", "NegativeHeadcount", 0)]
    [InlineData("1.5", "FractionOfPerson", 2)]
    [InlineData("72.74561万", "FractionOfPerson", 7)]
    [InlineData("0.000000000000000000001", "FractionOfPerson", 22)]
    [InlineData("99999999999999999999", "HeadcountOutOfRange", 19)]
    [InlineData("9223372036854775808", "HeadcountOutOfRange", 0)]
    [InlineData("922337203685477.5808万", "HeadcountOutOfRange", 0)]
    [InlineData("1844674407370955161万", "HeadcountOutOfRange", 0)]
    public void Headcount_refusals(string text, string statusName, int position)
    {
        ParseStatus status = Enum.Parse<ParseStatus>(statusName);
        Assert.Equal(status, AmountScanner.ScanHeadcount(text, out long persons, out int at));
        Assert.Equal(position, at);
        Assert.Equal(0, persons);
    }

    // ---- units ----

    [Fact]
    public void Unit_suffixes()
    {
        Assert.Equal("元", UnitTable.Suffix(0));
        Assert.Equal("万元", UnitTable.Suffix(UnitTable.Wan));
        Assert.Equal("亿元", UnitTable.Suffix(UnitTable.Yi));
        Assert.Equal("元", UnitTable.ShortSuffix(0));
        Assert.Equal("万", UnitTable.ShortSuffix(4));
        Assert.Equal("亿", UnitTable.ShortSuffix(8));
        Assert.Equal("万人", UnitTable.HeadcountSuffix(4));
        Assert.Equal("人", UnitTable.HeadcountSuffix(0));
    }

    [Theory]
    [InlineData("12元", 1, 0)]
    [InlineData("12万元", 2, 4)]
    [InlineData("12亿元", 2, 8)]
    [InlineData("12万", 1, 4)]
    [InlineData("12亿", 1, 8)]
    [InlineData("元", 1, 0)]
    [InlineData("万", 1, 4)]
    [InlineData("12", 0, 0)]
    [InlineData("", 0, 0)]
    [InlineData("12人", 0, 0)]
    public void Money_suffixes_are_matched_from_the_end(string text, int length, int exponent)
    {
        Assert.Equal(length, UnitTable.MatchMoneySuffix(text, out int e));
        Assert.Equal(exponent, e);
    }

    [Theory]
    [InlineData("12人", 1, 0)]
    [InlineData("12万人", 2, 4)]
    [InlineData("12万", 1, 4)]
    [InlineData("人", 1, 0)]
    [InlineData("12", 0, 0)]
    [InlineData("", 0, 0)]
    [InlineData("12亿人", 1, 0)]
    public void Headcount_suffixes_are_matched_from_the_end(string text, int length, int exponent)
    {
        Assert.Equal(length, UnitTable.MatchHeadcountSuffix(text, out int e));
        Assert.Equal(exponent, e);
    }

    [Theory]
    [InlineData("元", true, 0)]
    [InlineData("yuan", true, 0)]
    [InlineData(" 万元 ", true, 4)]
    [InlineData("wan", true, 4)]
    [InlineData("亿元", true, 8)]
    [InlineData("yi", true, 8)]
    [InlineData("dollar", false, 0)]
    [InlineData("万", false, 0)]
    public void Money_unit_names(string text, bool known, int exponent)
    {
        Assert.Equal(known, UnitTable.TryParseMoneyUnit(text, out int e));
        Assert.Equal(exponent, e);
    }

    // ---- messages ----

    [Theory]
    [InlineData("Empty", "the text is empty")]
    [InlineData("DigitExpectedAtEnd", "expected a digit but the text ended")]
    [InlineData("DigitExpected", "expected a digit but found 'x'")]
    [InlineData("Unexpected", "unexpected 'x'")]
    [InlineData("SeparatorNotAllowed", "thousands separators are not allowed here")]
    [InlineData("FirstGroupTooLong", "a thousands separator must follow a group of 1 to 3 digits")]
    [InlineData("GroupNotThreeDigits", "digit groups between thousands separators must have exactly 3 digits")]
    [InlineData("LastGroupNotThreeDigits", "the last digit group after a thousands separator must have exactly 3 digits")]
    [InlineData("SeparatorWithoutDigits", "a thousands separator must be followed by digits")]
    [InlineData("PointWithoutDigits", "expected digits after the decimal point")]
    [InlineData("TooManyDigits", "too many digits (at most 19 significant digits and 28 decimals)")]
    [InlineData("NumberTooLarge", "too many digits: the number exceeds 18,446,744,073,709,551,615")]
    [InlineData("BelowFen", "digits below the fen (0.01 元) are not exact money")]
    [InlineData("NegativeHeadcount", "a headcount cannot be negative")]
    [InlineData("FractionOfPerson", "the value is not a whole number of persons")]
    [InlineData("HeadcountOutOfRange", "the headcount is out of range: at most 9,223,372,036,854,775,807 persons")]
    [InlineData("RateNeedsPercent", "expected '%' (a bare number is ambiguous: write 8.7% or 87/1000)")]
    [InlineData("RatioOutOfRange", "the value does not fit in a 64-bit numerator and denominator")]
    [InlineData("ZeroDenominator", "the denominator is zero")]
    [InlineData("PointsNeedSuffix", "expected the suffix 'pp'")]
    [InlineData("DecimalOutOfRange", "the number does not fit in a decimal (at most 28 digits)")]
    [InlineData("Ok", "Ok")]
    public void Each_status_has_its_sentence(string statusName, string problem)
    {
        ParseStatus status = Enum.Parse<ParseStatus>(statusName);
        Assert.Equal(problem, ParseMessages.Problem(status, "12x", 2));
        Assert.Equal($"Cannot parse '12x' as Money: {problem} at position 2.", ParseMessages.Message(status, "12x", "Money", 2));
        Assert.Equal($"Cannot parse '12x' as Money: {problem} at position 2.", ParseMessages.Exception(status, "12x", "Money", 2).Message);
    }

    [Theory]
    [InlineData("92233720368547758.08", "it exceeds Money.MaxValue (92,233,720,368,547,758.07元)")]
    [InlineData("-92233720368547758.09", "it is below Money.MinValue (−92,233,720,368,547,758.08元)")]
    [InlineData(" −1亿亿亿", "it is below Money.MinValue (−92,233,720,368,547,758.08元)")]
    public void An_amount_out_of_range_names_the_limit_it_passes_not_a_position(string text, string limit)
    {
        string problem = "the amount is out of range: " + limit;
        Assert.Equal(problem, ParseMessages.Problem(ParseStatus.MoneyOutOfRange, text, 0));
        Assert.Equal($"Cannot parse '{text}' as Money: {problem}.", ParseMessages.Message(ParseStatus.MoneyOutOfRange, text, "Money", 0));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(-1)]
    public void A_position_outside_the_text_quotes_nothing(int position) =>
        Assert.Equal("unexpected ''", ParseMessages.Problem(ParseStatus.Unexpected, "12x", position));

    [Fact]
    public void The_first_character_can_be_quoted() =>
        Assert.Equal("expected a digit but found 'a'", ParseMessages.Problem(ParseStatus.DigitExpected, "ab", 0));

    // ---- digits ----

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(10)]
    [InlineData(12)]
    [InlineData(19)]
    public void DivRemPow10_splits_at_the_power(int exponent)
    {
        const ulong value = 12_345_678_901_234_567_890UL;
        ulong divisor = AmountScanner.PowersOfTen[exponent];
        Assert.Equal(value / divisor, DecimalDigits.DivRemPow10(value, exponent, out ulong remainder));
        Assert.Equal(value % divisor, remainder);
    }

    [Fact]
    public void Powers_of_ten_are_exact()
    {
        ulong p = 1;
        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(p, AmountScanner.PowersOfTen[i]);
            p = unchecked(p * 10);
        }

        Assert.Equal(20, AmountScanner.PowersOfTen.Length);
    }

    [FundMathProperty]
    public Property Rounding_a_quotient_agrees_with_decimal_rounding() =>
        Prop.ForAll(
            Gen.Choose(0, 1_000_000).SelectMany(q => Gen.Choose(0, 99).Select(r => (q, r))).ToArbitrary(),
            Gen.Elements(false, true).ToArbitrary(),
            Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity).ToArbitrary(),
            (qr, negative, mode) =>
            {
                (int q, int r) = qr;
                decimal x = ((q * 100m) + r) / 100m * (negative ? -1 : 1);
                decimal expected = Math.Abs(Math.Round(x, 0, mode));
                return DecimalDigits.Round((ulong)q, (ulong)r, 100, negative, mode) == (ulong)expected;
            });

    [Theory]
    [InlineData(12UL, 50UL, false, MidpointRounding.AwayFromZero, 13UL)]
    [InlineData(12UL, 49UL, false, MidpointRounding.AwayFromZero, 12UL)]
    [InlineData(12UL, 50UL, false, MidpointRounding.ToEven, 12UL)]
    [InlineData(13UL, 50UL, false, MidpointRounding.ToEven, 14UL)]
    [InlineData(12UL, 51UL, false, MidpointRounding.ToEven, 13UL)]
    [InlineData(12UL, 99UL, false, MidpointRounding.ToZero, 12UL)]
    [InlineData(12UL, 1UL, true, MidpointRounding.ToNegativeInfinity, 13UL)]
    [InlineData(12UL, 1UL, false, MidpointRounding.ToNegativeInfinity, 12UL)]
    [InlineData(12UL, 1UL, false, MidpointRounding.ToPositiveInfinity, 13UL)]
    [InlineData(12UL, 1UL, true, MidpointRounding.ToPositiveInfinity, 12UL)]
    [InlineData(12UL, 0UL, false, MidpointRounding.ToPositiveInfinity, 12UL)]
    public void Rounding_cases(ulong q, ulong r, bool negative, MidpointRounding mode, ulong expected) =>
        Assert.Equal(expected, DecimalDigits.Round(q, r, 100, negative, mode));

    [Theory]
    [InlineData(0UL, 1)]
    [InlineData(1UL, 1)]
    [InlineData(9UL, 1)]
    [InlineData(10UL, 2)]
    [InlineData(99UL, 2)]
    [InlineData(100UL, 3)]
    [InlineData(999_999_999_999_999_999UL, 18)]
    [InlineData(1_000_000_000_000_000_000UL, 19)]
    [InlineData(9_999_999_999_999_999_999UL, 19)]
    [InlineData(10_000_000_000_000_000_000UL, 20)]
    [InlineData(ulong.MaxValue, 20)]
    public void CountDigits_at_the_powers_of_ten(ulong value, int digits) => Assert.Equal(digits, DecimalDigits.CountDigits(value));

    [FundMathProperty]
    public Property CountDigits_is_the_length_of_the_decimal_text() =>
        Prop.ForAll(Gen.Choose(0, 19).SelectMany(e => Gen.Choose(0, 9).Select(d => (e, d))).ToArbitrary(), t =>
        {
            ulong p = AmountScanner.PowersOfTen[t.e];
            ulong v = unchecked(p * (ulong)(t.d + 1)) - 1;
            if (t.e == 19 && t.d > 0)
            {
                v = ulong.MaxValue - (ulong)t.d;
            }

            return DecimalDigits.CountDigits(v) == v.ToString(CultureInfo.InvariantCulture).Length
                && DecimalDigits.CountDigits(p) == p.ToString(CultureInfo.InvariantCulture).Length;
        });

    [Theory]
    [InlineData(123_456_789UL, false, 2, true, "1,234,567.89")]
    [InlineData(123_456_789UL, true, 2, false, "-1234567.89")]
    [InlineData(5UL, true, 2, false, "-0.05")]
    [InlineData(5UL, false, 3, true, "0.005")]
    [InlineData(0UL, false, 0, false, "0")]
    [InlineData(0UL, false, 2, true, "0.00")]
    [InlineData(1234UL, false, 0, true, "1,234")]
    [InlineData(123UL, false, 0, true, "123")]
    [InlineData(123_456UL, false, 0, true, "123,456")]
    [InlineData(1_234_567UL, true, 0, true, "-1,234,567")]
    [InlineData(ulong.MaxValue, false, 2, true, "184,467,440,737,095,516.15")]
    public void TryWrite_writes_digits_point_and_groups(ulong magnitude, bool negative, int decimals, bool grouping, string expected)
    {
        Span<char> exact = stackalloc char[expected.Length];
        Assert.True(DecimalDigits.TryWrite(exact, out int written, magnitude, negative, decimals, grouping));
        Assert.Equal(expected.Length, written);
        Assert.Equal(expected, exact.ToString());

        Span<char> shorter = stackalloc char[expected.Length - 1];
        Assert.False(DecimalDigits.TryWrite(shorter, out written, magnitude, negative, decimals, grouping));
        Assert.Equal(0, written);
    }

    [FundMathProperty]
    public Property TryWrite_agrees_with_decimal_formatting() =>
        Prop.ForAll(
            Gen.Choose(0, int.MaxValue).SelectMany(a => Gen.Choose(0, int.MaxValue).Select(b => ((ulong)a << 31) ^ (ulong)b)).ToArbitrary(),
            Gen.Choose(0, 4).ToArbitrary(),
            Gen.Elements(false, true).ToArbitrary(),
            (v, decimals, grouping) =>
            {
                string expected = (v / (decimal)AmountScanner.PowersOfTen[decimals]).ToString((grouping ? "N" : "F") + decimals, CultureInfo.InvariantCulture);
                Span<char> buffer = stackalloc char[40];
                return DecimalDigits.TryWrite(buffer, out int n, v, false, decimals, grouping) && buffer[..n].ToString() == expected;
            });
}
