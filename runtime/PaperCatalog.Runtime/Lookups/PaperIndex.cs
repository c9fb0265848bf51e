using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using PaperCatalog.Data;
using PaperCatalog.Identifiers;

namespace PaperCatalog.Lookups;

/// <summary>
/// The lookups of a catalog: by id, arXiv id, DOI, keyword, author and year. Each table is built on its first
/// use, so a program that never asks for one does not pay for it. Thread-safe; lookups never throw for an
/// absent key.
/// </summary>
public sealed class PaperIndex
{
    private static readonly ReadOnlyCollection<Paper> NoPapers = new(Array.Empty<Paper>());

    private readonly IReadOnlyList<Paper> _papers;
    private readonly Lazy<FrozenDictionary<string, int>> _byId;
    private readonly Lazy<FrozenDictionary<string, int>> _byArxivId;
    private readonly Lazy<FrozenDictionary<string, int>> _byDoi;
    private readonly Lazy<FrozenDictionary<string, ReadOnlyCollection<Paper>>> _byKeyword;
    private readonly Lazy<FrozenDictionary<string, ReadOnlyCollection<Paper>>> _byAuthorName;
    private readonly Lazy<FrozenDictionary<string, ReadOnlyCollection<Paper>>> _byAuthorKey;
    private readonly Lazy<FrozenDictionary<int, ReadOnlyCollection<Paper>>> _byYear;

    /// <summary>Creates the index over a catalog's papers, kept in the order given.</summary>
    /// <param name="papers">The papers; ids must be unique, as the generator guarantees.</param>
    public PaperIndex(IEnumerable<Paper> papers)
        : this(ToList(papers), static (list, i) => list[i].Id, static (list, i) => list[i].ArxivId, static (list, i) => list[i].Doi)
    {
    }

    /// <summary>
    /// Creates the index over generated data. The id, arXiv and DOI tables read only those fields, so a lookup
    /// decodes just the paper it finds.
    /// </summary>
    /// <param name="table">The catalog's papers.</param>
    public PaperIndex(PaperTable table)
        : this(
            table ?? throw new ArgumentNullException(nameof(table)),
            static (list, i) => ((PaperTable)list).GetField(i, PaperRecordLayout.Id)!,
            static (list, i) => ((PaperTable)list).GetField(i, PaperRecordLayout.ArxivId),
            static (list, i) => ((PaperTable)list).GetField(i, PaperRecordLayout.Doi))
    {
    }

    private PaperIndex(
        IReadOnlyList<Paper> papers,
        Func<IReadOnlyList<Paper>, int, string> id,
        Func<IReadOnlyList<Paper>, int, string?> arxivId,
        Func<IReadOnlyList<Paper>, int, string?> doi)
    {
        _papers = papers;
        All = papers as PaperTable is { } table ? table : new ReadOnlyCollection<Paper>((IList<Paper>)papers);
        _byId = new(() => Positions(papers, i => id(papers, i), StringComparer.Ordinal));
        _byArxivId = new(() => Positions(papers, i => Normalize(arxivId(papers, i)), StringComparer.Ordinal));
        _byDoi = new(() => Positions(papers, i => NameNormalizer.DoiKey(doi(papers, i)), StringComparer.OrdinalIgnoreCase));
        _byKeyword = new(() => Group(papers, p => p.Keywords, StringComparer.Ordinal));
        _byAuthorName = new(() => Group(papers, p => p.Authors.Select(a => a.DisplayName), StringComparer.Ordinal));
        _byAuthorKey = new(() => Group(papers, p => p.Authors.Select(a => NameNormalizer.AuthorKey(a.DisplayName)), StringComparer.Ordinal));
        _byYear = new(() => papers.GroupBy(p => p.Year).ToFrozenDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray())));
    }

    /// <summary>Every paper, in catalog order.</summary>
    public IReadOnlyList<Paper> All { get; }

    /// <summary>Finds a paper by its catalog id (exact, case-sensitive); null when there is none.</summary>
    public Paper? FindById(string? id)
        => id != null && _byId.Value.TryGetValue(id, out int index) ? _papers[index] : null;

    /// <summary>Finds a paper by its catalog id; false when there is none.</summary>
    public bool TryGetById(string? id, [NotNullWhen(true)] out Paper? paper)
        => (paper = FindById(id)) != null;

    /// <summary>
    /// Finds a paper by arXiv id, written as people write it: <c>2210.02016</c>, <c>arXiv:2210.02016v2</c>,
    /// <c>https://arxiv.org/abs/2210.02016</c> or an old-style <c>hep-th/9901001</c>; null when there is none.
    /// </summary>
    public Paper? FindByArxivId(string? arxivId)
    {
        if (arxivId == null)
        {
            return null;
        }

        // Canonical ids, the common case, hit without any parsing or allocation.
        FrozenDictionary<string, int> table = _byArxivId.Value;
        return table.TryGetValue(arxivId, out int index)
               || (ArxivIdGrammar.TryNormalize(arxivId, out string key) && table.TryGetValue(key, out index))
            ? _papers[index]
            : null;
    }

    /// <summary>Finds a paper by arXiv id; false when there is none. See <see cref="FindByArxivId"/>.</summary>
    public bool TryGetByArxivId(string? arxivId, [NotNullWhen(true)] out Paper? paper)
        => (paper = FindByArxivId(arxivId)) != null;

    /// <summary>
    /// Finds a paper by DOI, case-insensitively, with or without a <c>https://doi.org/</c> or <c>doi:</c>
    /// prefix; null when there is none.
    /// </summary>
    public Paper? FindByDoi(string? doi)
    {
        if (doi == null)
        {
            return null;
        }

        // The table ignores case, so a bare DOI hits directly; only prefixed forms need normalising.
        FrozenDictionary<string, int> table = _byDoi.Value;
        return table.TryGetValue(doi, out int index)
               || (NameNormalizer.DoiKey(doi) is { } key && table.TryGetValue(key, out index))
            ? _papers[index]
            : null;
    }

    /// <summary>Finds a paper by DOI; false when there is none. See <see cref="FindByDoi"/>.</summary>
    public bool TryGetByDoi(string? doi, [NotNullWhen(true)] out Paper? paper)
        => (paper = FindByDoi(doi)) != null;

    /// <summary>The papers tagged with a keyword (exact), in catalog order; empty when none.</summary>
    public IReadOnlyList<Paper> WithKeyword(string? keyword)
        => keyword != null && _byKeyword.Value.TryGetValue(keyword, out ReadOnlyCollection<Paper>? papers) ? papers : NoPapers;

    /// <summary>
    /// The papers by an author, in catalog order; empty when none. Names match whatever their accents, case,
    /// dots and spacing, and as "Given Family" or "Family, Given".
    /// </summary>
    public IReadOnlyList<Paper> ByAuthor(string? name)
    {
        if (name == null)
        {
            return NoPapers;
        }

        // A name written as the catalog writes it hits without normalising (and without allocating).
        return _byAuthorName.Value.TryGetValue(name, out ReadOnlyCollection<Paper>? papers)
               || _byAuthorKey.Value.TryGetValue(NameNormalizer.AuthorKey(name), out papers)
            ? papers
            : NoPapers;
    }

    /// <summary>The papers of a year, in catalog order; empty when none.</summary>
    public IReadOnlyList<Paper> InYear(int year)
        => _byYear.Value.TryGetValue(year, out ReadOnlyCollection<Paper>? papers) ? papers : NoPapers;

    /// <summary>Every keyword used in the catalog, in ordinal order.</summary>
    public IReadOnlyList<string> Keywords => Array.AsReadOnly(_byKeyword.Value.Keys.Order(StringComparer.Ordinal).ToArray());

    private static string? Normalize(string? arxivId)
        => ArxivIdGrammar.TryNormalize(arxivId, out string key) ? key : null;

    private static Paper[] ToList(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        return papers.ToArray();
    }

    // First paper wins for a key given twice; the generator reports such duplicates, so it cannot happen there.
    private static FrozenDictionary<string, int> Positions(IReadOnlyList<Paper> papers, Func<int, string?> key, StringComparer comparer)
    {
        var table = new Dictionary<string, int>(papers.Count, comparer);
        for (int i = 0; i < papers.Count; i++)
        {
            if (key(i) is { } k)
            {
                table.TryAdd(k, i);
            }
        }

        return table.ToFrozenDictionary(comparer);
    }

    private static FrozenDictionary<string, ReadOnlyCollection<Paper>> Group(IReadOnlyList<Paper> papers, Func<Paper, IEnumerable<string>> keys, StringComparer comparer)
    {
        var table = new Dictionary<string, List<Paper>>(comparer);
        foreach (Paper paper in papers)
        {
            foreach (string key in keys(paper).Distinct(comparer))
            {
                if (!table.TryGetValue(key, out List<Paper>? list))
                {
                    table.Add(key, list = new List<Paper>());
                }

                list.Add(paper);
            }
        }

        return table.ToFrozenDictionary(p => p.Key, p => Array.AsReadOnly(p.Value.ToArray()), comparer);
    }
}
