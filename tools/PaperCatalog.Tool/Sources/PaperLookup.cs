using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PaperCatalog.Tool.Sources.Arxiv;
using PaperCatalog.Tool.Sources.Http;

namespace PaperCatalog.Tool.Sources;

/// <summary>
/// Looks papers up in every source that knows them: the arXiv ids first, all in batched queries; then each paper's
/// DOI at its registrar (the DOI arXiv lists, or the one given); then the arXiv preprint a DOI's record names. The
/// arXiv record gives the first version's facts, the registrar the published version's. Each id succeeds or fails alone.
/// </summary>
internal sealed class PaperLookup : IDisposable
{
    private readonly SourceHttp _http;
    private readonly ArxivSource _arxiv;
    private readonly DoiSource _doi;

    public PaperLookup(SourceSettings settings)
    {
        _http = new SourceHttp(settings);
        _arxiv = new ArxivSource(_http, settings);
        _doi = new DoiSource(_http, settings);
    }

    /// <summary>One result per identifier, in order; <paramref name="done"/> is told of each as it completes.</summary>
    public async Task<IReadOnlyList<Result<FetchedPaper>>> LookupAsync(IReadOnlyList<PaperIdentifier> ids, Action<PaperIdentifier, Result<FetchedPaper>> done, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<string, Result<FetchedPaper>> arxiv = await _arxiv.FetchAsync(
            ids.Where(i => i.Kind == IdentifierKind.Arxiv).Select(i => i.Value).ToList(), cancellationToken).ConfigureAwait(false);
        var results = new List<Result<FetchedPaper>>(ids.Count);
        foreach (PaperIdentifier id in ids)
        {
            Result<FetchedPaper> result;
            try
            {
                result = Result<FetchedPaper>.Of(id.Kind == IdentifierKind.Arxiv
                    ? await FromArxivAsync(arxiv[id.Value], id.KnownDoi, cancellationToken).ConfigureAwait(false)
                    : await FromDoiAsync(id.Value, cancellationToken).ConfigureAwait(false));
            }
            catch (FetchException ex)
            {
                result = Result<FetchedPaper>.Fail(ex);
            }

            done(id, result);
            results.Add(result);
        }

        return results;
    }

    public void Dispose() => _http.Dispose();

    private async Task<FetchedPaper> FromArxivAsync(Result<FetchedPaper> arxiv, string? knownDoi, CancellationToken cancellationToken)
    {
        FetchedPaper preprint = arxiv.Value ?? throw arxiv.Failure!;
        string? doi = preprint.Doi != null && PaperIdentifier.ArxivOfDoi(preprint.Doi) == null ? preprint.Doi : knownDoi?.ToLowerInvariant();
        if (doi == null)
        {
            return preprint;
        }

        return PaperMerge.Merge(preprint, await _doi.FetchAsync(doi, cancellationToken).ConfigureAwait(false));
    }

    private async Task<FetchedPaper> FromDoiAsync(string doi, CancellationToken cancellationToken)
    {
        FetchedPaper published = await _doi.FetchAsync(doi, cancellationToken).ConfigureAwait(false);
        if (published.Arxiv == null)
        {
            return published;
        }

        Result<FetchedPaper> preprint = (await _arxiv.FetchAsync(new[] { published.Arxiv }, cancellationToken).ConfigureAwait(false))[published.Arxiv];
        return PaperMerge.Merge(preprint.Value ?? throw preprint.Failure!, published);
    }
}
