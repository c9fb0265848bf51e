using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperCatalog.Exports;

/// <summary>
/// When two papers, perhaps from two catalogs, are the same work: the same arXiv id, the same DOI, or the same id
/// with the same data. An export lists such a paper once.
/// </summary>
internal static class PaperIdentity
{
    /// <summary>The papers in the order given, each kept only if no earlier one is the same work.</summary>
    public static IReadOnlyList<Paper> Distinct(IEnumerable<Paper> papers, string parameterName)
    {
        var kept = new List<Paper>();
        var arxivIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var dois = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (Paper? paper in papers)
        {
            if (paper == null)
            {
                throw new ArgumentException("The sequence holds a null paper.", parameterName);
            }

            bool known = (paper.ArxivId != null && arxivIds.Contains(paper.ArxivId))
                         || (paper.Doi != null && dois.Contains(paper.Doi))
                         || kept.Any(k => SameData(k, paper));
            if (known)
            {
                continue;
            }

            kept.Add(paper);
            if (paper.ArxivId != null)
            {
                arxivIds.Add(paper.ArxivId);
            }

            if (paper.Doi != null)
            {
                dois.Add(paper.Doi);
            }
        }

        return kept;
    }

    // Everything an export prints, compared; Author is a record, so its lists compare by value.
    private static bool SameData(Paper a, Paper b)
        => ReferenceEquals(a, b)
           || (a.Id == b.Id && a.Title == b.Title && a.Year == b.Year && a.DatePublished == b.DatePublished
               && a.Venue == b.Venue && a.Url == b.Url && a.Abstract == b.Abstract
               && a.Authors.SequenceEqual(b.Authors) && a.Keywords.SequenceEqual(b.Keywords, StringComparer.Ordinal));
}
