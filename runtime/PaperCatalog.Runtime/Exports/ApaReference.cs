using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace PaperCatalog.Exports;

/// <summary>
/// The elements of an APA 7 reference as the APA CSL style lays them out for the three kinds of paper, as runs of
/// text for <see cref="ApaWriter"/>.
/// </summary>
internal static class ApaReference
{
    public static IReadOnlyList<ApaRun> Runs(Paper paper)
    {
        var runs = new List<ApaRun>();
        PublicationKind kind = ExportFacts.KindOf(paper);
        string? venue = ExportFacts.VenueOf(paper) is { } v ? ApaText.Apostrophes(v) : null;
        string title = ApaText.Apostrophes(paper.Title.Trim());
        string? number = kind == PublicationKind.Preprint ? ExportFacts.ArxivReference(paper) : null;
        string date = "(" + Date(paper, kind) + ")";

        // A preprint's title is italic and carries its number; with no author, the title (and number) take the
        // author's place and the date follows.
        var titleRuns = new List<ApaRun> { new(title, kind == PublicationKind.Preprint) };
        if (number != null)
        {
            titleRuns.Add(new(" (" + number + ")", false));
        }

        if (ApaNames.Format(paper.Authors) is { } authors)
        {
            Element(runs, new ApaRun(authors, false));
            Element(runs, new ApaRun(date, false));
            Element(runs, titleRuns.ToArray());
        }
        else
        {
            Element(runs, titleRuns.ToArray());
            Element(runs, new ApaRun(date, false));
        }

        if (venue != null)
        {
            Element(runs, new ApaRun(kind == PublicationKind.Journal ? ApaText.TitleCase(venue) : venue, true));
        }
        else if (number != null)
        {
            Element(runs, new ApaRun("arXiv", false));
        }

        if ((paper.DoiUrl ?? ExportFacts.LandingUrl(paper)) is { } link)
        {
            runs.Add(new ApaRun(" " + link, false));
        }

        return runs;
    }

    // The year, with month and day for a conference paper (the style prints them only for that kind here).
    private static string Date(Paper paper, PublicationKind kind)
    {
        string year = ExportFacts.PublishedYear(paper).ToString(CultureInfo.InvariantCulture);
        return kind == PublicationKind.Conference && ExportFacts.PublishedDate(paper) is { } date
            ? year + ", " + date.ToString("MMMM d", CultureInfo.InvariantCulture)
            : year;
    }

    // Appends an element after a space and closes it with a period, unless its text already ends in . ? or !.
    private static void Element(List<ApaRun> runs, params ApaRun[] element)
    {
        if (runs.Count > 0)
        {
            runs.Add(new ApaRun(" ", false));
        }

        runs.AddRange(element);
        string last = element.Last().Text.TrimEnd();
        if (last.Length == 0 || last[^1] is not ('.' or '?' or '!'))
        {
            runs.Add(new ApaRun(".", false));
        }
    }
}
