using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperCatalog.Identifiers;
using PaperCatalog.Tool.Importing;

namespace PaperCatalog.Tool.Sources.Arxiv;

/// <summary>
/// Reads an arXiv API response (Atom 1.0 with arXiv's extensions) into papers keyed by canonical id: the version
/// from <c>id</c>, the first version's date from <c>published</c>, <c>arxiv:primary_category</c>, <c>arxiv:doi</c>,
/// and a withdrawal from <c>arxiv:comment</c>. DTDs are refused: an API response never has one, and entity
/// declarations are how XML parsers are attacked (XXE, entity expansion).
/// </summary>
internal static class ArxivFeedParser
{
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ArxivNs = "http://arxiv.org/schemas/atom";

    // arXiv's journal_ref is free text ("Nature 123, 45-67 (2020)"); only a bare "NAME YEAR" is a venue's name.
    private static readonly Regex ShortVenue = new(@"^[A-Za-z][A-Za-z&\-]{1,15} (19|20)[0-9]{2}$", RegexOptions.CultureInvariant);

    private static readonly Regex VersionSuffix = new(@"v([0-9]+)$", RegexOptions.CultureInvariant);

    public static IReadOnlyDictionary<string, FetchedPaper> Parse(string where, string text)
    {
        XDocument document = Load(where, text);
        if (document.Root?.Name != AtomNs + "feed")
        {
            throw new FetchException(FailureKind.Malformed, where + " did not answer with an Atom feed (found <" + document.Root?.Name.LocalName + ">).");
        }

        var papers = new Dictionary<string, FetchedPaper>(StringComparer.Ordinal);
        foreach (XElement entry in document.Root.Elements(AtomNs + "entry"))
        {
            string idText = Text(entry, AtomNs + "id") ?? string.Empty;
            if (idText.Contains("/api/errors", StringComparison.Ordinal))
            {
                throw new FetchException(FailureKind.Malformed, where + " reported an error: " + TextLines.Collapse(Text(entry, AtomNs + "summary") ?? idText));
            }

            // An id the API does not know comes back as an entry without id or title, or not at all.
            if (!ArxivIdGrammar.TryNormalize(idText, out string arxiv) || Text(entry, AtomNs + "title") is not { } title)
            {
                continue;
            }

            papers[arxiv] = Paper(where, entry, arxiv, idText, title);
        }

        return papers;
    }

    private static FetchedPaper Paper(string where, XElement entry, string arxiv, string idText, string title)
    {
        string? published = Text(entry, AtomNs + "published");
        string? date = published != null && published.Length >= 10 && Core.Parsing.ValueRules.ParseDateYear(published.Substring(0, 10)) != null
            ? published.Substring(0, 10)
            : throw new FetchException(FailureKind.Malformed, where + ": the entry of " + arxiv + " has no valid <published> date.");
        Match version = VersionSuffix.Match(idText);
        string? journalRef = Text(entry, ArxivNs + "journal_ref");
        string? comment = Text(entry, ArxivNs + "comment");
        string? doi = Text(entry, ArxivNs + "doi")?.ToLowerInvariant();

        var notices = new List<UpdateNotice>();
        if (comment != null && comment.Contains("withdrawn", StringComparison.OrdinalIgnoreCase))
        {
            notices.Add(new UpdateNotice(NoticeKind.Withdrawal, null, Text(entry, AtomNs + "updated")?.Substring(0, 10), "arXiv: " + TextLines.Collapse(comment)));
        }

        return new FetchedPaper
        {
            Title = TextLines.Collapse(title),
            Authors = entry.Elements(AtomNs + "author")
                .Select(a => Text(a, AtomNs + "name"))
                .OfType<string>()
                .Select(name => new FetchedAuthor(null, null, TextLines.Collapse(name), null))
                .ToList(),
            Abstract = Text(entry, AtomNs + "summary") is { } summary ? TextLines.Collapse(summary) : null,
            Arxiv = arxiv,
            ArxivVersion = version.Success ? int.Parse(version.Groups[1].Value, CultureInfo.InvariantCulture) : null,
            FirstVersionDate = date,
            PrimaryCategory = entry.Element(ArxivNs + "primary_category")?.Attribute("term")?.Value,
            Doi = doi,
            VenueName = journalRef != null && ShortVenue.IsMatch(journalRef) ? journalRef : null,
            PublishedYear = journalRef != null && ShortVenue.IsMatch(journalRef) ? int.Parse(journalRef.Substring(journalRef.Length - 4), CultureInfo.InvariantCulture) : null,
            Notices = notices,
            Sources = new[] { "arXiv" },
        };
    }

    private static XDocument Load(string where, string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersFromEntities = 0 };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex) when (ex.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new FetchException(FailureKind.Hostile, where + " sent XML with a document type declaration (DTD), which an API response never has; it was refused unread, as such XML can read local files (XXE).", ex);
        }
        catch (XmlException ex)
        {
            throw new FetchException(FailureKind.Malformed, where + " sent malformed XML: line " + ex.LineNumber + ", column " + ex.LinePosition + ".", ex);
        }
    }

    private static string? Text(XElement parent, XName name)
    {
        string? value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
