namespace PaperCatalog;

/// <summary>Where a paper stands in its life: current, or no longer to be relied on.</summary>
public enum PaperStatus
{
    /// <summary>An ordinary, current paper.</summary>
    Active = 0,

    /// <summary>Retracted by its authors or its venue; do not cite it as evidence.</summary>
    Retracted = 1,

    /// <summary>Withdrawn by its authors (for example an arXiv withdrawal).</summary>
    Withdrawn = 2,
}
