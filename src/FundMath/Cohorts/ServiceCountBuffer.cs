using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FundMath.Explain;

namespace FundMath.Cohorts;

[InlineArray(ServiceCategory.Count)]
internal struct ServiceCountBuffer
{
    private long element;
}
