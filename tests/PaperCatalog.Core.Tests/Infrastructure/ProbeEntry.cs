using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Parsing;

namespace PaperCatalog.Core.Tests.Infrastructure;

/// <summary>Entries built key by key from one valid value per key, to be judged by the parser and by the schema alike.</summary>
internal static class ProbeEntry
{
    /// <summary>One valid value per author key, as YAML; a person uses all but <c>name</c>.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Person =
    [
        new(EntryKeys.FamilyNames, "\"Doe\""),
        new(EntryKeys.GivenNames, "\"Jane\""),
        new(EntryKeys.NameParticle, "\"van\""),
        new(EntryKeys.NameSuffix, "\"Jr.\""),
        new(EntryKeys.Orcid, "\"https://orcid.org/0000-0002-1825-0097\""),
        new(EntryKeys.Affiliation, "\"Example University\""),
    ];

    /// <summary>One valid value per entry key, as YAML: together, a valid entry that uses every key (declared after
    /// <see cref="Person"/>, which it uses).</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> Full =
    [
        new(EntryKeys.Id, "probe"),
        new(EntryKeys.Title, "\"A title\""),
        new(EntryKeys.Authors, "[" + Author(Person) + "]"),
        new(EntryKeys.Year, "2020"),
        new(EntryKeys.DatePublished, "\"2020-05-28\""),
        new(EntryKeys.Abstract, "\"An abstract.\""),
        new(EntryKeys.Arxiv, "\"2005.14165\""),
        new(EntryKeys.PrimaryClass, "\"cs.CL\""),
        new(EntryKeys.Doi, "\"10.1234/probe\""),
        new(EntryKeys.Url, "\"https://example.org/probe\""),
        new(EntryKeys.RepositoryCode, "\"https://example.org/code\""),
        new(EntryKeys.Venue, "\"A venue\""),
        new(EntryKeys.Keywords, "[probing]"),
        new(EntryKeys.Related, "[other]"),
        new(EntryKeys.Supersedes, "older"),
        new(EntryKeys.Status, "active"),
        new(EntryKeys.DateReleased, "\"2020-05-28\""),
    ];

    /// <summary>One valid value per key of a structured venue, as YAML.</summary>
    public static readonly IReadOnlyList<KeyValuePair<string, string>> StructuredVenue =
    [
        new(EntryKeys.VenueName, "\"A venue\""),
        new(EntryKeys.VenueType, "conference"),
        new(EntryKeys.VenueYear, "2021"),
    ];

    /// <summary>The keys of the smallest valid entry.</summary>
    public static readonly string[] Minimal = [EntryKeys.Id, EntryKeys.Title, EntryKeys.Authors, EntryKeys.Year];

    public static string Value(string key) => Full.Concat(Person).Concat([new(EntryKeys.Name, "\"A group\"")]).First(p => p.Key == key).Value;

    /// <summary>An entry of the given keys and values, one per line.</summary>
    public static string Yaml(IEnumerable<KeyValuePair<string, string>> values) => string.Concat(values.Select(p => p.Key + ": " + p.Value + "\n"));

    /// <summary>An entry of the full entry's values for <paramref name="keys"/> only.</summary>
    public static string Yaml(IEnumerable<string> keys) => Yaml(Full.Where(p => keys.Contains(p.Key)));

    /// <summary>One author as a YAML flow mapping.</summary>
    public static string Author(IEnumerable<KeyValuePair<string, string>> values) => "{" + string.Join(", ", values.Select(p => p.Key + ": " + p.Value)) + "}";

    /// <summary>The rule ids the parser reports for an entry.</summary>
    public static string[] ParserIds(string yaml) => EntryParser.Parse("papers/probe.yaml", yaml).Diagnostics.Select(d => d.Id).ToArray();

    /// <summary>What the schema finds wrong with an entry, read as YAML 1.2 types it.</summary>
    public static IReadOnlyList<string> SchemaErrors(string yaml) => SchemaValidator.Errors(SchemaValidator.Entry, YamlToJson.Convert(yaml)!.ToJsonString());
}
