using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Reporting;

/// <summary>
/// <c>lint --format sarif</c>: a SARIF 2.1.0 log that code-scanning services show inline. Every rule is listed,
/// in id order, so that a result's <c>ruleIndex</c> means the same rule in every log.
/// </summary>
internal static class SarifLintReport
{
    public static void Write(TextWriter writer, LoadedCatalog catalog)
    {
        var rules = DiagnosticRules.All;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonLintReport.Options))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolApp.CommandName);
            json.WriteString("version", ToolInfo.Version);
            json.WriteString("informationUri", RepositoryUri());
            json.WriteStartArray("rules");
            foreach (DiagnosticRule rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", rule.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (DiagnosticInfo d in catalog.Model.Diagnostics)
            {
                DiagnosticRule rule = DiagnosticRules.Get(d.Id);
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                json.WriteNumber("ruleIndex", IndexOf(rule));
                json.WriteString("level", Level(rule));
                json.WriteStartObject("message");
                json.WriteString("text", d.FormatMessage());
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", ArtifactUri(d.Path));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Span.StartLine + 1);
                json.WriteNumber("startColumn", d.Span.StartColumn + 1);
                json.WriteNumber("endLine", d.Span.EndLine + 1);
                json.WriteNumber("endColumn", d.Span.EndColumn + 1);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            // YamlDotNet counts columns in UTF-16 code units, not SARIF's default of code points.
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Level(DiagnosticRule rule) => rule.Severity == RuleSeverity.Error ? "error" : "warning";

    private static int IndexOf(DiagnosticRule rule)
    {
        for (int i = 0; i < DiagnosticRules.All.Count; i++)
        {
            if (DiagnosticRules.All[i].Id == rule.Id)
            {
                return i;
            }
        }

        throw new InvalidOperationException("Rule " + rule.Id + " is not in DiagnosticRules.All.");
    }

    /// <summary>A relative path as a relative URI reference (forward slashes, escaped); an absolute one as a file URI.</summary>
    internal static string ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        return string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static string RepositoryUri()
    {
        string help = DiagnosticRules.HelpLinkBase;
        int blob = help.IndexOf("/blob/", StringComparison.Ordinal);
        return blob > 0 ? help.Substring(0, blob) : help;
    }
}
