namespace FundMath;

/// <summary>A compile-time boolean for kernel variants (a rate that is 0% is skipped, a clamp is applied).</summary>
internal interface IFlag
{
    /// <summary>The flag's value, a JIT-time constant.</summary>
    static abstract bool Value { get; }
}
