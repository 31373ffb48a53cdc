using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace FundMath;

/// <summary>
/// Eight 64-bit lanes with AVX-512 Foundation (<see cref="Avx512F"/>): 64-bit max/min (VPMAXSQ/VPMINSQ),
/// VPMULUDQ and mask compares in one instruction each.
/// </summary>
internal readonly struct Vector512Lanes : ILanes<Vector512<long>>
{
    /// <summary>True when the CPU has AVX-512F and the runtime accelerates 512-bit vectors.</summary>
    public static bool IsSupported => Avx512F.IsSupported && Vector512.IsHardwareAccelerated;

    public static int Count => Vector512<long>.Count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Load(ref long source) => Vector512.LoadUnsafe(ref source);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> LoadWidened(ref int source) => Avx512F.ConvertToVector512Int64(Vector256.LoadUnsafe(ref source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref long destination, Vector512<long> value) => value.StoreUnsafe(ref destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Create(long value) => Vector512.Create(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Add(Vector512<long> left, Vector512<long> right) => Avx512F.Add(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Subtract(Vector512<long> left, Vector512<long> right) => Avx512F.Subtract(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Max(Vector512<long> left, Vector512<long> right) => Avx512F.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Min(Vector512<long> left, Vector512<long> right) => Avx512F.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> GreaterThan(Vector512<long> left, Vector512<long> right) => Vector512.GreaterThan(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Equal(Vector512<long> left, Vector512<long> right) => Vector512.Equals(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> And(Vector512<long> left, Vector512<long> right) => Avx512F.And(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> Or(Vector512<long> left, Vector512<long> right) => Avx512F.Or(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> AndNot(Vector512<long> left, Vector512<long> right) => Avx512F.AndNot(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> MultiplyLow32(Vector512<long> left, Vector512<long> right) =>
        Avx512F.Multiply(left.AsUInt32(), right.AsUInt32()).AsInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<long> ShiftRightLogical32(Vector512<long> value) => Avx512F.ShiftRightLogical(value, 32);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sum(Vector512<long> value) => Vector256Lanes.Sum(Avx2.Add(value.GetLower(), value.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MinAcross(Vector512<long> value) => Vector256Lanes.MinAcross(Vector256Lanes.Min(value.GetLower(), value.GetUpper()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MaxAcross(Vector512<long> value) => Vector256Lanes.MaxAcross(Vector256Lanes.Max(value.GetLower(), value.GetUpper()));
}
