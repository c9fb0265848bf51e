using System;
using System.Collections.Generic;

namespace PaperCatalog;

/// <summary>
/// One research paper of a catalog. Instances are created by the generated catalog at build time; every
/// value is exactly as its entry file wrote it.
/// </summary>
public sealed class Paper
{
    /// <summary>The catalog id: stable, lower-case words joined by hyphens, for example <c>pareto-gnn</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The title, exactly as written in the entry.</summary>
    public required string Title { get; init; }

    /// <summary>The authors in the order the paper lists them.</summary>
    public required IReadOnlyList<Author> Authors { get; init; }

    /// <summary>
    /// The year of the first public version (for an arXiv paper, the year of its first version). The published
    /// version's year, when the entry gives it, is <see cref="VenueYear"/>.
    /// </summary>
    public required int Year { get; init; }

    /// <summary>The full date of publication, when the entry gives one.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>The abstract, exactly as written in the entry; null when the entry has none.</summary>
    public string? Abstract { get; init; }

    /// <summary>The arXiv identifier without prefix, for example <c>2210.02016</c> or <c>hep-th/9901001</c>.</summary>
    public string? ArxivId { get; init; }

    /// <summary>The arXiv primary category, for example <c>cs.LG</c>, when known.</summary>
    public string? PrimaryClass { get; init; }

    /// <summary>The DOI without resolver prefix, for example <c>10.18653/v1/2022.acl-long.244</c>.</summary>
    public string? Doi { get; init; }

    /// <summary>A landing page for the paper, when the entry gives one.</summary>
    public string? Url { get; init; }

    /// <summary>The paper's code repository or data page (CFF <c>repository-code</c>).</summary>
    public string? RepositoryCode { get; init; }

    /// <summary>Where the paper was published, for example <c>ICLR 2023</c>, as the entry names it; null for a preprint.</summary>
    public string? Venue { get; init; }

    /// <summary>The year of the published version, when the entry's venue states it; null otherwise.</summary>
    public int? VenueYear { get; init; }

    /// <summary>The kind of venue, when the entry's venue states it.</summary>
    public VenueType VenueType { get; init; }

    /// <summary>The date of the first public version (for an arXiv paper, its first version), when the entry gives it.</summary>
    public DateOnly? DateReleased { get; init; }

    /// <summary>The catalog's tags for the paper, lower-case words joined by hyphens.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = Array.Empty<string>();

    /// <summary>Ids of related entries in the same catalog.</summary>
    public IReadOnlyList<string> Related { get; init; } = Array.Empty<string>();

    /// <summary>The id of the entry this paper replaces, if any.</summary>
    public string? Supersedes { get; init; }

    /// <summary>Whether the paper is current, retracted or withdrawn.</summary>
    public PaperStatus Status { get; init; }

    /// <summary>The arXiv abstract page, for example <c>https://arxiv.org/abs/2210.02016</c>.</summary>
    public string? ArxivUrl => ArxivId == null ? null : "https://arxiv.org/abs/" + ArxivId;

    /// <summary>The DOI as a resolvable link, for example <c>https://doi.org/10.18653/v1/2022.acl-long.244</c>.</summary>
    public string? DoiUrl => Doi == null ? null : "https://doi.org/" + Doi;

    /// <summary>The best link to read the paper: the DOI, else the arXiv page, else the entry's URL.</summary>
    public string? Link => DoiUrl ?? ArxivUrl ?? Url;

    /// <inheritdoc/>
    public override string ToString() => Id + ": " + Title;
}
