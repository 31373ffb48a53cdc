using System;
using FundMath.Cli.Commands;

namespace FundMath.Cli;

/// <summary>Entry point of the fundmath tool.</summary>
public static class Program
{
    /// <summary>Runs the tool; the exit code is 0 (ok), 1 (findings or failing cases) or 2 (usage or input error).</summary>
    public static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return Run(args, Console.Out, Console.Error, terminal: !Console.IsOutputRedirected);
    }

    /// <summary>Runs the tool in-process, writing to the given writers (tests, embedding).</summary>
    public static int Run(string[] args, System.IO.TextWriter stdout, System.IO.TextWriter stderr, bool terminal = false) =>
        new CliApp(stdout, stderr, terminal).Run(args);
}
