using System;
using System.IO;

namespace PaperCatalog.Testing;

/// <summary>
/// The repository's folders and files, and the shared folder beside it, found from the running test's output folder.
/// </summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding PaperCatalog.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped catalog's entries, <c>catalog/papers</c>.</summary>
    public static string CatalogEntries => Path.Combine(Root, "catalog", "papers");

    /// <summary>The generator's project folder.</summary>
    public static string Generator => Path.Combine(Root, "generator", "PaperCatalog.Generator");

    /// <summary>The generator's project file.</summary>
    public static string GeneratorProject => Path.Combine(Generator, "PaperCatalog.Generator.csproj");

    /// <summary>The runtime's project file.</summary>
    public static string RuntimeProject => Path.Combine(Root, "runtime", "PaperCatalog.Runtime", "PaperCatalog.Runtime.csproj");

    /// <summary>The JSON Schema of an entry, <c>docs/schema/paper-entry.schema.json</c>.</summary>
    public static string EntrySchema => Path.Combine(Root, "docs", "schema", "paper-entry.schema.json");

    /// <summary>The shared folder, a sibling of the repository (<c>../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The shared seed files, <c>../shared/seed</c>.</summary>
    public static string Seed => Path.Combine(Shared, "seed");

    /// <summary>The running test project's fixture files, copied beside its binaries.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>A file of the shared schemas folder, <c>../shared/schemas</c>.</summary>
    public static string SharedSchema(string fileName) => Path.Combine(Shared, "schemas", fileName);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperCatalog.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("PaperCatalog.sln not found above " + AppContext.BaseDirectory);
    }
}
