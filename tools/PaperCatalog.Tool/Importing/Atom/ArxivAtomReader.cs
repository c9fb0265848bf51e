using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using PaperCatalog.Identifiers;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Reporting;

namespace PaperCatalog.Tool.Importing.Atom;

/// <summary>
/// Reads a response of the arXiv API (an Atom feed saved to a file) into candidates: <c>entry/id</c>
/// (<c>http://arxiv.org/abs/2005.14165v4</c> gives <c>2005.14165</c>), <c>title</c> and <c>summary</c> with whitespace
/// normalised, <c>author/name</c>, <c>published</c> (year and date-published), <c>arxiv:primary_category/@term</c>
/// and <c>arxiv:doi</c>. <c>arxiv:journal_ref</c> is free text (pages, volumes), so it is not taken as the venue.
/// </summary>
internal static class ArxivAtomReader
{
    private static readonly XNamespace AtomNs = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace ArxivNs = "http://arxiv.org/schemas/atom";

    /// <exception cref="InputFormatException">The text is not XML, or not an Atom feed.</exception>
    public static IReadOnlyList<ImportCandidate> Read(string path, string text)
    {
        XDocument document = Load(path, text);
        XElement root = document.Root!;
        if (root.Name != AtomNs + "feed")
        {
            throw new InputFormatException(path, Line(root), Column(root), "expected an Atom <feed> (an arXiv API response), found <" + root.Name.LocalName + ">.");
        }

        return root.Elements(AtomNs + "entry").Select(entry => Candidate(path, entry)).ToList();
    }

    private static XDocument Load(string path, string text)
    {
        if (text.Length > ReaderLimits.MaxInputBytes)
        {
            throw new InputFormatException(path, 1, 1, "the file has " + text.Length + " characters; an input may have at most " + ReaderLimits.MaxInputBytes + " (ReaderLimits.MaxInputBytes).");
        }

        // No DTDs and no external resources: a saved response needs neither, and both are ways to attack a parser.
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = ReaderLimits.MaxInputBytes,
            MaxCharactersFromEntities = 0,
        };
        try
        {
            // A streaming pass first, so that a document nested too deep is refused before any tree is built for it.
            using (var scan = XmlReader.Create(new StringReader(text), settings))
            {
                CheckShape(path, scan);
            }

            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            throw new InputFormatException(path, Math.Max(ex.LineNumber, 1), Math.Max(ex.LinePosition, 1), "malformed XML: " + MessageWithoutPosition(ex));
        }
    }

    // Element depth and the number of entries, checked as the reader streams, without recursion or a tree.
    private static void CheckShape(string path, XmlReader reader)
    {
        int entries = 0;
        var info = (IXmlLineInfo)reader;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth >= ReaderLimits.MaxXmlDepth)
            {
                throw new InputFormatException(path, info.LineNumber, info.LinePosition, "elements nest deeper than " + ReaderLimits.MaxXmlDepth + " levels (ReaderLimits.MaxXmlDepth); an arXiv response nests four deep.");
            }

            if (reader.Depth == 1 && reader.LocalName == "entry" && ++entries > ReaderLimits.MaxPapers)
            {
                throw new InputFormatException(path, info.LineNumber, info.LinePosition, "the feed has more than " + ReaderLimits.MaxPapers + " entries (ReaderLimits.MaxPapers); split it.");
            }
        }
    }

    private static ImportCandidate Candidate(string path, XElement entry)
    {
        string idText = Text(entry, AtomNs + "id") ?? string.Empty;
        string title = TextLines.Collapse(Text(entry, AtomNs + "title") ?? string.Empty);
        string summary = TextLines.Collapse(Text(entry, AtomNs + "summary") ?? string.Empty);
        string source = path + "(" + Line(entry) + "): " + (idText.Length > 0 ? idText : "<entry>")
            + (title.Length > 0 ? " '" + PaperTable.Truncate(title, 60) + "'" : string.Empty);
        string? published = Text(entry, AtomNs + "published");
        string? date = published != null && published.Length >= 10 && Core.Parsing.ValueRules.ParseDateYear(published.Substring(0, 10)) != null
            ? published.Substring(0, 10)
            : null;

        var draft = new EntryDraft
        {
            Id = IdSuggester.FromTitle(title),
            Title = title,
            Authors = entry.Elements(AtomNs + "author")
                .Select(a => Text(a, AtomNs + "name"))
                .OfType<string>()
                .Select(PersonName.Parse)
                .OfType<AuthorDraft>()
                .ToList(),
            Year = date == null ? null : int.Parse(date.Substring(0, 4), System.Globalization.CultureInfo.InvariantCulture),
            DatePublished = date,
            Abstract = summary.Length == 0 ? null : summary,
            Arxiv = ArxivIdGrammar.TryNormalize(idText, out string arxiv) ? arxiv : null,
            PrimaryClass = entry.Element(ArxivNs + "primary_category")?.Attribute("term")?.Value,
            Doi = Text(entry, ArxivNs + "doi"),
        };

        // The API answers a bad query with an "Error" entry whose id is not a paper's.
        string? problem = idText.Contains("/api/errors", StringComparison.Ordinal)
            ? "the arXiv API reported an error: " + (summary.Length > 0 ? summary : title)
            : draft.Arxiv == null ? "its id '" + idText + "' is not an arXiv abstract link such as http://arxiv.org/abs/2005.14165v4"
            : null;
        return ImportCandidate.Of(source, draft, problem);
    }

    private static string? Text(XElement parent, XName name)
    {
        string? value = parent.Element(name)?.Value.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    private static int Line(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 1;

    private static int Column(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 1;

    // XmlException puts "Line n, position m." into its message; the location is already in front of it.
    private static string MessageWithoutPosition(XmlException ex)
    {
        string message = ex.Message;
        int at = message.IndexOf(" Line " + ex.LineNumber + ", position", StringComparison.Ordinal);
        return at > 0 ? message.Substring(0, at) : message;
    }
}
