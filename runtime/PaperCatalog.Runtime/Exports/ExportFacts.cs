using System;

namespace PaperCatalog.Exports;

/// <summary>Facts derived from a paper that all exporters share, so the formats never disagree.</summary>
internal static class ExportFacts
{
    /// <summary>
    /// The kind of the paper. A venue naming a journal or <c>Transactions</c> is a journal; any other venue is taken as
    /// a conference, since the catalog's venues are mostly written like <c>ICLR 2023</c>.
    /// </summary>
    public static PublicationKind KindOf(Paper paper)
    {
        if (string.IsNullOrWhiteSpace(paper.Venue))
        {
            return PublicationKind.Preprint;
        }

        return paper.Venue.Contains("journal", StringComparison.OrdinalIgnoreCase)
               || paper.Venue.Contains("transactions", StringComparison.OrdinalIgnoreCase)
            ? PublicationKind.Journal
            : PublicationKind.Conference;
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
