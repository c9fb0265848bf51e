using System;
using System.IO;

namespace PaperCatalog.Tests;

/// <summary>Finds the repository and the shared folder next to it, wherever the test binaries run from.</summary>
internal static class RepositoryPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries holding the solution or Directory.Build.props.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shared folder, a sibling of the repository (<c>../shared</c>).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>A file of the shared schemas folder.</summary>
    public static string Schema(string fileName) => Path.Combine(Shared, "schemas", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PaperCatalog.sln")) || File.Exists(Path.Combine(dir.FullName, "Directory.Build.props")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder above " + AppContext.BaseDirectory + " holds PaperCatalog.sln or Directory.Build.props.");
    }
}
