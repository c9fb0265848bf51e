using Microsoft.CodeAnalysis.Diagnostics;

namespace PaperCatalog.Analyzers.Citations;

/// <summary>
/// The MSBuild properties of the citations class: <c>PaperCatalogGenerateCitations</c> turns it on,
/// <c>PaperCatalogCitationsClass</c> names it (a dotted name puts it in a namespace; default <c>Citations</c>
/// in the project's root namespace), <c>ProjectDir</c> makes source locations relative to the project.
/// </summary>
internal sealed record CitationsOptions(bool Enabled, string ClassName, string? RootNamespace, string? ProjectDir)
{
    public const string DefaultClassName = "Citations";

    public static CitationsOptions Read(AnalyzerConfigOptions options)
    {
        string? Get(string name) => options.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        string? className = Get("PaperCatalogCitationsClass");
        bool enabled = string.Equals(Get("PaperCatalogGenerateCitations"), "true", System.StringComparison.OrdinalIgnoreCase);
        return new CitationsOptions(enabled, className ?? DefaultClassName, Get("RootNamespace"), Get("ProjectDir"));
    }
}
