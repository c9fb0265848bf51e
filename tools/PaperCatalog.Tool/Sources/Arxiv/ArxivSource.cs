using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperCatalog.Tool.Sources.Http;

namespace PaperCatalog.Tool.Sources.Arxiv;

/// <summary>
/// The arXiv API: ids are asked for together, <see cref="BatchSize"/> per <c>query?id_list=</c> request, and requests
/// are spaced by the configured interval (three seconds by default, as arXiv's terms of use ask).
/// </summary>
internal sealed class ArxivSource
{
    /// <summary>Ids per request; the API's own page size is far larger, but long URLs are refused by some proxies.</summary>
    public const int BatchSize = 50;

    private static readonly string[] ContentTypes = { "application/atom+xml", "application/xml", "text/xml" };

    private readonly SourceHttp _http;
    private readonly Uri _baseUrl;
    private readonly IntervalGate _gate;

    public ArxivSource(SourceHttp http, SourceSettings settings)
    {
        _http = http;
        _baseUrl = settings.ArxivUrl;
        _gate = new IntervalGate(settings.ArxivInterval);
    }

    /// <summary>Each id's paper, or the failure of its batch; an id arXiv does not know fails as not found.</summary>
    public async Task<IReadOnlyDictionary<string, Result<FetchedPaper>>> FetchAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var results = new Dictionary<string, Result<FetchedPaper>>(StringComparer.Ordinal);
        foreach (string[] batch in ids.Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            var url = new Uri(_baseUrl, "query?id_list=" + string.Join(",", batch.Select(Uri.EscapeDataString)) + "&max_results=" + batch.Length);
            try
            {
                string where = "arXiv (" + url.AbsoluteUri + ")";
                string body = await _http.GetAsync("arXiv", url, ContentTypes, _gate, cancellationToken).ConfigureAwait(false)
                    ?? throw new FetchException(FailureKind.NotFound, "arXiv answered 404 for " + url.AbsoluteUri + "; check --arxiv-url.");
                IReadOnlyDictionary<string, FetchedPaper> papers = ArxivFeedParser.Parse(where, body);
                _http.Remember(url, body);
                foreach (string id in batch)
                {
                    results[id] = papers.TryGetValue(id, out FetchedPaper? paper)
                        ? Result<FetchedPaper>.Of(paper)
                        : Result<FetchedPaper>.Fail(new FetchException(FailureKind.NotFound, "arXiv has no paper " + id + "."));
                }
            }
            catch (FetchException ex)
            {
                foreach (string id in batch)
                {
                    results[id] = Result<FetchedPaper>.Fail(ex);
                }
            }
        }

        return results;
    }
}
