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
/// UTF-8 text of all its fields, one after another; <see cref="GetFieldLengths"/> gives, for each record, the
/// byte length of each of its fields as ASCII decimal numbers separated by commas, the record's list ending in a
/// line feed; and <see cref="GetRecordStarts"/> holds, for each record and then once more at the end, the offset
/// of the record in the text and the offset of its lengths, one after the other. Lengths are text rather than an
/// integer array because a compiler reads one literal far faster than millions of integer constants.
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

    /// <summary>For each record of the chunk, its fields' byte lengths: <c>16,67,4\n</c>.</summary>
    /// <param name="chunk">The chunk, from 0.</param>
    public abstract ReadOnlySpan<byte> GetFieldLengths(int chunk);

    /// <summary>
    /// For each record of the chunk, then once more for the end: its offset in <see cref="GetText"/> followed by its
    /// offset in <see cref="GetFieldLengths"/>.
    /// </summary>
    /// <param name="chunk">The chunk, from 0.</param>
    public abstract ReadOnlySpan<int> GetRecordStarts(int chunk);
}
