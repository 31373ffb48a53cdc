using System;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// One 64-bit lane: the portable path of every batch kernel (any CPU) and the tail of every vector loop. The same
/// operations as the vector lanes, so the scalar path is the vector algorithm one element at a time. Masks come
/// from flag-setting compares (SETcc), not branches, so random remainders cost no mispredictions.
/// </summary>
internal readonly struct ScalarLanes : ILanes<long>
{
    public static int Count => 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Load(ref long source) => source;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long LoadWidened(ref int source) => source;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(ref long destination, long value) => destination = value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Create(long value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Add(long left, long right) => unchecked(left + right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Subtract(long left, long right) => unchecked(left - right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Max(long left, long right) => Math.Max(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Min(long left, long right) => Math.Min(left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long GreaterThan(long left, long right) => unchecked(-(long)Unsafe.BitCast<bool, byte>(left > right));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Equal(long left, long right) => unchecked(-(long)Unsafe.BitCast<bool, byte>(left == right));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long And(long left, long right) => left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Or(long left, long right) => left | right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long AndNot(long left, long right) => ~left & right;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MultiplyLow32(long left, long right) => unchecked((long)((ulong)(uint)left * (uint)right));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long ShiftRightLogical32(long value) => unchecked((long)((ulong)value >> 32));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Sum(long value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MinAcross(long value) => value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MaxAcross(long value) => value;
}
