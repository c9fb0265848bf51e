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

    /// <summary>
    /// The MSBuild property holding the project's folder, against which entry paths are shown and checked
    /// (<c>ProjectDir</c>, which the .NET SDK makes visible to the compiler).
    /// </summary>
    public const string ProjectDirectoryProperty = "ProjectDir";

    /// <summary>The MSBuild property that, set to <c>true</c>, allows entry files that resolve outside the project.</summary>
    public const string AllowEntriesOutsideProperty = "PaperCatalogAllowEntriesOutside";

    /// <summary>The MSBuild property that raises (or lowers) the catalog's character budget.</summary>
    public const string MaxCatalogCharactersProperty = "PaperCatalogMaxCatalogCharacters";

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
            Get(KeywordsClassProperty, Default.KeywordsClass))
        {
            ProjectDirectory = property(ProjectDirectoryProperty) is { } folder && !string.IsNullOrWhiteSpace(folder) ? folder.Trim() : null,
            AllowEntriesOutside = string.Equals(property(AllowEntriesOutsideProperty)?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase),
            MaxCatalogCharactersSetting = property(MaxCatalogCharactersProperty) is { } budget && !string.IsNullOrWhiteSpace(budget) ? budget.Trim() : null,
        };
    }

    /// <summary>
    /// The project's folder, or null when unknown (a compilation driven without MSBuild): entry paths in messages are
    /// shown relative to it, and entry files that resolve outside it are refused unless <see cref="AllowEntriesOutside"/>.
    /// </summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>Whether entry files may resolve (through links) outside <see cref="ProjectDirectory"/>.</summary>
    public bool AllowEntriesOutside { get; init; }

    /// <summary>
    /// The <c>PaperCatalogMaxCatalogCharacters</c> property as set, or null for the default; read and checked by
    /// <c>Validation.CatalogBudget</c>.
    /// </summary>
    public string? MaxCatalogCharactersSetting { get; init; }
}
