namespace PaperCatalog.Data;

/// <summary>
/// The order of a record's fields in <see cref="CatalogDataFormat"/>. An empty field is an absent value: every value a
/// valid entry holds is non-empty. Numbers are written as invariant decimal text.
/// </summary>
/// <remarks>
/// After the fixed fields come three lists, each a count followed by that many fields: keywords, related ids,
/// and authors, each author being <see cref="AuthorFieldCount"/> fields (family names, given names, particle,
/// suffix, group name, ORCID).
/// </remarks>
#if PAPERCATALOG_CORE
internal
#else
public
#endif
static class PaperRecordLayout
{
    /// <summary>The catalog id.</summary>
    public const int Id = 0;

    /// <summary>The title.</summary>
    public const int Title = 1;

    /// <summary>The year, as decimal text.</summary>
    public const int Year = 2;

    /// <summary>The publication date as YYYY-MM-DD, or empty.</summary>
    public const int DatePublished = 3;

    /// <summary>The abstract.</summary>
    public const int Abstract = 4;

    /// <summary>The arXiv id.</summary>
    public const int ArxivId = 5;

    /// <summary>The arXiv primary category.</summary>
    public const int PrimaryClass = 6;

    /// <summary>The DOI.</summary>
    public const int Doi = 7;

    /// <summary>The landing page URL.</summary>
    public const int Url = 8;

    /// <summary>The code repository URL.</summary>
    public const int RepositoryCode = 9;

    /// <summary>The venue.</summary>
    public const int Venue = 10;

    /// <summary>The id of the entry this one supersedes.</summary>
    public const int Supersedes = 11;

    /// <summary>The status: empty, <c>retracted</c> or <c>withdrawn</c>.</summary>
    public const int Status = 12;

    /// <summary>The venue's type: empty, <c>conference</c>, <c>journal</c> or <c>workshop</c>.</summary>
    public const int VenueType = 13;

    /// <summary>The year of the published version, as decimal text, or empty.</summary>
    public const int VenueYear = 14;

    /// <summary>The date of the first public version as YYYY-MM-DD, or empty.</summary>
    public const int DateReleased = 15;

    /// <summary>The number of fixed fields; the keyword count follows them.</summary>
    public const int FixedFieldCount = 16;

    /// <summary>Fields per author: family names, given names, particle, suffix, group name, ORCID.</summary>
    public const int AuthorFieldCount = 6;

    /// <summary>An author's family names, from the author's first field.</summary>
    public const int AuthorFamilyNames = 0;

    /// <summary>An author's given names.</summary>
    public const int AuthorGivenNames = 1;

    /// <summary>An author's name particle.</summary>
    public const int AuthorNameParticle = 2;

    /// <summary>An author's name suffix.</summary>
    public const int AuthorNameSuffix = 3;

    /// <summary>A group author's name.</summary>
    public const int AuthorName = 4;

    /// <summary>An author's ORCID.</summary>
    public const int AuthorOrcid = 5;
}
