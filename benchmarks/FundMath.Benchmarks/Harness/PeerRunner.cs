using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FundMath.Benchmarks.Harness;

/// <summary>
/// Runs a workload's peer script (numpy) on the same input files: <c>python3 script --data DIR --samples S --runs R</c>.
/// The script prints one JSON object on its last line: the peer's name and, per peer variant, its samples (ns per
/// run) and its digest (the same named checksums as <see cref="Digest"/>).
/// </summary>
internal static class PeerRunner
{
    public sealed record PeerVariant(string Name, string Description, double[] SamplesNs, Digest Digest);

    public sealed record PeerResult(string Peer, IReadOnlyList<PeerVariant> Variants);

    public static PeerResult Run(string python, string script, string dataDirectory, int samples, int runsPerSample)
    {
        var start = new ProcessStartInfo(python)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string a in new[] { script, "--data", dataDirectory, "--samples", samples.ToString(CultureInfo.InvariantCulture), "--runs", runsPerSample.ToString(CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python}.");
        string stdout = process.StandardOutput.ReadToEnd();
        string stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(script)} exited with {process.ExitCode}: {stderr.Trim()}");
        }

        string json = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        var variants = new List<PeerVariant>();
        foreach (JsonElement v in root.GetProperty("variants").EnumerateArray())
        {
            double[] ns = [.. v.GetProperty("samples_ns").EnumerateArray().Select(e => e.GetDouble())];
            Digest digest = Digest.FromStrings(v.GetProperty("digest").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)));
            variants.Add(new PeerVariant(v.GetProperty("name").GetString()!, v.GetProperty("description").GetString()!, ns, digest));
        }

        return new PeerResult(root.GetProperty("peer").GetString()!, variants);
    }
}
