namespace FundMath.Drg;

/// <summary>A compile-time switch for kernel variants (factors present, wide outlier arithmetic), decided once per batch.</summary>
internal interface IKernelSwitch
{
    static abstract bool On { get; }
}
