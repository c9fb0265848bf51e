using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Identifiers;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Importing.BibTex;

/// <summary>
/// Turns BibTeX entries into drafts: title, author, year (or biblatex <c>date</c>), <c>eprint</c> with
/// <c>archivePrefix</c>/<c>eprinttype</c> arXiv (or an arXiv id in <c>journal</c> or <c>url</c>), <c>primaryClass</c>,
/// <c>doi</c>, <c>booktitle</c> or <c>journal</c> as venue, <c>url</c> and <c>abstract</c>. Other fields are ignored.
/// </summary>
internal static class BibTexImporter
{
    // "arXiv preprint arXiv:2005.14165" (Google Scholar's journal for a preprint) or an arxiv.org link.
    private static readonly Regex ArxivInText = new(
        @"(?:arXiv:|arxiv\.org/(?:abs|pdf)/)\s*([a-z\-]+(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})(v\d+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex DoiPrefix = new(@"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IReadOnlyList<ImportCandidate> ToCandidates(string path, IReadOnlyList<BibTexEntry> entries)
    {
        var candidates = new List<ImportCandidate>();
        foreach (BibTexEntry entry in entries)
        {
            string title = LatexText.Decode(entry.Field("title") ?? string.Empty);
            string source = path + "(" + entry.Line + "): @" + entry.Type + "{" + entry.Key + "}"
                + (title.Length > 0 ? " '" + PaperTable.Truncate(title, 60) + "'" : string.Empty);
            (int? year, string? yearProblem) = Year(entry);
            string? date = Date(entry);
            string? arxiv = Arxiv(entry);
            string? journal = entry.Field("journal") is { } j && !ArxivInText.IsMatch(j) && !j.Contains("arxiv", StringComparison.OrdinalIgnoreCase)
                ? LatexText.Decode(j)
                : null;
            string? url = entry.Field("url") is { } u ? LatexText.Verbatim(u) : null;

            var draft = new EntryDraft
            {
                Id = IdSuggester.FromTitle(title),
                Title = title,
                Authors = entry.Field("author") is { } authors ? BibTexNames.Parse(authors) : Array.Empty<AuthorDraft>(),
                Year = year ?? (date == null ? null : ValueRules.ParseDateYear(date)),
                DatePublished = date,
                Abstract = Blank(entry.Field("abstract") is { } a ? LatexText.Decode(a) : null),
                Arxiv = arxiv,
                PrimaryClass = arxiv == null ? null : Blank(entry.Field("primaryclass") is { } pc ? LatexText.Verbatim(pc) : null),
                Doi = Blank(entry.Field("doi") is { } doi ? DoiPrefix.Replace(LatexText.Verbatim(doi), string.Empty) : null),

                // The arXiv page is derived from the id; a url that is only that page says nothing more.
                Url = url != null && (arxiv == null || !ArxivInText.IsMatch(url)) ? Blank(url) : null,
                Venue = Blank(entry.Field("booktitle") is { } b ? LatexText.Decode(b) : journal),
            };
            candidates.Add(ImportCandidate.Of(source, draft, yearProblem));
        }

        return candidates;
    }

    private static (int? Year, string? Problem) Year(BibTexEntry entry)
    {
        if (entry.Field("year") is not { } text)
        {
            return (null, null);
        }

        string year = LatexText.Verbatim(text);
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            ? (value, null)
            : (null, "its year '" + year + "' is not a number");
    }

    // biblatex's date = {2020-05-28}; a year-only or year-month date adds nothing to year.
    private static string? Date(BibTexEntry entry)
        => entry.Field("date") is { } date && LatexText.Verbatim(date) is { Length: 10 } full && ValueRules.ParseDateYear(full) != null ? full : null;

    private static string? Arxiv(BibTexEntry entry)
    {
        string prefix = entry.Field("archiveprefix") ?? entry.Field("eprinttype") ?? string.Empty;
        if (entry.Field("eprint") is { } eprint
            && (prefix.Trim().Equals("arxiv", StringComparison.OrdinalIgnoreCase) || (prefix.Length == 0 && ArxivIdGrammar.TryNormalize(LatexText.Verbatim(eprint), out _))))
        {
            return ArxivYear.Canonical(LatexText.Verbatim(eprint));
        }

        foreach (string field in new[] { "journal", "url", "note", "howpublished" })
        {
            if (entry.Field(field) is { } text && ArxivInText.Match(LatexText.Verbatim(text)) is { Success: true } match)
            {
                return ArxivYear.Canonical(match.Groups[1].Value);
            }
        }

        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
