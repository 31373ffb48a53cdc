using System.Runtime.CompilerServices;

namespace FundMath.Cohorts;

[InlineArray(ServiceCategory.Count)]
internal struct ServiceCostBuffer
{
    private Money element;
}
