namespace PaperCatalog;

/// <summary>The kind of venue a paper was published in, when its entry states it (CFF's <c>conference</c> or <c>journal</c>).</summary>
public enum VenueType
{
    /// <summary>The entry does not say: a plain venue name, or no venue.</summary>
    Unspecified = 0,

    /// <summary>Conference proceedings.</summary>
    Conference = 1,

    /// <summary>A journal.</summary>
    Journal = 2,

    /// <summary>A workshop's proceedings.</summary>
    Workshop = 3,
}
