using System;

namespace FundMath.Tests.Support;

/// <summary>
/// The outcome of a calculation as a value — its result or the exception it threw — so a fast path can be compared
/// with a reference on inputs where both must throw (an overflow) as well as where both must agree.
/// </summary>
public readonly struct Attempt<T>
{
    public Attempt(T value)
    {
        Value = value;
        Error = null;
    }

    public Attempt(Exception error)
    {
        Value = default!;
        Error = error;
    }

    public T Value { get; }

    public Exception? Error { get; }

    /// <summary>True when both succeeded and <paramref name="same"/> holds, or both threw the same exception type.</summary>
    public bool Matches<TOther>(Attempt<TOther> other, Func<T, TOther, bool> same) =>
        Error is null ? other.Error is null && same(Value, other.Value) : other.Error is not null && other.Error.GetType() == Error.GetType();
}

/// <summary>Builds <see cref="Attempt{T}"/> values.</summary>
public static class Attempt
{
    public static Attempt<T> Of<T>(Func<T> calculation)
    {
        ArgumentNullException.ThrowIfNull(calculation);
        try
        {
            return new Attempt<T>(calculation());
        }
        catch (Exception e) when (e is OverflowException or ArgumentException)
        {
            return new Attempt<T>(e);
        }
    }
}
