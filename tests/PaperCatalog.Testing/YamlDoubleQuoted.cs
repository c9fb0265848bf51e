using System.Globalization;
using System.Text;

namespace PaperCatalog.Testing;

/// <summary>How <see cref="YamlDoubleQuoted"/> writes characters that need an escape.</summary>
public enum YamlEscapeStyle
{
    /// <summary>Escape only what must be, with YAML's named escapes where one exists (\0 \a \b \t \n \v \f \r \e \N \_ \L \P).</summary>
    Named,

    /// <summary>Escape everything outside printable ASCII by code: \xXX, \uXXXX, or \UXXXXXXXX for a surrogate pair.</summary>
    Hex,
}

/// <summary>
/// Writes any string as a YAML double-quoted scalar on one line (YAML 1.1 and 1.2 escapes alike). Besides \ and ",
/// it escapes every character YAML does not allow raw (c-printable), every line break YAML 1.1 knows (so that no
/// folding happens), tab and BOM (legal but invisible), and U+FFFD, which the generator refuses raw because it marks
/// bytes that were not valid UTF-8. A lone surrogate is written as \uD800-style escape although YAML forbids it:
/// the test then expects the generator to refuse it.
/// </summary>
public static class YamlDoubleQuoted
{
    public static string Quote(string value, YamlEscapeStyle style = YamlEscapeStyle.Named)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (style == YamlEscapeStyle.Hex)
                {
                    builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                }
                else
                {
                    builder.Append(c).Append(value[i + 1]);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    continue;
                case '\\':
                    builder.Append("\\\\");
                    continue;
            }

            if (style == YamlEscapeStyle.Named && Named(c) is { } named)
            {
                builder.Append('\\').Append(named);
            }
            else if (NeedsEscape(c) || (style == YamlEscapeStyle.Hex && c > '\u007E'))
            {
                builder.Append(c <= '\u00FF' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        builder.Append('"');
        return builder.ToString();
    }

    /// <summary>True for characters written as escapes in every style.</summary>
    public static bool NeedsEscape(char c)
        => c < '\u0020'                      // C0 controls, tab and line breaks
           || (c >= '\u007F' && c <= '\u009F') // DEL, C1 controls and NEL
           || c == '\u2028' || c == '\u2029'  // line breaks to YAML 1.1
           || char.IsSurrogate(c)            // only reached for a lone one
           || c == '\uFEFF' || c == '\uFFFD' || c == '\uFFFE' || c == '\uFFFF';

    private static char? Named(char c) => c switch
    {
        '\0' => '0',
        '\a' => 'a',
        '\b' => 'b',
        '\t' => 't',
        '\n' => 'n',
        '\v' => 'v',
        '\f' => 'f',
        '\r' => 'r',
        '\u001B' => 'e',
        '\u0085' => 'N',
        '\u00A0' => '_',
        '\u2028' => 'L',
        '\u2029' => 'P',
        _ => null,
    };
}
