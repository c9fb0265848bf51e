namespace PaperCatalog.Analyzers.Citations;

/// <summary>
/// One <c>[Cites]</c> as the generated class lists it: plain values only (no symbol, no location object), so the
/// pipeline compares citations by value and serves unchanged ones from cache.
/// </summary>
/// <param name="PaperId">The id as the attribute gives it.</param>
/// <param name="Note">The attribute's <c>Note</c>, if any.</param>
/// <param name="Target">What is marked: <c>assembly</c>, <c>type</c>, <c>method</c>, <c>parameter</c>, <c>return</c>, ...</param>
/// <param name="DocumentationId">The documentation id of the citing symbol (for a parameter or return value, of its method).</param>
/// <param name="DisplayName">A readable name of the citing symbol.</param>
/// <param name="Path">The source file as the compiler names it.</param>
/// <param name="Line">1-based line of the attribute.</param>
/// <param name="Column">1-based column of the attribute.</param>
internal sealed record CitationModel(
    string PaperId,
    string? Note,
    string Target,
    string DocumentationId,
    string DisplayName,
    string Path,
    int Line,
    int Column);
