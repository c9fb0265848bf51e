namespace PaperCatalog.Core.Model;

/// <summary>
/// Names of the generated code, set through MSBuild properties made visible to the compiler
/// (<c>PaperCatalogNamespace</c>, <c>PaperCatalogPapersClass</c>, <c>PaperCatalogIdsClass</c>).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string PapersClass, string IdsClass, string KeywordsClass)
{
    public static readonly GeneratorOptions Default = new("PaperCatalog", "Papers", "PaperIds", "Keywords");
}
