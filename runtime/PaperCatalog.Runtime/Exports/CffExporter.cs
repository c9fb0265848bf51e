using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>
/// Citation File Format 1.2.0 <c>references</c> entries, valid against the CFF schema's <c>reference</c> definition,
/// to paste into a <c>CITATION.cff</c>. A preprint is <c>type: article</c> with <c>status: preprint</c>; a paper at a
/// conference is <c>conference-paper</c> with the venue as <c>conference</c>; one in a journal is <c>article</c> with
/// <c>journal</c>. The arXiv identifier goes in <c>identifiers</c> as <c>type: other</c>, since CFF has no arXiv type.
/// </summary>
/// <remarks>
/// Keys come in a fixed order: type, title, authors, year, date-published, conference or journal, doi, url,
/// repository-code, abstract, keywords, identifiers, status. Every string is double-quoted, so no value is ever read
/// back as a number, boolean or date. Values are expected to be as the catalog generator validates them (DOIs,
/// http(s) URLs, ORCID URLs); the schema rejects others.
/// </remarks>
public static class CffExporter
{
    /// <summary>One reference as a YAML sequence item starting at column 0 (<c>- type: …</c>).</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The item, ending in a line feed.</returns>
    public static string Export(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Item(paper, string.Empty);
    }

    /// <summary>
    /// A whole catalog as a top-level <c>references:</c> key with one item per paper, indented by two spaces, ready to
    /// append to a <c>CITATION.cff</c>.
    /// </summary>
    /// <param name="papers">The papers, each work once (see <see cref="CitationKeys.Distinct(IEnumerable{Paper})"/>).</param>
    /// <returns>The YAML, ending in a line feed; empty for no papers, since CFF forbids an empty list.</returns>
    public static string Export(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        string items = string.Concat(CitationKeys.Distinct(papers).Select(p => Item(p, "  ")));
        return items.Length == 0 ? string.Empty : "references:\n" + items;
    }

    private static string Item(Paper paper, string indent)
    {
        var yaml = new YamlLines(indent);
        PublicationKind kind = ExportFacts.KindOf(paper);
        yaml.First("type", kind == PublicationKind.Conference ? "conference-paper" : "article");
        yaml.Quoted("title", paper.Title);
        yaml.Key("authors");
        if (paper.Authors.Count == 0)
        {
            // The schema requires at least one author; the CFF guide writes an unknown author as "anonymous".
            yaml.Item("name", "anonymous");
        }

        foreach (Author author in paper.Authors)
        {
            WriteAuthor(yaml, author);
        }

        yaml.Plain("year", ExportFacts.PublishedYear(paper).ToString(CultureInfo.InvariantCulture));
        if (ExportFacts.PublishedDate(paper) is { } date)
        {
            yaml.Quoted("date-published", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (ExportFacts.VenueOf(paper) is { } venue)
        {
            if (kind == PublicationKind.Journal)
            {
                yaml.Quoted("journal", venue);
            }
            else
            {
                yaml.Key("conference");
                yaml.Quoted("name", venue, depth: 1);
            }
        }

        yaml.Quoted("doi", paper.Doi);
        yaml.Quoted("url", ExportFacts.LandingUrl(paper));
        yaml.Quoted("repository-code", paper.RepositoryCode);
        yaml.Quoted("abstract", paper.Abstract);
        // The schema wants keywords unique and non-empty.
        string[] keywords = paper.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToArray();
        if (keywords.Length > 0)
        {
            yaml.Key("keywords");
            foreach (string keyword in keywords)
            {
                yaml.ScalarItem(keyword);
            }
        }

        if (ExportFacts.ArxivReference(paper) is { } arxiv)
        {
            yaml.Key("identifiers");
            yaml.Item("type", "other", quoted: false);
            yaml.Quoted("value", arxiv, depth: 2);
            yaml.Quoted("description", "The arXiv identifier.", depth: 2);
        }

        if (kind == PublicationKind.Preprint && paper.ArxivId != null)
        {
            yaml.Plain("status", "preprint");
        }

        return yaml.ToString();
    }

    private static void WriteAuthor(YamlLines yaml, Author author)
    {
        if (author.IsGroup)
        {
            yaml.Item("name", author.Name!);
            return;
        }

        // A person needs no key in particular, but the first one opens the sequence item.
        var fields = new List<(string Key, string Value)>();
        Add(fields, "family-names", author.FamilyNames);
        Add(fields, "given-names", author.GivenNames);
        Add(fields, "name-particle", author.NameParticle);
        Add(fields, "name-suffix", author.NameSuffix);
        Add(fields, "orcid", author.Orcid);
        yaml.Item(fields[0].Key, fields[0].Value);
        foreach ((string key, string value) in fields.Skip(1))
        {
            yaml.Quoted(key, value, depth: 2);
        }
    }

    private static void Add(List<(string Key, string Value)> fields, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            fields.Add((key, value));
        }
    }

    /// <summary>Lines of one reference item; depth 0 is the item's own keys, each depth two more spaces.</summary>
    private sealed class YamlLines
    {
        private readonly StringBuilder _builder = new();
        private readonly string _indent;

        public YamlLines(string indent) => _indent = indent;

        public void First(string key, string plainValue)
            => _builder.Append(_indent).Append("- ").Append(key).Append(": ").Append(plainValue).Append('\n');

        public void Key(string key) => Line(0, key + ":");

        public void Plain(string key, string value) => Line(0, key + ": " + value);

        public void Quoted(string key, string? value, int depth = 0)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                Line(depth, key + ": " + YamlText.Quote(value));
            }
        }

        // A sequence item under the last key: "- key: value" at depth 1, its further keys at depth 2.
        public void Item(string key, string value, bool quoted = true)
            => Line(1, "- " + key + ": " + (quoted ? YamlText.Quote(value) : value));

        public void ScalarItem(string value) => Line(1, "- " + YamlText.Quote(value));

        public override string ToString() => _builder.ToString();

        private void Line(int depth, string text)
            => _builder.Append(_indent).Append(' ', 2 + (2 * depth)).Append(text).Append('\n');
    }
}
