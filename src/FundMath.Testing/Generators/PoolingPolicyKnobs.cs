namespace FundMath.Testing;

/// <summary>
/// The ratios of a generated pooling policy in tenths of a percent (300 = 30%), and the month counts — 政策旋钮.
/// </summary>
/// <param name="CollectedShareTenths">Collected fund's share (the county's is the rest).</param>
/// <param name="CityShareTenths">City treasury's share of the unpaid part (the county treasury's is the rest).</param>
/// <param name="CapTenths">City treasury cap as a share of the financing base.</param>
/// <param name="PriorReductionTenths">The figure of "减少5%".</param>
/// <param name="CityFactorTenths">Factor on the city treasury's share after a prior-year deficit (减半 = 500).</param>
/// <param name="AssessmentTenths">The cut below 优良 in tenths of a point.</param>
/// <param name="KeepShareTenths">Transition: share of a surplus the county keeps.</param>
/// <param name="TransitionYears">Transition length in years from 2022.</param>
/// <param name="EmployeeMonths">Employee transfer quota and top-up threshold in months.</param>
/// <param name="ResidentMonths">Resident transfer quota and top-up threshold in months.</param>
public readonly record struct PoolingPolicyKnobs(
    int CollectedShareTenths, int CityShareTenths, int CapTenths, int PriorReductionTenths, int CityFactorTenths,
    int AssessmentTenths, int KeepShareTenths, int TransitionYears, int EmployeeMonths, int ResidentMonths)
{
    /// <summary>The ratios of the Lishui plan (30%, 20%, 1%, 5%, 50%, 5pp, 30%, 3 years, 3 / 1 months).</summary>
    public static PoolingPolicyKnobs Lishui => new(300, 200, 10, 50, 500, 50, 300, 3, 3, 1);
}
