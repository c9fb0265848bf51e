namespace PaperCatalog.Core.Model;

/// <summary>
/// One author as written in an entry: a person (CFF <c>family-names</c>, <c>given-names</c>, <c>name-particle</c>,
/// <c>name-suffix</c>, <c>orcid</c>) or a group (CFF entity <c>name</c>).
/// </summary>
internal sealed record AuthorEntry(
    string? FamilyNames,
    string? GivenNames,
    string? NameParticle,
    string? NameSuffix,
    string? Name,
    string? Orcid);
