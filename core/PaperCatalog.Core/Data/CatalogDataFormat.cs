namespace PaperCatalog.Data;

/// <summary>
/// The binary form of a catalog's papers: written by the build into an embedded resource of the catalog's
/// assembly, read in place by the runtime. Shared by the core (which writes it) and the runtime (which reads it).
/// </summary>
/// <remarks>
/// Little-endian throughout. A header of <see cref="HeaderSize"/> bytes: <see cref="Magic"/>, <see cref="Version"/>,
/// the paper count, then the 32-byte SHA-256 digest of the records (see <c>CatalogDigest</c>). Then count + 1
/// unsigned 32-bit offsets of each record from the start of the records, the last one being their total length.
/// Then the records, in id order: each is the fields of <see cref="PaperRecordLayout"/>, each field its UTF-8 byte
/// length as an unsigned LEB128 number followed by its bytes. An empty field is an absent value.
/// </remarks>
#if PAPERCATALOG_CORE
internal
#else
public
#endif
static class CatalogDataFormat
{
    /// <summary>The name of the embedded resource that holds a catalog's data.</summary>
    public const string ResourceName = "PaperCatalog.Papers.bin";

    /// <summary>The first four bytes: <c>PCDT</c> in ASCII.</summary>
    public const uint Magic = 0x54444350;

    /// <summary>The version of this layout; a reader refuses any other.</summary>
    public const uint Version = 2;

    /// <summary>The offset of the paper count.</summary>
    public const int CountOffset = 8;

    /// <summary>The offset of the digest.</summary>
    public const int DigestOffset = 12;

    /// <summary>The digest's length in bytes (SHA-256).</summary>
    public const int DigestLength = 32;

    /// <summary>The header's length; the record offsets follow it.</summary>
    public const int HeaderSize = DigestOffset + DigestLength;

    /// <summary>Records per digest chunk: the digest is a hash of the chunks' hashes, so an edit rehashes one chunk.</summary>
    public const int DigestChunkSize = 500;
}
