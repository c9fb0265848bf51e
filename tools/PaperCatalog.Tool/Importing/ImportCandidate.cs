using System.Collections.Generic;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Importing;

/// <summary>
/// One paper read from an import's input: its draft, where in the input it came from, and, when it cannot become an
/// entry (no authors, no year...), why not. Such a paper is reported as skipped, never written half-done.
/// </summary>
internal sealed record ImportCandidate(string Source, EntryDraft Draft, string? Problem)
{
    /// <summary>A candidate whose problem is what its draft lacks of the required keys, if anything.</summary>
    public static ImportCandidate Of(string source, EntryDraft draft, string? problem = null)
        => new(source, draft, problem ?? Missing(draft));

    private static string? Missing(EntryDraft draft)
    {
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Title))
        {
            missing.Add("title");
        }

        if (draft.Authors.Count == 0)
        {
            missing.Add("authors");
        }

        if (draft.Year == null)
        {
            missing.Add("year");
        }

        return missing.Count == 0 ? null : "it has no " + string.Join(" or ", missing) + ", which every entry needs";
    }
}
