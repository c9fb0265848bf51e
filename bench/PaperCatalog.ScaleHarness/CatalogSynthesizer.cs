using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace PaperCatalog.ScaleHarness;

/// <summary>
/// Makes catalogs of realistic, valid and unique entries, deterministically: entry <c>i</c> depends only on the seed
/// and on the entries before it, so the catalog of 1,000 entries is the first 1,000 entries of the catalog of
/// 100,000. Titles (~80 characters) and abstracts (~1.6 KB) are made from a word list and are unique; 1 to 30
/// authors; every entry has a valid arXiv identifier, unique without its version (old style, new style with four
/// digits and with five, per <c>ArxivIdGrammar</c>); about 30% have a DOI (unique); 1 to 4 keywords from a vocabulary
/// of 50; some venues, dates, primary classes, links and <c>related</c> references to earlier entries.
/// </summary>
internal sealed class CatalogSynthesizer
{
    /// <summary>Bumped whenever the output changes, so that a cached catalog on disk is made again.</summary>
    public const int Version = 3;

    private static readonly int[] OldStyleMonths = Months(1991, 8, 2007, 3);
    private static readonly int[] FourDigitMonths = Months(2007, 4, 2014, 12);
    private static readonly int[] FiveDigitMonths = Months(2015, 1, 2025, 12);

    private readonly int _seed;
    private readonly HashSet<string> _titles = new(StringComparer.Ordinal);
    private readonly List<string> _ids = new();

    public CatalogSynthesizer(int seed) => _seed = seed;

    /// <summary>Writes catalogs of the given sizes under <paramref name="root"/>/<c>N</c>/papers; returns each folder.</summary>
    public static IReadOnlyDictionary<int, string> WriteCatalogs(string root, IReadOnlyList<int> sizes, int seed, TextWriter log)
    {
        var folders = new SortedDictionary<int, string>();
        var pending = new List<int>();
        foreach (int size in sizes.Distinct())
        {
            string folder = Path.Combine(root, size.ToString(CultureInfo.InvariantCulture), "papers");
            folders[size] = folder;
            if (!IsUpToDate(folder, size, seed))
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                Directory.CreateDirectory(folder);
                pending.Add(size);
            }
        }

        if (pending.Count == 0)
        {
            log.WriteLine($"Catalogs already written under {root} (seed {seed}).");
            return folders;
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var synthesizer = new CatalogSynthesizer(seed);
        int max = pending.Max();
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        for (int i = 0; i < max; i++)
        {
            (string id, string text) = synthesizer.Next(i);
            foreach (int size in pending)
            {
                if (i < size)
                {
                    File.WriteAllText(Path.Combine(folders[size], id + ".yaml"), text, utf8);
                }
            }
        }

        foreach (int size in pending)
        {
            File.WriteAllText(MarkerPath(folders[size]), Marker(size, seed));
        }

        log.WriteLine($"Wrote catalogs of {string.Join(", ", pending)} entries under {root} in {started.Elapsed.TotalSeconds:F1} s.");
        return folders;
    }

    private static bool IsUpToDate(string folder, int size, int seed)
        => File.Exists(MarkerPath(folder)) && File.ReadAllText(MarkerPath(folder)) == Marker(size, seed);

    private static string MarkerPath(string folder) => Path.Combine(Path.GetDirectoryName(folder)!, "catalog.marker");

    private static string Marker(int size, int seed) => FormattableString.Invariant($"synthesizer {Version}, seed {seed}, {size} entries");

    /// <summary>Entry <paramref name="index"/>: its id and its YAML text. Must be called for 0, 1, 2, ... in turn.</summary>
    public (string Id, string Text) Next(int index)
    {
        if (index != _ids.Count)
        {
            throw new InvalidOperationException("Entries must be made in order.");
        }

        var random = new Random(unchecked((_seed * 1_000_003) + index));
        string title = UniqueTitle(random);
        string[] titleWords = title.ToLowerInvariant().Split(' ', ':', ',').Where(w => w.Length > 2 && w.All(c => c is >= 'a' and <= 'z')).ToArray();
        string id = titleWords[0] + "-" + titleWords[Math.Min(1, titleWords.Length - 1)] + "-" + index.ToString("D6", CultureInfo.InvariantCulture);
        (string arxiv, int year, int month) = ArxivId(index, random);

        var w = new StringBuilder(3000);
        w.Append("# yaml-language-server: $schema=../../docs/schema/paper-entry.schema.json\n");
        w.Append("id: ").Append(id).Append('\n');
        w.Append("title: \"").Append(title).Append("\"\n");
        w.Append("authors:\n");
        int authors = AuthorCount(random);
        for (int a = 0; a < authors; a++)
        {
            if (random.Next(100) < 2)
            {
                w.Append("  - name: \"The ").Append(Capitalize(Pick(random, WordLists.Words))).Append(" Consortium\"\n");
                continue;
            }

            w.Append("  - family-names: \"").Append(Pick(random, WordLists.FamilyNames)).Append("\"\n");
            w.Append("    given-names: \"").Append(Pick(random, WordLists.GivenNames)).Append("\"\n");
            if (random.Next(100) < 5)
            {
                w.Append("    name-particle: \"").Append(Pick(random, WordLists.Particles)).Append("\"\n");
            }

            if (random.Next(100) < 3)
            {
                w.Append("    orcid: \"https://orcid.org/0000-000").Append(random.Next(10)).Append('-')
                    .Append(random.Next(1000, 10000)).Append('-')
                    .Append(random.Next(100, 1000)).Append(random.Next(11) is int check and < 10 ? (char)('0' + check) : 'X').Append("\"\n");
            }
        }

        w.Append("year: ").Append(year).Append('\n');
        if (random.Next(100) < 20)
        {
            int day = random.Next(1, 29);
            w.Append("date-published: ").Append(FormattableString.Invariant($"{year:D4}-{month:D2}-{day:D2}")).Append('\n');
        }

        w.Append("arxiv: \"").Append(arxiv).Append("\"\n");
        if (random.Next(100) < 60)
        {
            w.Append("primary-class: \"").Append(Pick(random, WordLists.PrimaryClasses)).Append("\"\n");
        }

        if (random.Next(100) < 30)
        {
            w.Append("doi: \"").Append(Doi(index, year, random)).Append("\"\n");
        }

        if (random.Next(100) < 10)
        {
            w.Append("url: \"https://example.org/papers/").Append(id).Append("\"\n");
        }

        if (random.Next(100) < 20)
        {
            w.Append("repository-code: \"https://github.com/example-lab/").Append(id).Append("\"\n");
        }

        if (random.Next(100) < 50)
        {
            w.Append("venue: \"").Append(Pick(random, WordLists.Venues)).Append(' ').Append(Math.Min(year + random.Next(2), 2025)).Append("\"\n");
        }

        w.Append("keywords:\n");
        foreach (string keyword in WordLists.Keywords.OrderBy(_ => random.Next()).Take(random.Next(1, 5)))
        {
            w.Append("  - ").Append(keyword).Append('\n');
        }

        if (_ids.Count > 0 && random.Next(100) < 10)
        {
            w.Append("related:\n");
            foreach (string related in Enumerable.Range(0, random.Next(1, 3)).Select(_ => _ids[random.Next(_ids.Count)]).Distinct())
            {
                w.Append("  - ").Append(related).Append('\n');
            }
        }

        w.Append("abstract: \"").Append(Abstract(random)).Append("\"\n");
        _ids.Add(id);
        return (id, w.ToString());
    }

    private string UniqueTitle(Random random)
    {
        while (true)
        {
            var title = new StringBuilder(100);
            title.Append(Capitalize(Pick(random, WordLists.Words))).Append(' ').Append(Capitalize(Pick(random, WordLists.Words)));
            if (random.Next(3) == 0)
            {
                title.Append(':');
            }

            int target = random.Next(70, 92);
            bool connective = false;
            while (title.Length < target)
            {
                // Never two connectives in a row ("for with"), and never one at the end.
                connective = !connective && title.Length < target - 12 && random.Next(4) == 0;
                string word = connective ? Pick(random, WordLists.Connectives) : Capitalize(Pick(random, WordLists.Words));
                title.Append(' ').Append(word);
            }

            string text = title.ToString();
            if (_titles.Add(text))
            {
                return text;
            }
        }
    }

    private static string Abstract(Random random)
    {
        var text = new StringBuilder(1800);
        int target = random.Next(1500, 1700);
        while (text.Length < target)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(text.Length == 0 || random.Next(2) == 0 ? "We " + Pick(random, WordLists.Verbs) : Capitalize(Pick(random, WordLists.Words)));
            int words = random.Next(9, 22);
            for (int i = 0; i < words; i++)
            {
                text.Append(' ').Append(random.Next(5) == 0 ? Pick(random, WordLists.Connectives) : Pick(random, WordLists.Words));
                if (i == words / 2 && random.Next(3) == 0)
                {
                    text.Append(',');
                }
            }

            text.Append('.');
        }

        return text.ToString();
    }

    private static int AuthorCount(Random random)
    {
        int roll = random.Next(100);
        return roll < 70 ? random.Next(1, 7) : roll < 95 ? random.Next(7, 16) : random.Next(16, 31);
    }

    /// <summary>
    /// A unique, valid identifier for entry <paramref name="index"/>: 1 in 20 old style (archive/YYMMNNN, 9108 to 0703),
    /// 3 in 20 new style with four digits (0704 to 1412), the rest with five digits (1501 to 2512). Within each style
    /// the entry's rank there maps one-to-one onto (month, number), so no two entries share an identifier.
    /// </summary>
    private static (string Id, int Year, int Month) ArxivId(int index, Random random)
    {
        int block = index / 20;
        int slot = index % 20;
        string id;
        int yymm;
        if (slot == 0)
        {
            int rank = block;
            string archive = WordLists.OldArchives[rank % WordLists.OldArchives.Length];
            rank /= WordLists.OldArchives.Length;
            yymm = OldStyleMonths[rank % OldStyleMonths.Length];
            int number = Scramble(rank / OldStyleMonths.Length, 999);
            id = archive + "/" + (yymm % 10000).ToString("D4", CultureInfo.InvariantCulture) + number.ToString("D3", CultureInfo.InvariantCulture);
        }
        else if (slot <= 3)
        {
            int rank = (block * 3) + (slot - 1);
            yymm = FourDigitMonths[rank % FourDigitMonths.Length];
            int number = Scramble(rank / FourDigitMonths.Length, 9999);
            id = (yymm % 10000).ToString("D4", CultureInfo.InvariantCulture) + "." + number.ToString("D4", CultureInfo.InvariantCulture);
        }
        else
        {
            int rank = (block * 16) + (slot - 4);
            yymm = FiveDigitMonths[rank % FiveDigitMonths.Length];
            int number = Scramble(rank / FiveDigitMonths.Length, 99999);
            id = (yymm % 10000).ToString("D4", CultureInfo.InvariantCulture) + "." + number.ToString("D5", CultureInfo.InvariantCulture);
        }

        if (random.Next(4) == 0)
        {
            id += "v" + random.Next(2, 6).ToString(CultureInfo.InvariantCulture);
        }

        return (id, yymm / 100, yymm % 100);
    }

    // A bijection of 0..count-1 onto 1..count (7919 is prime and divides none of 999, 9999, 99999), so numbers look
    // spread out and stay unique.
    private static int Scramble(int rank, int count)
    {
        if (rank >= count)
        {
            throw new InvalidOperationException("More entries than arXiv identifiers of one style can number.");
        }

        return (int)((rank * 7919L) % count) + 1;
    }

    private static string Doi(int index, int year, Random random)
    {
        string prefix = Pick(random, WordLists.DoiPrefixes);
        string i = index.ToString(CultureInfo.InvariantCulture);
        return random.Next(3) switch
        {
            0 => FormattableString.Invariant($"{prefix}/v1/{year}.{Pick(random, WordLists.Venues).ToLowerInvariant()}-long.{i}"),
            1 => FormattableString.Invariant($"{prefix}/ICCV{year}.{i}"),
            _ => FormattableString.Invariant($"{prefix}/s{random.Next(10000, 99999)}-{year % 100:D2}-{i}"),
        };
    }

    // yyyymm values from (fromYear, fromMonth) to (toYear, toMonth), inclusive.
    private static int[] Months(int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var months = new List<int>();
        for (int y = fromYear; y <= toYear; y++)
        {
            for (int m = y == fromYear ? fromMonth : 1; m <= (y == toYear ? toMonth : 12); m++)
            {
                months.Add((y * 100) + m);
            }
        }

        return months.ToArray();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word.Substring(1);
}
