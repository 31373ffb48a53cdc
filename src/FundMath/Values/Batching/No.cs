using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>The flag is clear.</summary>
internal readonly struct No : IFlag
{
    public static bool Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => false;
    }
}
