using System;

namespace PaperCatalog.Tool.Importing;

/// <summary>
/// An input file that is not in the format its command reads (BibTeX, Atom XML, a listing, the metadata YAML).
/// Carries the file and the 1-based line and column, so that the message points at the problem.
/// </summary>
internal sealed class InputFormatException : Exception
{
    public InputFormatException(string path, int line, int column, string problem)
        : base(path + "(" + line + "," + column + "): " + problem)
    {
        Path = path;
        Line = line;
        Column = column;
        Problem = problem;
    }

    /// <summary>The input file as the user named it.</summary>
    public string Path { get; }

    /// <summary>1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>1-based column of the problem.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
