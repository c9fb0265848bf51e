using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Diagnostics;

/// <summary>
/// Everything needed to report a diagnostic later, as plain equatable data: the rule id, the file, the span
/// and the message arguments. The generator turns it into a Roslyn <c>Diagnostic</c> only at output. An empty
/// <see cref="Path"/> means no location: a finding about the build's settings rather than about an entry file.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Path, SourceSpan Span, EquatableArray<string> Arguments)
{
    /// <summary>The longest message argument kept; entry values can be far longer.</summary>
    public const int MaxArgumentLength = 300;

    public static DiagnosticInfo Create(DiagnosticRule rule, string path, SourceSpan span, params string[] arguments)
    {
        var safe = new string[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            safe[i] = Printable(arguments[i]);
        }

        return new(rule.Id, path, span, safe.ToEquatableArray());
    }

    /// <summary>A diagnostic without a location, such as one about an MSBuild property.</summary>
    public static DiagnosticInfo WithoutLocation(DiagnosticRule rule, params string[] arguments)
        => Create(rule, string.Empty, SourceSpan.FileStart, arguments);

    /// <summary>Whether the diagnostic is placed in a file.</summary>
    public bool HasLocation => Path.Length > 0;

    /// <summary>The message with its arguments filled in, as the compiler would print it.</summary>
    public string FormatMessage()
    {
        DiagnosticRule rule = DiagnosticRules.Get(Id);
        object[] args = new object[Arguments.Count];
        for (int i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return string.Format(System.Globalization.CultureInfo.InvariantCulture, rule.MessageFormat, args);
    }

    /// <summary>
    /// Arguments quote entry text, which may hold line breaks or controls: a message holding a line break would let
    /// an entry forge extra lines, even whole fake diagnostics, in build logs. Such characters are written as
    /// escapes, and long text is cut short.
    /// </summary>
    private static string Printable(string value)
    {
        System.Text.StringBuilder? builder = null;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            string? escape = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ => IsUnsafe(value, i) ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : null,
            };

            if (escape != null && builder == null)
            {
                builder = new System.Text.StringBuilder(value.Length + 16).Append(value, 0, i);
            }

            if (builder != null)
            {
                if (escape != null)
                {
                    builder.Append(escape);
                }
                else
                {
                    builder.Append(c);
                }
            }

            if ((builder?.Length ?? i + 1) > MaxArgumentLength)
            {
                string text = builder?.ToString() ?? value;
                int cut = MaxArgumentLength;
                if (char.IsHighSurrogate(text[cut - 1]))
                {
                    cut--;
                }

                return text.Substring(0, cut) + "\u2026";
            }
        }

        return builder?.ToString() ?? value;
    }

    private static bool IsUnsafe(string value, int index)
    {
        char c = value[index];
        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= value.Length || !char.IsLowSurrogate(value[index + 1]);
        }

        if (char.IsLowSurrogate(c))
        {
            return index == 0 || !char.IsHighSurrogate(value[index - 1]);
        }

        System.Globalization.UnicodeCategory category = System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c);
        return category is System.Globalization.UnicodeCategory.Control
            or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator
            or System.Globalization.UnicodeCategory.ParagraphSeparator;
    }
}
