using PaperCatalog.Data;

namespace PaperCatalog.Core.Parsing;

/// <summary>The keys an entry may hold. Names follow Citation File Format 1.2.0 where the two overlap.</summary>
internal static class EntryKeys
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Authors = "authors";
    public const string Year = "year";
    public const string DatePublished = "date-published";
    public const string Abstract = "abstract";
    public const string Arxiv = "arxiv";
    public const string PrimaryClass = "primary-class";
    public const string Doi = "doi";
    public const string Url = "url";
    public const string RepositoryCode = "repository-code";
    public const string Venue = "venue";
    public const string Keywords = "keywords";
    public const string Related = "related";
    public const string Supersedes = "supersedes";
    public const string Status = "status";
    public const string DateReleased = "date-released";

    public const string FamilyNames = "family-names";
    public const string GivenNames = "given-names";
    public const string NameParticle = "name-particle";
    public const string NameSuffix = "name-suffix";
    public const string Name = "name";
    public const string Orcid = "orcid";
    public const string Affiliation = "affiliation";

    // The keys of a structured venue, after CFF's conference/journal and year.
    public const string VenueName = "name";
    public const string VenueType = "type";
    public const string VenueYear = "year";

    public static readonly string[] EntryKeyNames =
    {
        Id, Title, Authors, Year, DatePublished, Abstract, Arxiv, PrimaryClass, Doi, Url, RepositoryCode, Venue,
        Keywords, Related, Supersedes, Status, DateReleased,
    };

    public static readonly string[] AuthorKeyNames =
    {
        FamilyNames, GivenNames, NameParticle, NameSuffix, Name, Orcid, Affiliation,
    };

    public static readonly string[] VenueKeyNames = { VenueName, VenueType, VenueYear };

    /// <summary>Values <c>status</c> accepts; an entry without it is an ordinary, current paper.</summary>
    public static readonly string[] StatusValues = { StatusWords.Active, StatusWords.Retracted, StatusWords.Withdrawn };
}
