using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Tool.Sources;

/// <summary>
/// One paper from its preprint (arXiv) and its published version (Crossref or DataCite): the catalog's year and
/// text are the first version's, the DOI and venue the published version's, the ORCIDs the registrar's.
/// </summary>
internal static class PaperMerge
{
    public static FetchedPaper Merge(FetchedPaper preprint, FetchedPaper published) => preprint with
    {
        Authors = WithOrcids(preprint.Authors, published.Authors),
        Abstract = preprint.Abstract ?? published.Abstract,
        Doi = published.Doi ?? preprint.Doi,
        VenueName = published.VenueName ?? preprint.VenueName,
        VenueType = published.VenueName != null ? published.VenueType : preprint.VenueType,
        PublishedYear = published.PublishedYear ?? preprint.PublishedYear,
        Notices = preprint.Notices.Concat(published.Notices).ToList(),
        Sources = preprint.Sources.Concat(published.Sources).ToList(),
    };

    // arXiv lists names as typed by the submitter; the registrar's list, when it is the same people, adds ORCIDs.
    private static IReadOnlyList<FetchedAuthor> WithOrcids(IReadOnlyList<FetchedAuthor> preprint, IReadOnlyList<FetchedAuthor> published)
    {
        if (preprint.Count != published.Count)
        {
            return preprint;
        }

        return preprint.Select((author, i) =>
            published[i].Orcid != null && published[i].Family is { } family && (author.Literal ?? author.Family ?? string.Empty).EndsWith(family, StringComparison.OrdinalIgnoreCase)
                ? author with { Orcid = published[i].Orcid }
                : author).ToList();
    }
}
