namespace PaperCatalog.Tool.Refreshing;

/// <summary>
/// One difference between an entry and its sources. <see cref="Key"/> and <see cref="Value"/> say what
/// <c>--write</c> would set; a change without a key is only reported (a correction, a newer arXiv version).
/// </summary>
internal sealed record EntryChange(string Description, string? Key = null, string? Value = null, bool OverwritesCuratorValue = false)
{
    /// <summary>True when <c>--write</c> can apply it without <c>--force</c>: it fills a key the entry does not have.</summary>
    public bool IsSafe => Key != null && !OverwritesCuratorValue;
}
