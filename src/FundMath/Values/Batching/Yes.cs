using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>The flag is set.</summary>
internal readonly struct Yes : IFlag
{
    public static bool Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => true;
    }
}
