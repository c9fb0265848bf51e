using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Tool.Sources;

namespace PaperCatalog.Tool.Refreshing;

/// <summary>
/// What changed upstream for one entry: a retraction or withdrawal (status), a correction, the published version's
/// DOI and venue, and arXiv versions after the first. Values the curator wrote are reported, never silently replaced.
/// </summary>
internal static class EntryComparer
{
    // The entry's status words (the core's StatusWords, which the runtime also compiles under the same name).
    private const string Active = "active";
    private const string Retracted = "retracted";
    private const string Withdrawn = "withdrawn";

    public static IReadOnlyList<EntryChange> Compare(PaperEntry entry, FetchedPaper upstream)
    {
        var changes = new List<EntryChange>();
        foreach (UpdateNotice notice in upstream.Notices)
        {
            string what = notice.Source + (notice.Doi == null ? string.Empty : " " + notice.Doi) + (notice.Date == null ? string.Empty : " of " + notice.Date);
            switch (notice.Kind)
            {
                case NoticeKind.Retraction when entry.Status != Retracted:
                    changes.Add(Status(entry, Retracted, "retracted: " + what));
                    break;
                case NoticeKind.Withdrawal when entry.Status != Withdrawn:
                    changes.Add(Status(entry, Withdrawn, "withdrawn: " + what));
                    break;
                case NoticeKind.Retraction or NoticeKind.Withdrawal:
                    // The entry already says so.
                    break;
                default:
                    changes.Add(new EntryChange("corrected: " + what + " (read the correction; nothing to set)"));
                    break;
            }
        }

        if (upstream.Doi != null && PaperIdentifier.ArxivOfDoi(upstream.Doi) == null && !string.Equals(entry.Doi, upstream.Doi, StringComparison.OrdinalIgnoreCase))
        {
            changes.Add(entry.Doi == null
                ? new EntryChange("published version's DOI: " + upstream.Doi, EntryKeys.Doi, upstream.Doi)
                : new EntryChange("DOI upstream is " + upstream.Doi + ", the entry has " + entry.Doi, EntryKeys.Doi, upstream.Doi, OverwritesCuratorValue: true));
        }

        if (upstream.VenueName != null && entry.Venue != upstream.VenueName)
        {
            changes.Add(entry.Venue == null
                ? new EntryChange("published in: " + upstream.VenueName, EntryKeys.Venue, upstream.VenueName)
                : new EntryChange("venue upstream is '" + upstream.VenueName + "', the entry has '" + entry.Venue + "'", EntryKeys.Venue, upstream.VenueName, OverwritesCuratorValue: true));
        }

        if (upstream.ArxivVersion is > 1)
        {
            changes.Add(new EntryChange("arXiv's latest version is v" + upstream.ArxivVersion + " (the entry's facts are of v1)"));
        }

        // Several notices of one kind ask for the same status once.
        return changes.GroupBy(c => c.Key == EntryKeys.Status ? c.Key + "=" + c.Value : c.Description).Select(g => g.First()).ToList();
    }

    private static EntryChange Status(PaperEntry entry, string status, string description)
        => new EntryChange(description, EntryKeys.Status, status, OverwritesCuratorValue: entry.Status != null && entry.Status != Active);
}
