using System.Globalization;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>Folds text to lower-case ASCII for citation keys, which tools and file systems handle everywhere.</summary>
internal static class AsciiFolder
{
    /// <summary>
    /// Lower-cases <paramref name="text"/>, removes accents (<c>à</c> to <c>a</c>) and spells out the few Latin
    /// letters that have no decomposition (<c>ß</c> to <c>ss</c>). Every other character is kept, so callers decide
    /// what counts as a separator.
    /// </summary>
    public static string Fold(string text)
    {
        string decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char lower = char.ToLowerInvariant(c);
            builder.Append(Spelled(lower) ?? lower.ToString());
        }

        return builder.ToString();
    }

    /// <summary>True for the characters a folded key keeps: <c>a</c> to <c>z</c> and <c>0</c> to <c>9</c>.</summary>
    public static bool IsKeyChar(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    // Letters that NFD leaves whole; without this "Łukasz" would lose its first letter.
    private static string? Spelled(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ħ' => "h",
        _ => null,
    };
}
