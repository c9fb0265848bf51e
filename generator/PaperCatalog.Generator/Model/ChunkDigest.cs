namespace PaperCatalog.Generator.Model;

/// <summary>The hash of one chunk's records, as the build's data writer computes it.</summary>
/// <param name="Index">The chunk's number.</param>
/// <param name="Hash">The SHA-256 of its records, in lower-case hexadecimal.</param>
internal sealed record ChunkDigest(int Index, string Hash);
