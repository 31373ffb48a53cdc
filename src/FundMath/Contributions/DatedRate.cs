using FundMath.Citations;
using NodaTime;

namespace FundMath.Contributions;

/// <summary>
/// One dated contribution rate: the rate in force from a month until the next entry of its schedule.
/// 费率（含生效时间与文件依据）.
/// </summary>
/// <param name="EffectiveFrom">First month the rate applies.</param>
/// <param name="Rate">The rate (0–100%).</param>
/// <param name="Citation">The document that sets it, if known.</param>
/// <remarks><c>default(DatedRate)</c> is 0% in force from 0001-01 with no citation: a schedule holding it charges 0% from then on.</remarks>
public readonly record struct DatedRate(YearMonth EffectiveFrom, Rate Rate, Citation? Citation = null);
