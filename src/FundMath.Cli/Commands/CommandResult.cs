using FundMath.Cli.Views;

namespace FundMath.Cli.Commands;

/// <summary>What a command produced: the view to render and the exit code (0 ok, 1 findings/failures).</summary>
/// <param name="View">The view to render.</param>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="PlainText">When set, the table format prints this text instead of the view (the case runner's report).</param>
/// <param name="PlainTextChinese">The same text in Chinese, printed instead of <paramref name="PlainText"/> under --lang zh.</param>
internal sealed record CommandResult(ReportView View, int ExitCode, string? PlainText = null, string? PlainTextChinese = null);
