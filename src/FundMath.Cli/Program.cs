using System;
using System.Collections.Generic;
using FundMath.Cli.Commands;

namespace FundMath.Cli;

/// <summary>Entry point of the fundmath tool.</summary>
public static class Program
{
    /// <summary>Runs the tool; the exit code is 0 (ok), 1 (findings or failing cases) or 2 (usage or input error).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return new CliApp(Console.Out, Console.Error, terminal: !Console.IsOutputRedirected, Environment.GetEnvironmentVariable, System.Globalization.CultureInfo.CurrentUICulture.Name).Run(args);
    }

    /// <summary>
    /// Runs the tool in-process, writing to the given writers (tests, embedding). The process environment is not
    /// read: NO_COLOR, COLUMNS and the locale (LC_ALL, LC_MESSAGES, LANG) come from <paramref name="environment"/> only.
    /// </summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="stdout">Receives the output.</param>
    /// <param name="stderr">Receives the error messages.</param>
    /// <param name="terminal">True to render as for a terminal (colours unless NO_COLOR or --no-color).</param>
    /// <param name="environment">Environment variables the tool honours; none when null.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, System.IO.TextWriter stdout, System.IO.TextWriter stderr, bool terminal = false, IReadOnlyDictionary<string, string>? environment = null) =>
        new CliApp(stdout, stderr, terminal, name => environment is not null && environment.TryGetValue(name, out string? value) ? value : null).Run(args);
}
