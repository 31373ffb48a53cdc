using System;

namespace FundMath.Cli.Input;

/// <summary>A problem with an input file, located by file, line and column where known; exit code 2.</summary>
internal sealed class InputException : Exception
{
    public InputException(string message, string? file = null, int line = 0, int column = 0, Exception? inner = null)
        : base(message, inner)
    {
        File = file;
        Line = line;
        Column = column;
    }

    public string? File { get; }

    public int Line { get; }

    public int Column { get; }

    /// <summary>"file:line:column: message" (the location parts that are known).</summary>
    public string Describe()
    {
        if (File is null)
        {
            return Message;
        }

        string where = Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;
        return where + ": " + Message;
    }
}
