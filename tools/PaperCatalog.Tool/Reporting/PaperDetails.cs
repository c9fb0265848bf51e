using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperCatalog.Exports;

namespace PaperCatalog.Tool.Reporting;

/// <summary><c>show</c>'s page for one paper: every value of the entry, labelled, and its APA reference.</summary>
internal static class PaperDetails
{
    private const int LabelWidth = 12;
    private const int TextWidth = 100;

    public static void Write(TextWriter writer, Paper paper, string? path)
    {
        writer.WriteLine(paper.Id);
        Line(writer, "Title", paper.Title);
        Line(writer, "Authors", string.Join(", ", paper.Authors.Select(a => a.DisplayName)));
        Line(writer, "Year", paper.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Line(writer, "Published", paper.DatePublished?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Line(writer, "Released", paper.DateReleased?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Line(writer, "Venue", VenueLine(paper));
        Line(writer, "arXiv", paper.ArxivId == null ? null : paper.ArxivId + (paper.PrimaryClass == null ? string.Empty : " [" + paper.PrimaryClass + "]"));
        Line(writer, "DOI", paper.Doi);
        Line(writer, "Link", paper.Link);
        Line(writer, "Code", paper.RepositoryCode);
        Line(writer, "Keywords", paper.Keywords.Count == 0 ? null : string.Join(", ", paper.Keywords));
        Line(writer, "Related", paper.Related.Count == 0 ? null : string.Join(", ", paper.Related));
        Line(writer, "Supersedes", paper.Supersedes);
        Line(writer, "Status", paper.Status == PaperStatus.Active ? null : paper.Status.ToString().ToLowerInvariant());
        Line(writer, "File", path);
        Line(writer, "APA", ApaFormatter.Format(paper));
        if (paper.Abstract != null)
        {
            writer.WriteLine();
            foreach (string line in Wrap(paper.Abstract, TextWidth))
            {
                writer.WriteLine("  " + line);
            }
        }
    }

    // The venue's name, then what the structured form adds: "ICLR 2024 (conference, 2024)".
    private static string? VenueLine(Paper paper)
    {
        if (paper.Venue == null)
        {
            return null;
        }

        var facts = new List<string>();
        if (paper.VenueType != VenueType.Unspecified)
        {
            facts.Add(paper.VenueType.ToString().ToLowerInvariant());
        }

        if (paper.VenueYear is int year)
        {
            facts.Add(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return facts.Count == 0 ? paper.Venue : paper.Venue + " (" + string.Join(", ", facts) + ")";
    }

    // Long values (31 authors, an APA reference) wrap under their first line instead of running off the screen.
    private static void Line(TextWriter writer, string label, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        string prefix = "  " + (label + ":").PadRight(LabelWidth);
        foreach (string line in Wrap(value, TextWidth - prefix.Length))
        {
            writer.WriteLine(prefix + line);
            prefix = new string(' ', prefix.Length);
        }
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', System.StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }

            line.Append(line.Length > 0 ? " " : string.Empty).Append(word);
        }

        if (line.Length > 0)
        {
            yield return line.ToString();
        }
    }
}
