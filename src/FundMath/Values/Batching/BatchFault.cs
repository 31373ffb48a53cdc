namespace FundMath;

/// <summary>
/// What a kernel found wrong with its input, as a value (kernels never throw for bad input, so a partitioned batch
/// can report the first bad element of the whole batch; the public method builds the message in its own words).
/// </summary>
internal enum BatchFault
{
    /// <summary>Every element was valid.</summary>
    None = 0,

    /// <summary>An element is negative where the calculation needs zero or more.</summary>
    Negative = 1,

    /// <summary>An element lies outside the band it must be chosen in.</summary>
    OutsideBand = 2,

    /// <summary>An element is outside the range of its rule (e.g. months paid outside 0–12).</summary>
    OutOfRange = 3,
}
