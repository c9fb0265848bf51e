using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace PaperCatalog.Benchmarks;

/// <summary>
/// The generated catalog's lookups (<c>Papers.FindById</c>, <c>FindByArxivId</c>, <c>FindByDoi</c>,
/// <c>WithKeyword</c>) against a <see cref="Dictionary{TKey,TValue}"/> and a <see cref="FrozenDictionary{TKey,TValue}"/>
/// built over the same keys with the same comparer semantics (ordinal for id, arXiv id and keyword;
/// <see cref="StringComparer.OrdinalIgnoreCase"/> for DOI). FrozenDictionary is the baseline of each category.
/// </summary>
/// <remarks>
/// Each invocation looks up <see cref="KeysPerInvoke"/> keys in turn (the catalog's keys cycled, or as many absent
/// keys), so that results are per lookup and do not depend on one key's length or hash. Every contender is handed
/// canonical keys; the catalog's lookups also accept the forms people write (an <c>arXiv:</c> prefix, a version, a DOI
/// resolver prefix), and whatever that costs them on these keys is part of what is measured.
/// </remarks>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(LookupConfig))]
public class LookupBenchmarks
{
    /// <summary>Keys looked up per invocation; the results are divided by it.</summary>
    public const int KeysPerInvoke = 64;

    private string[] _idHits = [];
    private string[] _idMisses = [];
    private string[] _arxivHits = [];
    private string[] _arxivMisses = [];
    private string[] _doiHits = [];
    private string[] _doiMisses = [];
    private string[] _keywordHits = [];
    private string[] _keywordMisses = [];

    private Dictionary<string, Paper> _idDictionary = null!;
    private FrozenDictionary<string, Paper> _idFrozen = null!;
    private Dictionary<string, Paper> _arxivDictionary = null!;
    private FrozenDictionary<string, Paper> _arxivFrozen = null!;
    private Dictionary<string, Paper> _doiDictionary = null!;
    private FrozenDictionary<string, Paper> _doiFrozen = null!;
    private Dictionary<string, Paper[]> _keywordDictionary = null!;
    private FrozenDictionary<string, Paper[]> _keywordFrozen = null!;

    [GlobalSetup]
    public void Setup()
    {
        IReadOnlyList<Paper> all = Papers.All;

        _idDictionary = all.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _idFrozen = _idDictionary.ToFrozenDictionary(StringComparer.Ordinal);

        _arxivDictionary = all.Where(p => p.ArxivId != null).ToDictionary(p => p.ArxivId!, StringComparer.Ordinal);
        _arxivFrozen = _arxivDictionary.ToFrozenDictionary(StringComparer.Ordinal);

        _doiDictionary = all.Where(p => p.Doi != null).ToDictionary(p => p.Doi!, StringComparer.OrdinalIgnoreCase);
        _doiFrozen = _doiDictionary.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

        _keywordDictionary = all
            .SelectMany(p => p.Keywords.Distinct(StringComparer.Ordinal).Select(k => (Keyword: k, Paper: p)))
            .GroupBy(x => x.Keyword, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Paper).ToArray(), StringComparer.Ordinal);
        _keywordFrozen = _keywordDictionary.ToFrozenDictionary(StringComparer.Ordinal);

        _idHits = Cycle(_idDictionary.Keys);
        _arxivHits = Cycle(_arxivDictionary.Keys);
        _doiHits = Cycle(_doiDictionary.Keys);
        _keywordHits = Cycle(_keywordDictionary.Keys);

        // Absent keys of the right form and of realistic lengths, so that a miss is not rejected by length alone.
        _idMisses = Cycle(Enumerable.Range(0, KeysPerInvoke).Select(i => "absent-paper-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        _arxivMisses = Cycle(Enumerable.Range(0, KeysPerInvoke).Select(i => "2501." + (10000 + (i * 37)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _doiMisses = Cycle(Enumerable.Range(0, KeysPerInvoke).Select(i => "10.18653/v1/2099.acl-long." + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        _keywordMisses = Cycle(Enumerable.Range(0, KeysPerInvoke).Select(i => "absent-topic-" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));

        Check(_idHits.All(k => Papers.FindById(k) != null) && _idMisses.All(k => Papers.FindById(k) == null), "id keys");
        Check(_arxivHits.All(k => Papers.FindByArxivId(k) != null) && _arxivMisses.All(k => Papers.FindByArxivId(k) == null), "arXiv keys");
        Check(_doiHits.All(k => Papers.FindByDoi(k) != null) && _doiMisses.All(k => Papers.FindByDoi(k) == null), "DOI keys");
        Check(_keywordHits.All(k => Papers.WithKeyword(k).Count > 0) && _keywordMisses.All(k => Papers.WithKeyword(k).Count == 0), "keyword keys");
    }

    // ---- by id ----

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ById-Hit")]
    public int Catalog_FindById_Hit() => CatalogById(_idHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ById-Hit")]
    public int Dictionary_ById_Hit() => Find(_idDictionary, _idHits);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ById-Hit")]
    public int Frozen_ById_Hit() => Find(_idFrozen, _idHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ById-Miss")]
    public int Catalog_FindById_Miss() => CatalogById(_idMisses);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ById-Miss")]
    public int Dictionary_ById_Miss() => Find(_idDictionary, _idMisses);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ById-Miss")]
    public int Frozen_ById_Miss() => Find(_idFrozen, _idMisses);

    // ---- by arXiv id ----

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByArxiv-Hit")]
    public int Catalog_FindByArxivId_Hit() => CatalogByArxiv(_arxivHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByArxiv-Hit")]
    public int Dictionary_ByArxiv_Hit() => Find(_arxivDictionary, _arxivHits);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByArxiv-Hit")]
    public int Frozen_ByArxiv_Hit() => Find(_arxivFrozen, _arxivHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByArxiv-Miss")]
    public int Catalog_FindByArxivId_Miss() => CatalogByArxiv(_arxivMisses);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByArxiv-Miss")]
    public int Dictionary_ByArxiv_Miss() => Find(_arxivDictionary, _arxivMisses);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByArxiv-Miss")]
    public int Frozen_ByArxiv_Miss() => Find(_arxivFrozen, _arxivMisses);

    // ---- by DOI (case-insensitive) ----

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByDoi-Hit")]
    public int Catalog_FindByDoi_Hit() => CatalogByDoi(_doiHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByDoi-Hit")]
    public int Dictionary_ByDoi_Hit() => Find(_doiDictionary, _doiHits);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByDoi-Hit")]
    public int Frozen_ByDoi_Hit() => Find(_doiFrozen, _doiHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByDoi-Miss")]
    public int Catalog_FindByDoi_Miss() => CatalogByDoi(_doiMisses);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByDoi-Miss")]
    public int Dictionary_ByDoi_Miss() => Find(_doiDictionary, _doiMisses);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByDoi-Miss")]
    public int Frozen_ByDoi_Miss() => Find(_doiFrozen, _doiMisses);

    // ---- by keyword ----

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByKeyword-Hit")]
    public int Catalog_WithKeyword_Hit() => CatalogCount(_keywordHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByKeyword-Hit")]
    public int Dictionary_ByKeyword_Hit() => Count(_keywordDictionary, _keywordHits);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByKeyword-Hit")]
    public int Frozen_ByKeyword_Hit() => Count(_keywordFrozen, _keywordHits);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByKeyword-Miss")]
    public int Catalog_WithKeyword_Miss() => CatalogCount(_keywordMisses);

    [Benchmark(OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByKeyword-Miss")]
    public int Dictionary_ByKeyword_Miss() => Count(_keywordDictionary, _keywordMisses);

    [Benchmark(Baseline = true, OperationsPerInvoke = KeysPerInvoke), BenchmarkCategory("ByKeyword-Miss")]
    public int Frozen_ByKeyword_Miss() => Count(_keywordFrozen, _keywordMisses);

    // ---- helpers: the same loop for every contender, with a direct (non-delegate, non-interface) call ----

    private static int CatalogById(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (Papers.FindById(key) != null)
            {
                found++;
            }
        }

        return found;
    }

    private static int CatalogByArxiv(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (Papers.FindByArxivId(key) != null)
            {
                found++;
            }
        }

        return found;
    }

    private static int CatalogByDoi(string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (Papers.FindByDoi(key) != null)
            {
                found++;
            }
        }

        return found;
    }

    private static int CatalogCount(string[] keys)
    {
        int papers = 0;
        foreach (string key in keys)
        {
            papers += Papers.WithKeyword(key).Count;
        }

        return papers;
    }

    private static int Find(Dictionary<string, Paper> table, string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (table.TryGetValue(key, out Paper? _))
            {
                found++;
            }
        }

        return found;
    }

    private static int Find(FrozenDictionary<string, Paper> table, string[] keys)
    {
        int found = 0;
        foreach (string key in keys)
        {
            if (table.TryGetValue(key, out Paper? _))
            {
                found++;
            }
        }

        return found;
    }

    private static int Count(Dictionary<string, Paper[]> table, string[] keys)
    {
        int papers = 0;
        foreach (string key in keys)
        {
            if (table.TryGetValue(key, out Paper[]? list))
            {
                papers += list.Length;
            }
        }

        return papers;
    }

    private static int Count(FrozenDictionary<string, Paper[]> table, string[] keys)
    {
        int papers = 0;
        foreach (string key in keys)
        {
            if (table.TryGetValue(key, out Paper[]? list))
            {
                papers += list.Length;
            }
        }

        return papers;
    }

    private static string[] Cycle(IEnumerable<string> keys)
    {
        string[] distinct = keys.ToArray();
        if (distinct.Length == 0)
        {
            throw new InvalidOperationException("No keys to look up.");
        }

        return Enumerable.Range(0, KeysPerInvoke).Select(i => distinct[i % distinct.Length]).ToArray();
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Benchmark setup: the " + what + " do not hit or miss as intended.");
        }
    }
}
