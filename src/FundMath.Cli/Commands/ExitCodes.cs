namespace FundMath.Cli.Commands;

/// <summary>The tool's exit codes (docs/cli.md).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>check-report found errors, or test had failing cases.</summary>
    public const int Findings = 1;

    /// <summary>Usage error (unknown option, bad value) or input error (missing file, malformed input).</summary>
    public const int UsageOrInput = 2;

    /// <summary>An unexpected internal error (a bug): the message asks for --verbose and a report.</summary>
    public const int Internal = 70;
}
