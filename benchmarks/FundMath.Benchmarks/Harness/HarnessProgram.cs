using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace FundMath.Benchmarks.Harness;

/// <summary>
/// The side-by-side harness behind <c>benchmarks/run.sh</c> (<c>--harness</c>): for each workload, generate one input,
/// run every variant once and check its results against FundMath's, start the numpy peer on the same input and check
/// its results too, then time all variants — the peer's included — round-robin (so load changes hit them alike) and
/// write the medians and ratios as Markdown.
/// </summary>
internal static class HarnessProgram
{
    private const string BeginMarker = "<!-- BEGIN benchmarks/run.sh (generated; do not edit by hand) -->";
    private const string EndMarker = "<!-- END benchmarks/run.sh -->";

    public static int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        string? only = Option(args, "--workload");
        string python = Option(args, "--python") ?? "/usr/bin/python3";
        string peers = Option(args, "--peers") ?? Path.Combine("benchmarks", "peers");
        string? output = Option(args, "--out");
        string command = Option(args, "--command") ?? "benchmarks/run.sh" + (quick ? " --quick" : string.Empty);
        bool noPeers = args.Contains("--no-peers");

        List<IWorkload> workloads = [.. typeof(HarnessProgram).Assembly.GetTypes()
            .Where(t => typeof(IWorkload).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .Select(t => (IWorkload)Activator.CreateInstance(t)!)
            .Where(w => only is null || string.Equals(w.Id, only, StringComparison.OrdinalIgnoreCase))
            .OrderBy(w => w.Order)];
        if (workloads.Count == 0)
        {
            Console.Error.WriteLine($"No workload matches '{only}'.");
            return 2;
        }

        var report = new Report
        {
            Command = command,
            Quick = quick,
            Date = DateTime.UtcNow,
            LoadBefore = MachineInfo.LoadAverage(),
        };

        string data = Path.Combine(Path.GetTempPath(), $"fundmath-harness-{Environment.ProcessId}");
        Directory.CreateDirectory(data);
        bool failed = false;
        try
        {
            foreach (IWorkload w in workloads)
            {
                WorkloadResult result = RunWorkload(w, quick, python, peers, data, noPeers);
                failed |= result.Measurements.Any(m => m.CheckFailed) || result.PeerError is not null;
                report.Workloads.Add(result);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }

        report.LoadAfter = MachineInfo.LoadAverage();
        string markdown = report.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        output ??= quick ? Path.Combine("BenchmarkDotNet.Artifacts", "harness", "performance.md") : null;
        if (output is not null)
        {
            WriteSection(output, markdown);
            Console.WriteLine($"Wrote {output}");
        }

        if (failed)
        {
            Console.Error.WriteLine("HARNESS FAIL: a variant's results differ from FundMath's (see the result column), or a peer failed.");
            return 1;
        }

        return 0;
    }

    private static WorkloadResult RunWorkload(IWorkload w, bool quick, string python, string peers, string data, bool noPeers)
    {
        int size = w.Size(quick);
        int runs = w.RunsPerSample(quick);
        int samples = w.Samples(quick);
        Console.WriteLine($"== {w.Title}: {size:N0} {Report.Plural(w.Unit)}, {samples} samples × {runs} runs");
        w.Setup(size);
        var result = new WorkloadResult(w, size, runs, samples);

        // 1. Each variant once (it is also the JIT warm-up), checked against the first (FundMath) variant.
        Digest? expected = null;
        foreach (Variant v in w.Variants)
        {
            var m = new Measurement(v.Name, v.Kind, v.Description) { Scope = v.Allocation };
            v.Run();
            if (v.Digest is null)
            {
                m.Check = "— (reference: no result)";
            }
            else
            {
                Digest d = v.Digest();
                if (expected is null)
                {
                    expected = d;
                    m.Check = "reference result";
                }
                else
                {
                    IReadOnlyList<string> diff = d.Differences(expected);
                    m.Check = diff.Count == 0 ? "identical" : "DIFFERS: " + string.Join(", ", diff);
                    m.CheckFailed = diff.Count != 0;
                }
            }

            Console.WriteLine($"   {v.Name}: {m.Check}");
            result.Measurements.Add(m);
        }

        // 2. Allocation of one run (after the warm-up run above).
        for (int i = 0; i < w.Variants.Count; i++)
        {
            Variant v = w.Variants[i];
            result.Measurements[i].AllocatedBytes = MeasureAllocation(v);
        }

        // 3. The peer, on the same input, started now and sampled inside the round-robin below.
        PeerRunner? peer = null;
        int firstPeer = result.Measurements.Count;
        if (!noPeers && w.PeerScript is { } script)
        {
            try
            {
                w.WritePeerInputs(data);
                peer = PeerRunner.Start(python, Path.Combine(peers, script), data, runs);
                result.Peer = peer.Peer;
                foreach (PeerRunner.PeerVariant pv in peer.Variants)
                {
                    var m = new Measurement(pv.Name, "peer", pv.Description);
                    IReadOnlyList<string> diff = expected is null ? [] : pv.Digest.Differences(expected);
                    m.Check = diff.Count == 0 ? "identical" : "DIFFERS: " + string.Join(", ", diff);
                    m.CheckFailed = diff.Count != 0;
                    Console.WriteLine($"   {pv.Name}: {m.Check}");
                    result.Measurements.Add(m);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception or System.Text.Json.JsonException)
            {
                result.PeerError = e.Message;
                Console.Error.WriteLine($"   peer failed: {e.Message}");
                peer?.Dispose();
                peer = null;
            }
        }

        // 4. Timing: round-robin over the .NET variants and the peer, a full GC before each .NET sample (outside the timing).
        try
        {
            for (int s = 0; s < samples; s++)
            {
                for (int i = 0; i < w.Variants.Count; i++)
                {
                    GC.Collect(2, GCCollectionMode.Forced, blocking: true);
                    GC.WaitForPendingFinalizers();
                    Variant v = w.Variants[i];
                    long start = Stopwatch.GetTimestamp();
                    for (int r = 0; r < runs; r++)
                    {
                        v.Run();
                    }

                    double ns = Stopwatch.GetElapsedTime(start).TotalNanoseconds / runs;
                    result.Measurements[i].Samples.Add(ns);
                }

                if (peer is not null)
                {
                    double[] peerSamples = peer.Sample();
                    for (int p = 0; p < peerSamples.Length; p++)
                    {
                        result.Measurements[firstPeer + p].Samples.Add(peerSamples[p]);
                    }
                }

                Console.Write($"\r   sample {s + 1}/{samples}");
            }
        }
        finally
        {
            peer?.Dispose();
        }

        Console.WriteLine();
        return result;
    }

    private static long MeasureAllocation(Variant v)
    {
        if (v.Allocation == AllocationScope.Thread)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            v.Run();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        long total = GC.GetTotalAllocatedBytes(precise: true);
        v.Run();
        return GC.GetTotalAllocatedBytes(precise: true) - total;
    }

    private static void WriteSection(string path, string markdown)
    {
        string section = BeginMarker + "\n\n" + markdown.TrimEnd() + "\n\n" + EndMarker;
        string? dir = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        if (File.Exists(path))
        {
            string text = File.ReadAllText(path);
            int b = text.IndexOf(BeginMarker, StringComparison.Ordinal);
            int e = text.IndexOf(EndMarker, StringComparison.Ordinal);
            if (b >= 0 && e > b)
            {
                File.WriteAllText(path, text[..b] + section + text[(e + EndMarker.Length)..]);
                return;
            }
        }

        File.WriteAllText(path, section + "\n");
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}

/// <summary>The measurements of one workload.</summary>
internal sealed class WorkloadResult(IWorkload workload, int size, int runsPerSample, int samples)
{
    public IWorkload Workload { get; } = workload;

    public int Size { get; } = size;

    public int RunsPerSample { get; } = runsPerSample;

    public int SampleCount { get; } = samples;

    public List<Measurement> Measurements { get; } = [];

    public string? Peer { get; set; }

    public string? PeerError { get; set; }

    public Measurement? Find(string name) => Measurements.FirstOrDefault(m => m.Name == name);
}
