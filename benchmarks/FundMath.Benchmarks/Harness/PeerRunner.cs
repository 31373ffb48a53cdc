using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace FundMath.Benchmarks.Harness;

/// <summary>
/// A workload's peer script (numpy) running alongside the harness on the same input files:
/// <c>python3 script --data DIR --runs R --serve</c>. The harness asks it for its description (names and digests)
/// once and for one sample per round, between the .NET samples, so peer and FundMath are timed under the same load.
/// Each reply is one JSON line.
/// </summary>
internal sealed class PeerRunner : IDisposable
{
    private readonly Process process;

    private PeerRunner(Process process) => this.process = process;

    public sealed record PeerVariant(string Name, string Description, Digest Digest);

    public string Peer { get; private set; } = "";

    public IReadOnlyList<PeerVariant> Variants { get; private set; } = [];

    public static PeerRunner Start(string python, string script, string dataDirectory, int runsPerSample)
    {
        var start = new ProcessStartInfo(python)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
        };
        foreach (string a in new[] { script, "--data", dataDirectory, "--runs", runsPerSample.ToString(CultureInfo.InvariantCulture), "--serve" })
        {
            start.ArgumentList.Add(a);
        }

        Process process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {python}.");
        var runner = new PeerRunner(process);
        using JsonDocument doc = runner.Ask("describe");
        JsonElement root = doc.RootElement;
        runner.Peer = root.GetProperty("peer").GetString()!;
        runner.Variants = [.. root.GetProperty("variants").EnumerateArray().Select(v => new PeerVariant(
            v.GetProperty("name").GetString()!,
            v.GetProperty("description").GetString()!,
            Digest.FromStrings(v.GetProperty("digest").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)))))];
        return runner;
    }

    /// <summary>One sample of every peer variant: ns per run, in <see cref="Variants"/> order.</summary>
    public double[] Sample()
    {
        using JsonDocument doc = Ask("sample");
        return [.. doc.RootElement.GetProperty("samples_ns").EnumerateArray().Select(e => e.GetDouble())];
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.WriteLine("quit");
                process.StandardInput.Flush();
                if (!process.WaitForExit(10_000))
                {
                    process.Kill();
                }
            }
        }
        catch (IOException)
        {
            // The peer already exited; nothing to stop.
        }

        process.Dispose();
    }

    private JsonDocument Ask(string command)
    {
        process.StandardInput.WriteLine(command);
        process.StandardInput.Flush();
        string? line = process.StandardOutput.ReadLine();
        if (line is null)
        {
            process.WaitForExit();
            throw new InvalidOperationException($"the peer exited with {process.ExitCode} before answering '{command}' (its error output is above).");
        }

        JsonDocument doc = JsonDocument.Parse(line);
        if (doc.RootElement.TryGetProperty("error", out JsonElement error))
        {
            throw new InvalidOperationException($"the peer answered '{command}' with: {error.GetString()}");
        }

        return doc;
    }
}
