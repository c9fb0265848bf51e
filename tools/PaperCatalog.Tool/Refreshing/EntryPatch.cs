using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Exports;

namespace PaperCatalog.Tool.Refreshing;

/// <summary>
/// Sets top-level keys of an entry file's text, line by line, so that everything else the curator wrote (comments,
/// order, layout) stays as it was. A key that is missing is inserted where the writer would put it; a key whose
/// value spans several lines is left alone and reported, as it cannot be replaced safely, unless the change brings
/// the key's whole block (a structured venue), which then replaces the block.
/// </summary>
internal static class EntryPatch
{
    // The order in which EntryYamlWriter writes keys; a new key goes before the first present key after it.
    private static readonly string[] Order =
    {
        EntryKeys.Id, EntryKeys.Title, EntryKeys.Authors, EntryKeys.Year, EntryKeys.DatePublished, EntryKeys.DateReleased, EntryKeys.Arxiv, EntryKeys.PrimaryClass,
        EntryKeys.Venue, EntryKeys.Doi, EntryKeys.Url, EntryKeys.RepositoryCode, EntryKeys.Status, EntryKeys.Supersedes,
        EntryKeys.Keywords, EntryKeys.Related, EntryKeys.Abstract,
    };

    /// <summary>The text with <paramref name="key"/> set to <paramref name="value"/>, or null with <paramref name="problem"/>.</summary>
    public static string? Set(string text, string key, string value, out string? problem)
        => Set(text, key, new[] { key + ": " + (key == EntryKeys.Status ? value : YamlText.Quote(value)) }, replaceBlock: false, out problem);

    /// <summary>
    /// The text with <paramref name="key"/>'s whole block (its line and the indented lines under it) replaced by
    /// <paramref name="yaml"/>, the key as the writer lays it out; a missing key is inserted in the writer's order.
    /// </summary>
    public static string SetBlock(string text, string key, string yaml)
        => Set(text, key, yaml.TrimEnd('\n').Split('\n'), replaceBlock: true, out _)!;

    private static string? Set(string text, string key, IReadOnlyList<string> keyLines, bool replaceBlock, out string? problem)
    {
        problem = null;
        string newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        List<string> lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        bool endsWithNewline = text.EndsWith('\n');
        if (endsWithNewline)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        int at = lines.FindIndex(l => IsKeyLine(l, key));
        if (at >= 0 && replaceBlock)
        {
            int end = at + 1;
            while (end < lines.Count && lines[end].Length > 0 && char.IsWhiteSpace(lines[end][0]))
            {
                end++;
            }

            lines.RemoveRange(at, end - at);
            lines.InsertRange(at, keyLines);
        }
        else if (at >= 0)
        {
            string rest = lines[at].Substring(key.Length + 1).Trim();
            bool continues = at + 1 < lines.Count && lines[at + 1].Length > 0 && char.IsWhiteSpace(lines[at + 1][0]);
            if (rest.Length == 0 || continues || rest.StartsWith('|') || rest.StartsWith('>') || rest.StartsWith('{') || rest.StartsWith('['))
            {
                problem = "'" + key + "' spans several lines; set it by hand";
                return null;
            }

            lines[at] = keyLines[0];
        }
        else
        {
            int after = Array.IndexOf(Order, key);
            int before = lines.FindIndex(l => Order.Skip(after + 1).Any(later => IsKeyLine(l, later)));
            lines.InsertRange(before < 0 ? lines.Count : before, keyLines);
        }

        return string.Join(newline, lines) + newline;
    }

    private static bool IsKeyLine(string line, string key)
        => line.StartsWith(key, StringComparison.Ordinal) && line.Length > key.Length && line[key.Length] == ':'
           && (line.Length == key.Length + 1 || line[key.Length + 1] == ' ');
}
