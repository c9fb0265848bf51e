using PaperCatalog.Core.Model;

namespace PaperCatalog.Core.Diagnostics;

/// <summary>
/// Everything needed to report a diagnostic later, as plain equatable data: the rule id, the file, the span
/// and the message arguments. The generator turns it into a Roslyn <c>Diagnostic</c> only at output. An empty
/// <see cref="Path"/> means no location: a finding about the build's settings rather than about an entry file.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Path, SourceSpan Span, EquatableArray<string> Arguments)
{
    /// <summary>
    /// The longest argument of the generator's own words (explanations, limits, paths); a safety net, since those
    /// never carry more than a short excerpt of entry text.
    /// </summary>
    public const int MaxArgumentLength = 300;

    /// <summary>
    /// The longest quote of entry text: an argument written in quotes in the message (<c>'{0}'</c>) is a value, a
    /// key or an id from a file, and only enough of it to recognise it is shown.
    /// </summary>
    public const int MaxExcerptLength = 40;

    public static DiagnosticInfo Create(DiagnosticRule rule, string path, SourceSpan span, params string[] arguments)
    {
        var safe = new string[arguments.Length];
        for (int i = 0; i < arguments.Length; i++)
        {
            safe[i] = IsQuoted(rule.MessageFormat, i) ? Excerpt(arguments[i]) : OneLine.Cut(arguments[i], MaxArgumentLength);
        }

        return new(rule.Id, path, span, safe.ToEquatableArray());
    }

    /// <summary>
    /// A short excerpt of entry text for a message: escaped to one line, and when longer than
    /// <see cref="MaxExcerptLength"/> characters, elided in the middle (see <see cref="OneLine.Excerpt"/>).
    /// </summary>
    public static string Excerpt(string value) => OneLine.Excerpt(value, MaxExcerptLength);

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

    // Whether the message writes argument 'index' between single quotes, which is how every rule quotes entry text.
    private static bool IsQuoted(string format, int index)
        => format.IndexOf("'{" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}'", System.StringComparison.Ordinal) >= 0;
}
