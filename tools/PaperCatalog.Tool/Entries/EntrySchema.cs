using System.IO;
using System.Reflection;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// The JSON Schema of an entry (docs/schema/paper-entry.schema.json), shipped inside the tool for offline use, and
/// the stable, versioned URL that the entries the tool writes name in their <c>$schema</c> line.
/// </summary>
internal static class EntrySchema
{
    /// <summary>The name of the embedded copy.</summary>
    public const string ResourceName = "PaperCatalog.Tool.paper-entry.schema.json";

    /// <summary>The file name the schema is written under by <c>paper-catalog schema</c>.</summary>
    public const string FileName = "paper-entry.schema.json";

    /// <summary>
    /// The schema of this tool's version on the repository's tag: a URL that keeps pointing at the format these
    /// entries were written in, where <c>main</c> would move on.
    /// </summary>
    public static string Url { get; } = "https://raw.githubusercontent.com/PaperCatalog/PaperCatalog/v" + ToolInfo.Version + "/docs/schema/" + FileName;

    /// <summary>The first line of every entry the tool writes: yaml-language-server reads it, YAML sees a comment.</summary>
    public static string ModelineFor(string url) => "# yaml-language-server: $schema=" + url;

    /// <summary>The schema's text, as shipped.</summary>
    public static string Text()
    {
        using Stream stream = typeof(EntrySchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new FileNotFoundException("The entry schema is missing from the tool.", ResourceName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
