namespace FundMath.Forecasting.Projection;

/// <summary>The employee scheme's state during a projection (floating point, 元 and persons).</summary>
internal struct EmployeeState
{
    public double InService;
    public double Retired;
    public double Base;
    public double CostInService;
    public double CostRetired;
    public double Pooled;
    public double Account;
}
