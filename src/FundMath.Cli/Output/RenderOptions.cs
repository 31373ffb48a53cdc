namespace FundMath.Cli.Output;

/// <summary>How a view is rendered.</summary>
/// <param name="Explain">Include the explanation trees.</param>
/// <param name="Colour">Use ANSI colours (terminal only).</param>
/// <param name="Width">Width of the terminal rendering in columns.</param>
internal sealed record RenderOptions(bool Explain = false, bool Colour = false, int Width = 120);
