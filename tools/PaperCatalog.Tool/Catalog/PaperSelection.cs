using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Data;
using PaperCatalog.Data;
using PaperCatalog.Lookups;

namespace PaperCatalog.Tool.Catalog;

/// <summary>
/// The papers of a valid catalog, in id order, narrowed by keyword, author and year through the runtime's
/// <see cref="PaperIndex"/>, so that <c>--author "Brown, Tom B."</c> matches as <c>Papers.ByAuthor</c> does.
/// </summary>
internal static class PaperSelection
{
    /// <summary>
    /// The catalog's index, built as a build builds it: the core's data writer lays the entries out, and the
    /// runtime's table decodes them, so the tool's papers equal the compiled catalog's value for value.
    /// </summary>
    public static PaperIndex Index(LoadedCatalog catalog)
    {
        byte[] data = CatalogDataWriter.Write(catalog.Model.Papers.Select(p => p.Entry).ToList());
        return new PaperIndex(new PaperTable(CatalogData.FromBytes(data)));
    }

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
