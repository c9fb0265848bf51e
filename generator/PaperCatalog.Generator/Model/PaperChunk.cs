using PaperCatalog.Core.Model;
using PaperCatalog.Data;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// A run of consecutive papers (in id order) emitted as one source file, so that an edit to one paper re-emits
/// (and rehashes) only its chunk.
/// </summary>
/// <param name="Index">The chunk's number, from 0.</param>
/// <param name="FirstPaper">The catalog position of the chunk's first paper.</param>
/// <param name="Papers">The chunk's papers, in id order.</param>
/// <param name="Options">The names of the generated code.</param>
/// <param name="Layout">How members are spread over types.</param>
/// <param name="PaperCount">How many papers the whole catalog holds, which decides the layout.</param>
internal sealed record PaperChunk(int Index, int FirstPaper, EquatableArray<CatalogPaper> Papers, GeneratorOptions Options, MemberLayout Layout, int PaperCount)
{
    /// <summary>Papers per chunk: the data's digest chunk, so that one chunk's hash is one file's concern.</summary>
    public const int Size = CatalogDataFormat.DigestChunkSize;
}
