using System;
using System.Globalization;

namespace FundMath.Analysis;

/// <summary>
/// The tolerance band around expected budget progress within which execution counts as on plan.
/// 预算执行控制标准（上下浮动N个百分点）. A rate r is within the band when
/// <c>expected − Below ≤ r ≤ expected + Above</c>, both edges inclusive.
/// </summary>
/// <remarks>株洲市's convention (a local convention) is ±5 percentage points ("上下浮动5个百分点"); no national wording fixes it. <c>default(ToleranceBand)</c> is a band of 0pp below and 0pp above: execution is within only when it equals expected progress exactly.</remarks>
public readonly record struct ToleranceBand
{
    /// <summary>Creates a band of <paramref name="below"/> under and <paramref name="above"/> over expected progress.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Either width is negative.</exception>
    public ToleranceBand(PercentagePoints below, PercentagePoints above)
    {
        if (below.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(below), below, $"below {below} is negative; a tolerance band width must be 0pp or more.");
        }

        if (above.Sign < 0)
        {
            Preconditions.ThrowOutOfRange(nameof(above), above, $"above {above} is negative; a tolerance band width must be 0pp or more.");
        }

        Below = below;
        Above = above;
    }

    /// <summary>How far below expected progress execution may fall and still be within (5pp by default).</summary>
    public PercentagePoints Below { get; }

    /// <summary>How far above expected progress execution may run and still be within (5pp by default).</summary>
    public PercentagePoints Above { get; }

    /// <summary>株洲市's ±5pp band (a local convention) ("上下浮动5个百分点").</summary>
    public static ToleranceBand FivePoints => Symmetric(PercentagePoints.FromPoints(5m));

    /// <summary>A band of <paramref name="width"/> either side.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is negative.</exception>
    public static ToleranceBand Symmetric(PercentagePoints width) => new(width, width);

    /// <summary>"±5pp" when symmetric, otherwise "−3pp/+5pp".</summary>
    public override string ToString() => Below == Above
        ? string.Create(CultureInfo.InvariantCulture, $"±{Above}")
        : string.Create(CultureInfo.InvariantCulture, $"-{Below}/+{Above}");
}
