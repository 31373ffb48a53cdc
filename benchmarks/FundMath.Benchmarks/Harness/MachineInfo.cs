using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace FundMath.Benchmarks.Harness;

/// <summary>The machine a harness run measured on, read from /proc where available.</summary>
internal static class MachineInfo
{
    public static string Cpu()
    {
        string? model = ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
        string name = model is null ? RuntimeInformation.ProcessArchitecture.ToString() : model[(model.IndexOf(':') + 1)..].Trim();
        return $"{name}, {Environment.ProcessorCount} logical cores";
    }

    public static string InstructionSets() =>
        $"AVX-512F {(Avx512F.IsSupported ? "yes" : "no")}, AVX2 {(Avx2.IsSupported ? "yes" : "no")}; FundMath batch path: {BatchPaths.Best}";

    public static string Memory()
    {
        string? total = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal));
        if (total is null)
        {
            return "unknown";
        }

        long kb = long.Parse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return $"{kb / 1024.0 / 1024.0:F1} GiB";
    }

    public static string OperatingSystem()
    {
        string? pretty = ReadLines("/etc/os-release").FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        return pretty is null ? RuntimeInformation.OSDescription : $"{pretty["PRETTY_NAME=".Length..].Trim('"')} ({RuntimeInformation.OSDescription})";
    }

    public static string Runtime() => $"{RuntimeInformation.FrameworkDescription}, tiered compilation {(Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") == "0" ? "off (full JIT from the first call)" : "on")}";

    /// <summary>The 1-, 5- and 15-minute load averages, e.g. "0.42 0.30 0.25".</summary>
    public static string LoadAverage()
    {
        string? line = ReadLines("/proc/loadavg").FirstOrDefault();
        return line is null ? "unknown" : string.Join(' ', line.Split(' ').Take(3));
    }

    private static string[] ReadLines(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllLines(path) : [];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }
}
