using PaperCatalog.Core.Model;

namespace PaperCatalog.Generator.Model;

/// <summary>
/// A run of consecutive papers (in id order) emitted as one source file, so that an edit to one paper re-emits
/// only its chunk, and no single literal or method grows with the catalog.
/// </summary>
/// <param name="Index">The chunk's number, from 0.</param>
/// <param name="FirstPaper">The catalog position of the chunk's first paper.</param>
/// <param name="Papers">The chunk's papers, in id order.</param>
/// <param name="Options">The names of the generated code.</param>
internal sealed record PaperChunk(int Index, int FirstPaper, EquatableArray<CatalogPaper> Papers, GeneratorOptions Options)
{
    /// <summary>Papers per chunk: large enough for few files, small enough to keep each literal and method modest.</summary>
    public const int Size = 500;
}
