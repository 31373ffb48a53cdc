using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FundMath;

/// <summary>
/// Four 64-bit lanes with AVX2 (<see cref="Avx2"/>): the vector path on x64 CPUs without AVX-512. Maximum and
/// minimum are written as compare-and-select, because AVX2 has no 64-bit integer max/min instruction.
/// </summary>
internal readonly struct Vector256Lanes : ILanes<Vector256<long>>
{
    /// <summary>True when the CPU has AVX2.</summary>
    public static bool IsSupported => Avx2.IsSupported;

    public static int Count => Vector256<long>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Load(ref long source) => Vector256.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> LoadWidened(ref int source) => Avx2.ConvertToVector256Int64(Vector128.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref long destination, Vector256<long> value) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Create(long value) => Vector256.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Add(Vector256<long> left, Vector256<long> right) => Avx2.Add(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Subtract(Vector256<long> left, Vector256<long> right) => Avx2.Subtract(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Max(Vector256<long> left, Vector256<long> right) =>
        Avx2.BlendVariable(right, left, Avx2.CompareGreaterThan(left, right));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Min(Vector256<long> left, Vector256<long> right) =>
        Avx2.BlendVariable(left, right, Avx2.CompareGreaterThan(left, right));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> GreaterThan(Vector256<long> left, Vector256<long> right) => Avx2.CompareGreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Equal(Vector256<long> left, Vector256<long> right) => Avx2.CompareEqual(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> And(Vector256<long> left, Vector256<long> right) => Avx2.And(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> Or(Vector256<long> left, Vector256<long> right) => Avx2.Or(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> AndNot(Vector256<long> left, Vector256<long> right) => Avx2.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> MultiplyLow32(Vector256<long> left, Vector256<long> right) =>
        Avx2.Multiply(left.AsUInt32(), right.AsUInt32()).AsInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<long> ShiftRightLogical32(Vector256<long> value) => Avx2.ShiftRightLogical(value, 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sum(Vector256<long> value)
    {
        Vector128<long> half = Sse2.Add(value.GetLower(), value.GetUpper());
        return unchecked(half.ToScalar() + half.GetElement(1));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MinAcross(Vector256<long> value)
    {
        long a = value.GetElement(0), b = value.GetElement(1), c = value.GetElement(2), d = value.GetElement(3);
        long ab = a < b ? a : b;
        long cd = c < d ? c : d;
        return ab < cd ? ab : cd;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MaxAcross(Vector256<long> value)
    {
        long a = value.GetElement(0), b = value.GetElement(1), c = value.GetElement(2), d = value.GetElement(3);
        long ab = a > b ? a : b;
        long cd = c > d ? c : d;
        return ab > cd ? ab : cd;
    }
}
