using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Model;

/// <summary>A value of an entry together with where it is written, for rules that look across entries.</summary>
internal sealed record SpannedValue(string Value, SourceSpan Span);

/// <summary>
/// Where the values that cross-entry rules check are written in the file, so that a duplicate or a dangling
/// reference is reported at the value itself.
/// </summary>
internal sealed record EntryLocations(
    SpannedValue Id,
    SpannedValue? ArxivId,
    SpannedValue? Doi,
    EquatableArray<SpannedValue> Keywords,
    EquatableArray<SpannedValue> Related,
    SpannedValue? Supersedes);
