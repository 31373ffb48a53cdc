using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>A compile-time boolean for kernel variants (a rate that is 0% is skipped, a clamp is applied).</summary>
internal interface IFlag
{
    /// <summary>The flag's value, a JIT-time constant.</summary>
    static abstract bool Value { get; }
}

/// <summary>The flag is set.</summary>
internal readonly struct Yes : IFlag
{
    public static bool Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => true;
    }
}

/// <summary>The flag is clear.</summary>
internal readonly struct No : IFlag
{
    public static bool Value
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => false;
    }
}
