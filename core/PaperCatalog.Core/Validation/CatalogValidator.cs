using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Data;
using PaperCatalog.Identifiers;

namespace PaperCatalog.Core.Validation;

/// <summary>
/// The rules across entries: unique ids, arXiv ids, DOIs and C# names; names the generated code does not already
/// use for the configured names; references that resolve; no supersedes cycle. Entries that break a rule are left
/// out; every other entry is still emitted. The configured names are checked too, and when one is invalid no code is
/// emitted at all.
/// </summary>
internal static class CatalogValidator
{
    /// <summary>
    /// Applies the rules; an unexpected failure becomes a PAPER022 diagnostic and an empty catalog, never an
    /// exception escaping into the compiler.
    /// </summary>
    public static CatalogModel Validate(ImmutableArray<ParsedFile> files, GeneratorOptions options)
    {
        try
        {
            return ValidateCore(files, options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            string path = files.IsDefaultOrEmpty ? string.Empty : files.Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal).First();
            var info = DiagnosticInfo.Create(DiagnosticRules.InternalError, path, SourceSpan.FileStart, ex.GetType().Name + ": " + ex.Message);
            return new CatalogModel(EquatableArray<CatalogPaper>.Empty, new[] { info }.ToEquatableArray());
        }
    }

    private static CatalogModel ValidateCore(ImmutableArray<ParsedFile> files, GeneratorOptions options)
    {
        // Files arrive in whatever order the host gives them; sort so that output never depends on it.
        ParsedFile[] ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToArray();
        var diagnostics = new List<DiagnosticInfo>(GeneratorOptionsValidator.Validate(options));
        bool emitsCode = diagnostics.Count == 0;
        foreach (ParsedFile file in ordered)
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var candidates = ordered.Where(f => f.Entry != null).ToList();
        CatalogBudget.Apply(candidates, CatalogBudget.Read(options, diagnostics), diagnostics);
        // By reference: a ParsedFile is a record, and hashing its whole model on every Add cost seconds for an entry
        // with ten thousand references, each reported (and its file rejected) one by one.
        var rejected = new HashSet<ParsedFile>(ReferenceComparer.Instance);

        ReportDuplicates(candidates, f => f.Entry!.Id, StringComparer.Ordinal, rejected, diagnostics, (file, other) =>
            DiagnosticInfo.Create(DiagnosticRules.DuplicateId, file.Path, file.Locations!.Id.Span, file.Entry!.Id, EntryPaths.Display(other.Path, options.ProjectDirectory)));

        ReportDuplicates(candidates.Where(f => f.Entry!.ArxivId != null), f => CanonicalArxiv(f.Entry!.ArxivId!), StringComparer.Ordinal, rejected, diagnostics, (file, other) =>
            DiagnosticInfo.Create(DiagnosticRules.DuplicateArxivId, file.Path, file.Locations!.ArxivId!.Span, file.Entry!.ArxivId!, EntryPaths.Display(other.Path, options.ProjectDirectory)));

        ReportDuplicates(candidates.Where(f => f.Entry!.Doi != null), f => f.Entry!.Doi!, StringComparer.OrdinalIgnoreCase, rejected, diagnostics, (file, other) =>
            DiagnosticInfo.Create(DiagnosticRules.DuplicateDoi, file.Path, file.Locations!.Doi!.Span, file.Entry!.Doi!, EntryPaths.Display(other.Path, options.ProjectDirectory)));

        // Same C# name from different ids (same ids are already reported above).
        foreach (IGrouping<string, ParsedFile> group in candidates.GroupBy(f => MemberNames.FromId(f.Entry!.Id), StringComparer.Ordinal))
        {
            var distinct = group.GroupBy(f => f.Entry!.Id, StringComparer.Ordinal).Select(g => g.First()).ToList();
            if (distinct.Count < 2)
            {
                continue;
            }

            foreach (ParsedFile file in distinct)
            {
                ParsedFile other = distinct.First(f => !ReferenceEquals(f, file));
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.IdentifierCollision, file.Path, file.Locations!.Id.Span, file.Entry!.Id, group.Key, "the id of " + EntryPaths.Display(other.Path, options.ProjectDirectory) + " also becomes"));
                rejected.Add(file);
            }
        }

        ReportTakenNames(candidates, new GeneratedNames(options), rejected, diagnostics);
        ReportKeywordCollisions(candidates, options, rejected, diagnostics);

        var declared = new HashSet<string>(ordered.Where(f => f.DeclaredId != null).Select(f => f.DeclaredId!), StringComparer.Ordinal);
        string[] declaredIds = declared.ToArray();
        foreach (ParsedFile file in candidates)
        {
            // Suggestions only for as many unknown references as a file may report; the rest are cut anyway.
            int suggestionsLeft = Parsing.EntryLimits.MaxDiagnosticsPerFile;
            foreach (SpannedValue related in file.Locations!.Related)
            {
                CheckReference(file, "related", related, declared, declaredIds, ref suggestionsLeft, rejected, diagnostics);
            }

            if (file.Locations.Supersedes is { } supersedes)
            {
                CheckReference(file, "supersedes", supersedes, declared, declaredIds, ref suggestionsLeft, rejected, diagnostics);
            }
        }

        ReportSupersedesCycles(candidates, rejected, diagnostics);

        var accepted = candidates.Where(f => !rejected.Contains(f)).Select(f => f.Entry!).ToList();
        var supersededBy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (PaperEntry entry in accepted.Where(e => e.Supersedes != null))
        {
            if (!supersededBy.ContainsKey(entry.Supersedes!))
            {
                supersededBy.Add(entry.Supersedes!, entry.Id);
            }
        }

        var papers = accepted
            .OrderBy(e => e.Id, StringComparer.Ordinal)
            .Select(e => new CatalogPaper(e, MemberNames.FromId(e.Id), ObsoleteMessage(e, supersededBy)))
            .ToEquatableArray();

        // Each file's diagnostics are capped again here: the rules across entries can add many to one file.
        var sortedDiagnostics = diagnostics
            .GroupBy(d => d.Path, StringComparer.Ordinal)
            .SelectMany(file => Parsing.EntryLimits.CapDiagnostics(file.ToList()))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CatalogModel(papers, sortedDiagnostics, emitsCode);
    }

    private static string CanonicalArxiv(string value)
        => ArxivIdGrammar.TryGetIdentity(value, out string identity) ? identity : value;

    private static void ReportDuplicates(
        IEnumerable<ParsedFile> files,
        Func<ParsedFile, string> key,
        StringComparer comparer,
        HashSet<ParsedFile> rejected,
        List<DiagnosticInfo> diagnostics,
        Func<ParsedFile, ParsedFile, DiagnosticInfo> report)
    {
        foreach (IGrouping<string, ParsedFile> group in files.GroupBy(key, comparer))
        {
            var members = group.ToList();
            if (members.Count < 2)
            {
                continue;
            }

            foreach (ParsedFile file in members)
            {
                ParsedFile other = members.First(f => !ReferenceEquals(f, file));
                diagnostics.Add(report(file, other));
                rejected.Add(file);
            }
        }
    }

    // A member the generated code already declares, or may not declare, for the configured names would not compile.
    private static void ReportTakenNames(List<ParsedFile> candidates, GeneratedNames names, HashSet<ParsedFile> rejected, List<DiagnosticInfo> diagnostics)
    {
        foreach (ParsedFile file in candidates)
        {
            string name = MemberNames.FromId(file.Entry!.Id);
            if (FirstConflict(names.IdClasses, name) is { } conflict)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NameTakenByGeneratedCode, file.Path, file.Locations!.Id.Span, file.Entry.Id, name, conflict));
                rejected.Add(file);
            }

            foreach (SpannedValue keyword in file.Locations!.Keywords)
            {
                string keywordName = MemberNames.FromId(keyword.Value);
                if (GeneratedNames.Conflict(names.Keywords, keywordName) is { } keywordConflict)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.NameTakenByGeneratedCode, file.Path, keyword.Span, keyword.Value, keywordName, keywordConflict));
                    rejected.Add(file);
                }
            }
        }
    }

    private static string? FirstConflict(IReadOnlyList<GeneratedClass> owners, string member)
    {
        foreach (GeneratedClass owner in owners)
        {
            if (GeneratedNames.Conflict(owner, member) is { } conflict)
            {
                return conflict;
            }
        }

        return null;
    }

    private static void ReportKeywordCollisions(List<ParsedFile> candidates, GeneratorOptions options, HashSet<ParsedFile> rejected, List<DiagnosticInfo> diagnostics)
    {
        // Keywords become constants of one class: two spellings of one C# name cannot both be there.
        var firstSpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstFile = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
        foreach (ParsedFile file in candidates)
        {
            foreach (SpannedValue keyword in file.Locations!.Keywords)
            {
                string name = MemberNames.FromId(keyword.Value);
                if (!firstSpelling.TryGetValue(name, out string? spelling))
                {
                    firstSpelling.Add(name, keyword.Value);
                    firstFile.Add(name, file);
                }
                else if (spelling != keyword.Value)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.IdentifierCollision, file.Path, keyword.Span, keyword.Value, name, "keyword '" + DiagnosticInfo.Excerpt(spelling) + "' of " + EntryPaths.Display(firstFile[name].Path, options.ProjectDirectory) + " also becomes"));
                    rejected.Add(file);
                }
            }
        }
    }

    private static void CheckReference(
        ParsedFile file,
        string key,
        SpannedValue reference,
        HashSet<string> declared,
        string[] declaredIds,
        ref int suggestionsLeft,
        HashSet<ParsedFile> rejected,
        List<DiagnosticInfo> diagnostics)
    {
        if (declared.Contains(reference.Value))
        {
            return;
        }

        string? suggestion = suggestionsLeft-- > 0 ? Parsing.KeySuggester.Closest(reference.Value, declaredIds) : null;
        diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticRules.UnknownReference,
            file.Path,
            reference.Span,
            key,
            reference.Value,
            suggestion == null ? string.Empty : "; did you mean '" + DiagnosticInfo.Excerpt(suggestion) + "'?"));
        rejected.Add(file);
    }

    private static void ReportSupersedesCycles(List<ParsedFile> candidates, HashSet<ParsedFile> rejected, List<DiagnosticInfo> diagnostics)
    {
        var byId = new Dictionary<string, ParsedFile>(StringComparer.Ordinal);
        foreach (ParsedFile file in candidates)
        {
            if (!byId.ContainsKey(file.Entry!.Id))
            {
                byId.Add(file.Entry.Id, file);
            }
        }

        var inCycle = new HashSet<string>(StringComparer.Ordinal);
        foreach (ParsedFile start in candidates)
        {
            // Follow the chain; it either ends or returns to an id already on it.
            var path = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? current = start.Entry!.Id;
            while (current != null && seen.Add(current))
            {
                path.Add(current);
                current = byId.TryGetValue(current, out ParsedFile? next) ? next.Entry!.Supersedes : null;
            }

            if (current == null || current != start.Entry.Id || inCycle.Contains(current))
            {
                continue;
            }

            string chain = string.Join(" -> ", path.Select(DiagnosticInfo.Excerpt)) + " -> " + DiagnosticInfo.Excerpt(current);
            foreach (string id in path)
            {
                inCycle.Add(id);
                ParsedFile member = byId[id];
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticRules.SupersedesCycle, member.Path, member.Locations!.Supersedes!.Span, id, chain));
                rejected.Add(member);
            }
        }
    }

    private sealed class ReferenceComparer : IEqualityComparer<ParsedFile>
    {
        public static readonly ReferenceComparer Instance = new();

        public bool Equals(ParsedFile? x, ParsedFile? y) => ReferenceEquals(x, y);

        public int GetHashCode(ParsedFile obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    private static string? ObsoleteMessage(PaperEntry entry, Dictionary<string, string> supersededBy)
    {
        if (supersededBy.TryGetValue(entry.Id, out string? replacement))
        {
            return "Superseded by '" + replacement + "'" + (StatusWords.IsInactive(entry.Status) ? " and " + entry.Status : string.Empty) + ".";
        }

        return entry.Status switch
        {
            StatusWords.Retracted => "Retracted.",
            StatusWords.Withdrawn => "Withdrawn by its authors.",
            _ => null,
        };
    }
}
