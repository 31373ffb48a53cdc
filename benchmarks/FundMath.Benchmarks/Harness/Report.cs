using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FundMath.Benchmarks.Harness;

/// <summary>Renders a harness run as the generated section of docs/performance.md.</summary>
internal sealed class Report
{
    public required string Command { get; init; }

    public bool Quick { get; init; }

    public DateTime Date { get; init; }

    public required string LoadBefore { get; init; }

    public string LoadAfter { get; set; } = "";

    public List<WorkloadResult> Workloads { get; } = [];

    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        string peer = Workloads.Select(w => w.Peer).FirstOrDefault(p => p is not null) ?? "not run";
        sb.AppendLine(CultureInfo.InvariantCulture, $"### Run of {Date:yyyy-MM-dd HH:mm} UTC{(Quick ? " (quick mode: smaller inputs, fewer samples)" : string.Empty)}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Command: `{Command}`. Every implementation ran on the same generated input in this one invocation; each result was checked against FundMath's before timing; samples of all implementations, the numpy peer's included, were taken round-robin (a full GC before each .NET sample, outside the timing), so a change of machine load hits them alike. Ratios are medians of one run.");
        sb.AppendLine();
        sb.AppendLine("| Machine | |");
        sb.AppendLine("| --- | --- |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| CPU | {MachineInfo.Cpu()} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| Instruction sets | {MachineInfo.InstructionSets()} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| Memory | {MachineInfo.Memory()} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| OS | {MachineInfo.OperatingSystem()} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| .NET | {MachineInfo.Runtime()} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| Peer | {peer} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| Load average (1, 5, 15 min) | before {LoadBefore}; after {LoadAfter} (on {Environment.ProcessorCount} cores, a load above {Environment.ProcessorCount} means other work shared the CPUs) |");
        sb.AppendLine();

        foreach (WorkloadResult w in Workloads)
        {
            AppendWorkload(sb, w);
        }

        return sb.ToString();
    }

    private static void AppendWorkload(StringBuilder sb, WorkloadResult w)
    {
        IWorkload wl = w.Workload;
        Measurement fundMath = w.Measurements[0];
        sb.AppendLine(CultureInfo.InvariantCulture, $"#### {wl.Title} — {w.Size:N0} {Plural(wl.Unit)}");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{w.SampleCount} samples{(w.RunsPerSample > 1 ? $" of {w.RunsPerSample} back-to-back runs" : string.Empty)} per implementation; \"÷ FundMath\" is the median time over FundMath's median (above 1: slower than FundMath).");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| Implementation | Kind | Median per {wl.Unit} | Median per run | Range of samples | ÷ FundMath | Allocated per run | Result |");
        sb.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (Measurement m in w.Measurements)
        {
            double perElement = m.Median / w.Size;
            string ratio = m == fundMath ? "1.00" : (m.Median / fundMath.Median).ToString("F2", CultureInfo.InvariantCulture);
            string alloc = m.AllocatedBytes is { } b ? Bytes(b) + (m.Scope == AllocationScope.Process ? " (process)" : string.Empty) : "—";
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {m.Name} | {m.Kind} | {Ns(perElement)} | {Duration(m.Median)} | {Duration(m.Min)} – {Duration(m.Max)} | {ratio} | {alloc} | {m.Check} |");
        }

        sb.AppendLine();
        if (w.PeerError is not null)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"Peer failed: {w.PeerError}");
            sb.AppendLine();
        }

        if (wl.Targets.Count > 0)
        {
            sb.AppendLine("| Target | Measured | Bound | Met |");
            sb.AppendLine("| --- | ---: | ---: | --- |");
            foreach (Target t in wl.Targets)
            {
                Measurement? s = w.Find(t.Subject);
                Measurement? r = w.Find(t.Reference);
                if (s is null || r is null)
                {
                    sb.AppendLine(CultureInfo.InvariantCulture, $"| {t.Description} | not measured | | |");
                    continue;
                }

                double ratio = s.Median / r.Median;
                bool met = t.AtMost ? ratio <= t.Bound : ratio >= t.Bound;

                // Two decimals, or three when two would round across the bound (1.797 shown as 1.80 against ≥ 1.8).
                double shown = Math.Round(ratio, 2);
                string measured = (t.AtMost ? shown <= t.Bound : shown >= t.Bound) == met
                    ? ratio.ToString("F2", CultureInfo.InvariantCulture)
                    : ratio.ToString("F3", CultureInfo.InvariantCulture);
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {t.Description} | {measured} | {(t.AtMost ? "≤" : "≥")} {t.Bound:0.##} | {(met ? "yes" : "**no**")} |");
            }

            sb.AppendLine();
        }

        if (wl.Extrapolations.Count > 0)
        {
            sb.AppendLine("| National scale (extrapolated from the medians above) | Time |");
            sb.AppendLine("| --- | ---: |");
            foreach (Extrapolation e in wl.Extrapolations)
            {
                Measurement? s = w.Find(e.Subject);
                string time = s is null ? "not measured" : Duration(s.Median / w.Size * e.Elements);
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {e.Description} ({e.Source}) | {time} |");
            }

            sb.AppendLine();
        }

        sb.AppendLine(wl.Notes.TrimEnd());
        sb.AppendLine();
    }

    private static string Ns(double ns) => ns switch
    {
        < 10 => ns.ToString("F2", CultureInfo.InvariantCulture) + " ns",
        < 1000 => ns.ToString("F1", CultureInfo.InvariantCulture) + " ns",
        _ => (ns / 1000).ToString("F2", CultureInfo.InvariantCulture) + " µs",
    };

    private static string Duration(double ns) => ns switch
    {
        double.NaN => "—",
        < 1_000 => ns.ToString("F0", CultureInfo.InvariantCulture) + " ns",
        < 1_000_000 => (ns / 1e3).ToString("F1", CultureInfo.InvariantCulture) + " µs",
        < 1_000_000_000 => (ns / 1e6).ToString("F1", CultureInfo.InvariantCulture) + " ms",
        < 120e9 => (ns / 1e9).ToString("F2", CultureInfo.InvariantCulture) + " s",
        _ => (ns / 60e9).ToString("F1", CultureInfo.InvariantCulture) + " min",
    };

    private static string Bytes(long b) => b switch
    {
        0 => "0 B",
        < 10_000 => b.ToString(CultureInfo.InvariantCulture) + " B",
        < 10_000_000 => (b / 1024.0).ToString("F1", CultureInfo.InvariantCulture) + " KB",
        _ => (b / 1048576.0).ToString("F0", CultureInfo.InvariantCulture) + " MB",
    };

    /// <summary>The plural of a workload's unit ("person" → "persons", "county" → "counties").</summary>
    internal static string Plural(string unit) =>
        unit.EndsWith('y') && unit.Length > 1 && !"aeiou".Contains(unit[^2], StringComparison.Ordinal) ? unit[..^1] + "ies" : unit + "s";
}
