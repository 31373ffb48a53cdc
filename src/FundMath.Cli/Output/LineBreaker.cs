using System.Collections.Generic;
using System.Text;
using Spectre.Console;

namespace FundMath.Cli.Output;

/// <summary>
/// Breaks a paragraph into lines of at most a given number of terminal cells: at spaces, and inside Chinese text
/// between two characters (as Chinese is set; a closing mark such as ，。）stays with the character before it),
/// never inside a Latin word, a number or an identifier — unless one alone is wider than the line.
/// </summary>
internal static class LineBreaker
{
    /// <summary>The lines of <paramref name="text"/>: the first starts with <paramref name="prefix"/>, the others with as many spaces as <paramref name="hanging"/>.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width, string prefix = "", int hanging = -1)
    {
        int indent = hanging < 0 ? prefix.GetCellWidth() : hanging;
        var lines = new List<string>();
        foreach (string paragraph in text.Split('\n'))
        {
            var line = new StringBuilder(lines.Count == 0 ? prefix : new string(' ', indent));
            int used = line.ToString().GetCellWidth();
            int start = used;
            foreach (string unit in Units(paragraph))
            {
                int w = unit.GetCellWidth();
                if (used + w > width && used > start && unit != " ")
                {
                    lines.Add(line.ToString().TrimEnd());
                    line.Clear().Append(' ', indent);
                    used = indent;
                }

                if (unit == " " && used == indent && lines.Count > 0 && line.Length == indent)
                {
                    continue;
                }

                if (w > width - used && used == start)
                {
                    // A single word wider than the line: it has to be cut.
                    foreach (char c in unit)
                    {
                        int cw = c.ToString().GetCellWidth();
                        if (used + cw > width && used > start)
                        {
                            lines.Add(line.ToString());
                            line.Clear().Append(' ', indent);
                            used = indent;
                        }

                        line.Append(c);
                        used += cw;
                    }

                    continue;
                }

                line.Append(unit);
                used += w;
            }

            lines.Add(line.ToString().TrimEnd());
        }

        return lines;
    }

    /// <summary>The units a line may break between: a space, a run of non-space, non-CJK characters, or one CJK character with the closing marks after it.</summary>
    internal static IEnumerable<string> Units(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                i++;
                yield return " ";
                continue;
            }

            int start = i;
            if (IsCjk(c))
            {
                i++;
            }
            else
            {
                while (i < text.Length && text[i] != ' ' && !IsCjk(text[i]))
                {
                    i++;
                }
            }

            while (i < text.Length && IsClosing(text[i]))
            {
                i++;
            }

            yield return text[start..i];
        }
    }

    private static bool IsCjk(char c) => c is (>= '\u2e80' and <= '\u9fff') or (>= '\uf900' and <= '\ufaff') or (>= '\uff00' and <= '\uffef');

    private static bool IsClosing(char c) => c is '，' or '。' or '、' or '；' or '：' or '）' or '」' or '』' or '》' or '！' or '？' or ',' or '.' or ')' or ';' or ':';
}
