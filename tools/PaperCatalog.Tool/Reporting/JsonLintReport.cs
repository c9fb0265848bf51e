using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Reporting;

/// <summary>
/// <c>lint --format json</c>: counts and every diagnostic with 1-based start and end (end column exclusive),
/// for scripts that want structure without SARIF's weight.
/// </summary>
internal static class JsonLintReport
{
    public static void Write(TextWriter writer, LoadedCatalog catalog)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("entries", catalog.Files.Count);
            json.WriteNumber("errors", catalog.Errors);
            json.WriteNumber("warnings", catalog.Warnings);
            json.WriteStartArray("diagnostics");
            foreach (DiagnosticInfo d in catalog.Model.Diagnostics)
            {
                DiagnosticRule rule = DiagnosticRules.Get(d.Id);
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", DiagnosticText.SeverityWord(d.Id));
                json.WriteString("path", d.Path);
                json.WriteNumber("line", d.Span.StartLine + 1);
                json.WriteNumber("column", d.Span.StartColumn + 1);
                json.WriteNumber("endLine", d.Span.EndLine + 1);
                json.WriteNumber("endColumn", d.Span.EndColumn + 1);
                json.WriteString("message", d.FormatMessage());
                json.WriteString("title", rule.Title);
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    // Readable non-ASCII (titles, names) instead of \u escapes; the output is a file or a pipe, never HTML.
    internal static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
