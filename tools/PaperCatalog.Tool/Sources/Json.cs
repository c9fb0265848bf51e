using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace PaperCatalog.Tool.Sources;

/// <summary>Tolerant reads of optional JSON members: a member of the wrong kind counts as absent.</summary>
internal static class Json
{
    public static JsonElement? Member(this JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

    public static string? String(this JsonElement element, string name)
        => element.Member(name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    public static IEnumerable<JsonElement> Array(this JsonElement element, string name)
        => element.Member(name) is { ValueKind: JsonValueKind.Array } value ? value.EnumerateArray() : Enumerable.Empty<JsonElement>();

    /// <summary>The first string of a string array member (Crossref's <c>title</c>, <c>container-title</c>).</summary>
    public static string? FirstString(this JsonElement element, string name)
        => element.Array(name).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));

    public static int? Int(this JsonElement element, string name)
    {
        if (element.Member(name) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.TryGetInt32(out int number) ? number : null;
        }

        return value.ValueKind == JsonValueKind.String
            && int.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int parsed)
            ? parsed
            : null;
    }
}
