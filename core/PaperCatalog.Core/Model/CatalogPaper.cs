namespace PaperCatalog.Core.Model;

/// <summary>
/// A paper ready to emit: its entry, the C# name of its members, and, when it is retracted or superseded,
/// the reason its members are marked obsolete.
/// </summary>
internal sealed record CatalogPaper(PaperEntry Entry, string MemberName, string? ObsoleteMessage);
