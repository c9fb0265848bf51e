using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;

namespace PaperCatalog.Core.Tests.Infrastructure;

/// <summary>docs/schema/paper-entry.schema.json read as plain JSON, for the tests that hold it to the parser.</summary>
internal static class EntrySchemaDocument
{
    public static JsonObject Root { get; } = JsonNode.Parse(File.ReadAllText(RepositoryPaths.EntrySchema))!.AsObject();

    /// <summary>The entry's properties by key.</summary>
    public static JsonObject Properties => Root["properties"]!.AsObject();

    /// <summary>An author's properties by key.</summary>
    public static JsonObject AuthorProperties => Author["properties"]!.AsObject();

    public static JsonObject Author => Root["definitions"]!["author"]!.AsObject();

    /// <summary>The structured venue's schema.</summary>
    public static JsonObject Venue => Root["definitions"]!["venue"]!.AsObject();

    /// <summary>The keys the root schema requires outright.</summary>
    public static IEnumerable<string> Required => Root["required"]!.AsArray().Select(k => (string)k!);

    /// <summary>Every <c>pattern</c> in the schema, with the JSON pointer of the schema that declares it.</summary>
    public static IEnumerable<(string Pointer, string Pattern)> Patterns() => Patterns(Root, string.Empty);

    private static IEnumerable<(string Pointer, string Pattern)> Patterns(JsonNode? node, string pointer)
    {
        if (node is JsonObject obj)
        {
            foreach ((string key, JsonNode? child) in obj)
            {
                if (key == "pattern" && child is JsonValue value && value.TryGetValue(out string? pattern))
                {
                    yield return (pointer, pattern);
                }
                else if (key is not ("examples" or "enum" or "required"))
                {
                    foreach ((string, string) found in Patterns(child, pointer + "/" + key))
                    {
                        yield return found;
                    }
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                foreach ((string, string) found in Patterns(array[i], pointer + "/" + i))
                {
                    yield return found;
                }
            }
        }
    }
}
