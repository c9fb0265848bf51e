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

    /// <summary>
    /// Inputs the fuzz tests once failed on, as bytes: <c>*.b64</c> files hold them base64-encoded, so that Git's
    /// line-end normalisation cannot change them; other files are taken as they are.
    /// </summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Fuzz()
        => Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "PaperCatalog.Generator.Tests", "Fixtures", "fuzz"))
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), p.EndsWith(".b64", System.StringComparison.Ordinal) ? System.Convert.FromBase64String(File.ReadAllText(p)) : File.ReadAllBytes(p)))
            .ToList();

    private static IReadOnlyList<(string Path, string? Text)> Read(string directory, string pattern)
        => Directory.GetFiles(directory, pattern)
            .OrderBy(p => p, System.StringComparer.Ordinal)
            .Select(p => ("papers/" + Path.GetFileName(p), (string?)File.ReadAllText(p)))
            .ToList();
}
