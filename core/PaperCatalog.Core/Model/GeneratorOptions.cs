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

    /// <summary>
    /// The names as MSBuild properties give them, read the same way by the generator and the build task: an unset or
    /// blank property takes the default; any other value is kept, trimmed, for the validator to judge.
    /// </summary>
    /// <param name="property">The value of an MSBuild property by name, or null when it is not set.</param>
    public static GeneratorOptions FromProperties(System.Func<string, string?> property)
    {
        string Get(string name, string fallback)
            => property(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : fallback;

        return new GeneratorOptions(
            Get(NamespaceProperty, Default.Namespace),
            Get(PapersClassProperty, Default.PapersClass),
            Get(IdsClassProperty, Default.IdsClass),
            Get(KeywordsClassProperty, Default.KeywordsClass));
    }
}
