using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Exports;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Writes a draft as an entry file laid out like <c>catalog/papers/*.yaml</c>: a first line naming the entry schema for
/// editors, the core's key names in the catalog's order, text
/// values double-quoted with YAML escapes (the runtime's <see cref="YamlText"/>), ids and keywords plain.
/// </summary>
internal static class EntryYamlWriter
{
    // Plain scalars YAML 1.1/1.2 would read as null or a boolean; such an id is quoted to stay text.
    private static readonly HashSet<string> Reserved = new(System.StringComparer.Ordinal)
    {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n",
    };

    private static readonly Regex PlainSafe = new("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant);

    public static string Write(EntryDraft draft)
    {
        var yaml = new StringBuilder();
        yaml.Append(EntrySchema.ModelineFor(EntrySchema.Url)).Append('\n');
        yaml.Append(EntryKeys.Id).Append(": ").Append(IdValue(draft.Id)).Append('\n');
        Text(yaml, EntryKeys.Title, draft.Title);
        yaml.Append(EntryKeys.Authors).Append(":\n");
        foreach (AuthorDraft author in draft.Authors)
        {
            WriteAuthor(yaml, author);
        }

        if (draft.Year is int year)
        {
            yaml.Append(EntryKeys.Year).Append(": ").Append(year.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Text(yaml, EntryKeys.DatePublished, draft.DatePublished);
        Text(yaml, EntryKeys.DateReleased, draft.DateReleased);
        Text(yaml, EntryKeys.Arxiv, draft.Arxiv);
        Text(yaml, EntryKeys.PrimaryClass, draft.PrimaryClass);
        WriteVenue(yaml, draft);
        Text(yaml, EntryKeys.Doi, draft.Doi);
        Text(yaml, EntryKeys.Url, draft.Url);
        Text(yaml, EntryKeys.RepositoryCode, draft.RepositoryCode);
        if (draft.Keywords.Count > 0)
        {
            yaml.Append(EntryKeys.Keywords).Append(":\n");
            foreach (string keyword in draft.Keywords)
            {
                yaml.Append("  - ").Append(IdValue(keyword)).Append('\n');
            }
        }

        Text(yaml, EntryKeys.Abstract, draft.Abstract);
        return yaml.ToString();
    }

    // A bare name stays the plain form; a type or a year needs the structured one. A type or year without a name is
    // still written, without a name, so that the parser reports the missing name instead of the value vanishing.
    private static void WriteVenue(StringBuilder yaml, EntryDraft draft) => WriteVenue(yaml, draft.Venue, draft.VenueType, draft.VenueYear);

    /// <summary>The <c>venue</c> key as an entry file holds it (refresh writes it the same way).</summary>
    public static string Venue(string? name, string? type, int? year)
    {
        var yaml = new StringBuilder();
        WriteVenue(yaml, name, type, year);
        return yaml.ToString();
    }

    private static void WriteVenue(StringBuilder yaml, string? name, string? type, int? year)
    {
        if (type == null && year == null)
        {
            Text(yaml, EntryKeys.Venue, name);
            return;
        }

        yaml.Append(EntryKeys.Venue).Append(":\n");
        if (name != null)
        {
            yaml.Append("  ").Append(EntryKeys.VenueName).Append(": ").Append(YamlText.Quote(name)).Append('\n');
        }

        if (type != null)
        {
            yaml.Append("  ").Append(EntryKeys.VenueType).Append(": ").Append(IdValue(type)).Append('\n');
        }

        if (year is int venueYear)
        {
            yaml.Append("  ").Append(EntryKeys.VenueYear).Append(": ").Append(venueYear.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
    }

    private static void WriteAuthor(StringBuilder yaml, AuthorDraft author)
    {
        // The first key of a list item follows "- "; the others line up under it.
        string prefix = "  - ";
        void Key(string key, string? value)
        {
            if (value != null)
            {
                yaml.Append(prefix).Append(key).Append(": ").Append(YamlText.Quote(value)).Append('\n');
                prefix = "    ";
            }
        }

        Key(EntryKeys.Name, author.Name);
        Key(EntryKeys.FamilyNames, author.FamilyNames);
        Key(EntryKeys.GivenNames, author.GivenNames);
        Key(EntryKeys.NameParticle, author.NameParticle);
        Key(EntryKeys.NameSuffix, author.NameSuffix);
        Key(EntryKeys.Orcid, author.Orcid);
        if (prefix == "  - ")
        {
            // No name at all: an empty mapping, which the parser reports as a missing 'family-names'.
            yaml.Append("  - {}\n");
        }
    }

    private static void Text(StringBuilder yaml, string key, string? value)
    {
        if (value != null)
        {
            yaml.Append(key).Append(": ").Append(YamlText.Quote(value)).Append('\n');
        }
    }

    private static string IdValue(string value)
        => PlainSafe.IsMatch(value) && !Reserved.Contains(value) ? value : YamlText.Quote(value);
}
