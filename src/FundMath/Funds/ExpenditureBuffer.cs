using System.Runtime.CompilerServices;

namespace FundMath.Funds;

[InlineArray(ExpenditureLine.Count)]
internal struct ExpenditureBuffer
{
    private Money element;
}
