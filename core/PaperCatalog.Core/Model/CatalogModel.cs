using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Core.Model;

/// <summary>
/// The whole catalog after the rules across entries: the papers to emit, sorted by id, and every diagnostic
/// of every file, sorted by file and position so that output does not depend on the order files arrive in.
/// </summary>
/// <param name="Papers">The papers to emit, sorted by id.</param>
/// <param name="Diagnostics">Every diagnostic, those without a file first.</param>
/// <param name="EmitsCode">
/// False when a configured name is invalid: the diagnostics are still reported, but no code is emitted, since it
/// would not compile.
/// </param>
internal sealed record CatalogModel(EquatableArray<CatalogPaper> Papers, EquatableArray<DiagnosticInfo> Diagnostics, bool EmitsCode = true);
