using System.Runtime.CompilerServices;

namespace FundMath.Drg;

/// <summary>The switch is on.</summary>
internal readonly struct SwitchOn : IKernelSwitch
{
    public static bool On
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => true;
    }
}
