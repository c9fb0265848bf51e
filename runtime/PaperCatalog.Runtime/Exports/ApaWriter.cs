using System.Collections.Generic;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>Writes the runs of a reference in one <see cref="ApaStyle"/>, escaping each run's text for it.</summary>
internal static class ApaWriter
{
    public static string Write(IEnumerable<ApaRun> runs, ApaStyle style)
    {
        var builder = new StringBuilder();
        foreach (ApaRun run in runs)
        {
            string text = Escape(run.Text, style);
            if (!run.Italic || style == ApaStyle.Text)
            {
                builder.Append(text);
            }
            else if (style == ApaStyle.Html)
            {
                builder.Append("<i>").Append(text).Append("</i>");
            }
            else
            {
                builder.Append('*').Append(text).Append('*');
            }
        }

        return builder.ToString();
    }

    // The same escapes as citeproc-js's html format (numeric entities) and the reference's Markdown format.
    private static string Escape(string text, ApaStyle style)
    {
        if (style == ApaStyle.Text)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (style == ApaStyle.Html)
            {
                builder.Append(c switch
                {
                    '&' => "&#38;",
                    '<' => "&#60;",
                    '>' => "&#62;",
                    _ => c.ToString(),
                });
            }
            else
            {
                if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>')
                {
                    builder.Append('\\');
                }

                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
