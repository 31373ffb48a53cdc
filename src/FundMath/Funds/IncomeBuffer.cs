using System.Runtime.CompilerServices;

namespace FundMath.Funds;

[InlineArray(IncomeLine.Count)]
internal struct IncomeBuffer
{
    private Money element;
}
