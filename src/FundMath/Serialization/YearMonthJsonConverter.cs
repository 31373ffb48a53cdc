using NodaTime;
using NodaTime.Text;

namespace FundMath.Serialization;

/// <summary>JSON for NodaTime's <see cref="YearMonth"/>: the ISO text "2021-01".</summary>
internal sealed class YearMonthJsonConverter() : NodaPatternJsonConverter<YearMonth>(YearMonthPattern.Iso, "a year and month such as \"2021-01\"");
