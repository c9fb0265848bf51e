using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperCatalog.Tool.Sources.Crossref;
using PaperCatalog.Tool.Sources.DataCite;
using PaperCatalog.Tool.Sources.Http;

namespace PaperCatalog.Tool.Sources;

/// <summary>
/// A DOI's registrar: Crossref's REST API first (journal and proceedings DOIs, with Crossmark updates), DataCite's
/// when Crossref answers 404 (arXiv's, Zenodo's and other repositories' DOIs). Both give richer records than DOI
/// content negotiation's CSL-JSON: ORCIDs, the JATS abstract, and retractions.
/// </summary>
internal sealed class DoiSource
{
    private static readonly string[] CrossrefTypes = { "application/json" };
    private static readonly string[] DataCiteTypes = { "application/vnd.api+json", "application/json" };

    private readonly SourceHttp _http;
    private readonly SourceSettings _settings;

    public DoiSource(SourceHttp http, SourceSettings settings)
    {
        _http = http;
        _settings = settings;
    }

    /// <exception cref="FetchException">Neither registrar holds the DOI, or a lookup failed.</exception>
    public async Task<FetchedPaper> FetchAsync(string doi, CancellationToken cancellationToken)
    {
        // Both APIs take the DOI as path segments, "/" included; anything else that URLs reserve is escaped.
        string path = string.Join("/", doi.Split('/').Select(Uri.EscapeDataString));
        var crossref = new Uri(_settings.CrossrefUrl, "works/" + path + (_settings.Mailto == null ? string.Empty : "?mailto=" + Uri.EscapeDataString(_settings.Mailto)));
        if (await _http.GetAsync("Crossref", crossref, CrossrefTypes, null, cancellationToken).ConfigureAwait(false) is { } work)
        {
            FetchedPaper paper = CrossrefWorkParser.Parse("Crossref (" + crossref.AbsoluteUri + ")", doi, work);
            _http.Remember(crossref, work);
            return paper;
        }

        var dataCite = new Uri(_settings.DataCiteUrl, "dois/" + path);
        if (await _http.GetAsync("DataCite", dataCite, DataCiteTypes, null, cancellationToken).ConfigureAwait(false) is { } record)
        {
            FetchedPaper paper = DataCiteParser.Parse("DataCite (" + dataCite.AbsoluteUri + ")", doi, record);
            _http.Remember(dataCite, record);
            return paper;
        }

        throw new FetchException(FailureKind.NotFound, "neither Crossref nor DataCite knows the DOI " + doi + ".");
    }
}
