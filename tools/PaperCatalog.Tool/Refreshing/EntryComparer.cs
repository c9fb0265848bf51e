using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Tool.Entries;
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

        if (VenueChange(entry, upstream) is { } venue)
        {
            changes.Add(venue);
        }

        if (upstream.ArxivVersion is > 1)
        {
            changes.Add(new EntryChange("arXiv's latest version is v" + upstream.ArxivVersion + " (the entry's facts are of v1)"));
        }

        // Several notices of one kind ask for the same status once.
        return changes.GroupBy(c => c.Key == EntryKeys.Status ? c.Key + "=" + c.Value : c.Description).Select(g => g.First()).ToList();
    }

    // The published venue's name, year and type against the entry's. A type the entry leaves out is not asked for
    // (it is optional and the catalog states it only where the curator chose to); a year the entry lacks is filled.
    private static EntryChange? VenueChange(PaperEntry entry, FetchedPaper upstream)
    {
        if (upstream.VenueName == null)
        {
            return null;
        }

        string? type = FetchedPaperDraft.TypeWord(upstream.VenueType);
        int? year = upstream.PublishedYear;
        if (entry.Venue == null && entry.VenueType == null && entry.VenueYear == null)
        {
            return new EntryChange("published in: " + Describe(upstream.VenueName, type, year), EntryKeys.Venue, Describe(upstream.VenueName, type, year), Yaml: EntryYamlWriter.Venue(upstream.VenueName, type, year));
        }

        bool sameName = entry.Venue == upstream.VenueName;
        bool sameType = entry.VenueType == null || type == null || entry.VenueType == type;
        bool sameYear = year == null || entry.VenueYear == year;
        if (sameName && sameType && sameYear)
        {
            return null;
        }

        if (sameName && sameType && entry.VenueYear == null)
        {
            // Only the year is missing: the entry's own name and type stay, the year is added.
            string? keptType = entry.VenueType;
            return new EntryChange("published version's year: " + year!.Value.ToString(CultureInfo.InvariantCulture), EntryKeys.Venue, Describe(entry.Venue, keptType, year), Yaml: EntryYamlWriter.Venue(entry.Venue, keptType, year));
        }

        return new EntryChange(
            "venue upstream is '" + Describe(upstream.VenueName, type, year) + "', the entry has '" + Describe(entry.Venue, entry.VenueType, entry.VenueYear) + "'",
            EntryKeys.Venue, Describe(upstream.VenueName, type, year), OverwritesCuratorValue: true, Yaml: EntryYamlWriter.Venue(upstream.VenueName, type, year));
    }

    // "ACL 2022 (conference, 2022)": the name, then the type and year when known.
    private static string Describe(string? name, string? type, int? year)
    {
        string details = string.Join(", ", new[] { type, year?.ToString(CultureInfo.InvariantCulture) }.Where(d => d != null));
        return (name ?? "(no name)") + (details.Length == 0 ? string.Empty : " (" + details + ")");
    }

    private static EntryChange Status(PaperEntry entry, string status, string description)
        => new EntryChange(description, EntryKeys.Status, status, OverwritesCuratorValue: entry.Status != null && entry.Status != Active);
}
