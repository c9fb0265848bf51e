using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;

namespace PaperCatalog.Testing;

/// <summary>
/// The schemas the tests check against, each loaded once (the official ones from the shared folder, and the entry
/// schema from docs/schema), and a validation that reports why it failed.
/// </summary>
public static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> CslSchema = new(() => LoadShared("csl-data.json"));
    private static readonly Lazy<JsonSchema> CffSchema = new(() => LoadShared("cff-1.2.0.schema.json"));
    private static readonly Lazy<JsonSchema> EntrySchema = new(() => JsonSchema.FromText(File.ReadAllText(RepositoryPaths.EntrySchema)));

    /// <summary>The CSL-JSON data schema (an array of items).</summary>
    public static JsonSchema Csl => CslSchema.Value;

    /// <summary>The Citation File Format 1.2.0 schema (a whole CITATION.cff document).</summary>
    public static JsonSchema Cff => CffSchema.Value;

    /// <summary>The schema of one catalog entry, docs/schema/paper-entry.schema.json.</summary>
    public static JsonSchema Entry => EntrySchema.Value;

    /// <summary>The schema's errors for a JSON text: empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        // Formats (uri, date) are checked too: draft-07 treats them as annotations only unless asked.
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (results.IsValid)
        {
            return Array.Empty<string>();
        }

        var errors = (results.Details ?? new List<EvaluationResults>())
            .Prepend(results)
            .Where(r => r.Errors != null)
            .SelectMany(r => r.Errors!.Select(e => r.InstanceLocation + " (" + r.EvaluationPath + "): " + e.Key + ": " + e.Value))
            .ToList();
        return errors.Count > 0 ? errors : new[] { "invalid (no details reported)" };
    }

    private static JsonSchema LoadShared(string fileName)
    {
        string path = RepositoryPaths.SharedSchema(fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The shared schema is missing; the tests expect ../shared next to the repository.", path);
        }

        return JsonSchema.FromText(File.ReadAllText(path));
    }
}
