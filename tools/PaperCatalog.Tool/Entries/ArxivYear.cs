using System.Globalization;
using PaperCatalog.Identifiers;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// The year an arXiv id was first submitted, read from the id itself (<c>2005.14165</c> is May 2020,
/// <c>hep-th/9901001</c> January 1999): the catalog's <c>year</c> is the year of the first version.
/// </summary>
internal static class ArxivYear
{
    /// <summary>The year, or null when <paramref name="arxivId"/> is not a valid id.</summary>
    public static int? Of(string arxivId)
    {
        if (!ArxivIdGrammar.TryNormalize(arxivId, out string canonical))
        {
            return null;
        }

        string digits = ArxivIdGrammar.IsOldStyle(canonical) ? canonical.Substring(canonical.IndexOf('/') + 1) : canonical;
        int yy = int.Parse(digits.Substring(0, 2), CultureInfo.InvariantCulture);

        // Old-style ids run from 1991 to 2007; new-style ids start in 2007.
        return ArxivIdGrammar.IsOldStyle(canonical) && yy >= 91 ? 1900 + yy : 2000 + yy;
    }

    /// <summary>The id without prefix or version when it is valid; otherwise the text as given, for the parser to report.</summary>
    public static string Canonical(string arxivId)
        => ArxivIdGrammar.TryNormalize(arxivId, out string canonical) ? canonical : arxivId.Trim();
}
