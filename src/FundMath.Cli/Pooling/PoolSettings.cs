namespace FundMath.Cli.Pooling;

/// <summary>The command-line settings of <c>fundmath pool</c>: the rules, the reading of 减少5%, and a CSV's city-level values.</summary>
internal sealed record PoolSettings(
    System.Collections.Generic.IReadOnlyList<string>? ParamsFiles = null,
    string? Reading = null,
    string? Scheme = null,
    int? Year = null,
    string? Opening = null,
    string? Interest = null,
    string? Unified = null,
    string? Unit = null)
{
    /// <summary>True when a CSV-only option is given.</summary>
    public bool HasCityOptions => Scheme is not null || Year is not null || Opening is not null || Interest is not null || Unified is not null || Unit is not null;
}
