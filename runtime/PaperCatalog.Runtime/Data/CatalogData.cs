using System;
using System.Buffers.Binary;
using System.IO;
using System.Reflection;

namespace PaperCatalog.Data;

/// <summary>
/// A catalog's papers in the binary form of <see cref="CatalogDataFormat"/>: read in place from the embedded
/// resource the build wrote into the catalog's assembly, or from bytes. Checked when opened, so data that does
/// not belong to the generated code is a clear exception, never a wrong paper.
/// </summary>
public sealed unsafe class CatalogData
{
    private readonly byte[]? _bytes;
    private readonly byte* _pointer;
    private readonly int _length;

    // Keeps the resource's memory mapped: the stream holds the assembly alive and owns the pointer's validity.
    private readonly Stream? _owner;

    private CatalogData(byte[]? bytes, byte* pointer, int length, Stream? owner, string source)
    {
        _bytes = bytes;
        _pointer = pointer;
        _length = length;
        _owner = owner;
        Source = source;
        ReadOnlySpan<byte> span = Span;
        if (span.Length < CatalogDataFormat.HeaderSize
            || BinaryPrimitives.ReadUInt32LittleEndian(span) != CatalogDataFormat.Magic)
        {
            throw new InvalidDataException(source + " is not PaperCatalog data.");
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(span[4..]);
        if (version != CatalogDataFormat.Version)
        {
            throw new InvalidDataException(source + " has data format version " + version + "; this PaperCatalog.Runtime reads version " + CatalogDataFormat.Version + ". Use the same version of PaperCatalog.Generator and PaperCatalog.Runtime.");
        }

        uint count = BinaryPrimitives.ReadUInt32LittleEndian(span[CatalogDataFormat.CountOffset..]);
        long recordsStart = CatalogDataFormat.HeaderSize + ((count + 1L) * sizeof(uint));
        if (recordsStart > span.Length)
        {
            throw new InvalidDataException(source + " is truncated.");
        }

        Count = (int)count;
        RecordsStart = (int)recordsStart;
        uint recordsLength = Offset(Count);
        if (RecordsStart + (long)recordsLength != span.Length)
        {
            throw new InvalidDataException(source + " is truncated or has trailing bytes.");
        }

        Digest = Convert.ToHexString(span.Slice(CatalogDataFormat.DigestOffset, CatalogDataFormat.DigestLength)).ToLowerInvariant();
    }

    /// <summary>How many papers the data holds.</summary>
    public int Count { get; }

    /// <summary>The digest of the records, as lower-case hexadecimal; the generated code carries the same.</summary>
    public string Digest { get; }

    /// <summary>Where the data came from, for messages.</summary>
    public string Source { get; }

    /// <summary>Whether the data is read in place from the assembly's mapped image rather than from bytes.</summary>
    public bool IsMapped => _owner != null;

    internal int RecordsStart { get; }

    internal ReadOnlySpan<byte> Span => _bytes ?? new ReadOnlySpan<byte>(_pointer, _length);

    /// <summary>Reads data from bytes, such as a file the build wrote.</summary>
    /// <param name="bytes">The data; kept, not copied.</param>
    /// <exception cref="InvalidDataException">The bytes are not data of this format and version.</exception>
    public static CatalogData FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new CatalogData(bytes, null, bytes.Length, null, "The catalog data");
    }

    /// <summary>
    /// Opens the data the build embedded in <paramref name="assembly"/>, and checks that it is the data the
    /// generated code of that assembly was made with.
    /// </summary>
    /// <param name="assembly">The catalog's assembly.</param>
    /// <param name="expectedDigest">The digest the generator computed from the same entries.</param>
    /// <param name="expectedCount">How many papers the generated code declares.</param>
    /// <exception cref="InvalidOperationException">The resource is missing, or belongs to other entries.</exception>
    public static CatalogData FromResource(Assembly assembly, string expectedDigest, int expectedCount)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(expectedDigest);
        string source = "The resource '" + CatalogDataFormat.ResourceName + "' of " + assembly.GetName().Name;
        Stream? stream = assembly.GetManifestResourceStream(CatalogDataFormat.ResourceName);
        if (stream == null)
        {
            throw new InvalidOperationException(
                "The assembly " + assembly.GetName().Name + " has no embedded resource '" + CatalogDataFormat.ResourceName + "', which holds its papers. " +
                "It is written by the PaperCatalog.Generator package's build step; the assembly was compiled without it (for example by a compiler run outside MSBuild, or with the package's build targets not imported).");
        }

        CatalogData data;
        try
        {
            data = Open(stream, source);
        }
        catch (InvalidDataException ex)
        {
            stream.Dispose();
            throw new InvalidOperationException(ex.Message, ex);
        }

        if (data.Count != expectedCount || !string.Equals(data.Digest, expectedDigest, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                source + " holds " + data.Count + " papers with digest " + data.Digest + ", but the generated code was made from " + expectedCount +
                " papers with digest " + expectedDigest + ": the data is stale or belongs to other entries. Rebuild the project (dotnet build --no-incremental).");
        }

        return data;
    }

    internal uint Offset(int record)
        => BinaryPrimitives.ReadUInt32LittleEndian(Span[(CatalogDataFormat.HeaderSize + (record * sizeof(uint)))..]);

    private static CatalogData Open(Stream stream, string source)
    {
        if (stream is UnmanagedMemoryStream unmanaged && unmanaged.Length <= int.MaxValue)
        {
            return new CatalogData(null, unmanaged.PositionPointer, (int)unmanaged.Length, unmanaged, source);
        }

        using (stream)
        {
            if (stream.Length > int.MaxValue)
            {
                throw new InvalidDataException(source + " is larger than 2 GB.");
            }

            byte[] bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return new CatalogData(bytes, null, bytes.Length, null, source);
        }
    }
}
