using System;

namespace FundMath.Contributions;

/// <summary>
/// A subsidy split between central and local government, the local part further split by level.
/// 财政补助资金分级负担. Total = Central + Local, to the fen: built by <see cref="SubsidySplit"/> or
/// <see cref="Of"/>, which derives the local part.
/// </summary>
/// <remarks><c>default(SubsidySplitResult)</c> is the all-zero record: every amount 0.00元, every count, headcount and rate 0, any text, list or optional member null — an empty value that reads safely, not a result FundMath computed.</remarks>
public readonly record struct SubsidySplitResult
{
    internal SubsidySplitResult(Money total, Money central, Money local)
    {
        Preconditions.DebugCheck(central + local == total, "SubsidySplitResult: central + local = total");
        Total = total;
        Central = central;
        Local = local;
    }

    /// <summary>The subsidy total (per capita × persons).</summary>
    public Money Total { get; }

    /// <summary>Central government's part (中央财政补助).</summary>
    public Money Central { get; }

    /// <summary>Local government's part (地方财政补助) = Total − Central.</summary>
    public Money Local { get; }

    /// <summary>The split of <paramref name="total"/> of which <paramref name="central"/> is the central part.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is negative, or <paramref name="central"/> is negative or exceeds it.</exception>
    public static SubsidySplitResult Of(Money total, Money central)
    {
        if (total.IsNegative)
        {
            Preconditions.ThrowOutOfRange(nameof(total), total, $"total {total:N2} 元 is negative; a subsidy is at least 0.");
        }

        if (central.IsNegative || central > total)
        {
            Preconditions.ThrowOutOfRange(nameof(central), central, $"central {central:N2} 元 must be between 0 and the total {total:N2} 元.");
        }

        return new(total, central, total - central);
    }
}
