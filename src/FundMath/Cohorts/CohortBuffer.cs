using System.Runtime.CompilerServices;

namespace FundMath.Cohorts;

[InlineArray(CohortCategory.WellKnownCount)]
internal struct CohortBuffer
{
    private long element;
}
