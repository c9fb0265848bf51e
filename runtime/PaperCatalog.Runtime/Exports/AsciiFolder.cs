using PaperCatalog.Lookups;

namespace PaperCatalog.Exports;

/// <summary>Folds text to lower-case ASCII for citation keys, which tools and file systems handle everywhere.</summary>
internal static class AsciiFolder
{
    /// <summary>
    /// Lower-cases <paramref name="text"/> and folds Latin letters to ASCII by <see cref="LatinFolder"/> (<c>à</c> to
    /// <c>a</c>, <c>ß</c> to <c>ss</c>), the same on every machine. Every other character is kept, so callers decide
    /// what counts as a separator.
    /// </summary>
    public static string Fold(string text) => LatinFolder.Fold(text);

    /// <summary>True for the characters a folded key keeps: <c>a</c> to <c>z</c> and <c>0</c> to <c>9</c>.</summary>
    public static bool IsKeyChar(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
