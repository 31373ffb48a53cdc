namespace FundMath.Forecasting.Projection;

/// <summary>
/// Where a projection starts — 基期: the region, the base year (the last year with reported figures) and the
/// employee and/or resident scheme's position at its end.
/// </summary>
public sealed record ProjectionStart
{
    /// <summary>The region (统筹区), e.g. "株洲市".</summary>
    public required string Region { get; init; }

    /// <summary>The base year, e.g. 2021; the first projected year is the next one.</summary>
    public required int BaseYear { get; init; }

    /// <summary>The employee scheme, or null to project residents only.</summary>
    public EmployeeStart? Employee { get; init; }

    /// <summary>The resident scheme, or null to project employees only.</summary>
    public ResidentStart? Resident { get; init; }
}
