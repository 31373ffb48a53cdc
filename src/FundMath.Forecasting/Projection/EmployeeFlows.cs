namespace FundMath.Forecasting.Projection;

/// <summary>One year's employee flows (元), before rounding.</summary>
internal struct EmployeeFlows
{
    public double PooledPremiums;
    public double PooledInterest;
    public double Benefits;
    public double Credits;
    public double AccountPremiums;
    public double AccountInterest;
    public double AccountSpending;
}
