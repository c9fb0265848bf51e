using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Core.Validation;
using PaperCatalog.Tool.Catalog;

namespace PaperCatalog.Tool.Entries;

/// <summary>
/// Decides which new entry texts may be written: the whole folder, as it would be after the write, goes through the
/// core's <see cref="CatalogValidator"/> with the build's default options, and a text is refused when it has errors
/// of its own or when it gives any other entry an error that entry did not have (a keyword whose C# name now
/// clashes, a second entry for an arXiv id). Refused texts carry the diagnostics that refuse them.
/// </summary>
internal static class CatalogCheck
{
    /// <summary>Each pending text with the diagnostics and reason that refuse it, or nulls when it may be written.</summary>
    public static IReadOnlyList<(PendingEntry Entry, IReadOnlyList<DiagnosticInfo>? Problems, string? Reason)> Decide(
        string folder, IReadOnlyList<PendingEntry> pending, CancellationToken cancellation)
    {
        var decisions = new List<(PendingEntry, IReadOnlyList<DiagnosticInfo>?, string?)>();
        if (pending.Count == 0)
        {
            return decisions;
        }

        // Files about to be replaced (--force) are left out: their old content must not clash with their new one.
        var replaced = new HashSet<string>(pending.Select(p => Path.GetFullPath(p.Path)), StringComparer.Ordinal);
        List<ParsedFile> existing = EntryFiles.Find(folder)
            .Where(path => !replaced.Contains(Path.GetFullPath(path)))
            .Select(path => EntryParser.Parse(path, EntryFileReader.ReadText(path)))
            .ToList();
        var parsed = pending.ToDictionary(p => p, p => EntryParser.Parse(p.Path, p.Text));
        cancellation.ThrowIfCancellationRequested();

        // First all texts together: those with errors of their own are refused.
        Dictionary<string, List<DiagnosticInfo>> own = ErrorsByPath(Validate(existing, pending.Select(p => parsed[p])));
        var refused = new Dictionary<PendingEntry, (IReadOnlyList<DiagnosticInfo>, string)>();
        foreach (PendingEntry entry in pending)
        {
            if (own.TryGetValue(entry.Path, out List<DiagnosticInfo>? problems))
            {
                refused[entry] = (problems, "the entry would not validate");
            }
        }

        // Then the rest: if together they leave every other entry as it was, all are written; otherwise each is
        // tried in turn on what was accepted before it, so that one bad text does not refuse the others.
        List<PendingEntry> rest = pending.Where(p => !refused.ContainsKey(p)).ToList();
        if (rest.Count > 0)
        {
            HashSet<DiagnosticInfo> before = Errors(Validate(existing, Array.Empty<ParsedFile>())).ToHashSet();
            if (NewErrors(existing, rest.Select(p => parsed[p]), before).Count > 0)
            {
                var accepted = new List<ParsedFile>();
                foreach (PendingEntry entry in rest)
                {
                    cancellation.ThrowIfCancellationRequested();
                    List<DiagnosticInfo> caused = NewErrors(existing, accepted.Append(parsed[entry]), before);
                    if (caused.Count == 0)
                    {
                        accepted.Add(parsed[entry]);
                        continue;
                    }

                    List<DiagnosticInfo> ownErrors = caused.Where(d => d.Path == entry.Path).ToList();
                    refused[entry] = ownErrors.Count > 0
                        ? (ownErrors, "the entry would not validate")
                        : (caused, "the entry would put " + Count(caused.Select(d => d.Path).Distinct().Count(), "other entry", "other entries") + " of the folder in error");
                }
            }
        }

        foreach (PendingEntry entry in pending)
        {
            decisions.Add(refused.TryGetValue(entry, out var refusal) ? (entry, refusal.Item1, refusal.Item2) : (entry, null, null));
        }

        return decisions;
    }

    // Errors of the catalog with the new files that no file had before: the new files' own, and any they cause.
    private static List<DiagnosticInfo> NewErrors(IReadOnlyList<ParsedFile> existing, IEnumerable<ParsedFile> added, HashSet<DiagnosticInfo> before)
        => Errors(Validate(existing, added)).Where(d => !before.Contains(d)).ToList();

    private static CatalogModel Validate(IReadOnlyList<ParsedFile> existing, IEnumerable<ParsedFile> added)
        => CatalogValidator.Validate(existing.Concat(added).ToImmutableArray(), Catalog.CatalogOptions.Current);

    private static IEnumerable<DiagnosticInfo> Errors(CatalogModel model)
        => model.Diagnostics.Where(d => DiagnosticRules.Get(d.Id).Severity == RuleSeverity.Error);

    private static Dictionary<string, List<DiagnosticInfo>> ErrorsByPath(CatalogModel model)
    {
        var result = new Dictionary<string, List<DiagnosticInfo>>(StringComparer.Ordinal);
        foreach (DiagnosticInfo diagnostic in Errors(model))
        {
            if (!result.TryGetValue(diagnostic.Path, out List<DiagnosticInfo>? list))
            {
                result.Add(diagnostic.Path, list = new List<DiagnosticInfo>());
            }

            list.Add(diagnostic);
        }

        return result;
    }

    private static string Count(int n, string one, string many) => n + " " + (n == 1 ? one : many);
}
