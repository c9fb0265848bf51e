using System;

namespace PaperCatalog.Data;

/// <summary>
/// A catalog's papers as compact UTF-8 data compiled into the assembly, the form the generator writes so that
/// catalogs of any size compile: no string literal per value (the 16 MB user-string heap would overflow), no
/// object built before it is asked for. Generated code derives from this class; see <see cref="PaperRecordLayout"/>
/// for the format.
/// </summary>
/// <remarks>
/// Papers are stored in chunks of <see cref="ChunkSize"/> records. For a chunk, <see cref="GetText"/> is the
/// UTF-8 text of all its fields, one after another; <see cref="GetFieldEnds"/> the end offset of each field in
/// that text; and <see cref="GetRecordStarts"/> the index in the field ends of each record's first field, with
/// one more entry at the end.
/// </remarks>
public abstract class PaperData
{
    /// <summary>How many papers the catalog holds.</summary>
    public abstract int Count { get; }

    /// <summary>How many records each chunk holds; the last chunk may hold fewer.</summary>
    public abstract int ChunkSize { get; }

    /// <summary>The UTF-8 text of every field of a chunk's records, one after another.</summary>
    /// <param name="chunk">The chunk, from 0.</param>
    public abstract ReadOnlySpan<byte> GetText(int chunk);

    /// <summary>The end offset in <see cref="GetText"/> of each field of the chunk, in order.</summary>
    /// <param name="chunk">The chunk, from 0.</param>
    public abstract ReadOnlySpan<int> GetFieldEnds(int chunk);

    /// <summary>For each record of the chunk, the index of its first field in <see cref="GetFieldEnds"/>; then the field count.</summary>
    /// <param name="chunk">The chunk, from 0.</param>
    public abstract ReadOnlySpan<int> GetRecordStarts(int chunk);
}
