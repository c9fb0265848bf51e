using System.Text;

namespace PaperCatalog.Analyzers;

/// <summary>
/// Turns a value from consumer code into the text a diagnostic message quotes: one line, short, and free of
/// characters that could forge or hide output (a line break would start a fake "file(1,1): error" line in the log).
/// </summary>
internal static class MessageText
{
    /// <summary>Most characters of a value a message reproduces; enough to recognise an id.</summary>
    public const int MaxExcerpt = 80;

    public static string Excerpt(string value)
    {
        var text = new StringBuilder();
        int shown = 0;
        foreach (char c in value)
        {
            if (shown == MaxExcerpt)
            {
                text.Append("... (").Append(value.Length).Append(" characters)");
                return text.ToString();
            }

            AppendEscaped(text, c);
            shown++;
        }

        return text.ToString();
    }

    private static void AppendEscaped(StringBuilder text, char c)
    {
        switch (c)
        {
            case '\n': text.Append("\\n"); return;
            case '\r': text.Append("\\r"); return;
            case '\t': text.Append("\\t"); return;
        }

        if (char.IsControl(c) || IsInvisibleOrDirectional(c) || char.IsSurrogate(c))
        {
            text.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        text.Append(c);
    }

    // Line and paragraph separators break lines in some viewers; bidirectional controls reorder what a reader sees.
    private static bool IsInvisibleOrDirectional(char c)
        => c is '\u0085' or '\u2028' or '\u2029' or '\u200B' or '\u200E' or '\u200F' or '\uFEFF'
            || (c >= '\u202A' && c <= '\u202E')
            || (c >= '\u2066' && c <= '\u2069');
}
