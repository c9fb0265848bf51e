using Microsoft.CodeAnalysis.Diagnostics;
using PaperCatalog.Core.Validation;

namespace PaperCatalog.Analyzers.Citations;

/// <summary>
/// The MSBuild properties of the citations class: <c>PaperCatalogGenerateCitations</c> turns it on,
/// <c>PaperCatalogCitationsClass</c> names it (a dotted name puts it in a namespace; default <c>Citations</c>
/// in the project's root namespace), <c>ProjectDir</c> makes source locations relative to the project.
/// <see cref="OwnCatalogLookup"/> is the <c>FindById</c> of the catalog the project generates itself, when it uses the
/// catalog generator (whose package makes <c>PaperCatalogNamespace</c> visible to the compiler).
/// </summary>
internal sealed record CitationsOptions(bool Enabled, string ClassName, string? RootNamespace, string? ProjectDir, string? OwnCatalogLookup = null)
{
    public const string DefaultClassName = "Citations";

    public static CitationsOptions Read(AnalyzerConfigOptions options)
    {
        string? Get(string name) => options.TryGetValue("build_property." + name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        string? className = Get("PaperCatalogCitationsClass");
        bool enabled = string.Equals(Get("PaperCatalogGenerateCitations"), "true", System.StringComparison.OrdinalIgnoreCase);
        return new CitationsOptions(enabled, className ?? DefaultClassName, Get("RootNamespace"), Get("ProjectDir"), OwnLookup(options, Get));
    }

    // The generator's defaults when its properties are blank; a name it would refuse (PAPER027/028) generates no
    // catalog, so nothing would be there to look up.
    private static string? OwnLookup(AnalyzerConfigOptions options, System.Func<string, string?> get)
    {
        if (!options.TryGetValue("build_property.PaperCatalogNamespace", out _))
        {
            return null;
        }

        string ns = get("PaperCatalogNamespace") ?? "PaperCatalog";
        string papers = get("PaperCatalogPapersClass") ?? "Papers";
        bool valid = CSharpIdentifiers.IsIdentifier(papers) && !CSharpIdentifiers.IsKeyword(papers)
            && System.Linq.Enumerable.All(ns.Split('.'), part => CSharpIdentifiers.IsIdentifier(part) && !CSharpIdentifiers.IsKeyword(part));
        return valid ? "global::" + ns + "." + papers + ".FindById" : null;
    }
}
