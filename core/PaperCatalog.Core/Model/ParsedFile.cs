using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Model;

/// <summary>
/// The result of parsing one entry file: the entry when it is valid on its own, where its checked values are,
/// and the file's own diagnostics. One per file, so an edit to one file re-parses that file alone.
/// </summary>
/// <param name="Path">The file's path as the compiler gave it.</param>
/// <param name="DeclaredId">The id the file declares, even when the entry is invalid, so that references to it
/// are not also reported as dangling.</param>
/// <param name="Entry">The entry, or null when the file has an error that leaves it out.</param>
/// <param name="Locations">Where the entry's cross-checked values are written; null with <paramref name="Entry"/>.</param>
/// <param name="Diagnostics">The file's own diagnostics.</param>
internal sealed record ParsedFile(
    string Path,
    string? DeclaredId,
    PaperEntry? Entry,
    EntryLocations? Locations,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The characters of the file's text, which the catalog's budget counts.</summary>
    public int Characters { get; init; }
}
