namespace FundMath;

/// <summary>
/// The instruction set a batch kernel runs on. Every path computes the same integers (a property test runs each
/// one against the exact scalar reference); <see cref="BatchPaths.Best"/> picks the widest the CPU supports.
/// </summary>
internal enum BatchPath
{
    /// <summary>One element at a time (any CPU).</summary>
    Scalar = 0,

    /// <summary>Four 64-bit lanes with AVX2.</summary>
    Vector256 = 1,

    /// <summary>Eight 64-bit lanes with AVX-512F.</summary>
    Vector512 = 2,
}
