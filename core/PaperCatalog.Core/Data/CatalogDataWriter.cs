using System;
using System.Collections.Generic;
using System.IO;
using PaperCatalog.Core.Model;
using PaperCatalog.Data;

namespace PaperCatalog.Core.Data;

/// <summary>
/// Writes a catalog's papers in <see cref="CatalogDataFormat"/>: what the build embeds as a resource and the tool
/// reads in memory, so that both decode papers through the runtime's one <c>PaperTable</c>.
/// </summary>
internal static class CatalogDataWriter
{
    /// <summary>Writes <paramref name="papers"/>, already in catalog (id) order, to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<PaperEntry> papers, Stream output)
    {
        // Records first, into memory: their offsets and digest go before them.
        using var records = new MemoryStream();
        var offsets = new uint[papers.Count + 1];
        var chunkHashes = new List<byte[]>((papers.Count / CatalogDataFormat.DigestChunkSize) + 1);
        for (int start = 0; start < papers.Count; start += CatalogDataFormat.DigestChunkSize)
        {
            int end = Math.Min(papers.Count, start + CatalogDataFormat.DigestChunkSize);
            long chunkStart = records.Length;
            for (int i = start; i < end; i++)
            {
                offsets[i] = checked((uint)records.Length);
                PaperRecordEncoder.Write(papers[i], records);
            }

            // The chunk's hash is the hash of its records' bytes, as CatalogDigest.OfChunk computes it.
            chunkHashes.Add(CatalogDigest.OfBytes(records.GetBuffer(), (int)chunkStart, (int)(records.Length - chunkStart)));
        }

        offsets[papers.Count] = checked((uint)records.Length);
        byte[] digest = CatalogDigest.Combine(papers.Count, chunkHashes);

        var writer = new BinaryWriter(output);
        writer.Write(CatalogDataFormat.Magic);
        writer.Write(CatalogDataFormat.Version);
        writer.Write((uint)papers.Count);
        writer.Write(digest);
        foreach (uint offset in offsets)
        {
            writer.Write(offset);
        }

        writer.Flush();
        records.Position = 0;
        records.CopyTo(output);
    }

    /// <summary>The data of <paramref name="papers"/> as bytes.</summary>
    public static byte[] Write(IReadOnlyList<PaperEntry> papers)
    {
        using var stream = new MemoryStream();
        Write(papers, stream);
        return stream.ToArray();
    }
}
