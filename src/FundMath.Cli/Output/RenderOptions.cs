namespace FundMath.Cli.Output;

/// <summary>How a view is rendered.</summary>
/// <param name="Explain">Include the explanation trees.</param>
/// <param name="Colour">Use ANSI colours (terminal only; off with --no-color or NO_COLOR).</param>
/// <param name="Width">Width of the terminal rendering in columns.</param>
/// <param name="Language">The language of the fixed texts the writers add ("Source:", "Reference lines:").</param>
/// <param name="Bom">Start a CSV with the UTF-8 byte order mark (Excel needs it to read UTF-8).</param>
internal sealed record RenderOptions(bool Explain = false, bool Colour = false, int Width = 120, Language Language = Language.English, bool Bom = false);
