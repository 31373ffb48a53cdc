namespace FundMath.Cli.Analysis;

/// <summary>
/// A year of the deficit scan (收不抵支): how many regions, how many ran a current deficit, the sum of their
/// deficits and the sum of the other regions' surpluses — aggregated from per-region surpluses when the input has them.
/// </summary>
internal sealed record DeficitYearInput(int Year, int Regions, int DeficitRegions, Money Deficit, Money Surplus);
