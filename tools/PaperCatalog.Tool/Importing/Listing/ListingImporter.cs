using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Importing.Listing;

/// <summary>
/// Joins a listing's titles and abstracts with the metadata file's authors, year and identifiers, matched by title
/// (case and spacing ignored; the arXiv title counts too). A paper without metadata keeps its title and abstract but
/// becomes a skipped candidate: an entry without authors and year would break every build that includes it.
/// </summary>
internal static class ListingImporter
{
    public static IReadOnlyList<ImportCandidate> Combine(
        string listingPath,
        IReadOnlyList<ListingItem> items,
        string? metadataPath,
        IReadOnlyList<MetadataRecord> metadata,
        TextWriter notes)
    {
        var byTitle = new Dictionary<string, MetadataRecord>(StringComparer.Ordinal);
        foreach (MetadataRecord record in metadata)
        {
            byTitle.TryAdd(Key(record.Title), record);
            if (record.ArxivTitle != null)
            {
                byTitle.TryAdd(Key(record.ArxivTitle), record);
            }
        }

        var used = new HashSet<MetadataRecord>();
        var candidates = new List<ImportCandidate>();
        foreach (ListingItem item in items)
        {
            string source = listingPath + "(" + item.Line + "): '" + PaperTable.Truncate(item.Title, 60) + "'";
            byTitle.TryGetValue(Key(item.Title), out MetadataRecord? record);
            if (record != null)
            {
                used.Add(record);
            }

            EntryDraft draft = Draft(item, record);
            string? problem = record != null ? null
                : metadataPath == null ? "the listing gives no authors or year; pass --metadata with a papers-metadata.yaml that has them"
                : "no paper in " + metadataPath + " has this title, so it has no authors or year";
            candidates.Add(ImportCandidate.Of(source, draft, problem));
        }

        foreach (MetadataRecord unused in metadata.Where(r => !used.Contains(r)))
        {
            notes.WriteLine("note: " + metadataPath + "(" + unused.Line + "): '" + PaperTable.Truncate(unused.Title, 60) + "' matches no title of the listing.");
        }

        return candidates;
    }

    private static EntryDraft Draft(ListingItem item, MetadataRecord? record) => new()
    {
        Id = IdSuggester.FromTitle(item.Title),
        Title = item.Title,
        Abstract = item.Abstract,
        Authors = record?.Authors.Select(PersonName.Parse).OfType<AuthorDraft>().ToList() ?? new List<AuthorDraft>(),
        Year = record?.Year,
        Arxiv = record?.Arxiv == null ? null : ArxivYear.Canonical(record.Arxiv),
        Venue = record?.Venue,
        Doi = record?.Doi,
        RepositoryCode = record?.Code,
    };

    private static string Key(string title) => TextLines.Collapse(title).ToLowerInvariant();
}
