using System.Globalization;

namespace PaperCatalog.Core.Parsing;

/// <summary>
/// The characters a reader cannot see: a value made only of them looks empty in a review and in every listing,
/// and bidirectional controls make text display in an order other than the one it is stored in ("Trojan Source").
/// </summary>
internal static class InvisibleText
{
    /// <summary>
    /// True when the value has no character a reader can see: only blanks, controls, format characters (zero-width
    /// space U+200B, word joiner U+2060, byte-order mark U+FEFF, bidi marks and controls, tags), variation selectors,
    /// the combining grapheme joiner, the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the Mongolian vowel
    /// separator (U+180E) and the blank Braille pattern (U+2800), which fonts draw as nothing.
    /// </summary>
    public static bool IsInvisibleOnly(string value)
    {
        for (int i = 0; i < value.Length; i += char.IsSurrogatePair(value, i) ? 2 : 1)
        {
            if (!IsInvisible(value, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The index of the first bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069) in the
    /// value, or -1. The marks U+200E, U+200F and U+061C are not counted: they change the direction of neutral
    /// characters next to them only, and right-to-left titles need them.
    /// </summary>
    public static int FirstBidiControl(string value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (IsBidiControl(value[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>True for an embedding, override, pop or isolate control.</summary>
    public static bool IsBidiControl(char c) => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    private static bool IsInvisible(string value, int index)
    {
        char c = value[index];
        if (char.IsWhiteSpace(c) || c is '\u034F' or '\u115F' or '\u1160' or '\u3164' or '\uFFA0' or '\u180E' or '\u2800'
            || (c >= '\uFE00' && c <= '\uFE0F'))
        {
            return true;
        }

        if (char.IsSurrogatePair(value, index))
        {
            int codePoint = char.ConvertToUtf32(value, index);
            // Variation selectors supplement; tags (U+E0000-E007F) are format characters and caught below.
            if (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
            {
                return true;
            }
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(value, index);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.SpaceSeparator
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
    }
}
