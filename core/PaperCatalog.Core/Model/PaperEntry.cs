namespace PaperCatalog.Core.Model;

/// <summary>One valid paper entry, as read from its YAML file. Plain equatable data, no Roslyn types.</summary>
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
    string? Status);
