using System.Globalization;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>Writes strings as YAML double-quoted scalars, the one YAML style that can hold any text on one line.</summary>
internal static class YamlText
{
    /// <summary>
    /// The text in double quotes with YAML's escapes: backslash and quote, the named escapes for control characters,
    /// and <c>\x</c>/<c>\u</c> for other characters YAML does not allow raw (C0 and C1 controls, DEL, line and paragraph
    /// separators, BOM). Printable non-ASCII stays as UTF-8. Quoting every string also keeps values such as
    /// <c>yes</c>, <c>2020</c> or <c>null</c> strings.
    /// </summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\v': builder.Append("\\v"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '\u001B': builder.Append("\\e"); break;
                case '\u0085': builder.Append("\\N"); break;
                case '\u2028': builder.Append("\\L"); break;
                case '\u2029': builder.Append("\\P"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F))
                    {
                        builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else if (c == '\uFEFF' || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
