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
