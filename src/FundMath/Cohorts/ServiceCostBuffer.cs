using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FundMath.Explain;

namespace FundMath.Cohorts;

[InlineArray(ServiceCategory.Count)]
internal struct ServiceCostBuffer
{
    private Money element;
}
