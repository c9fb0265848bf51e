using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator.Model;

/// <summary>The catalog's main file: its shape and the digest of its data.</summary>
/// <param name="Shape">Size, layout and names.</param>
/// <param name="Digest">The digest of the data the generated code belongs to.</param>
internal sealed record CatalogHead(CatalogShape Shape, string Digest);
