using System.Globalization;
using System.Text;

namespace PaperCatalog.Lookups;

/// <summary>
/// Lower-cases text and folds Latin letters to ASCII (<c>Élodie Ñúñez</c> to <c>elodie nunez</c>, <c>Łukasz</c> to
/// <c>lukasz</c>, <c>Straße</c> to <c>strasse</c>) by table, without the platform's Unicode normalisation: that comes
/// from ICU, which an app with <c>InvariantGlobalization</c> (the tool is one) does not have, and lookups and citation
/// keys must not change with the machine.
/// </summary>
internal static class LatinFolder
{
    /// <summary>
    /// Folds <paramref name="text"/>: precomposed Latin letters to their base letter (<see cref="LatinFoldingTable"/>),
    /// the letters with no decomposition spelled as citation tools spell them (<c>ß æ œ ø ł đ ð þ ı ħ ŧ</c> and their
    /// capitals to <c>ss ae oe o l d d th i h t</c>), combining marks dropped, everything else lower-cased and kept, so
    /// callers decide what counts as a separator.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            char folded = LatinFoldingTable.Base(c);
            if (folded != '\0')
            {
                builder.Append(folded);
                continue;
            }

            // Lower-casing is the same with and without ICU: .NET cases by its own Unicode data in both modes.
            char lower = char.ToLowerInvariant(c);
            if (Spelled(lower) is { } spelled)
            {
                builder.Append(spelled);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(lower);
            }
        }

        return builder.ToString();
    }

    // Latin letters that have no canonical decomposition; without this "Łukasz" would keep its first letter unfolded.
    private static string? Spelled(char c) => c switch
    {
        'ß' or '\u1E9E' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ħ' => "h",
        'ŧ' => "t",
        'ŀ' => "l",
        _ => null,
    };
}
