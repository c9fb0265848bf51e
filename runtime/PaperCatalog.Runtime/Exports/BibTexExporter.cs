using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>
/// BibTeX entries in the shape arXiv exports them: <c>@misc</c> with <c>eprint</c>, <c>archivePrefix</c> and
/// <c>primaryClass</c> for a preprint, and <c>@inproceedings</c> (<c>booktitle</c>) or <c>@article</c>
/// (<c>journal</c>) once a venue is known. The file is UTF-8, which biber and bibtexu read directly.
/// </summary>
/// <remarks>
/// <para>
/// The classic styles (<c>plain</c>, <c>unsrt</c>, <c>plainnat</c>) print none of <c>eprint</c>, <c>archivePrefix</c>,
/// <c>primaryClass</c> and (<c>plain</c>, <c>unsrt</c>) <c>doi</c> or <c>url</c>, so every entry also carries its
/// identifier in <c>note</c>, the one field they all print: <c>arXiv:2005.14165</c>, or <c>doi:…</c> for a paper with
/// no arXiv id. biblatex prints <c>note</c> too, so there the identifier shows twice; a reference without it would be
/// worse.
/// </para>
/// <para>
/// Layout, fixed so that exports diff cleanly: the entry line, then one field per line indented by two spaces as
/// <c>name = {value},</c> in the order title, author, booktitle or journal, year, eprint, archivePrefix,
/// primaryClass, doi, url, note (absent fields skipped; no comma after the last), then <c>}</c> and a line feed.
/// </para>
/// </remarks>
public static class BibTexExporter
{
    /// <summary>One entry, under the paper's unsuffixed key (<see cref="CitationKeys.For(Paper)"/>).</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The entry, ending in a line feed.</returns>
    public static string Export(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Entry(paper, CitationKeys.For(paper));
    }

    /// <summary>
    /// A whole catalog: entries in the order given, each paper once and keys made unique as <see cref="CitationKeys.For(IReadOnlyList{Paper})"/> makes them,
    /// separated by a blank line.
    /// </summary>
    /// <param name="papers">The papers, from one catalog or several (see <see cref="CitationKeys.Distinct(IEnumerable{Paper})"/>).</param>
    /// <returns>The entries, ending in a line feed; empty for no papers.</returns>
    public static string Export(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        IReadOnlyList<(Paper Paper, string Key)> keyed = CitationKeys.Keyed(papers, nameof(papers));
        return string.Join("\n", keyed.Select(k => Entry(k.Paper, k.Key)));
    }

    // The identifier as the classic styles print it (see the remarks): arXiv's own form, else the DOI.
    private static string? Note(Paper paper)
        => ExportFacts.ArxivReference(paper) is { } arxiv ? BibTexText.Escape(arxiv)
            : paper.Doi is { } doi ? "doi:" + BibTexText.Escape(doi)
            : null;

    private static string Entry(Paper paper, string key)
    {
        PublicationKind kind = ExportFacts.KindOf(paper);
        string? venue = ExportFacts.VenueOf(paper);
        var fields = new List<(string Name, string? Value)>
        {
            ("title", BibTexText.EscapeTitle(paper.Title)),
            ("author", paper.Authors.Count == 0 ? null : BibTexNames.Format(paper.Authors)),
            (kind == PublicationKind.Journal ? "journal" : "booktitle", venue == null ? null : BibTexText.Escape(venue)),
            ("year", ExportFacts.PublishedYear(paper).ToString(CultureInfo.InvariantCulture)),
            ("eprint", paper.ArxivId == null ? null : BibTexText.Verbatim(paper.ArxivId)),
            ("archivePrefix", paper.ArxivId == null ? null : "arXiv"),
            ("primaryClass", paper.ArxivId == null || paper.PrimaryClass == null ? null : BibTexText.Verbatim(paper.PrimaryClass)),
            ("doi", paper.Doi == null ? null : BibTexText.Verbatim(paper.Doi)),
            ("url", ExportFacts.LandingUrl(paper) is { } url ? BibTexText.Verbatim(url) : null),
            ("note", Note(paper)),
        };

        string type = kind switch
        {
            PublicationKind.Conference => "inproceedings",
            PublicationKind.Journal => "article",
            _ => "misc",
        };

        var builder = new StringBuilder();
        builder.Append('@').Append(type).Append('{').Append(key).Append(',');
        string separator = "\n";
        foreach ((string name, string? value) in fields.Where(f => f.Value != null))
        {
            builder.Append(separator).Append("  ").Append(name).Append(" = {").Append(value).Append('}');
            separator = ",\n";
        }

        return builder.Append("\n}\n").ToString();
    }
}
