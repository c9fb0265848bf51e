using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace PaperCatalog.Tool.Sources.Http;

/// <summary>
/// The one HTTP client of add and refresh: the User-Agent, retries with exponential backoff on 429, 5xx, timeouts
/// and dropped connections honouring <c>Retry-After</c> (Microsoft.Extensions.Http.Resilience), a timeout per
/// attempt, the response cache, a size cap and a content-type check. Every failure becomes a
/// <see cref="FetchException"/> of its own kind.
/// </summary>
internal sealed class SourceHttp : IDisposable
{
    /// <summary>A server's Retry-After is honoured up to this long; a longer one would hang the tool.</summary>
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);

    private readonly SourceSettings _settings;
    private readonly HttpClient _client;
    private readonly ResponseCache? _cache;

    public SourceHttp(SourceSettings settings)
    {
        _settings = settings;
        ResiliencePipeline<HttpResponseMessage> pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(settings.Retries, 1),
                Delay = settings.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldRetryAfterHeader = true,
                MaxDelay = MaxRetryDelay,
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.Timeout })
            .Build();
        var sockets = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All, ConnectTimeout = settings.Timeout };
#pragma warning disable CA2000 // The client owns and disposes the handler chain.
        _client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new GateHandler(sockets) }, disposeHandler: true)
#pragma warning restore CA2000
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
        _cache = settings.CacheFolder == null ? null : new ResponseCache(settings.CacheFolder, settings.CacheExpiry);
    }

    /// <summary>
    /// The body of <paramref name="url"/>, or null when the server answers 404. <paramref name="contentTypes"/> are
    /// the media types accepted (any other is refused); <paramref name="gate"/>, when given, spaces the requests.
    /// </summary>
    public async Task<string?> GetAsync(string source, Uri url, string[] contentTypes, IntervalGate? gate, CancellationToken cancellationToken)
    {
        if (_cache?.Get(url) is { } cached)
        {
            return cached;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(string.Join(", ", contentTypes));
        if (gate != null)
        {
            request.Options.Set(GateHandler.GateKey, gate);
        }

        string where = source + " (" + url.AbsoluteUri + ")";
        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FetchException(FailureKind.Timeout, where + " did not answer within " + Seconds(_settings.Timeout) + " (after " + _settings.Retries + " retries).", ex);
        }
        catch (HttpRequestException ex) when (IsOffline(ex))
        {
            throw new FetchException(FailureKind.Offline, "cannot reach " + where + ": " + ex.Message + " Check the network, or the base URL.", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new FetchException(FailureKind.HttpError, "request to " + where + " failed: " + ex.Message, ex);
        }

        using (response)
        {
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new FetchException(FailureKind.HttpError, where + " answered HTTP " + (int)response.StatusCode + " " + response.ReasonPhrase
                    + (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable ? " after " + _settings.Retries + " retries" : string.Empty) + ".");
            }

            string? mediaType = response.Content.Headers.ContentType?.MediaType;
            if (mediaType == null || !contentTypes.Contains(mediaType, StringComparer.OrdinalIgnoreCase))
            {
                throw new FetchException(FailureKind.WrongContentType, where + " answered with content type '" + (mediaType ?? "none") + "', not " + string.Join(" or ", contentTypes) + ".");
            }

            string body = await ReadCappedAsync(where, response, cancellationToken).ConfigureAwait(false);
            return body;
        }
    }

    /// <summary>Stores a body that its parser accepted.</summary>
    public void Remember(Uri url, string body) => _cache?.Put(url, body);

    public void Dispose() => _client.Dispose();

    private async Task<string> ReadCappedAsync(string where, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        long cap = _settings.MaxResponseBytes;
        string tooLarge = where + " sent more than " + cap / 1024 + " KiB; no metadata record is that large, so the response was refused.";
        if (response.Content.Headers.ContentLength > cap)
        {
            throw new FetchException(FailureKind.TooLarge, tooLarge);
        }

        // The timeout strategy covers the wait for the headers; a body that trickles in is bounded here.
        using var bodyTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bodyTimeout.CancelAfter(_settings.Timeout);
        try
        {
            using Stream stream = await response.Content.ReadAsStreamAsync(bodyTimeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            byte[] chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, bodyTimeout.Token).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > cap)
                {
                    throw new FetchException(FailureKind.TooLarge, tooLarge);
                }
            }

            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException ex)
        {
            throw new FetchException(FailureKind.Malformed, where + " sent a body that is not UTF-8.", ex);
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            throw new FetchException(FailureKind.Malformed, where + " closed the connection before the whole response arrived (" + ex.Message + ").", ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(FailureKind.Timeout, where + " did not send the whole response within " + Seconds(_settings.Timeout) + ".", ex);
        }
    }

    private static bool IsOffline(HttpRequestException ex)
        => ex.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
           || ex.InnerException is SocketException;

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
