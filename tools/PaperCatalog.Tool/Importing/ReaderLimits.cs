using PaperCatalog.Core.Parsing;

namespace PaperCatalog.Tool.Importing;

/// <summary>
/// The bounds every import reader keeps, whatever its input: past one, the reader stops with an
/// <see cref="InputFormatException"/> at the input's line and column (exit code 2) before anything is written.
/// They bound time and memory to a small multiple of the input's size; <c>docs/security.md</c> lists the measured
/// worst cases.
/// </summary>
internal static class ReaderLimits
{
    /// <summary>Bytes of one input file (BibTeX, Atom XML, listing, metadata): 16 MiB, some 40,000 BibTeX entries.</summary>
    public const int MaxInputBytes = 16 * 1024 * 1024;

    /// <summary>Papers in one input; checked on its own, since a small input can hold many short ones.</summary>
    public const int MaxPapers = 100_000;

    /// <summary>
    /// Characters of one BibTeX value after its <c>@string</c> macros and <c>#</c> joins are expanded; the same as
    /// the longest value an entry may hold, so nothing longer could be written anyway.
    /// </summary>
    public const int MaxValueLength = EntryLimits.MaxValueLength;

    /// <summary>
    /// Characters of all expanded BibTeX values and macros together: the bound that keeps macro expansion linear,
    /// since every value may refer to a macro of <see cref="MaxValueLength"/> characters.
    /// </summary>
    public const int MaxExpandedLength = 4 * MaxInputBytes;

    /// <summary>Defined <c>@string</c> macros.</summary>
    public const int MaxMacros = 10_000;

    /// <summary>Depth of nested braces in a BibTeX value (and so of groups in its LaTeX).</summary>
    public const int MaxBraceDepth = 100;

    /// <summary>Depth of nested XML elements in an Atom feed (an arXiv response nests four deep).</summary>
    public const int MaxXmlDepth = 32;

    /// <summary>Depth of nested YAML collections in the metadata file (a paper's authors are two deep).</summary>
    public const int MaxYamlDepth = EntryLimits.MaxDepth;

    /// <summary>Characters of one line of a listing (a title or an abstract).</summary>
    public const int MaxLineLength = EntryLimits.MaxValueLength;
}
