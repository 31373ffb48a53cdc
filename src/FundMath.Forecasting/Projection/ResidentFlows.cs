namespace FundMath.Forecasting.Projection;

/// <summary>One year's resident flows (元), before rounding.</summary>
internal struct ResidentFlows
{
    public double Persons;
    public double Individual;
    public double Subsidy;
    public double Interest;
    public double Benefits;
}
