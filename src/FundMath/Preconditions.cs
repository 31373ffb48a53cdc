using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FundMath;

/// <summary>
/// Argument checks used at the public boundary. Each message names the parameter, the value and the rule it
/// broke; the throw sits in a separate non-inlined method so that the checks stay cheap on hot paths.
/// </summary>
internal static class Preconditions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgumentRange(string paramName, int value, int minInclusive, int maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckArgument(bool condition, string paramName, string message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>
    /// An invariant a trusted (internal) path promises; checked in Debug builds only, compiled away in Release so
    /// the hot path pays nothing. A failure is a FundMath bug, not bad input.
    /// </summary>
    [Conditional("DEBUG")]
    internal static void DebugCheck(bool condition, string invariant)
    {
        if (!condition)
        {
            throw new InvalidOperationException("FundMath internal invariant broken: " + invariant);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckNotNull<T>([NotNull] T? value, string paramName)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void CheckMode(MidpointRounding mode, string paramName = "mode")
    {
        if (mode < MidpointRounding.ToEven || mode > MidpointRounding.ToPositiveInfinity)
        {
            ThrowArgument(paramName, $"rounding mode {(int)mode} is not a defined System.MidpointRounding value.");
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowRange(string paramName, long value, long minInclusive, long maxInclusive) =>
        throw new ArgumentOutOfRangeException(paramName, value,
            $"{paramName} {value} is outside the allowed range [{minInclusive}, {maxInclusive}].");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string paramName, string message) =>
        throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowOutOfRange(string paramName, object? value, string message) =>
        throw new ArgumentOutOfRangeException(paramName, value, message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowOverflow(string message) => throw new OverflowException(message);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowDivideByZero(string message) => throw new DivideByZeroException(message);
}
