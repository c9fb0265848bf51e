namespace PaperCatalog.Tool.Refreshing;

/// <summary>
/// One difference between an entry and its sources. <see cref="Key"/> and <see cref="Value"/> say what
/// <c>--write</c> would set; a change without a key is only reported (a correction, a newer arXiv version).
/// <see cref="Yaml"/>, when set, is the key's whole text as the writer lays it out (a structured venue), which
/// replaces the key's block; <see cref="Value"/> is then only what the report shows.
/// </summary>
internal sealed record EntryChange(string Description, string? Key = null, string? Value = null, bool OverwritesCuratorValue = false, string? Yaml = null)
{
    /// <summary>True when <c>--write</c> can apply it without <c>--force</c>: it fills a key the entry does not have.</summary>
    public bool IsSafe => Key != null && !OverwritesCuratorValue;
}
