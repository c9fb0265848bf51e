using System;

namespace PaperCatalog.Exports;

/// <summary>Facts derived from a paper that all exporters share, so the formats never disagree.</summary>
internal static class ExportFacts
{
    /// <summary>
    /// The kind of the paper: the venue's type when the entry states it (a workshop counts as a conference). Else a
    /// venue naming a journal or <c>Transactions</c> is a journal, and any other venue is taken as a conference, since
    /// the catalog's venues are mostly written like <c>ICLR 2023</c>.
    /// </summary>
    public static PublicationKind KindOf(Paper paper)
    {
        if (string.IsNullOrWhiteSpace(paper.Venue))
        {
            return PublicationKind.Preprint;
        }

        switch (paper.VenueType)
        {
            case VenueType.Journal:
                return PublicationKind.Journal;
            case VenueType.Conference or VenueType.Workshop:
                return PublicationKind.Conference;
        }

        return paper.Venue.Contains("journal", StringComparison.OrdinalIgnoreCase)
               || paper.Venue.Contains("transactions", StringComparison.OrdinalIgnoreCase)
            ? PublicationKind.Journal
            : PublicationKind.Conference;
    }

    /// <summary>
    /// The year every export prints: the published version's year for a paper with a venue, the first public
    /// version's year for a preprint, so a paper first on arXiv in 2023 and published at ICLR 2024 is cited as 2024.
    /// </summary>
    public static int PublishedYear(Paper paper) => VenueOf(paper) != null ? paper.VenueYear ?? paper.Year : paper.Year;

    /// <summary>
    /// The date the exports print where a format takes a full date: the entry's publication date (for a preprint, else
    /// its first version's date) when it falls in <see cref="PublishedYear"/>, else null (a date of another version
    /// would contradict the year).
    /// </summary>
    public static DateOnly? PublishedDate(Paper paper)
    {
        DateOnly? date = paper.DatePublished ?? (VenueOf(paper) == null ? paper.DateReleased : null);
        return date is { } d && d.Year == PublishedYear(paper) ? d : null;
    }

    /// <summary>The venue, or null when there is none (blank counts as none).</summary>
    public static string? VenueOf(Paper paper) => string.IsNullOrWhiteSpace(paper.Venue) ? null : paper.Venue;

    /// <summary>
    /// The page a <c>url</c> field points to: the entry's own landing page when it gives one (chosen by a person),
    /// else the arXiv abstract page.
    /// </summary>
    public static string? LandingUrl(Paper paper) => paper.Url ?? paper.ArxivUrl;

    /// <summary>The arXiv identifier with its scheme, for example <c>arXiv:2005.14165</c>; null when none.</summary>
    public static string? ArxivReference(Paper paper) => paper.ArxivId == null ? null : "arXiv:" + paper.ArxivId;
}
