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
        if (!output.CanSeek)
        {
            using var buffer = new MemoryStream();
            Write(papers, buffer);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        // The records stream out one chunk at a time behind room for the header and the offsets, which are written
        // last: a 100,000-paper catalog never holds its 200 MB of records in memory at once.
        long start = output.Position;
        long recordsStart = start + CatalogDataFormat.HeaderSize + ((papers.Count + 1L) * sizeof(uint));
        output.Position = recordsStart;
        var offsets = new uint[papers.Count + 1];
        var chunkHashes = new List<byte[]>((papers.Count / CatalogDataFormat.DigestChunkSize) + 1);
        using var chunk = new MemoryStream();
        uint length = 0;
        for (int first = 0; first < papers.Count; first += CatalogDataFormat.DigestChunkSize)
        {
            int end = Math.Min(papers.Count, first + CatalogDataFormat.DigestChunkSize);
            chunk.SetLength(0);
            for (int i = first; i < end; i++)
            {
                offsets[i] = checked(length + (uint)chunk.Length);
                PaperRecordEncoder.Write(papers[i], chunk);
            }

            // The chunk's hash is the hash of its records' bytes, as CatalogDigest.OfChunk computes it.
            chunkHashes.Add(CatalogDigest.OfBytes(chunk.GetBuffer(), 0, (int)chunk.Length));
            output.Write(chunk.GetBuffer(), 0, (int)chunk.Length);
            length = checked(length + (uint)chunk.Length);
        }

        offsets[papers.Count] = length;
        long finish = output.Position;
        output.Position = start;
        var writer = new BinaryWriter(output);
        writer.Write(CatalogDataFormat.Magic);
        writer.Write(CatalogDataFormat.Version);
        writer.Write((uint)papers.Count);
        writer.Write(CatalogDigest.Combine(papers.Count, chunkHashes));
        foreach (uint offset in offsets)
        {
            writer.Write(offset);
        }

        writer.Flush();
        output.Position = finish;
    }

    /// <summary>The data of <paramref name="papers"/> as bytes.</summary>
    public static byte[] Write(IReadOnlyList<PaperEntry> papers)
    {
        using var stream = new MemoryStream();
        Write(papers, stream);
        return stream.ToArray();
    }
}
