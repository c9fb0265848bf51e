using System;
using System.Collections.Generic;

namespace PaperCatalog.Tool.Importing;

/// <summary>Small text helpers the readers share: line numbers of offsets, whitespace normalisation.</summary>
internal sealed class TextLines
{
    private readonly List<int> _starts = new() { 0 };

    public TextLines(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _starts.Add(i + 1);
            }
        }
    }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public (int Line, int Column) At(int offset)
    {
        int index = _starts.BinarySearch(offset);
        int line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _starts[line] + 1);
    }

    /// <summary>Runs of whitespace (line breaks in XML and BibTeX values) as one space, trimmed.</summary>
    public static string Collapse(string text)
        => string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
