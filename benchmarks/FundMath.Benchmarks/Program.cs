using System;
using System.Diagnostics;
using System.IO;
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
/// of them allocates; <c>--harness</c> runs the side-by-side harness of <c>benchmarks/run.sh</c>.
/// </summary>
public static class Program
{
    /// <summary>The category whose benchmarks must allocate 0 bytes per operation.</summary>
    public const string ZeroAllocCategory = "ZeroAlloc";

    public static int Main(string[] args)
    {
        if (args.Contains("--harness"))
        {
            return Harness.HarnessProgram.Run(args);
        }

        if (args.Length > 0 && args[0] == "--benefit-throughput")
        {
            return BenefitThroughput.Run(args[1..]);
        }

        if (args.Contains("--ci-gate"))
        {
            // The gate runs in-process with tiered compilation off: with tiering on, a method promoted while
            // the memory-diagnoser iteration runs can report a one-off allocation that optimised code does
            // not make (seen as 2,176 B/op on a 2 ms benchmark). Same reason as the test project's setting.
            if (Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") != "0")
            {
                return RelaunchWithoutTieredCompilation(args);
            }

            return RunZeroAllocationGate(args.Where(a => a != "--ci-gate").ToArray());
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int RelaunchWithoutTieredCompilation(string[] args)
    {
        string host = Environment.ProcessPath ?? throw new InvalidOperationException("Cannot find the current executable to relaunch the gate.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_TieredCompilation"] = "0";
        using Process child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        child.WaitForExit();
        return child.ExitCode;
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

        // BenchmarkDotNet's MemoryDiagnoser counts process-wide allocations (every thread) and divides them by the
        // operations of the run, so a stray allocation on another thread can show up as "1 B/op", and a
        // benchmark over a million persons (one operation per 50 ms iteration) as thousands. Every case that
        // BenchmarkDotNet reports as allocating is therefore measured again on its own thread with
        // GC.GetAllocatedBytesForCurrentThread (exact, as in tests/FundMath.Tests); the gate fails when that
        // thread-precise measurement allocates, or when the benchmark produced no result.
        int checkedCount = 0;
        int failures = 0;
        foreach (BenchmarkReport report in summaries.SelectMany(s => s.Reports))
        {
            string name = $"{report.BenchmarkCase.Descriptor.DisplayInfo} {report.BenchmarkCase.Parameters.DisplayInfo}".TrimEnd();
            long? bytes = report.Success ? report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) : null;
            checkedCount++;
            if (bytes is null)
            {
                Console.WriteLine($"ZERO-ALLOC GATE FAIL  {name}: the benchmark did not produce a result");
                failures++;
                continue;
            }

            if (bytes == 0)
            {
                Console.WriteLine($"ZERO-ALLOC GATE ok    {name}: 0 B/op");
                continue;
            }

            (long[] windows, int invocations) = ThreadAllocations.Measure(report.BenchmarkCase);
            if (windows[^1] == 0)
            {
                string earlier = windows.Length == 1
                    ? ""
                    : $" (earlier windows saw {string.Join(" and ", windows[..^1].Select(b => $"{b} B"))}: a one-time allocation, not the benchmark's)";
                Console.WriteLine($"ZERO-ALLOC GATE ok    {name}: BenchmarkDotNet saw {bytes} B/op process-wide; 0 B on the benchmark's own thread over {invocations} invocations{earlier}");
            }
            else
            {
                Console.WriteLine($"ZERO-ALLOC GATE FAIL  {name}: allocated {string.Join(", ", windows.Select(b => $"{b} B"))} on its own thread in {windows.Length} windows (the last of {invocations} invocations; BenchmarkDotNet: {bytes} B/op)");
                failures++;
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
