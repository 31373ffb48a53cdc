using FundMath.Policies;
using FundMath.Pooling;

namespace FundMath.Cli.Pooling;

/// <summary>What <c>fundmath pool</c> read: the city's counties, the parameter set with the pooling rules, where it came from.</summary>
internal sealed record PoolInput(PoolingCityDocument Document, ParameterSet Parameters, string ParametersSource, PriorDeficitReading Reading);
