namespace PaperCatalog.Tool;

/// <summary>The tool's exit codes, the same for every command so that scripts can rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>
    /// Entries break the catalog's rules: lint found errors, export or list met a folder with errors, new or import
    /// left an entry unwritten because it would not validate (import also for entries it skipped).
    /// </summary>
    public const int ValidationFailed = 1;

    /// <summary>
    /// The command could not run as given: bad arguments, a missing folder, an unreadable file, malformed input, or
    /// a file that would be overwritten without <c>--force</c>. Nothing was written.
    /// </summary>
    public const int UsageError = 2;

    // add and refresh: one code per way a lookup fails; with several ids, the first failed id's code.

    /// <summary>A registry does not know the identifier (HTTP 404, or arXiv's empty answer).</summary>
    public const int NotFound = 3;

    /// <summary>The registry could not be reached: no network, DNS failure, connection refused.</summary>
    public const int Offline = 4;

    /// <summary>The registry did not answer in time, after the retries.</summary>
    public const int Timeout = 5;

    /// <summary>The registry answered with an HTTP error other than 404 (429 or 5xx after the retries, 403...).</summary>
    public const int HttpError = 6;

    /// <summary>The response is not the documented format: malformed or truncated XML or JSON, missing fields.</summary>
    public const int MalformedResponse = 7;

    /// <summary>The response is hostile: XML with a DTD or entities (XXE).</summary>
    public const int HostileResponse = 8;

    /// <summary>The response body is larger than the cap.</summary>
    public const int ResponseTooLarge = 9;

    /// <summary>The response has a content type other than the format asked for (HTML instead of JSON...).</summary>
    public const int WrongContentType = 10;

    /// <summary>An argument of add is neither an arXiv id nor a DOI.</summary>
    public const int BadIdentifier = 11;

    /// <summary>
    /// new or import found the output folder locked by another writer for longer than <c>--lock-timeout</c>.
    /// Nothing was written.
    /// </summary>
    public const int FolderBusy = 20;

    /// <summary>
    /// new or import was interrupted (SIGINT, SIGTERM) while writing: the files listed as written are complete, the
    /// rest were not written, and no temporary file is left (128 + SIGINT, as shells report it).
    /// </summary>
    public const int Interrupted = 130;
}
