using System;
using System.IO;
using FundMath.Policies;
using FundMath.Pooling;
using FundMath.Yaml;
using NodaTime;

namespace FundMath.Tests.Pooling;

/// <summary>The Lishui sample parameter set (samples/parameters/lishui.yaml, copied beside the tests) and helpers.</summary>
internal static class PoolingFixture
{
    private static readonly Lazy<ParameterSet> LishuiSet = new(() =>
        ParameterFiles.Load(Path.Combine(AppContext.BaseDirectory, "samples", "parameters", "lishui.yaml"), ParameterSet.National));

    public static ParameterSet Lishui => LishuiSet.Value;

    public static PoolingPolicy Policy(int year, PriorDeficitReading reading = PriorDeficitReading.PercentagePoints) =>
        PoolingPolicy.FromParameters(Lishui, new LocalDate(year, 1, 1), reading);

    public static Money Yuan(decimal yuan) => Money.FromYuan(yuan);

    public static PoolingYear Employee(int year, decimal opening = 0) =>
        new(year, PooledScheme.Employee) { CollectedFundOpening = Money.FromYuan(opening) };

    public static PoolingYear Resident(int year, decimal opening = 0, decimal? unified = null) =>
        new(year, PooledScheme.Resident) { CollectedFundOpening = Money.FromYuan(opening), UnifiedSubsidyStandard = unified is { } u ? Money.FromYuan(u) : null };
}
