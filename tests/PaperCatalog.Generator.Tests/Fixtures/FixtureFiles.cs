using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperCatalog.Generator.Tests.Infrastructure;

namespace PaperCatalog.Generator.Tests.Fixtures;

/// <summary>Entry files of the fixture catalogs, with paths as a project would give them.</summary>
internal static class FixtureFiles
{
    /// <summary>Three entries covering every key, a group author, hostile text, an old-style arXiv id,
    /// a retracted and a superseded paper.</summary>
    public static IReadOnlyList<(string Path, string? Text)> Small()
        => Read(Path.Combine(RepositoryPaths.Root, "tests", "PaperCatalog.Generator.Tests", "Fixtures", "small"), "*.y*ml");

    /// <summary>The shipped catalog's 57 entries.</summary>
    public static IReadOnlyList<(string Path, string? Text)> RealCatalog()
        => Read(RepositoryPaths.CatalogEntries, "*.yaml");

    private static IReadOnlyList<(string Path, string? Text)> Read(string directory, string pattern)
        => Directory.GetFiles(directory, pattern)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => ("papers/" + Path.GetFileName(p), (string?)File.ReadAllText(p)))
            .ToList();
}
