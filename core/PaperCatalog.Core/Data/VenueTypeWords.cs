namespace PaperCatalog.Data;

/// <summary>
/// The words of a structured venue's <c>type</c>, written once for the parser, the data writer and the runtime's
/// decoder (this file is shared by the core and the runtime). CFF keeps a conference and a journal apart the same way.
/// </summary>
internal static class VenueTypeWords
{
    /// <summary>Conference proceedings.</summary>
    public const string Conference = "conference";

    /// <summary>A journal.</summary>
    public const string Journal = "journal";

    /// <summary>A workshop's proceedings.</summary>
    public const string Workshop = "workshop";

    /// <summary>Every word, in the order the schema lists them.</summary>
    public static readonly string[] All = { Conference, Journal, Workshop };
}
