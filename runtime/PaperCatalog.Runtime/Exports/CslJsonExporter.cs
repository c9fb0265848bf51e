using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperCatalog.Exports;

/// <summary>
/// CSL-JSON items, as pandoc, citeproc-js and Zotero read them, valid against the CSL 1.0 data schema. A preprint is
/// <c>article</c> with <c>publisher</c> <c>arXiv</c> and <c>number</c> <c>arXiv:…</c> (what Zotero writes for an arXiv
/// preprint); a paper with a venue is <c>paper-conference</c>, or <c>article-journal</c> for a journal, with the
/// venue as <c>container-title</c>.
/// </summary>
/// <remarks>
/// Properties come in a fixed order: id, type, title, author, issued, container-title, publisher, number, DOI, URL,
/// abstract, keyword; absent values are left out. Output is indented by two spaces, with line feeds.
/// </remarks>
public static class CslJsonExporter
{
    // The output is a data file, never embedded in HTML, so escaping '<', '&' or non-ASCII letters (the default
    // encoder's defence against script injection) would only make titles and names unreadable.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One item (a JSON object), with the paper's unsuffixed key as <c>id</c>.</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The object, ending in a line feed. A CSL-JSON file is an array: use <see cref="Export(IEnumerable{Paper})"/> for files.</returns>
    public static string Export(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return Write(writer => WriteItem(writer, paper, CitationKeys.For(paper)));
    }

    /// <summary>
    /// A whole catalog as a CSL-JSON array, in the order given, each paper once and ids made unique as
    /// <see cref="CitationKeys.For(IReadOnlyList{Paper})"/> makes them.
    /// </summary>
    /// <param name="papers">The papers, from one catalog or several (see <see cref="CitationKeys.Distinct(IEnumerable{Paper})"/>).</param>
    /// <returns>The array, ending in a line feed.</returns>
    public static string Export(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        IReadOnlyList<(Paper Paper, string Key)> keyed = CitationKeys.Keyed(papers, nameof(papers));
        return Write(writer =>
        {
            writer.WriteStartArray();
            foreach ((Paper paper, string key) in keyed)
            {
                WriteItem(writer, paper, key);
            }

            writer.WriteEndArray();
        });
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        // net8.0 indents with Environment.NewLine; strings never hold a raw line break (JSON escapes it), so this
        // only makes Windows output match everyone else's.
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void WriteItem(Utf8JsonWriter writer, Paper paper, string key)
    {
        PublicationKind kind = ExportFacts.KindOf(paper);
        writer.WriteStartObject();
        writer.WriteString("id", key);
        writer.WriteString("type", kind switch
        {
            PublicationKind.Conference => "paper-conference",
            PublicationKind.Journal => "article-journal",
            _ => "article",
        });
        writer.WriteString("title", paper.Title);
        if (paper.Authors.Count > 0)
        {
            writer.WriteStartArray("author");
            foreach (Author author in paper.Authors)
            {
                WriteName(writer, author);
            }

            writer.WriteEndArray();
        }

        WriteIssued(writer, paper);
        WriteOptional(writer, "container-title", ExportFacts.VenueOf(paper));
        if (kind == PublicationKind.Preprint && paper.ArxivId != null)
        {
            writer.WriteString("publisher", "arXiv");
            writer.WriteString("number", ExportFacts.ArxivReference(paper));
        }

        WriteOptional(writer, "DOI", paper.Doi);
        WriteOptional(writer, "URL", ExportFacts.LandingUrl(paper));
        WriteOptional(writer, "abstract", paper.Abstract);
        // CSL has one keyword string; Zotero and pandoc join tags with ", " the same way.
        WriteOptional(writer, "keyword", paper.Keywords.Count == 0 ? null : string.Join(", ", paper.Keywords));
        writer.WriteEndObject();
    }

    // Persons as family/given/particle/suffix, which CSL styles need to invert and abbreviate names; a group, and
    // a person known by one name, as a literal that styles print unchanged.
    private static void WriteName(Utf8JsonWriter writer, Author author)
    {
        writer.WriteStartObject();
        if (author.IsGroup || string.IsNullOrWhiteSpace(author.FamilyNames))
        {
            writer.WriteString("literal", author.IsGroup ? author.Name : author.DisplayName);
        }
        else
        {
            writer.WriteString("family", author.FamilyNames);
            WriteOptional(writer, "given", author.GivenNames);
            WriteOptional(writer, "non-dropping-particle", author.NameParticle);
            WriteOptional(writer, "suffix", author.NameSuffix);
        }

        writer.WriteEndObject();
    }

    private static void WriteIssued(Utf8JsonWriter writer, Paper paper)
    {
        writer.WriteStartObject("issued");
        writer.WriteStartArray("date-parts");
        writer.WriteStartArray();
        if (ExportFacts.PublishedDate(paper) is { } date)
        {
            writer.WriteNumberValue(date.Year);
            writer.WriteNumberValue(date.Month);
            writer.WriteNumberValue(date.Day);
        }
        else
        {
            writer.WriteNumberValue(ExportFacts.PublishedYear(paper));
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            writer.WriteString(name, value);
        }
    }
}
