using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Tests.Infrastructure;
using Xunit;
using static PaperCatalog.Core.Tests.Infrastructure.ProbeEntry;

namespace PaperCatalog.Core.Tests.Parsing;

/// <summary>
/// The JSON Schema (docs/schema/paper-entry.schema.json) names exactly the parser's keys, with the types and the
/// required keys the parser asks for. Types and required keys are found by feeding the parser entries, not by
/// restating them here, and the same entries go through the schema.
/// </summary>
public class EntrySchemaKeysTests
{
    /// <summary>YAML values of each JSON type, as probes: a quoted string, a whole number, an empty list and a mapping.</summary>
    private static readonly (string Type, string Yaml)[] Shapes =
    [
        ("string", "\"x\""),
        ("integer", "2020"),
        ("array", "[]"),
        ("object", "{x: \"y\"}"),
    ];

    [Fact]
    public void The_schema_has_a_property_for_every_entry_key_and_no_other()
        => Assert.Equal(EntryKeys.EntryKeyNames.Order(StringComparer.Ordinal), EntrySchemaDocument.Properties.Select(p => p.Key).Order(StringComparer.Ordinal));

    [Fact]
    public void The_schema_has_a_property_for_every_author_key_and_no_other()
        => Assert.Equal(EntryKeys.AuthorKeyNames.Order(StringComparer.Ordinal), EntrySchemaDocument.AuthorProperties.Select(p => p.Key).Order(StringComparer.Ordinal));

    [Fact]
    public void The_probe_values_cover_every_key_and_make_a_valid_entry()
    {
        Assert.Equal(EntryKeys.EntryKeyNames, Full.Select(p => p.Key));
        Assert.Equal(EntryKeys.AuthorKeyNames.Where(k => k != EntryKeys.Name), Person.Select(p => p.Key));
        Assert.Empty(ParserIds(Yaml(Full)));
        Assert.Empty(SchemaErrors(Yaml(Full)));
    }

    public static TheoryData<string> EntryKeyNames() => new(EntryKeys.EntryKeyNames);

    public static TheoryData<string> AuthorKeyNames() => new(EntryKeys.AuthorKeyNames);

    [Theory]
    [MemberData(nameof(EntryKeyNames))]
    public void An_entry_key_has_the_type_the_parser_reads(string key)
    {
        string[] types = ParserTypes(shape => Yaml(Full.Select(p => p.Key == key ? new KeyValuePair<string, string>(key, shape) : p)), key);
        Assert.Equal(types, SchemaTypes(EntrySchemaDocument.Properties[key]!));
    }

    [Fact]
    public void The_venue_takes_text_or_a_mapping()
        => Assert.Equal(["string", "object"], SchemaTypes(EntrySchemaDocument.Properties[EntryKeys.Venue]!));

    [Fact]
    public void The_schema_has_a_property_for_every_venue_key_and_no_other()
        => Assert.Equal(EntryKeys.VenueKeyNames.Order(StringComparer.Ordinal), EntrySchemaDocument.Venue["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));

    public static TheoryData<string> VenueKeyNames() => new(EntryKeys.VenueKeyNames);

    [Theory]
    [MemberData(nameof(VenueKeyNames))]
    public void A_venue_key_has_the_type_the_parser_reads(string key)
    {
        string Venue(string shape) => "{" + string.Join(", ", StructuredVenue.Select(p => p.Key + ": " + (p.Key == key ? shape : p.Value))) + "}";
        string type = ParserType(shape => Yaml(Full.Select(p => p.Key == EntryKeys.Venue ? new KeyValuePair<string, string>(p.Key, Venue(shape)) : p)), key);
        Assert.Equal(type, (string?)EntrySchemaDocument.Venue["properties"]![key]!["type"]);
    }

    [Fact]
    public void The_schema_requires_the_venue_keys_the_parser_requires()
    {
        string[] required = EntryKeys.VenueKeyNames.Where(k => ParserIds(WithVenue(StructuredVenue.Where(p => p.Key != k))).Contains("PAPER004")).ToArray();
        Assert.Equal(required, EntrySchemaDocument.Venue["required"]!.AsArray().Select(v => (string)v!));
    }

    public static TheoryData<string, string> Venues() => new()
    {
        { "a name", "\"ICLR 2024\"" },
        { "every key", "{name: \"ICLR 2024\", type: conference, year: 2024}" },
        { "a name and a type", "{name: \"A journal\", type: journal}" },
        { "an unknown type", "{name: \"A journal\", type: magazine}" },
        { "no name", "{type: conference, year: 2024}" },
        { "an unknown key", "{name: \"ICLR\", volume: 3}" },
        { "a year before the first version's", "{name: \"ICLR\", year: 1700}" },
        { "a quoted year", "{name: \"ICLR\", year: \"2024\"}" },
        { "a list", "[\"ICLR\"]" },
    };

    /// <summary>The schema cannot compare two values, so a venue year before the entry's year is the build's alone (PAPER040).</summary>
    [Theory]
    [MemberData(nameof(Venues))]
    public void A_venue_is_valid_to_the_schema_when_it_is_to_the_parser(string what, string venue)
    {
        string yaml = Yaml(Full.Select(p => p.Key == EntryKeys.Venue ? new KeyValuePair<string, string>(p.Key, venue) : p));
        string[] parser = ParserIds(yaml).Where(id => id != "PAPER040").ToArray();
        Assert.True(parser.Length == 0 == (SchemaErrors(yaml).Count == 0), what + ": parser [" + string.Join(", ", ParserIds(yaml)) + "], schema: " + string.Join("; ", SchemaErrors(yaml)));
    }

    private static string WithVenue(IEnumerable<KeyValuePair<string, string>> venue)
        => Yaml(Full.Select(p => p.Key == EntryKeys.Venue ? new KeyValuePair<string, string>(p.Key, "{" + string.Join(", ", venue.Select(v => v.Key + ": " + v.Value)) + "}") : p));

    // The JSON types a schema allows: its own type, or those of its oneOf branches, a $ref read where it points.
    private static string[] SchemaTypes(JsonNode schema)
    {
        if (schema["oneOf"] is JsonArray branches)
        {
            return branches.Select(b => b!["$ref"] is { } reference ? EntrySchemaDocument.Root["definitions"]![((string)reference!).Split('/')[^1]]! : b!)
                .Select(b => (string)b["type"]!).ToArray();
        }

        return [(string)schema["type"]!];
    }

    [Theory]
    [MemberData(nameof(AuthorKeyNames))]
    public void An_author_key_has_the_type_the_parser_reads(string key)
    {
        // A group author, so that a name is allowed; the other keys are a person's.
        IEnumerable<KeyValuePair<string, string>> author = key == EntryKeys.Name ? [] : Person.Where(p => p.Key != key);
        string type = ParserType(shape => Yaml(Full.Select(p => p.Key == EntryKeys.Authors ? new(p.Key, "[" + Author(author.Append(new(key, shape))) + "]") : p)), key);
        Assert.Equal(type, (string?)EntrySchemaDocument.AuthorProperties[key]!["type"]);
    }

    [Theory]
    [InlineData(EntryKeys.Authors, "object")]
    [InlineData(EntryKeys.Keywords, "string")]
    [InlineData(EntryKeys.Related, "string")]
    public void A_list_holds_items_of_the_type_the_parser_reads(string key, string expected)
    {
        string type = ParserType(shape => Yaml(Full.Select(p => p.Key == key ? new KeyValuePair<string, string>(key, "[" + shape + "]") : p)), key);
        Assert.Equal(expected, type);
        JsonNode items = EntrySchemaDocument.Properties[key]!["items"]!;
        Assert.Equal(expected, (string?)(items["$ref"] is null ? items["type"] : EntrySchemaDocument.Author["type"]));
    }

    [Fact]
    public void The_schema_requires_the_keys_the_parser_requires()
    {
        // Required outright: the keys whose absence from the full entry the parser reports as missing (PAPER004).
        string[] required = EntryKeys.EntryKeyNames.Where(k => ParserIds(Yaml(EntryKeys.EntryKeyNames.Where(o => o != k))).Contains("PAPER004")).ToArray();
        Assert.Equal(required.Order(StringComparer.Ordinal), EntrySchemaDocument.Required.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string, string[]> KeySets() => new()
    {
        { "the smallest entry", Minimal },
        { "a date instead of a year", [EntryKeys.Id, EntryKeys.Title, EntryKeys.Authors, EntryKeys.DatePublished] },
        { "neither year nor date", [EntryKeys.Id, EntryKeys.Title, EntryKeys.Authors] },
        { "no id", [EntryKeys.Title, EntryKeys.Authors, EntryKeys.Year] },
        { "no title", [EntryKeys.Id, EntryKeys.Authors, EntryKeys.Year] },
        { "no authors", [EntryKeys.Id, EntryKeys.Title, EntryKeys.Year] },
        { "every key but the year", EntryKeys.EntryKeyNames.Where(k => k != EntryKeys.Year).ToArray() },
        { "every key but year and date", EntryKeys.EntryKeyNames.Where(k => k is not (EntryKeys.Year or EntryKeys.DatePublished)).ToArray() },
    };

    [Theory]
    [MemberData(nameof(KeySets))]
    public void An_entry_of_some_keys_is_valid_to_the_schema_when_the_parser_finds_no_key_missing(string what, string[] keys)
    {
        string yaml = Yaml(keys);
        bool parserMissesAKey = ParserIds(yaml).Contains("PAPER004");
        Assert.True(parserMissesAKey == SchemaErrors(yaml).Count > 0, what + ": " + string.Join("; ", SchemaErrors(yaml)));
    }

    public static TheoryData<string, string> Authors() => new()
    {
        { "a family name", "{family-names: \"Doe\"}" },
        { "a given name", "{given-names: \"Jane\"}" },
        { "a group", "{name: \"A group\"}" },
        { "a group with an affiliation", "{name: \"A group\", affiliation: \"Example University\"}" },
        { "every person key", Author(Person) },
        { "a person and a group at once", "{family-names: \"Doe\", name: \"A group\"}" },
        { "no name at all", "{orcid: \"https://orcid.org/0000-0002-1825-0097\"}" },
        { "an empty mapping", "{}" },
    };

    [Theory]
    [MemberData(nameof(Authors))]
    public void An_author_is_valid_to_the_schema_when_it_is_to_the_parser(string what, string author)
    {
        string yaml = Yaml(Full.Select(p => p.Key == EntryKeys.Authors ? new KeyValuePair<string, string>(p.Key, "[" + author + "]") : p));
        Assert.True(ParserIds(yaml).Length == 0 == (SchemaErrors(yaml).Count == 0), what + ": parser [" + string.Join(", ", ParserIds(yaml)) + "], schema: " + string.Join("; ", SchemaErrors(yaml)));
    }

    /// <summary>
    /// The JSON type the parser reads for <paramref name="key"/> (or its list's items): the first shape it takes
    /// without a wrong-type diagnostic (PAPER007) for that key (a venue's key may be named 'venue.key'). It must refuse every other shape, except that a plain whole number is text where text
    /// is read: the parser takes any scalar as its text, whatever YAML would type it as. The schema asks for a string
    /// there, so that editors flag a value that other YAML tools would read as a number.
    /// </summary>
    private static string ParserType(Func<string, string> entryWith, string key)
    {
        string[] types = ParserTypes(entryWith, key);
        Assert.True(types.Length == 1, $"{key} takes {string.Join(" and ", types)}");
        return types[0];
    }

    /// <summary>Every JSON type the parser reads for <paramref name="key"/>, in the order of <see cref="Shapes"/>, as <see cref="ParserType"/> finds them.</summary>
    private static string[] ParserTypes(Func<string, string> entryWith, string key)
    {
        bool[] accepted = Shapes.Select(shape => !EntryParser.Parse("papers/probe.yaml", entryWith(shape.Yaml)).Diagnostics
            .Any(d => d.Id == "PAPER007" && d.Arguments.Count > 0 && (d.Arguments[0] == key || d.Arguments[0] == EntryKeys.Venue + "." + key))).ToArray();
        Assert.True(accepted.Contains(true), key + " takes no shape at all");

        // A whole number where text is read is the one shape that counts as the text it is written as.
        bool readsText = accepted[0];
        return Shapes.Where((shape, i) => accepted[i] && !(readsText && shape.Type == "integer")).Select(shape => shape.Type).ToArray();
    }
}
