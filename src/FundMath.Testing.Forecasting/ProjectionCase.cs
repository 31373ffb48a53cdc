using FundMath.Forecasting.Projection;

namespace FundMath.Testing.Forecasting;

/// <summary>A generated projection: start position, assumptions and horizon, with the genome it was built from (shrinks through it).</summary>
/// <param name="Genome">The integers the case was decoded from (each 0–1000 after folding).</param>
/// <param name="Start">The start position.</param>
/// <param name="Assumptions">The baseline assumptions.</param>
/// <param name="Horizon">Projected years.</param>
public sealed record ProjectionCase(int[] Genome, ProjectionStart Start, ProjectionAssumptions Assumptions, int Horizon)
{
    /// <inheritdoc />
    public override string ToString() => $"horizon {Horizon}, genome [{string.Join(",", Genome)}], {Assumptions}";
}
