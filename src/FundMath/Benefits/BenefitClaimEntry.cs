using FundMath.Data;

namespace FundMath.Benefits;

/// <summary>
/// One row of a claims file — 结算记录: a claim to settle, or the reversal (冲正) of an earlier claim by its number,
/// with where it was read (for error messages).
/// </summary>
public sealed class BenefitClaimEntry
{
    private BenefitClaimEntry(BenefitClaim claim, long? reverses, SourceLocation location)
    {
        Claim = claim;
        Reverses = reverses;
        Location = location;
    }

    /// <summary>The claim to settle (default for a reversal).</summary>
    public BenefitClaim Claim { get; }

    /// <summary>For a reversal: the claim number it reverses; null for a claim.</summary>
    public long? Reverses { get; }

    /// <summary>True for a reversal row.</summary>
    public bool IsReversal => Reverses is not null;

    /// <summary>Where the row was read.</summary>
    public SourceLocation Location { get; }

    /// <summary>A claim row.</summary>
    public static BenefitClaimEntry Settle(BenefitClaim claim, SourceLocation location = default) => new(claim, null, location);

    /// <summary>A reversal row.</summary>
    public static BenefitClaimEntry Reverse(long claimId, SourceLocation location = default) => new(default, claimId, location);

    /// <summary>"claim 7 …" or "reverse claim 7".</summary>
    public override string ToString() => Reverses is { } id ? $"reverse claim {id}" : Claim.ToString();
}
