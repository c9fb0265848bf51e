using System;
using System.IO;

namespace PaperCatalog.Build.Tests.Infrastructure;

/// <summary>Finds the repository's files from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Generator => Path.Combine(Root, "generator", "PaperCatalog.Generator");

    public static string GeneratorProject => Path.Combine(Generator, "PaperCatalog.Generator.csproj");

    public static string RuntimeProject => Path.Combine(Root, "runtime", "PaperCatalog.Runtime", "PaperCatalog.Runtime.csproj");

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
