using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using NodaTime;

namespace FundMath;

/// <summary>
/// A reporting period of a fiscal year — 报告期: a year, half-year, quarter or month. China's fiscal year is the
/// calendar year, so Q3 2021 is July–September 2021 and its time progress (时间进度) is 9/12 = 75%.
/// </summary>
/// <remarks>Text form: "2021", "2021H1", "2021Q3", "2021-07" (see <see cref="Parse(ReadOnlySpan{char})"/>).</remarks>
[JsonConverter(typeof(Serialization.ReportingPeriodJsonConverter))]
public readonly struct ReportingPeriod :
    IEquatable<ReportingPeriod>,
    IComparable<ReportingPeriod>,
    IComparable,
    ISpanFormattable,
    IUtf8SpanFormattable,
    ISpanParsable<ReportingPeriod>,
    System.Numerics.IComparisonOperators<ReportingPeriod, ReportingPeriod, bool>
{
    private const int MinYear = 1900;
    private const int MaxYear = 9999;

    private readonly short year;
    private readonly byte kind;
    private readonly byte index;

    private ReportingPeriod(int year, PeriodKind kind, int index)
    {
        this.year = (short)year;
        this.kind = (byte)kind;
        this.index = (byte)index;
    }

    /// <summary>The fiscal year.</summary>
    public int Year => year;

    /// <summary>The kind of period. default(ReportingPeriod) is not a valid period and reports <see cref="PeriodKind.Year"/> 0.</summary>
    public PeriodKind Kind => kind == 0 ? PeriodKind.Year : (PeriodKind)kind;

    /// <summary>The 1-based index within the year: half 1–2, quarter 1–4, month 1–12; 1 for a year.</summary>
    public int Index => index == 0 ? 1 : index;

    /// <summary>The number of months in the period (1, 3, 6 or 12).</summary>
    public int MonthCount => (int)Kind;

    /// <summary>The first month of the period.</summary>
    public YearMonth FirstMonth => new(Year, ((Index - 1) * MonthCount) + 1);

    /// <summary>The last month of the period.</summary>
    public YearMonth LastMonth => new(Year, Index * MonthCount);

    /// <summary>The first day of the period.</summary>
    public LocalDate Start => FirstMonth.OnDayOfMonth(1);

    /// <summary>The last day of the period (inclusive).</summary>
    public LocalDate End => LastMonth.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(Year, LastMonth.Month));

    /// <summary>
    /// The share of the fiscal year elapsed at the end of the period — 时间进度: Q1 25%, H1 50%, Q3 75%, year
    /// 100%, month m → m/12 (exact: July is 7/12, not a rounded 58.33%).
    /// </summary>
    public Rate TimeProgress => Rate.FromRatio(LastMonth.Month, 12);

    /// <summary>The whole fiscal year containing this period.</summary>
    public ReportingPeriod FiscalYear => OfYear(Year);

    /// <summary>The same period one year earlier (the base of a year-on-year comparison, 同比).</summary>
    public ReportingPeriod SamePeriodPreviousYear => new(CheckYear(Year - 1), Kind, Index);

    /// <summary>The period of the same kind immediately before this one (环比 base).</summary>
    public ReportingPeriod Previous
    {
        get
        {
            int perYear = 12 / MonthCount;
            return Index > 1 ? new(Year, Kind, Index - 1) : new(CheckYear(Year - 1), Kind, perYear);
        }
    }

    /// <summary>The period of the same kind immediately after this one.</summary>
    public ReportingPeriod Next
    {
        get
        {
            int perYear = 12 / MonthCount;
            return Index < perYear ? new(Year, Kind, Index + 1) : new(CheckYear(Year + 1), Kind, 1);
        }
    }

    /// <summary>A whole fiscal year.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1900–9999.</exception>
    public static ReportingPeriod OfYear(int year) => new(CheckYear(year), PeriodKind.Year, 1);

    /// <summary>A half-year (1 = January–June, 2 = July–December).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or the half is out of range.</exception>
    public static ReportingPeriod OfHalfYear(int year, int half)
    {
        Preconditions.CheckArgumentRange(nameof(half), half, 1, 2);
        return new(CheckYear(year), PeriodKind.HalfYear, half);
    }

    /// <summary>A quarter (1–4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or the quarter is out of range.</exception>
    public static ReportingPeriod OfQuarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(nameof(quarter), quarter, 1, 4);
        return new(CheckYear(year), PeriodKind.Quarter, quarter);
    }

    /// <summary>A month (1–12).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public static ReportingPeriod OfMonth(int year, int month)
    {
        Preconditions.CheckArgumentRange(nameof(month), month, 1, 12);
        return new(CheckYear(year), PeriodKind.Month, month);
    }

    /// <summary>A month.</summary>
    public static ReportingPeriod OfMonth(YearMonth month) => OfMonth(month.Year, month.Month);

    /// <summary>A period of the given kind and 1-based index.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is undefined or the index is out of range for it.</exception>
    public static ReportingPeriod Of(int year, PeriodKind kind, int index)
    {
        if (kind is not (PeriodKind.Month or PeriodKind.Quarter or PeriodKind.HalfYear or PeriodKind.Year))
        {
            Preconditions.ThrowOutOfRange(nameof(kind), kind, $"kind {(int)kind} is not a defined PeriodKind.");
        }

        Preconditions.CheckArgumentRange(nameof(index), index, 1, 12 / (int)kind);
        return new(CheckYear(year), kind, index);
    }

    private static int CheckYear(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear);
        return year;
    }

    /// <summary>True when <paramref name="month"/> lies in the period.</summary>
    public bool Contains(YearMonth month) => month.Year == Year && month.Month >= FirstMonth.Month && month.Month <= LastMonth.Month;

    /// <summary>True when <paramref name="date"/> lies in the period.</summary>
    public bool Contains(LocalDate date) => Contains(new YearMonth(date.Year, date.Month));

    /// <summary>True when <paramref name="other"/> lies entirely in this period (2021Q3 ⊂ 2021H2 ⊂ 2021).</summary>
    public bool Contains(ReportingPeriod other) => Contains(other.FirstMonth) && Contains(other.LastMonth);

    /// <summary>The months of the period in order, without allocating: <c>foreach (YearMonth m in period.Months)</c>.</summary>
    public MonthEnumerable Months => new(FirstMonth, MonthCount);

    /// <inheritdoc />
    public int CompareTo(ReportingPeriod other)
    {
        int c = Start.CompareTo(other.Start);
        return c != 0 ? c : MonthCount.CompareTo(other.MonthCount);
    }

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod p => CompareTo(p),
        _ => throw new ArgumentException($"Object must be of type {nameof(ReportingPeriod)}.", nameof(obj)),
    };

    /// <inheritdoc />
    public bool Equals(ReportingPeriod other) => Year == other.Year && Kind == other.Kind && Index == other.Index;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Year, Kind, Index);

    /// <summary>Equality.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Earlier start (then shorter) first.</summary>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Later start (then longer) first.</summary>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Earlier start (then shorter) first, or equal.</summary>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Later start (then longer) first, or equal.</summary>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    /// <inheritdoc />
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        Formatting.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    /// <summary>"2021", "2021H1", "2021Q3" or "2021-07".</summary>
    public override string ToString() => Formatting.ToStringViaSpan(this, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => Formatting.ToStringViaSpan(this, format);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!Year.TryFormat(destination, out charsWritten, "D4", CultureInfo.InvariantCulture))
        {
            return false;
        }

        var rest = destination[charsWritten..];
        switch (Kind)
        {
            case PeriodKind.Year:
                return true;
            case PeriodKind.Month:
                if (rest.Length < 3)
                {
                    return false;
                }

                rest[0] = '-';
                rest[1] = (char)('0' + (Index / 10));
                rest[2] = (char)('0' + (Index % 10));
                charsWritten += 3;
                return true;
            default:
                if (rest.Length < 2)
                {
                    return false;
                }

                rest[0] = Kind == PeriodKind.Quarter ? 'Q' : 'H';
                rest[1] = (char)('0' + Index);
                charsWritten += 2;
                return true;
        }
    }

    /// <summary>Parses "2021", "2021H1", "2021Q3", "2021-07" or "2021M07".</summary>
    /// <exception cref="FormatException">The text is malformed or names an impossible period (month 13, Q5).</exception>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s)
    {
        const string name = nameof(ReportingPeriod);
        if (s.Length < 4)
        {
            throw Formatting.Error(s, name, s.Length, "expected a four-digit year");
        }

        int y = 0;
        for (int i = 0; i < 4; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                throw Formatting.Error(s, name, i, $"expected a digit of the year but found '{s[i]}'");
            }

            y = (y * 10) + (s[i] - '0');
        }

        if (s.Length > 4 && char.IsAsciiDigit(s[4]))
        {
            throw Formatting.Error(s, name, 4, $"expected a four-digit year ({MinYear}–{MaxYear}) but found a fifth digit '{s[4]}'");
        }

        if (y < MinYear)
        {
            throw Formatting.Error(s, name, 0, $"year {y} is before {MinYear}");
        }

        if (s.Length == 4)
        {
            return OfYear(y);
        }

        char marker = char.ToUpperInvariant(s[4]);
        ReadOnlySpan<char> number = s[5..];
        if (number.IsEmpty || number.Length > 2)
        {
            throw Formatting.Error(s, name, 5, "expected a 1- or 2-digit period number");
        }

        int n = 0;
        for (int i = 0; i < number.Length; i++)
        {
            if (!char.IsAsciiDigit(number[i]))
            {
                throw Formatting.Error(s, name, 5 + i, $"expected a digit but found '{number[i]}'");
            }

            n = (n * 10) + (number[i] - '0');
        }

        (PeriodKind kind, int max, string what) = marker switch
        {
            'Q' => (PeriodKind.Quarter, 4, "quarter"),
            'H' => (PeriodKind.HalfYear, 2, "half-year"),
            '-' or 'M' => (PeriodKind.Month, 12, "month"),
            _ => throw Formatting.Error(s, name, 4, $"expected Q, H, M or '-' after the year but found '{s[4]}'"),
        };
        if (n < 1 || n > max)
        {
            throw Formatting.Error(s, name, 5, $"{what} {n} does not exist (expected 1–{max})");
        }

        return new(y, kind, n);
    }

    /// <inheritdoc />
    public static ReportingPeriod Parse(string s, IFormatProvider? provider) => Parse((s ?? throw new ArgumentNullException(nameof(s))).AsSpan());

    /// <inheritdoc />
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result)
    {
        try
        {
            result = Parse(s);
            return true;
        }
        catch (FormatException)
        {
            result = default;
            return false;
        }
    }

    /// <summary>The months of a period, enumerable without allocation.</summary>
    /// <remarks><c>default(MonthEnumerable)</c> is an empty sequence: Count 0, no months.</remarks>
    public readonly struct MonthEnumerable
    {
        private readonly YearMonth first;
        private readonly int count;

        internal MonthEnumerable(YearMonth first, int count)
        {
            this.first = first;
            this.count = count;
        }

        /// <summary>The number of months.</summary>
        public int Count => count;

        /// <summary>Gets the enumerator.</summary>
        public MonthEnumerator GetEnumerator() => new(first, count);
    }

    /// <summary>Enumerator over consecutive months.</summary>
    /// <remarks><c>default(MonthEnumerator)</c> is an enumerator over no months: MoveNext returns false.</remarks>
    public struct MonthEnumerator
    {
        private readonly YearMonth first;
        private readonly int count;
        private int position;

        internal MonthEnumerator(YearMonth first, int count)
        {
            this.first = first;
            this.count = count;
            position = -1;
        }

        /// <summary>The current month.</summary>
        public readonly YearMonth Current => first.PlusMonths(position);

        /// <summary>Advances to the next month.</summary>
        public bool MoveNext() => ++position < count;
    }
}
