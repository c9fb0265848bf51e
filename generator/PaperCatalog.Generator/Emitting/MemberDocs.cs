using System.Collections.Generic;
using System.Linq;
using System.Text;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emitting;

/// <summary>
/// The XML doc comments of generated members: what an IDE shows on hover (title, authors, year, venue, links).
/// Kept short on purpose: they are most of the generated source, and at 100,000 papers every byte of it costs the
/// compiler; the abstract is one property away (<c>Paper.Abstract</c>) and not repeated here.
/// </summary>
internal static class MemberDocs
{
    private const int MaxAuthors = 3;

    /// <summary>
    /// The most characters of one value in a doc comment. Real titles and names are far shorter; without a cap, a
    /// catalog of values at the value limit put megabytes of doc comments in front of the compiler, which cost it
    /// far more per character than the data resource does (the catalog budget in docs/security.md counts on this).
    /// </summary>
    public const int MaxDocValueLength = 200;

    public static void WriteIdDocs(IndentedWriter w, PaperEntry e)
        => w.Line("/// <summary>The id of <i>" + XmlDocText.Escape(Short(e.Title)) + "</i> (" + XmlDocText.Escape(Short(ShortCitation(e))) + ").</summary>");

    public static void WritePaperDocs(IndentedWriter w, PaperEntry e)
    {
        w.Line("/// <summary>" + XmlDocText.Escape(Short(e.Title)) + "</summary>");
        w.Line("/// <remarks>");
        w.Line("/// " + XmlDocText.Escape(AuthorList(e)) + " (" + CitedYear(e) + ")." + (e.Venue == null ? string.Empty : " " + XmlDocText.Escape(Short(e.Venue)) + "."));
        if (e.ArxivId != null)
        {
            w.Line("/// <see href=\"" + XmlDocText.Escape("https://arxiv.org/abs/" + e.ArxivId) + "\">arXiv:" + XmlDocText.Escape(e.ArxivId) + "</see>");
        }

        if (e.Doi != null)
        {
            w.Line("/// <see href=\"" + XmlDocText.Escape("https://doi.org/" + e.Doi) + "\">doi:" + XmlDocText.Escape(e.Doi) + "</see>");
        }

        w.Line("/// </remarks>");
    }

    public static void WriteObsolete(IndentedWriter w, CatalogPaper paper)
    {
        if (paper.ObsoleteMessage != null)
        {
            w.Line("[global::System.Obsolete(" + CSharpLiteral.String(paper.ObsoleteMessage) + ")]");
        }
    }

    private static string DisplayName(AuthorEntry author)
    {
        if (author.Name != null)
        {
            return author.Name;
        }

        var builder = new StringBuilder();
        foreach (string? part in new[] { author.GivenNames, author.NameParticle, author.FamilyNames, author.NameSuffix })
        {
            if (!string.IsNullOrEmpty(part))
            {
                builder.Append(builder.Length > 0 ? " " : string.Empty).Append(part);
            }
        }

        return builder.ToString();
    }

    private static string AuthorList(PaperEntry e)
    {
        IEnumerable<string> names = e.Authors.Take(MaxAuthors).Select(a => Short(DisplayName(a)));
        string list = string.Join(", ", names);
        int more = e.Authors.Count - MaxAuthors;
        return more > 0 ? list + " et al." : list;
    }

    private static string ShortCitation(PaperEntry e)
    {
        AuthorEntry first = e.Authors[0];
        string name = first.Name ?? (first.NameParticle != null ? first.NameParticle + " " : string.Empty) + (first.FamilyNames ?? first.GivenNames);
        string etAl = e.Authors.Count > 2 ? " et al." : e.Authors.Count == 2 ? " and " + (e.Authors[1].Name ?? e.Authors[1].FamilyNames ?? e.Authors[1].GivenNames) : string.Empty;
        return name + etAl + ", " + CitedYear(e);
    }

    // Cited as the exports cite it: a published paper by its published version's year when the entry states it.
    private static int CitedYear(PaperEntry e) => e.Venue != null ? e.VenueYear ?? e.Year : e.Year;

    // Cut at the cap with an ellipsis; never between the halves of a surrogate pair.
    private static string Short(string value)
    {
        if (value.Length <= MaxDocValueLength)
        {
            return value;
        }

        int cut = char.IsHighSurrogate(value[MaxDocValueLength - 1]) ? MaxDocValueLength - 1 : MaxDocValueLength;
        return value.Substring(0, cut) + "\u2026";
    }
}
