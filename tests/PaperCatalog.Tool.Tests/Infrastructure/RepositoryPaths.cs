using System;
using System.IO;

namespace PaperCatalog.Tool.Tests.Infrastructure;

/// <summary>The repository's folders, and the shared seed beside it, found from the test's output folder.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding PaperCatalog.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string CatalogEntries => Path.Combine(Root, "catalog", "papers");

    /// <summary>The shared seed files: <c>../shared/seed</c> from the repository root.</summary>
    public static string Seed => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed"));

    /// <summary>This project's fixture files, copied beside the tests.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

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
