using System.Collections.Generic;
using System.IO;
using PaperCatalog.Core.Diagnostics;

namespace PaperCatalog.Tool.Reporting;

/// <summary>Diagnostics as the C# compiler prints them for additional files, so editors and CI parse them alike.</summary>
internal static class DiagnosticText
{
    /// <summary>
    /// <c>path(line,col): error PAPERnnn: message</c>, with 1-based line and column; a file name holding a line break
    /// is escaped like a message, so that it cannot start a line of its own.
    /// </summary>
    public static string Format(DiagnosticInfo diagnostic)
        => OneLine.Escape(diagnostic.Path) + "(" + (diagnostic.Span.StartLine + 1) + "," + (diagnostic.Span.StartColumn + 1) + "): "
           + SeverityWord(diagnostic.Id) + " " + diagnostic.Id + ": " + diagnostic.FormatMessage();

    /// <summary>"error" or "warning", as the compiler writes a severity.</summary>
    public static string SeverityWord(string id)
        => DiagnosticRules.Get(id).Severity == RuleSeverity.Error ? "error" : "warning";

    /// <summary>Writes one line per diagnostic.</summary>
    public static void WriteAll(TextWriter writer, IEnumerable<DiagnosticInfo> diagnostics)
    {
        foreach (DiagnosticInfo diagnostic in diagnostics)
        {
            writer.WriteLine(Format(diagnostic));
        }
    }
}
