using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emitting;

/// <summary>Splits the validated catalog into the pieces emitted as separate files.</summary>
internal static class CatalogPlanner
{
    public static CatalogShape Shape(CatalogModel catalog, GeneratorOptions options)
        => new(catalog.Papers.Count, ChunkCount(catalog.Papers.Count), options);

    public static IEnumerable<PaperChunk> Chunks(CatalogModel catalog, GeneratorOptions options)
    {
        int count = catalog.Papers.Count;
        for (int chunk = 0; chunk < ChunkCount(count); chunk++)
        {
            int first = chunk * PaperChunk.Size;
            var papers = new EquatableArray<CatalogPaper>(catalog.Papers.AsImmutableArray().Skip(first).Take(PaperChunk.Size));
            yield return new PaperChunk(chunk, first, papers, options);
        }
    }

    /// <summary>Every keyword with the number of papers carrying it, in ordinal order.</summary>
    public static EquatableArray<KeywordUse> Keywords(CatalogModel catalog)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (CatalogPaper paper in catalog.Papers)
        {
            foreach (string keyword in paper.Entry.Keywords.Distinct(StringComparer.Ordinal))
            {
                counts.TryGetValue(keyword, out int papers);
                counts[keyword] = papers + 1;
            }
        }

        return counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new KeywordUse(c.Key, c.Value)).ToEquatableArray();
    }

    private static int ChunkCount(int papers) => (papers + PaperChunk.Size - 1) / PaperChunk.Size;
}
