using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator.Model;

/// <summary>What the catalog's main file depends on: how many papers, how they are laid out, and the names to use.</summary>
/// <param name="PaperCount">How many papers the catalog holds.</param>
/// <param name="Layout">How members are spread over types.</param>
/// <param name="Options">The names of the generated code.</param>
internal sealed record CatalogShape(int PaperCount, MemberLayout Layout, GeneratorOptions Options);
