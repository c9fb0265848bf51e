using System;
using PaperCatalog.Core.Model;

namespace PaperCatalog.Tool.Catalog;

/// <summary>
/// The generator options the tool checks entries with. MSBuild reads every environment variable as a property of the
/// same name, so the tool reads the generator's properties (<c>PaperCatalogMaxCatalogCharacters</c>,
/// <c>PaperCatalogNamespace</c>, the class names) from environment variables of those names: one
/// <c>export PaperCatalogMaxCatalogCharacters=...</c> then configures the build and the tool alike.
/// </summary>
internal static class CatalogOptions
{
    /// <summary>The options from the process environment, read through <paramref name="environment"/>.</summary>
    public static GeneratorOptions From(Func<string, string?> environment)
        // The project folder is the build's own (the tool checks links against the folder it reads instead).
        => GeneratorOptions.FromProperties(name => name == GeneratorOptions.ProjectDirectoryProperty ? null : environment(name));

    /// <summary>The options of this process's environment.</summary>
    public static GeneratorOptions Current { get; } = From(Environment.GetEnvironmentVariable);
}
