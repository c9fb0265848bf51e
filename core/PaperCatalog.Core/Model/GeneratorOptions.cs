namespace PaperCatalog.Core.Model;

/// <summary>
/// Names of the generated code, set through MSBuild properties made visible to the compiler
/// (<c>PaperCatalogNamespace</c>, <c>PaperCatalogPapersClass</c>, <c>PaperCatalogIdsClass</c>,
/// <c>PaperCatalogKeywordsClass</c>). Values are kept as given; <c>Validation.GeneratorOptionsValidator</c> decides
/// whether they make code that compiles.
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string PapersClass, string IdsClass, string KeywordsClass)
{
    /// <summary>The MSBuild property that names the namespace.</summary>
    public const string NamespaceProperty = "PaperCatalogNamespace";

    /// <summary>The MSBuild property that names the class of typed papers and lookups.</summary>
    public const string PapersClassProperty = "PaperCatalogPapersClass";

    /// <summary>The MSBuild property that names the class of id constants.</summary>
    public const string IdsClassProperty = "PaperCatalogIdsClass";

    /// <summary>The MSBuild property that names the class of keyword constants.</summary>
    public const string KeywordsClassProperty = "PaperCatalogKeywordsClass";

    /// <summary>The names used when no property is set, as the command-line tool always does.</summary>
    public static readonly GeneratorOptions Default = new("PaperCatalog", "Papers", "PaperIds", "Keywords");
}
