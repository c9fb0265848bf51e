using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperCatalog.Tool.Reporting;

/// <summary>
/// Papers as plain aligned columns (id, year, title, first author): readable in a terminal, and still one paper
/// per line for grep and cut.
/// </summary>
internal static class PaperTable
{
    /// <summary>Longer titles are cut, so that a row fits a common terminal width.</summary>
    public const int TitleWidth = 60;

    public static void Write(TextWriter writer, IReadOnlyList<Paper> papers)
    {
        string[][] rows = papers
            .Select(p => new[] { p.Id, p.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Truncate(p.Title, TitleWidth), FirstAuthor(p) })
            .Prepend(new[] { "ID", "YEAR", "TITLE", "FIRST AUTHOR" })
            .ToArray();
        int[] widths = Enumerable.Range(0, 4).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (string[] row in rows)
        {
            string line = string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c])));
            writer.WriteLine(line.TrimEnd());
        }
    }

    /// <summary>The text cut to <paramref name="width"/> characters, ending in "..." when cut.</summary>
    public static string Truncate(string text, int width)
        => text.Length <= width ? text : text.Substring(0, width - 3).TrimEnd() + "...";

    private static string FirstAuthor(Paper paper)
    {
        if (paper.Authors.Count == 0)
        {
            return string.Empty;
        }

        string first = paper.Authors[0].DisplayName;
        return paper.Authors.Count > 1 ? first + " et al." : first;
    }

    /// <summary>"1 paper" or "n papers".</summary>
    public static string Count(int n) => n + (n == 1 ? " paper" : " papers");
}
