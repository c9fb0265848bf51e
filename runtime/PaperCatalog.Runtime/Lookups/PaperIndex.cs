using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Threading;
using PaperCatalog.Data;
using PaperCatalog.Identifiers;

namespace PaperCatalog.Lookups;

/// <summary>
/// The lookups of a catalog: by id, arXiv id, DOI, keyword, author and year. Each table is built on its first
/// use, so a program that never asks for one does not pay for it. Thread-safe; lookups never throw for an
/// absent key, and a hit with a key written as the catalog writes it allocates nothing.
/// </summary>
public sealed class PaperIndex
{
    private static readonly ReadOnlyCollection<Paper> NoPapers = new(Array.Empty<Paper>());

    private readonly IReadOnlyList<Paper> _papers;

    // Set over generated data: key fields are then read without decoding the papers.
    private readonly PaperTable? _table;

    // Built on first use (LazyInitializer: a racing thread may build one too; both are equal and one is kept).
    // Read the field first: creating the builder lambda on every call would allocate.
    private FrozenDictionary<string, int>? _byId;
    private FrozenDictionary<string, int>? _byArxivId;
    private FrozenDictionary<string, int>? _byDoi;
    private FrozenDictionary<string, ReadOnlyCollection<Paper>>? _byKeyword;
    private FrozenDictionary<string, ReadOnlyCollection<Paper>>? _byAuthorName;
    private FrozenDictionary<string, ReadOnlyCollection<Paper>>? _byAuthorKey;
    private FrozenDictionary<int, ReadOnlyCollection<Paper>>? _byYear;

    /// <summary>Creates the index over a catalog's papers, kept in the order given.</summary>
    /// <param name="papers">The papers; ids must be unique, as the generator guarantees.</param>
    public PaperIndex(IEnumerable<Paper> papers)
    {
        ArgumentNullException.ThrowIfNull(papers);
        _papers = Array.AsReadOnly(papers.ToArray());
    }

    /// <summary>
    /// Creates the index over generated data. The id, arXiv and DOI tables read only those fields, so a lookup
    /// decodes just the paper it finds.
    /// </summary>
    /// <param name="table">The catalog's papers.</param>
    public PaperIndex(PaperTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        _papers = table;
        _table = table;
    }

    /// <summary>Every paper, in catalog order.</summary>
    public IReadOnlyList<Paper> All => _papers;

    /// <summary>Every keyword used in the catalog, in ordinal order.</summary>
    public IReadOnlyList<string> Keywords => Array.AsReadOnly(ByKeyword.Keys.Order(StringComparer.Ordinal).ToArray());

    private FrozenDictionary<string, int> ById
        => _byId ?? LazyInitializer.EnsureInitialized(ref _byId, () => Positions(PaperRecordLayout.Id, static k => k, StringComparer.Ordinal));

    private FrozenDictionary<string, int> ByArxivId
        => _byArxivId ?? LazyInitializer.EnsureInitialized(ref _byArxivId, () => Positions(PaperRecordLayout.ArxivId, CanonicalArxivId, StringComparer.Ordinal));

    private FrozenDictionary<string, int> ByDoi
        => _byDoi ?? LazyInitializer.EnsureInitialized(ref _byDoi, () => Positions(PaperRecordLayout.Doi, NameNormalizer.DoiKey, StringComparer.OrdinalIgnoreCase));

    private FrozenDictionary<string, ReadOnlyCollection<Paper>> ByKeyword
        => _byKeyword ?? LazyInitializer.EnsureInitialized(ref _byKeyword, () => Group(p => p.Keywords));

    private FrozenDictionary<string, ReadOnlyCollection<Paper>> ByAuthorName
        => _byAuthorName ?? LazyInitializer.EnsureInitialized(ref _byAuthorName, () => Group(p => p.Authors.Select(a => a.DisplayName)));

    private FrozenDictionary<string, ReadOnlyCollection<Paper>> ByAuthorKey
        => _byAuthorKey ?? LazyInitializer.EnsureInitialized(ref _byAuthorKey, () => Group(p => p.Authors.Select(a => NameNormalizer.AuthorKey(a.DisplayName))));

    private FrozenDictionary<int, ReadOnlyCollection<Paper>> ByYear
        => _byYear ?? LazyInitializer.EnsureInitialized(ref _byYear, () => _papers.GroupBy(p => p.Year).ToFrozenDictionary(g => g.Key, g => Array.AsReadOnly(g.ToArray())));

    /// <summary>Finds a paper by its catalog id (exact, case-sensitive); null when there is none.</summary>
    public Paper? FindById(string? id)
        => id != null && ById.TryGetValue(id, out int index) ? _papers[index] : null;

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

        // Canonical ids, the common case, are looked up as they are; only other spellings are parsed.
        FrozenDictionary<string, int> table = ByArxivId;
        if (table.TryGetValue(arxivId, out int index))
        {
            return _papers[index];
        }

        return !IsCanonicalArxivShape(arxivId)
               && ArxivIdGrammar.TryGetIdentity(arxivId, out string key)
               && table.TryGetValue(key, out index)
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

        // The table ignores case, so a bare DOI is looked up as it is; only prefixed forms need normalising.
        FrozenDictionary<string, int> table = ByDoi;
        if (table.TryGetValue(doi, out int index))
        {
            return _papers[index];
        }

        return !IsBareDoi(doi) && NameNormalizer.DoiKey(doi) is { } key && table.TryGetValue(key, out index)
            ? _papers[index]
            : null;
    }

    /// <summary>Finds a paper by DOI; false when there is none. See <see cref="FindByDoi"/>.</summary>
    public bool TryGetByDoi(string? doi, [NotNullWhen(true)] out Paper? paper)
        => (paper = FindByDoi(doi)) != null;

    /// <summary>The papers tagged with a keyword (exact), in catalog order; empty when none.</summary>
    public IReadOnlyList<Paper> WithKeyword(string? keyword)
        => keyword != null && ByKeyword.TryGetValue(keyword, out ReadOnlyCollection<Paper>? papers) ? papers : NoPapers;

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
        return ByAuthorName.TryGetValue(name, out ReadOnlyCollection<Paper>? papers)
               || ByAuthorKey.TryGetValue(NameNormalizer.AuthorKey(name), out papers)
            ? papers
            : NoPapers;
    }

    /// <summary>The papers of a year, in catalog order; empty when none.</summary>
    public IReadOnlyList<Paper> InYear(int year)
        => ByYear.TryGetValue(year, out ReadOnlyCollection<Paper>? papers) ? papers : NoPapers;

    private static string? CanonicalArxivId(string? arxivId)
        => ArxivIdGrammar.TryGetIdentity(arxivId, out string key) ? key : null;

    // True when normalising could not change the text (no spaces, prefix, subject class or version), so a miss as
    // written is final.
    private static bool IsCanonicalArxivShape(string value)
    {
        int slash = value.IndexOf('/');
        foreach (char c in value)
        {
            if (c == ':' || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        if (slash > 0 && value.LastIndexOf('.', slash - 1) >= 0)
        {
            return false;
        }

        int v = value.LastIndexOf('v');
        return v <= 0 || v == value.Length - 1 || !char.IsAsciiDigit(value[v - 1]) || !char.IsAsciiDigit(value[v + 1]);
    }

    // A DOI with no prefix and no surrounding space: normalising would give the same text.
    private static bool IsBareDoi(string value)
        => value.StartsWith("10.", StringComparison.Ordinal) && !char.IsWhiteSpace(value[^1]);

    // First paper wins for a key given twice; the generator reports such duplicates, so it cannot happen there.
    private FrozenDictionary<string, int> Positions(int field, Func<string?, string?> normalize, StringComparer comparer)
    {
        var table = new Dictionary<string, int>(_papers.Count, comparer);
        for (int i = 0; i < _papers.Count; i++)
        {
            if (normalize(_table != null ? _table.GetField(i, field) : KeyOf(_papers[i], field)) is { } key)
            {
                table.TryAdd(key, i);
            }
        }

        return table.ToFrozenDictionary(comparer);
    }

    private static string? KeyOf(Paper paper, int field) => field switch
    {
        PaperRecordLayout.Id => paper.Id,
        PaperRecordLayout.ArxivId => paper.ArxivId,
        PaperRecordLayout.Doi => paper.Doi,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private FrozenDictionary<string, ReadOnlyCollection<Paper>> Group(Func<Paper, IEnumerable<string>> keys)
    {
        var table = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        foreach (Paper paper in _papers)
        {
            foreach (string key in keys(paper).Distinct(StringComparer.Ordinal))
            {
                if (!table.TryGetValue(key, out List<Paper>? list))
                {
                    table.Add(key, list = new List<Paper>());
                }

                list.Add(paper);
            }
        }

        return table.ToFrozenDictionary(p => p.Key, p => Array.AsReadOnly(p.Value.ToArray()), StringComparer.Ordinal);
    }
}
