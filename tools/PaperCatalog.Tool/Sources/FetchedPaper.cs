using System;
using System.Collections.Generic;

namespace PaperCatalog.Tool.Sources;

/// <summary>
/// What the registries say about one paper, before it becomes an entry: the arXiv facts (first version, category,
/// latest version) and the published version's (DOI, venue, its year), merged from every source that knows the paper.
/// </summary>
internal sealed record FetchedPaper
{
    public required string Title { get; init; }

    public required IReadOnlyList<FetchedAuthor> Authors { get; init; }

    public string? Abstract { get; init; }

    /// <summary>Canonical arXiv id, without version.</summary>
    public string? Arxiv { get; init; }

    /// <summary>The latest arXiv version number (4 for v4).</summary>
    public int? ArxivVersion { get; init; }

    /// <summary>Date of the first public version (arXiv v1), YYYY-MM-DD.</summary>
    public string? FirstVersionDate { get; init; }

    public string? PrimaryCategory { get; init; }

    /// <summary>DOI of the published version, in lower case.</summary>
    public string? Doi { get; init; }

    public string? VenueName { get; init; }

    public FetchedVenueType VenueType { get; init; }

    /// <summary>Year of the published version.</summary>
    public int? PublishedYear { get; init; }

    public string? Url { get; init; }

    /// <summary>Notices upstream about this paper: retractions, withdrawals, corrections.</summary>
    public IReadOnlyList<UpdateNotice> Notices { get; init; } = Array.Empty<UpdateNotice>();

    /// <summary>Which sources answered, for the report ("arXiv", "Crossref", "DataCite").</summary>
    public IReadOnlyList<string> Sources { get; init; } = Array.Empty<string>();
}

/// <summary>
/// One author as a registry gives it: given and family names, or one literal name (a person's full name, or a
/// group's name when <see cref="IsGroup"/>); <see cref="Orcid"/> as <c>https://orcid.org/...</c>.
/// </summary>
internal sealed record FetchedAuthor(string? Given, string? Family, string? Literal, string? Orcid, bool IsGroup = false);

/// <summary>The kind of venue a registry states (Crossref's work type, DataCite's resource type).</summary>
internal enum FetchedVenueType
{
    Unspecified,
    Conference,
    Journal,
    Workshop,
}

/// <summary>What a notice does to the paper.</summary>
internal enum NoticeKind
{
    Retraction,
    Withdrawal,
    Correction,
}

/// <summary>An upstream notice: a Crossmark update (retraction, withdrawal, correction) or arXiv's withdrawal comment.</summary>
internal sealed record UpdateNotice(NoticeKind Kind, string? Doi, string? Date, string Source);
