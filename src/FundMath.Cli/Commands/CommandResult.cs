using FundMath.Cli.Views;

namespace FundMath.Cli.Commands;

/// <summary>What a command produced: the view to render and the exit code (0 ok, 1 findings/failures).</summary>
internal sealed record CommandResult(ReportView View, int ExitCode);
