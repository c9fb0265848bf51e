using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using PaperCatalog.Core.Model;
using PaperCatalog.Data;

namespace PaperCatalog.Core.Data;

/// <summary>
/// The digest that ties a catalog's generated API to its data: the SHA-256 of the paper count followed by the
/// SHA-256 of each chunk of <see cref="CatalogDataFormat.DigestChunkSize"/> records. The build writes it into the
/// data's header and the generator into the code, so data that does not belong to the code is refused at load.
/// Chunked so that the generator, which hashes chunk by chunk in cached steps, rehashes only what an edit touched.
/// </summary>
internal static class CatalogDigest
{
    /// <summary>The hash of one chunk's records, in order.</summary>
    public static byte[] OfChunk(IEnumerable<PaperEntry> papers)
    {
        using var sha = SHA256.Create();
        foreach (PaperEntry paper in papers)
        {
            byte[] record = PaperRecordEncoder.Encode(paper);
            sha.TransformBlock(record, 0, record.Length, null, 0);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return sha.Hash!;
    }

    /// <summary>The hash of records already encoded one after another.</summary>
    public static byte[] OfBytes(byte[] buffer, int offset, int count)
    {
        using var sha = SHA256.Create();
        return sha.ComputeHash(buffer, offset, count);
    }

    /// <summary>The catalog's digest from its paper count and its chunks' hashes, in order.</summary>
    public static byte[] Combine(int count, IEnumerable<byte[]> chunkHashes)
    {
        using var sha = SHA256.Create();
        byte[] countBytes = BitConverter.GetBytes((uint)count);
        if (!BitConverter.IsLittleEndian)
        {
            Array.Reverse(countBytes);
        }

        sha.TransformBlock(countBytes, 0, countBytes.Length, null, 0);
        foreach (byte[] hash in chunkHashes)
        {
            sha.TransformBlock(hash, 0, hash.Length, null, 0);
        }

        sha.TransformFinalBlock(Array.Empty<byte>(), 0, 0);
        return sha.Hash!;
    }

    /// <summary>The digest as lower-case hexadecimal, as the generated code carries it.</summary>
    public static string ToHex(byte[] digest)
    {
        var builder = new StringBuilder(digest.Length * 2);
        foreach (byte b in digest)
        {
            builder.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
