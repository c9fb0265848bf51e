using System.Collections.Generic;

namespace PaperCatalog.Tool.Importing.BibTex;

/// <summary>
/// One <c>@type{key, ...}</c> entry: its lower-case type, key, and fields by lower-case name with their raw values
/// (braces and LaTeX kept; macros and <c>#</c> concatenation already resolved).
/// </summary>
internal sealed record BibTexEntry(string Type, string Key, IReadOnlyDictionary<string, string> Fields, int Line)
{
    public string? Field(string name) => Fields.TryGetValue(name, out string? value) ? value : null;
}
