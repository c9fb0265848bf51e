namespace PaperCatalog.Tool.Cited;

/// <summary>One <c>[Cites]</c> read from an assembly's metadata.</summary>
/// <param name="PaperId">The id the attribute gives.</param>
/// <param name="Note">The attribute's note, if any.</param>
/// <param name="Target">What it marks: assembly, module, type, method, property, field, event, parameter, return, type parameter.</param>
/// <param name="DocumentationId">The documentation id of the citing symbol (of the method, for a parameter or return value).</param>
/// <param name="SymbolName">A readable name of the citing symbol.</param>
internal sealed record CitedMember(string PaperId, string? Note, string Target, string DocumentationId, string SymbolName);
