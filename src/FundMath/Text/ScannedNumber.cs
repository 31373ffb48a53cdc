namespace FundMath;

/// <summary>
/// A number as scanned: <c>±Mantissa × 10^−Scale</c>, exactly. Trailing zeros after the decimal point are not
/// in the mantissa (they do not change the value); <see cref="TrailingZeros"/> counts them for callers that keep
/// the printed precision ("13089.20" has two decimals).
/// </summary>
internal readonly struct ScannedNumber
{
    internal ScannedNumber(ulong mantissa, int scale, bool negative, int trailingZeros)
    {
        Mantissa = mantissa;
        Scale = scale;
        Negative = negative;
        TrailingZeros = trailingZeros;
    }

    /// <summary>The significant digits as an unsigned integer.</summary>
    internal ulong Mantissa { get; }

    /// <summary>The number of decimals in <see cref="Mantissa"/> (trailing zeros excluded).</summary>
    internal int Scale { get; }

    /// <summary>True when the text had a '-' sign (also for "-0").</summary>
    internal bool Negative { get; }

    /// <summary>Zeros after the last non-zero decimal digit.</summary>
    internal int TrailingZeros { get; }

    /// <summary>The number of decimals as printed (trailing zeros included).</summary>
    internal int PrintedScale => Scale + TrailingZeros;
}
