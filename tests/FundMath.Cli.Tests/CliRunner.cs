using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;

namespace FundMath.Cli.Tests;

/// <summary>Runs the tool in-process (Program.Run with StringWriters) or as a process (dotnet FundMath.Cli.dll).</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args) => RunWith(null, false, args);

    /// <summary>Runs in-process with the given environment variables (NO_COLOR, COLUMNS, LANG …) and terminal flag.</summary>
    public static Result RunWith(System.Collections.Generic.IReadOnlyDictionary<string, string>? environment, bool terminal, params string[] args)
    {
        using var stdout = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var stderr = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        int code = Program.Run(args, stdout, stderr, terminal, environment);
        return new Result(code, Normalise(stdout.ToString()), Normalise(stderr.ToString()));
    }

    /// <summary>The tool's dll next to the test assembly (the project reference copies it there).</summary>
    public static string ToolPath => Path.Combine(AppContext.BaseDirectory, "FundMath.Cli.dll");

    public static Result RunProcess(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ToolPath);

        // The expected outputs are English and uncoloured, whatever the developer's locale and NO_COLOR.
        foreach (string variable in (string[])["NO_COLOR", "LC_ALL", "LC_MESSAGES", "LANG", "COLUMNS"])
        {
            start.Environment.Remove(variable);
        }

        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return new Result(process.ExitCode, Normalise(stdout), Normalise(stderrTask.Result));
    }

    public static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    /// <summary>
    /// The checked-in source folder of this test project (for expected outputs and data), found by walking up from
    /// the test binary to the repository root. [CallerFilePath] cannot be used: CI builds set
    /// ContinuousIntegrationBuild, which maps source paths to "/_/".
    /// </summary>
    public static string SourceDirectory() => SourceFolder.Value;

    private static readonly Lazy<string> SourceFolder = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FundMath.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "FundMath.Cli.Tests");
            }
        }

        throw new InvalidOperationException($"FundMath.sln not found above {AppContext.BaseDirectory}.");
    });

    public static string DataFile(string name) => Path.Combine(SourceDirectory(), "Data", name);

    /// <summary>
    /// Compares with tests/FundMath.Cli.Tests/Expected/NAME; with FUNDMATH_UPDATE_EXPECTED=1 rewrites the file instead.
    /// </summary>
    public static void AssertMatchesExpected(string name, string actual)
    {
        string path = Path.Combine(SourceDirectory(), "Expected", name);
        if (Environment.GetEnvironmentVariable("FUNDMATH_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(path, actual, new System.Text.UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"{path} does not exist; run the tests once with FUNDMATH_UPDATE_EXPECTED=1 to create it.");
        string expected = Normalise(File.ReadAllText(path));
        Assert.Equal(expected, Normalise(actual));
    }
}
