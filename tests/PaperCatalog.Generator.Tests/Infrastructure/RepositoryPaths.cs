using System;
using System.IO;

namespace PaperCatalog.Generator.Tests.Infrastructure;

/// <summary>Finds the repository's folders from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string CatalogEntries => Path.Combine(Root, "catalog", "papers");

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
