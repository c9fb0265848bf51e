using PaperCatalog.Generator.Model;

namespace PaperCatalog.Generator.Diagnostics;

/// <summary>
/// Everything needed to report a diagnostic later, as plain equatable data: the rule id, the file, the span
/// and the message arguments. The generator turns it into a Roslyn <c>Diagnostic</c> only at output.
/// </summary>
internal sealed record DiagnosticInfo(string Id, string Path, SourceSpan Span, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticRule rule, string path, SourceSpan span, params string[] arguments)
        => new(rule.Id, path, span, arguments.ToEquatableArray());

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
}
