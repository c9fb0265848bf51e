using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperCatalog.Tool.Catalog;

/// <summary>Finds the entry files of a folder: every <c>*.yaml</c> and <c>*.yml</c> below it, as the build does.</summary>
internal static class EntryFiles
{
    // Matches the build's `papers/**/*.yaml;papers/**/*.yml` glob, which includes hidden files and folders.
    private static readonly EnumerationOptions Recursive = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
        MatchType = MatchType.Simple,
    };

    /// <summary>
    /// The entry files under <paramref name="folder"/>, sorted ordinally, each as <paramref name="folder"/> joined
    /// with its relative path, so that messages show paths as the user wrote the folder.
    /// </summary>
    /// <exception cref="UsageException">The folder does not exist or is a file.</exception>
    public static IReadOnlyList<string> Find(string folder)
    {
        RequireFolder(folder);
        return Directory.EnumerateFiles(folder, "*.yaml", Recursive)
            .Concat(Directory.EnumerateFiles(folder, "*.yml", Recursive))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Fails with a clear message unless <paramref name="folder"/> is an existing folder.</summary>
    /// <exception cref="UsageException">The folder does not exist or is a file.</exception>
    public static void RequireFolder(string folder)
    {
        if (File.Exists(folder))
        {
            throw new UsageException("'" + folder + "' is a file; expected a folder of entry files.");
        }

        if (!Directory.Exists(folder))
        {
            throw new UsageException("folder '" + folder + "' does not exist.");
        }
    }
}
