using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PaperCatalog.Core.Data;
using PaperCatalog.Core.Model;
using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Emitting;

/// <summary>Splits the validated catalog into the pieces emitted as separate files.</summary>
internal static class CatalogPlanner
{
    public static CatalogShape Shape(CatalogModel catalog, GeneratorOptions options, MemberLayout layout)
        => new(catalog.Papers.Count, layout, options);

    public static IEnumerable<PaperChunk> Chunks(CatalogModel catalog, GeneratorOptions options, MemberLayout layout)
    {
        int count = catalog.Papers.Count;
        for (int chunk = 0; chunk < ChunkCount(count); chunk++)
        {
            int first = chunk * PaperChunk.Size;
            var papers = new EquatableArray<CatalogPaper>(catalog.Papers.AsImmutableArray().Skip(first).Take(PaperChunk.Size));
            yield return new PaperChunk(chunk, first, papers, options, layout, count);
        }
    }

    /// <summary>The hash of a chunk's records, computed as the build's data writer computes it.</summary>
    public static ChunkDigest Digest(PaperChunk chunk)
        => new(chunk.Index, CatalogDigest.ToHex(CatalogDigest.OfChunk(chunk.Papers.Select(p => p.Entry))));

    /// <summary>The main file's input: the shape and the digest over every chunk's hash, in chunk order.</summary>
    public static CatalogHead Head(CatalogShape shape, ImmutableArray<ChunkDigest> chunks)
    {
        IEnumerable<byte[]> hashes = chunks.OrderBy(c => c.Index).Select(c => FromHex(c.Hash));
        return new CatalogHead(shape, CatalogDigest.ToHex(CatalogDigest.Combine(shape.PaperCount, hashes)));
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

    private static byte[] FromHex(string hex)
    {
        var bytes = new byte[hex.Length / 2];
        for (int i = 0; i < bytes.Length; i++)
        {
            bytes[i] = Convert.ToByte(hex.Substring(i * 2, 2), 16);
        }

        return bytes;
    }

    private static int ChunkCount(int papers) => (papers + PaperChunk.Size - 1) / PaperChunk.Size;
}
