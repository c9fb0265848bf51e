namespace PaperCatalog.Core.Model;

/// <summary>One valid paper entry, as read from its YAML file. Plain equatable data, no Roslyn types.</summary>
/// <remarks>
/// <see cref="Year"/> is the year of the first public version; <see cref="VenueYear"/> the published version's,
/// when the entry's structured venue states it. <see cref="VenueType"/> is a word of <c>VenueTypeWords</c> or null.
/// </remarks>
internal sealed record PaperEntry(
    string Id,
    string Title,
    EquatableArray<AuthorEntry> Authors,
    int Year,
    string? DatePublished,
    string? Abstract,
    string? ArxivId,
    string? PrimaryClass,
    string? Doi,
    string? Url,
    string? RepositoryCode,
    string? Venue,
    EquatableArray<string> Keywords,
    EquatableArray<string> Related,
    string? Supersedes,
    string? Status,
    string? VenueType = null,
    int? VenueYear = null,
    string? DateReleased = null);
