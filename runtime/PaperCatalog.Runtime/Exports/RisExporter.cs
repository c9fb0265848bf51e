using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>
/// RIS records, for EndNote, Zotero, Mendeley and the like. The type follows BibTeX's: <c>GEN</c> for a preprint,
/// <c>CPAPER</c> for a conference paper, <c>JOUR</c> for a journal article, with the venue as <c>T2</c>.
/// </summary>
/// <remarks>
/// Each line is a two-character tag, two spaces, a hyphen and a space, then the value, and ends in CR LF as the RIS
/// specification asks (every reader also takes it, while a few older ones reject bare LF). Tags come in a fixed
/// order: TY, ID (the citation key), AU per author, TI, T2, PY, DA (<c>YYYY/MM/DD</c>, with a full date only), AB,
/// KW per keyword, DO, UR, AN (<c>arXiv:…</c>: an accession number is exactly an identifier given by a database;
/// N1 is left for the reader's own notes), ER. Line breaks inside a value become spaces, since a value is one line.
/// </remarks>
public static class RisExporter
{
    private const string NewLine = "\r\n";

    /// <summary>One record, with the paper's unsuffixed citation key as <c>ID</c>.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The record, ending with the <c>ER</c> line.</returns>
    public static string Export(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Record(paper, CitationKeys.For(paper));
    }

    /// <summary>
    /// A whole catalog: records in the order given, separated by an empty line, each paper once, with <c>ID</c>s made unique as
    /// <see cref="CitationKeys.For(IReadOnlyList{Paper})"/> makes them.
    /// </summary>
    /// <param name="papers">The papers, from one catalog or several (see <see cref="CitationKeys.Distinct(IEnumerable{Paper})"/>).</param>
    /// <returns>The records; empty for no papers.</returns>
    public static string Export(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        IReadOnlyList<(Paper Paper, string Key)> keyed = CitationKeys.Keyed(papers, nameof(papers));
        return string.Join(NewLine, keyed.Select(k => Record(k.Paper, k.Key)));
    }

    private static string Record(Paper paper, string key)
    {
        var builder = new StringBuilder();
        Line(builder, "TY", ExportFacts.KindOf(paper) switch
        {
            PublicationKind.Conference => "CPAPER",
            PublicationKind.Journal => "JOUR",
            _ => "GEN",
        });
        Line(builder, "ID", key);
        foreach (Author author in paper.Authors)
        {
            Line(builder, "AU", Name(author));
        }

        Line(builder, "TI", paper.Title);
        Line(builder, "T2", ExportFacts.VenueOf(paper));
        Line(builder, "PY", ExportFacts.PublishedYear(paper).ToString(CultureInfo.InvariantCulture));
        Line(builder, "DA", ExportFacts.PublishedDate(paper)?.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture));
        Line(builder, "AB", paper.Abstract);
        foreach (string keyword in paper.Keywords)
        {
            Line(builder, "KW", keyword);
        }

        Line(builder, "DO", paper.Doi);
        Line(builder, "UR", ExportFacts.LandingUrl(paper));
        Line(builder, "AN", ExportFacts.ArxivReference(paper));
        // ER has no value, but the tag's separator keeps its trailing space.
        builder.Append("ER  - ").Append(NewLine);
        return builder.ToString();
    }

    // RIS names are "Last, First, Suffix"; the particle leads the family name so sorting keeps "van Steenkiste" whole.
    private static string Name(Author author)
    {
        if (author.IsGroup || string.IsNullOrWhiteSpace(author.FamilyNames) || string.IsNullOrWhiteSpace(author.GivenNames))
        {
            return author.DisplayName;
        }

        string name = author.LastName + ", " + author.GivenNames;
        return string.IsNullOrWhiteSpace(author.NameSuffix) ? name : name + ", " + author.NameSuffix;
    }

    private static void Line(StringBuilder builder, string tag, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        builder.Append(tag).Append("  - ");
        foreach (char c in value.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            builder.Append(c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' ? ' ' : c);
        }

        builder.Append(NewLine);
    }
}
