using System;
using System.Text;

namespace PaperCatalog.Lookups;

/// <summary>
/// Normalises names and identifiers for lookups, so that people find a paper however they type its key.
/// </summary>
internal static class NameNormalizer
{
    /// <summary>
    /// An author name as a lookup key: folded by <see cref="LatinFolder"/> (accents removed, <c>ł</c> to <c>l</c>, lower
    /// case; the same with and without ICU), dots and extra spaces dropped, and "Family, Given" turned into "given
    /// family". "Tom B. Brown", "tom b brown" and "Brown, Tom B." agree, and so do "Łukasz Kaiser" and "Lukasz Kaiser".
    /// </summary>
    public static string AuthorKey(string name)
    {
        string value = name.Trim();
        int comma = value.IndexOf(',');
        if (comma > 0)
        {
            value = value.Substring(comma + 1) + " " + value.Substring(0, comma);
        }

        string folded = LatinFolder.Fold(value);
        var builder = new StringBuilder(folded.Length);
        bool pendingSpace = false;
        foreach (char c in folded)
        {
            if (c == '.')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A DOI as a lookup key: surrounding spaces and resolver prefixes (<c>https://doi.org/</c>, <c>doi:</c>)
    /// removed; case is left to the table's case-insensitive comparer. Returns null for text that is no DOI.
    /// </summary>
    public static string? DoiKey(string? doi)
    {
        if (doi == null)
        {
            return null;
        }

        string value = doi.Trim();
        foreach (string prefix in DoiPrefixes)
        {
            if (value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                value = value.Substring(prefix.Length);
                break;
            }
        }

        return value.StartsWith("10.", StringComparison.Ordinal) && value.IndexOf('/') > 3 ? value : null;
    }

    private static readonly string[] DoiPrefixes =
    {
        "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:",
    };
}
