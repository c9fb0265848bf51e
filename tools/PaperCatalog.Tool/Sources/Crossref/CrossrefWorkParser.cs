using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PaperCatalog.Tool.Importing;

namespace PaperCatalog.Tool.Sources.Crossref;

/// <summary>
/// Reads Crossref's <c>/works/{doi}</c> answer (<c>{"status":"ok","message-type":"work","message":{...}}</c>): title,
/// authors with ORCIDs, the venue (the event's acronym, else the short or full container title), the type, the
/// issued year, the JATS abstract, the arXiv preprint from <c>relation.has-preprint</c>, and Crossmark updates from
/// <c>updated-by</c> (retraction, withdrawal, correction...).
/// </summary>
internal static class CrossrefWorkParser
{
    public static FetchedPaper Parse(string where, string doi, string text)
    {
        JsonElement work;
        try
        {
            using JsonDocument document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            work = document.RootElement.Member("message")?.Clone()
                ?? throw new FetchException(FailureKind.Malformed, where + " answered JSON without a \"message\": not a Crossref work.");
        }
        catch (JsonException ex)
        {
            throw new FetchException(FailureKind.Malformed, where + " sent malformed or truncated JSON (" + ex.Message + ").", ex);
        }

        string title = work.FirstString("title") is { } t ? TextLines.Collapse(t)
            : throw new FetchException(FailureKind.Malformed, where + ": the Crossref work has no title.");
        int? year = DateYear(work.Member("issued")) ?? DateYear(work.Member("published")) ?? DateYear(work.Member("published-print")) ?? DateYear(work.Member("published-online"));
        string type = work.String("type") ?? string.Empty;
        string? container = work.FirstString("container-title");
        return new FetchedPaper
        {
            Title = title,
            Authors = work.Array("author").Select(Author).OfType<FetchedAuthor>().ToList(),
            Abstract = JatsText.ToPlainText(work.String("abstract")),
            Doi = (work.String("DOI") ?? doi).ToLowerInvariant(),
            Arxiv = Preprint(work),
            VenueName = Venue(work, container, year),
            VenueType = type switch
            {
                "journal-article" => FetchedVenueType.Journal,
                "proceedings-article" when container?.Contains("Workshop", StringComparison.OrdinalIgnoreCase) == true => FetchedVenueType.Workshop,
                "proceedings-article" => FetchedVenueType.Conference,
                _ => FetchedVenueType.Unspecified,
            },
            PublishedYear = year,
            Notices = work.Array("updated-by").Select(Notice).OfType<UpdateNotice>().ToList(),
            Sources = new[] { "Crossref" },
        };
    }

    private static FetchedAuthor? Author(JsonElement author)
    {
        string? given = author.String("given");
        string? family = author.String("family");
        string? literal = author.String("name");
        if (given == null && family == null && literal == null)
        {
            return null;
        }

        // Crossref writes ORCIDs as http://orcid.org/...; the catalog's form is https://orcid.org/....
        string? orcid = author.String("ORCID") is { } o ? "https://orcid.org/" + o.Substring(o.LastIndexOf('/') + 1) : null;
        // Crossref gives a group's name as "name", without given or family name.
        return new FetchedAuthor(given, family, family == null ? literal ?? given : null, orcid, IsGroup: family == null && given == null);
    }

    // The event's acronym ("ACL 2022") is how the catalog names venues; a full proceedings title is the fallback.
    private static string? Venue(JsonElement work, string? container, int? year)
    {
        if (work.Member("event") is { } e && e.String("acronym") is { } acronym)
        {
            return acronym.Any(char.IsDigit) || year == null ? acronym : acronym + " " + year.Value.ToString(CultureInfo.InvariantCulture);
        }

        return work.FirstString("short-container-title") ?? container;
    }

    private static string? Preprint(JsonElement work)
    {
        if (work.Member("relation") is not { } relation)
        {
            return null;
        }

        foreach (JsonElement related in relation.Array("has-preprint"))
        {
            string? id = related.String("id");
            string? idType = related.String("id-type");
            if (id == null)
            {
                continue;
            }

            if (idType == "arxiv" && Identifiers.ArxivIdGrammar.TryNormalize(id, out string arxiv))
            {
                return arxiv;
            }

            if (idType == "doi" && PaperIdentifier.ArxivOfDoi(id) is { } fromDoi)
            {
                return fromDoi;
            }
        }

        return null;
    }

    private static UpdateNotice? Notice(JsonElement update)
    {
        NoticeKind? kind = update.String("type")?.ToLowerInvariant() switch
        {
            "retraction" => NoticeKind.Retraction,
            "withdrawal" or "removal" => NoticeKind.Withdrawal,
            "correction" or "erratum" or "corrigendum" or "expression_of_concern" or "expression-of-concern" => NoticeKind.Correction,
            _ => null,
        };
        if (kind == null)
        {
            return null;
        }

        string? date = update.Member("updated") is { } updated && DateParts(updated) is { } parts ? parts : null;
        return new UpdateNotice(kind.Value, update.String("DOI")?.ToLowerInvariant(), date, "Crossref " + (update.String("label") ?? update.String("type")));
    }

    private static int? DateYear(JsonElement? date)
        => date is { } d && d.Array("date-parts").FirstOrDefault() is { ValueKind: JsonValueKind.Array } first
           && first.EnumerateArray().FirstOrDefault() is { ValueKind: JsonValueKind.Number } y && y.TryGetInt32(out int year)
            ? year
            : null;

    private static string? DateParts(JsonElement date)
    {
        if (date.Array("date-parts").FirstOrDefault() is not { ValueKind: JsonValueKind.Array } first)
        {
            return null;
        }

        int[] parts = first.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Number).Select(p => p.GetInt32()).ToArray();
        return parts.Length switch
        {
            >= 3 => string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", parts[0], parts[1], parts[2]),
            2 => string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}", parts[0], parts[1]),
            1 => parts[0].ToString("0000", CultureInfo.InvariantCulture),
            _ => null,
        };
    }
}
