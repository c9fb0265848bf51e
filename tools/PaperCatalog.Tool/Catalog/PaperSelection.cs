using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Lookups;

namespace PaperCatalog.Tool.Catalog;

/// <summary>
/// The papers of a valid catalog, in id order, narrowed by keyword, author and year through the runtime's
/// <see cref="PaperIndex"/>, so that <c>--author "Brown, Tom B."</c> matches as <c>Papers.ByAuthor</c> does.
/// </summary>
internal static class PaperSelection
{
    public static PaperIndex Index(LoadedCatalog catalog)
        => new(catalog.Model.Papers.Select(p => PaperMapper.ToPaper(p.Entry)));

    public static IReadOnlyList<Paper> Select(PaperIndex index, string? keyword, string? author, int? year)
    {
        IEnumerable<Paper> papers = index.All;
        if (keyword != null)
        {
            papers = papers.Intersect(index.WithKeyword(keyword));
        }

        if (author != null)
        {
            papers = papers.Intersect(index.ByAuthor(author));
        }

        if (year != null)
        {
            papers = papers.Intersect(index.InYear(year.Value));
        }

        return papers.ToList();
    }
}
