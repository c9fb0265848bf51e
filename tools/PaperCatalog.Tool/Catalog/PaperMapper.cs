using System;
using System.Globalization;
using System.Linq;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Tool.Catalog;

/// <summary>
/// Turns a parsed entry into the runtime's <see cref="Paper"/>, value for value as the generated catalog builds it,
/// so that exports from the tool equal exports from compiled code.
/// </summary>
internal static class PaperMapper
{
    public static Paper ToPaper(PaperEntry entry) => new()
    {
        Id = entry.Id,
        Title = entry.Title,
        Authors = entry.Authors.Select(ToAuthor).ToArray(),
        Year = entry.Year,
        DatePublished = entry.DatePublished == null
            ? null
            : DateOnly.ParseExact(entry.DatePublished, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        Abstract = entry.Abstract,
        ArxivId = entry.ArxivId,
        PrimaryClass = entry.PrimaryClass,
        Doi = entry.Doi,
        Url = entry.Url,
        RepositoryCode = entry.RepositoryCode,
        Venue = entry.Venue,
        Keywords = entry.Keywords.ToArray(),
        Related = entry.Related.ToArray(),
        Supersedes = entry.Supersedes,
        Status = entry.Status switch
        {
            "retracted" => PaperStatus.Retracted,
            "withdrawn" => PaperStatus.Withdrawn,
            _ => PaperStatus.Active,
        },
    };

    private static Author ToAuthor(AuthorEntry author)
        => author.Name != null
            ? Author.Group(author.Name)
            : Author.Person(author.FamilyNames, author.GivenNames, author.NameParticle, author.NameSuffix, author.Orcid);
}
