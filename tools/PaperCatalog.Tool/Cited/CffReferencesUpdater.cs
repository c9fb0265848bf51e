using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace PaperCatalog.Tool.Cited;

/// <summary>
/// Writes the <c>references:</c> of a CITATION.cff and leaves every other line as it was: comments, key order,
/// quoting and line ends. Works on lines, not on a parsed tree, because a YAML round trip would drop the comments.
/// </summary>
internal static class CffReferencesUpdater
{
    private const string Key = "references:";

    /// <summary>
    /// The file's text with its top-level <c>references:</c> block replaced by <paramref name="references"/> (the
    /// exporter's <c>references:</c> block, or empty to remove the key), or the block appended when there was none.
    /// </summary>
    /// <exception cref="InvalidDataException">The existing text is not a YAML mapping.</exception>
    public static string Update(string existing, string references)
    {
        CheckMapping(existing);
        string newline = existing.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        List<string> lines = existing.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').ToList();
        bool endsWithNewline = lines.Count > 0 && lines[^1].Length == 0;
        if (endsWithNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        List<string> block = references.Length == 0 ? [] : references.TrimEnd('\n').Split('\n').ToList();
        int start = lines.FindIndex(IsReferencesKey);
        if (start < 0)
        {
            if (block.Count > 0 && lines.Count > 0 && lines[^1].Trim().Length > 0)
            {
                lines.Add(string.Empty);
            }

            lines.AddRange(block);
        }
        else
        {
            int end = BlockEnd(lines, start);
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, block);
        }

        string text = string.Join(newline, lines) + (endsWithNewline || start < 0 ? newline : string.Empty);
        CheckMapping(text);
        return text;
    }

    private static bool IsReferencesKey(string line)
        => line.StartsWith(Key, StringComparison.Ordinal) && (line.Length == Key.Length || line[Key.Length] is ' ' or '\t');

    /// <summary>
    /// The first line after the block: the block is the key's line and what is indented, a sequence item at column 0,
    /// or blank; a column-0 comment belongs to it only when more of the block follows. Trailing blank lines and
    /// comments stay with what comes next.
    /// </summary>
    private static int BlockEnd(List<string> lines, int start)
    {
        int end = start + 1;
        for (int i = start + 1; i < lines.Count; i++)
        {
            string line = lines[i];
            if (line.Length > 0 && (line[0] is ' ' or '\t' or '-') && line.Trim().Length > 0 && !line.TrimStart().StartsWith('#'))
            {
                end = i + 1;
            }
            else if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            else
            {
                break;
            }
        }

        return end;
    }

    private static void CheckMapping(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException("the file is not valid YAML (" + ex.Start.Line + "," + ex.Start.Column + "): " + CitationListing.OneLine(ex.Message), ex);
        }

        if (stream.Documents.Count > 1 || (stream.Documents.Count == 1 && stream.Documents[0].RootNode is not YamlMappingNode))
        {
            throw new InvalidDataException("the file is not one YAML mapping of keys, as a CITATION.cff is");
        }
    }
}
