using NodaTime;
using NodaTime.Text;

namespace FundMath.Serialization;

/// <summary>JSON for NodaTime's <see cref="LocalDate"/>: the ISO text "2021-01-01".</summary>
internal sealed class LocalDateJsonConverter() : NodaPatternJsonConverter<LocalDate>(LocalDatePattern.Iso, "a date such as \"2021-01-01\"");
