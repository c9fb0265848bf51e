namespace PaperCatalog.Exports;

/// <summary>What kind of work a paper is, as every export format needs to know it.</summary>
internal enum PublicationKind
{
    /// <summary>No venue: a preprint (arXiv or otherwise).</summary>
    Preprint,

    /// <summary>Published at a conference or workshop, or anything else that is not a journal.</summary>
    Conference,

    /// <summary>Published in a journal or a <c>Transactions</c> series.</summary>
    Journal,
}
