using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Sources;

/// <summary>
/// Turns a fetched paper into the draft that <c>new</c> would write: the one place where the registries' facts meet
/// the entry format. The year is the first public version's (arXiv v1), else the published version's.
/// </summary>
internal static class FetchedPaperDraft
{
    public static EntryDraft From(FetchedPaper paper, string id, IReadOnlyList<string> keywords) => new()
    {
        Id = id,
        Title = paper.Title,
        Authors = paper.Authors.Select(Author).OfType<AuthorDraft>().ToList(),
        Year = paper.FirstVersionDate is { } date ? Core.Parsing.ValueRules.ParseDateYear(date) : paper.PublishedYear,
        DateReleased = paper.FirstVersionDate,
        Abstract = paper.Abstract,
        Arxiv = paper.Arxiv,
        PrimaryClass = paper.PrimaryCategory,
        // arXiv's own DOI (10.48550/arXiv.*) names the preprint that `arxiv` already names.
        Doi = paper.Doi != null && PaperIdentifier.ArxivOfDoi(paper.Doi) != null ? null : paper.Doi,
        Venue = paper.VenueName,
        VenueType = paper.VenueName == null ? null : TypeWord(paper.VenueType),
        VenueYear = paper.VenueName == null ? null : paper.PublishedYear,

        // arXiv ids and DOIs already lead to the landing page; a URL is kept only for papers with neither.
        Url = paper.Arxiv == null && paper.Doi == null ? paper.Url : null,
        Keywords = keywords,
    };

    // The entry format's words for the venue types (the schema's `venue.type`); an unspecified type is left out.
    public static string? TypeWord(FetchedVenueType type) => type switch
    {
        FetchedVenueType.Conference => "conference",
        FetchedVenueType.Journal => "journal",
        FetchedVenueType.Workshop => "workshop",
        _ => null,
    };

    private static AuthorDraft? Author(FetchedAuthor author)
    {
        AuthorDraft? draft = author.Family != null ? new AuthorDraft(author.Family, author.Given)
            : author.Literal == null ? null
            : author.IsGroup ? AuthorDraft.Group(author.Literal)
            : PersonName.Parse(author.Literal);
        return draft == null ? null : draft with { Orcid = author.Orcid };
    }
}
