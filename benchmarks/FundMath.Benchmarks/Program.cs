using System;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace FundMath.Benchmarks;

/// <summary>
/// Entry point. <c>dotnet run -c Release -- --filter *</c> runs BenchmarkDotNet as usual;
/// <c>--ci-gate</c> runs every benchmark in category "ZeroAlloc" with a short real job and fails when any
/// of them allocates.
/// </summary>
public static class Program
{
    /// <summary>The category whose benchmarks must allocate 0 bytes per operation.</summary>
    public const string ZeroAllocCategory = "ZeroAlloc";

    public static int Main(string[] args)
    {
        if (args.Contains("--ci-gate"))
        {
            return RunZeroAllocationGate(args.Where(a => a != "--ci-gate").ToArray());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    // A real (not Dry) job: the Dry job reports 0 B even for allocating code, so it cannot be the gate.
    // 1 launch, 1 warm-up, 3 iterations of ~50 ms, in-process to avoid building a project per benchmark.
    private static int RunZeroAllocationGate(string[] extraArgs)
    {
        Job job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(3)
            .WithIterationTime(TimeInterval.FromMilliseconds(50))
            .WithEvaluateOverhead(false)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("CiGate");

        IConfig config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(ConsoleLogger.Default)
            .AddFilter(new AnyCategoriesFilter([ZeroAllocCategory]))
            .WithOptions(ConfigOptions.JoinSummary | ConfigOptions.DisableLogFile)
            .WithArtifactsPath(System.IO.Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));

        // Extra arguments (e.g. --filter *Money*) narrow the run further.
        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly)
            .Run(extraArgs.Length == 0 ? ["--filter", "*"] : extraArgs, config)
            .ToArray();

        int checkedCount = 0;
        int failures = 0;
        foreach (Summary summary in summaries)
        {
            foreach (BenchmarkReport report in summary.Reports)
            {
                string name = $"{report.BenchmarkCase.Descriptor.DisplayInfo} {report.BenchmarkCase.Parameters.DisplayInfo}".TrimEnd();
                long? bytes = report.Success ? report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) : null;
                if (bytes is null)
                {
                    Console.WriteLine($"ZERO-ALLOC GATE FAIL  {name}: the benchmark did not produce a result");
                    failures++;
                }
                else if (bytes > 0)
                {
                    Console.WriteLine($"ZERO-ALLOC GATE FAIL  {name}: {bytes} B allocated per operation (expected 0)");
                    failures++;
                }
                else
                {
                    Console.WriteLine($"ZERO-ALLOC GATE ok    {name}: 0 B/op");
                }

                checkedCount++;
            }
        }

        if (checkedCount == 0)
        {
            Console.WriteLine($"ZERO-ALLOC GATE FAIL  no benchmark in category {ZeroAllocCategory} was run");
            return 2;
        }

        Console.WriteLine($"ZERO-ALLOC GATE: {checkedCount} benchmarks checked, {failures} failed");
        return failures == 0 ? 0 : 1;
    }
}
