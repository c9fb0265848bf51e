using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace PaperCatalog.Catalog.Tests.Seed;

/// <summary>The seed listing the catalog is built from: five header lines, then a title line and an abstract line per paper.</summary>
internal static class SeedListing
{
    private const int HeaderLines = 5;

    public static IReadOnlyList<(string Title, string Abstract)> Read()
    {
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Seed, "hf-papers-listing.txt"))
            .Where(l => l.Length > 0)
            .Skip(HeaderLines)
            .ToArray();
        if (lines.Length % 2 != 0)
        {
            throw new InvalidDataException("The listing has a title without an abstract.");
        }

        return Enumerable.Range(0, lines.Length / 2).Select(i => (lines[2 * i], lines[(2 * i) + 1])).ToList();
    }
}
