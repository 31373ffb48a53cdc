namespace FundMath.Forecasting.Projection;

/// <summary>The employee parameters of a compiled model: per-year rates, calibrated once.</summary>
internal readonly struct EmployeeParameters
{
    public required double Join { get; init; }

    public required double Leave { get; init; }

    public required double Retirement { get; init; }

    public required double Mortality { get; init; }

    public required double BaseGrowth { get; init; }

    public required double CostGrowthInService { get; init; }

    public required double CostGrowthRetired { get; init; }

    /// <summary>Employer rate × collection ratio.</summary>
    public required double PooledRate { get; init; }

    /// <summary>Individual rate × collection ratio.</summary>
    public required double AccountRate { get; init; }

    /// <summary>Retiree credit × 12 (元 per retiree per year).</summary>
    public required double CreditPerYear { get; init; }

    public required double Drawdown { get; init; }

    public required double Interest { get; init; }

    public required double Utilisation { get; init; }
}
