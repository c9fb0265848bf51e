using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperCatalog.Tool.Sources.Http;

/// <summary>
/// Where add and refresh look papers up and how politely: base URLs, contact address, cache, timeouts and limits.
/// Each comes from its option, else its environment variable, else the default (see the README's table).
/// </summary>
internal sealed record SourceSettings
{
    public const string ArxivUrlVariable = "PAPERCATALOG_ARXIV_URL";
    public const string CrossrefUrlVariable = "PAPERCATALOG_CROSSREF_URL";
    public const string DataCiteUrlVariable = "PAPERCATALOG_DATACITE_URL";
    public const string MailtoVariable = "PAPERCATALOG_MAILTO";
    public const string CacheDirVariable = "PAPERCATALOG_CACHE_DIR";
    public const string ArxivIntervalVariable = "PAPERCATALOG_ARXIV_INTERVAL";
    public const string TimeoutVariable = "PAPERCATALOG_HTTP_TIMEOUT";
    public const string RetryDelayVariable = "PAPERCATALOG_HTTP_RETRY_DELAY";

    /// <summary>The arXiv API (its <c>/query</c> is appended).</summary>
    public Uri ArxivUrl { get; init; } = new("https://export.arxiv.org/api/");

    /// <summary>Crossref's REST API (its <c>/works/{doi}</c> is appended).</summary>
    public Uri CrossrefUrl { get; init; } = new("https://api.crossref.org/");

    /// <summary>DataCite's REST API (its <c>/dois/{doi}</c> is appended).</summary>
    public Uri DataCiteUrl { get; init; } = new("https://api.datacite.org/");

    /// <summary>A contact address for the User-Agent (Crossref's polite pool); none when null.</summary>
    public string? Mailto { get; init; }

    /// <summary>Where responses are cached; null for no cache (<c>--no-cache</c>).</summary>
    public string? CacheFolder { get; init; }

    /// <summary>How long a cached response is used before it is fetched again.</summary>
    public TimeSpan CacheExpiry { get; init; } = TimeSpan.FromDays(1);

    /// <summary>arXiv asks for at most one request every three seconds.</summary>
    public TimeSpan ArxivInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first retry's delay when the server gives no Retry-After; doubled for each further retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Retries after the first attempt, on 429, 5xx, timeouts and dropped connections.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>Responses larger than this are refused: no metadata record comes near it.</summary>
    public long MaxResponseBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>The User-Agent: the tool, its version and, when given, the contact address.</summary>
    public string UserAgent => "paper-catalog/" + ToolInfo.Version + (Mailto == null ? string.Empty : " (mailto:" + Mailto + ")");

    /// <summary>The settings from options (null when not given), the environment and the defaults.</summary>
    public static SourceSettings From(Func<string, string?> environment, string? arxivUrl, string? crossrefUrl, string? dataCiteUrl, string? mailto, string? cacheFolder, bool noCache, double? timeoutSeconds)
    {
        var defaults = new SourceSettings();
        return new SourceSettings
        {
            ArxivUrl = Url(arxivUrl ?? environment(ArxivUrlVariable), defaults.ArxivUrl, "--arxiv-url"),
            CrossrefUrl = Url(crossrefUrl ?? environment(CrossrefUrlVariable), defaults.CrossrefUrl, "--crossref-url"),
            DataCiteUrl = Url(dataCiteUrl ?? environment(DataCiteUrlVariable), defaults.DataCiteUrl, "--datacite-url"),
            Mailto = CheckedMailto(mailto ?? environment(MailtoVariable)),
            CacheFolder = noCache ? null : cacheFolder ?? NonEmpty(environment(CacheDirVariable)) ?? DefaultCacheFolder(environment),
            ArxivInterval = Seconds(environment(ArxivIntervalVariable), ArxivIntervalVariable) ?? defaults.ArxivInterval,
            Timeout = (timeoutSeconds is double t ? Positive(t, "--timeout") : null) ?? Seconds(environment(TimeoutVariable), TimeoutVariable) ?? defaults.Timeout,
            RetryDelay = Seconds(environment(RetryDelayVariable), RetryDelayVariable) ?? defaults.RetryDelay,
        };
    }

    // XDG_CACHE_HOME on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows.
    private static string DefaultCacheFolder(Func<string, string?> environment)
    {
        string? xdg = NonEmpty(environment("XDG_CACHE_HOME"));
        string root = xdg
            ?? (OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : OperatingSystem.IsMacOS() ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Caches")
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache"));
        return Path.Combine(root, "paper-catalog", "http");
    }

    private static Uri Url(string? text, Uri fallback, string name)
    {
        if (NonEmpty(text) is not { } value)
        {
            return fallback;
        }

        // A trailing slash, so that relative paths are appended rather than replacing the last segment.
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new UsageException(name + " '" + value + "' is not an http or https URL.");
        }

        return uri;
    }

    private static string? CheckedMailto(string? text)
    {
        string? value = NonEmpty(text);
        if (value != null && (!value.Contains('@', StringComparison.Ordinal) || value.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '(' or ')')))
        {
            throw new UsageException("--mailto '" + value + "' is not an e-mail address.");
        }

        return value;
    }

    private static TimeSpan? Seconds(string? text, string name)
    {
        if (NonEmpty(text) is not { } value)
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            throw new UsageException(name + " '" + value + "' is not a number of seconds.");
        }

        return seconds < 0 ? throw new UsageException(name + " must not be negative.") : TimeSpan.FromSeconds(seconds);
    }

    private static TimeSpan? Positive(double seconds, string name)
        => seconds > 0 ? TimeSpan.FromSeconds(seconds) : throw new UsageException(name + " must be more than 0 seconds.");

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
