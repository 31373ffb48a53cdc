namespace FundMath.Cli;

/// <summary>Entry point of the fundmath tool.</summary>
public static class Program
{
    /// <summary>Runs the tool.</summary>
    public static int Main(string[] args)
    {
        System.Console.WriteLine("fundmath: commands are being built (see docs/cli.md).");
        return args.Length == 0 ? 0 : 2;
    }
}
