using System;
using System.Linq;
using System.Text.Json;
using PaperCatalog.Tool.Importing;

namespace PaperCatalog.Tool.Sources.DataCite;

/// <summary>
/// Reads DataCite's <c>/dois/{doi}</c> answer (JSON:API, <c>data.attributes</c>): titles, creators with their ORCID
/// name identifiers, the abstract among the descriptions, the container, the publication year and the resource type.
/// </summary>
internal static class DataCiteParser
{
    public static FetchedPaper Parse(string where, string doi, string text)
    {
        JsonElement attributes;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            attributes = document.RootElement.Member("data")?.Member("attributes")?.Clone()
                ?? throw new FetchException(FailureKind.Malformed, where + " answered JSON without \"data.attributes\": not a DataCite DOI record.");
        }
        catch (JsonException ex)
        {
            throw new FetchException(FailureKind.Malformed, where + " sent malformed or truncated JSON (" + ex.Message + ").", ex);
        }

        string title = attributes.Array("titles").Select(t => t.String("title")).FirstOrDefault(t => t != null) is { } found ? TextLines.Collapse(found)
            : throw new FetchException(FailureKind.Malformed, where + ": the DataCite record has no title.");
        JsonElement? container = attributes.Member("container");
        string? resourceType = attributes.Member("types")?.String("resourceTypeGeneral");
        string? abstractText = attributes.Array("descriptions")
            .Where(d => string.Equals(d.String("descriptionType"), "Abstract", StringComparison.OrdinalIgnoreCase))
            .Select(d => d.String("description"))
            .FirstOrDefault(d => d != null);
        return new FetchedPaper
        {
            Title = title,
            Authors = attributes.Array("creators").Select(Creator).OfType<FetchedAuthor>().ToList(),
            Abstract = abstractText == null ? null : TextLines.Collapse(abstractText),
            Doi = (attributes.String("doi") ?? doi).ToLowerInvariant(),
            VenueName = container?.String("title"),
            VenueType = resourceType switch
            {
                "JournalArticle" => FetchedVenueType.Journal,
                "ConferencePaper" or "ConferenceProceeding" => FetchedVenueType.Conference,
                _ => FetchedVenueType.Unspecified,
            },
            PublishedYear = attributes.Int("publicationYear"),
            Url = attributes.String("url"),
            Sources = new[] { "DataCite" },
        };
    }

    private static FetchedAuthor? Creator(JsonElement creator)
    {
        string? given = creator.String("givenName");
        string? family = creator.String("familyName");
        string? name = creator.String("name");
        string? orcid = creator.Array("nameIdentifiers")
            .Where(n => string.Equals(n.String("nameIdentifierScheme"), "ORCID", StringComparison.OrdinalIgnoreCase))
            .Select(n => n.String("nameIdentifier"))
            .FirstOrDefault(n => n != null);
        if (given == null && family == null && name == null)
        {
            return null;
        }

        bool organisation = creator.String("nameType") == "Organizational";
        return new FetchedAuthor(
            organisation ? null : given,
            organisation ? null : family,
            organisation || family == null ? name : null,
            orcid == null ? null : "https://orcid.org/" + orcid.Substring(orcid.LastIndexOf('/') + 1),
            IsGroup: organisation);
    }
}
