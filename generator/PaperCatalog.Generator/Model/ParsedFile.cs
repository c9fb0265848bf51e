using PaperCatalog.Generator.Diagnostics;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// The result of parsing one entry file: the entry when it is valid on its own, where its checked values are,
/// and the file's own diagnostics. One per file, so an edit to one file re-parses that file alone.
/// </summary>
/// <param name="DeclaredId">The id the file declares, even when the entry is invalid, so that references to it
/// are not also reported as dangling.</param>
internal sealed record ParsedFile(
    string Path,
    string? DeclaredId,
    PaperEntry? Entry,
    EntryLocations? Locations,
    EquatableArray<DiagnosticInfo> Diagnostics);
