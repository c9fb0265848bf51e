using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Model;

/// <summary>
/// The whole catalog after the rules across entries: the papers to emit, sorted by id, and every diagnostic
/// of every file, sorted by file and position so that output does not depend on the order files arrive in.
/// </summary>
internal sealed record CatalogModel(EquatableArray<CatalogPaper> Papers, EquatableArray<DiagnosticInfo> Diagnostics);
