using System.Runtime.CompilerServices;

namespace FundMath.Cohorts;

[InlineArray(ServiceCategory.Count)]
internal struct ServiceCountBuffer
{
    private long element;
}
