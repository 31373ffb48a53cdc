using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>The switch is off.</summary>
internal readonly struct SwitchOff : IKernelSwitch
{
    public static bool On
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => false;
    }
}
