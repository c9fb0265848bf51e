using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator.Model;

/// <summary>What the catalog's main file depends on: how many papers and chunks, and the names to use.</summary>
internal sealed record CatalogShape(int PaperCount, int ChunkCount, GeneratorOptions Options);

/// <summary>A keyword and how many papers carry it.</summary>
internal sealed record KeywordUse(string Keyword, int Papers);
