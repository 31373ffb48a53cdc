using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FundMath.Explain;
using FundMath.Funds;

namespace FundMath.Cohorts;

[InlineArray(ServiceCategory.Count)]
internal struct ServiceCostBuffer
{
    private Money element;
}
