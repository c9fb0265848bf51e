using System;
using System.Collections.Generic;
using System.Text;

namespace PaperCatalog.Exports;

/// <summary>
/// Citation keys such as <c>brown2020language</c>: the first author's family name, the year and the first significant
/// title word, folded to lower-case ASCII so that every BibTeX and CSL tool accepts them.
/// </summary>
public static class CitationKeys
{
    // Words that say nothing about a paper, skipped when choosing the title word.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "on", "of", "for", "in", "to", "and", "with", "via", "towards", "toward", "is", "are",
        "at", "by", "from", "as", "or",
    };

    /// <summary>
    /// The key of one paper, without any collision suffix: family name of the first author (particle included, so
    /// <c>van Steenkiste</c> gives <c>vansteenkiste</c>; <c>anon</c> when there is none), the published year (the venue's for a published paper), and the first
    /// title word that is not a stop word (words split at anything but letters and digits).
    /// </summary>
    /// <param name="paper">The paper.</param>
    /// <returns>A key of lower-case ASCII letters and digits.</returns>
    public static string For(Paper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return FamilyPart(paper) + ExportFacts.PublishedYear(paper).ToString(System.Globalization.CultureInfo.InvariantCulture) + TitleWord(paper.Title);
    }

    /// <summary>
    /// The keys of a whole catalog, unique among themselves. Papers whose keys collide all get a suffix <c>a</c>,
    /// <c>b</c>, <c>c</c>, … (then <c>aa</c>, <c>ab</c>, …) in catalog order, like <c>smith2021grapha</c> and
    /// <c>smith2021graphb</c>; a suffixed key never takes a key another paper already has. The same paper given twice
    /// (see <see cref="Distinct(IEnumerable{Paper})"/>) counts once.
    /// </summary>
    /// <param name="papers">The papers in catalog order.</param>
    /// <returns>Each paper's id mapped to its key.</returns>
    /// <exception cref="ArgumentException">
    /// A paper is null, or two different papers share an id (papers of two catalogs can: the exporters, which key
    /// papers rather than ids, take them).
    /// </exception>
    public static IReadOnlyDictionary<string, string> For(IReadOnlyList<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        var keys = new Dictionary<string, string>(papers.Count, StringComparer.Ordinal);
        foreach ((Paper paper, string key) in Keyed(papers, nameof(papers)))
        {
            if (!keys.TryAdd(paper.Id, key))
            {
                throw new ArgumentException("Two different papers share the id '" + paper.Id + "'.", nameof(papers));
            }
        }

        return keys;
    }

    /// <summary>
    /// The papers in the order given, each work once: a paper is left out when an earlier one has the same arXiv id,
    /// the same DOI, or the same id and the same data (the same paper reached through two catalogs).
    /// </summary>
    /// <param name="papers">The papers, from one catalog or several.</param>
    /// <returns>The distinct papers.</returns>
    /// <exception cref="ArgumentException">A paper is null.</exception>
    public static IReadOnlyList<Paper> Distinct(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return PaperIdentity.Distinct(papers, nameof(papers));
    }

    /// <summary>
    /// The distinct papers (<see cref="Distinct(IEnumerable{Paper})"/>) with unique keys, in the order given. Two
    /// different papers with one id get keys of their own like any other two papers, so exports of several catalogs
    /// never clash.
    /// </summary>
    internal static IReadOnlyList<(Paper Paper, string Key)> Keyed(IEnumerable<Paper> papers, string parameterName)
    {
        IReadOnlyList<Paper> list = PaperIdentity.Distinct(papers, parameterName);
        var bases = new string[list.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < list.Count; i++)
        {
            bases[i] = For(list[i]);
            counts[bases[i]] = counts.GetValueOrDefault(bases[i]) + 1;
        }

        // Every unsuffixed key is reserved up front, so a suffix never lands on another paper's own key.
        var taken = new HashSet<string>(bases, StringComparer.Ordinal);
        var nextSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyed = new (Paper Paper, string Key)[list.Count];
        for (int i = 0; i < list.Count; i++)
        {
            string key = bases[i];
            if (counts[key] > 1)
            {
                int n = nextSuffix.GetValueOrDefault(bases[i]);
                do
                {
                    key = bases[i] + Suffix(n++);
                }
                while (!taken.Add(key));

                nextSuffix[bases[i]] = n;
            }

            keyed[i] = (list[i], key);
        }

        return keyed;
    }

    private static string FamilyPart(Paper paper)
    {
        if (paper.Authors.Count == 0)
        {
            return "anon";
        }

        var builder = new StringBuilder();
        foreach (char c in AsciiFolder.Fold(paper.Authors[0].LastName))
        {
            if (c >= 'a' && c <= 'z')
            {
                builder.Append(c);
            }
        }

        // A name in a script that does not fold to ASCII leaves nothing; "anon" keeps the key readable.
        return builder.Length > 0 ? builder.ToString() : "anon";
    }

    private static string TitleWord(string title)
    {
        // Apostrophes join rather than split, so "Don't" gives "dont" and not "don".
        string folded = AsciiFolder.Fold(title).Replace("'", string.Empty, StringComparison.Ordinal)
            .Replace("\u2019", string.Empty, StringComparison.Ordinal);
        int i = 0;
        while (i < folded.Length)
        {
            while (i < folded.Length && !AsciiFolder.IsKeyChar(folded[i]))
            {
                i++;
            }

            int start = i;
            while (i < folded.Length && AsciiFolder.IsKeyChar(folded[i]))
            {
                i++;
            }

            string word = folded.Substring(start, i - start);
            if (word.Length > 0 && !StopWords.Contains(word))
            {
                return word;
            }
        }

        return string.Empty;
    }

    // Bijective base 26: 0 -> a, 25 -> z, 26 -> aa, so suffixes never run out.
    private static string Suffix(int n)
    {
        string suffix = string.Empty;
        for (n++; n > 0; n = (n - 1) / 26)
        {
            suffix = (char)('a' + ((n - 1) % 26)) + suffix;
        }

        return suffix;
    }
}
