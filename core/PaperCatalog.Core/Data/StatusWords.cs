namespace PaperCatalog.Data;

/// <summary>
/// The words of an entry's <c>status</c>, written once for the parser, the validator, the data writer and the
/// runtime's decoder (this file is shared by the core and the runtime).
/// </summary>
#if PAPERCATALOG_CORE
internal
#else
public
#endif
static class StatusWords
{
    /// <summary>The default: the paper stands.</summary>
    public const string Active = "active";

    /// <summary>The paper was retracted.</summary>
    public const string Retracted = "retracted";

    /// <summary>The paper was withdrawn by its authors.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>Whether <paramref name="status"/> marks a paper that no longer stands.</summary>
    /// <param name="status">A status word, or null.</param>
    public static bool IsInactive(string? status) => status is Retracted or Withdrawn;
}
