using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using PaperCatalog.Core.Diagnostics;
using PaperCatalog.Core.Model;
using PaperCatalog.Core.Parsing;
using PaperCatalog.Tool.Catalog;
using PaperCatalog.Tool.Entries;
using PaperCatalog.Tool.Reporting;
using PaperCatalog.Tool.Sources;
using PaperCatalog.Tool.Sources.Http;

namespace PaperCatalog.Tool.Refreshing;

/// <summary>
/// <c>refresh</c>: looks up every entry of a folder that has an arXiv id or DOI, reports what changed upstream, and
/// with <c>--write</c> applies the safe changes (keys the entry lacks, the status of a retraction or withdrawal);
/// a value the curator wrote is replaced only with <c>--force</c>. Each file is rewritten atomically, after the
/// parser has accepted its new text.
/// </summary>
internal static class RefreshRunner
{
    public static int Run(ToolContext context, string folder, bool write, bool force, SourceSettings settings)
    {
        EntryFiles.RequireFolder(folder);
        var entries = new List<(string Path, string Text, PaperEntry Entry, PaperIdentifier Id)>();
        foreach (string path in EntryFiles.Find(folder))
        {
            string text = EntryFileReader.ReadText(path);
            ParsedFile parsed = EntryParser.Parse(path, text);
            if (parsed.Entry is not { } entry)
            {
                context.Err.WriteLine("skipped " + path + ": it does not validate; run 'paper-catalog lint' first.");
                continue;
            }

            // An entry with both asks arXiv and the DOI's registrar, whether or not arXiv lists the DOI.
            PaperIdentifier? id = entry.ArxivId != null ? new PaperIdentifier(IdentifierKind.Arxiv, entry.ArxivId, entry.ArxivId) { KnownDoi = entry.Doi }
                : entry.Doi != null ? new PaperIdentifier(IdentifierKind.Doi, entry.Doi.ToLowerInvariant(), entry.Doi)
                : null;
            if (id != null)
            {
                entries.Add((path, text, entry, id));
            }
        }

        IReadOnlyList<Result<FetchedPaper>> results;
        using (var lookup = new PaperLookup(settings))
        using (var progress = new LookupProgress(context, entries.Count))
        {
            results = lookup.LookupAsync(entries.Select(e => e.Id).ToList(), progress.Report, CancellationToken.None).GetAwaiter().GetResult();
        }

        int firstFailure = ExitCodes.Ok;
        int changed = 0, written = 0, held = 0;
        for (int i = 0; i < entries.Count; i++)
        {
            (string path, string text, PaperEntry entry, PaperIdentifier id) = entries[i];
            if (results[i].Value is not { } upstream)
            {
                firstFailure = firstFailure == ExitCodes.Ok ? FetchException.ExitCode(results[i].Failure!.Kind) : firstFailure;
                continue;
            }

            IReadOnlyList<EntryChange> changes = EntryComparer.Compare(entry, upstream);
            if (changes.Count == 0)
            {
                continue;
            }

            changed++;
            context.Out.WriteLine(path + " (" + id.Value + "):");
            string newText = text;
            bool applied = false;
            foreach (EntryChange change in changes)
            {
                string action = change.Key == null ? string.Empty
                    : " -> " + change.Key + ": " + change.Value;
                if (write && change.Key != null && (change.IsSafe || force))
                {
                    string? problem = null;
                    if ((change.Yaml != null ? EntryPatch.SetBlock(newText, change.Key, change.Yaml) : EntryPatch.Set(newText, change.Key, change.Value!, out problem)) is { } patched)
                    {
                        newText = patched;
                        applied = true;
                        action += " (set)";
                    }
                    else
                    {
                        action += " (not set: " + problem + ")";
                        held++;
                    }
                }
                else if (write && change.Key != null)
                {
                    action += " (not set: the entry has its own value; pass --force to replace it)";
                    held++;
                }

                context.Out.WriteLine("  " + change.Description + action);
            }

            if (applied && Save(context, path, newText))
            {
                written++;
            }
        }

        context.Out.WriteLine(
            "Refreshed " + folder + ": " + entries.Count + (entries.Count == 1 ? " entry" : " entries") + " with an arXiv id or DOI, "
            + changed + " with changes upstream" + (write ? ", " + written + " written" + (held > 0 ? ", " + held + " changes not set" : string.Empty) : string.Empty)
            + (results.Count(r => r.Failure != null) is int failed and > 0 ? ", " + failed + " not looked up" : string.Empty) + ".");
        if (!write && changed > 0)
        {
            context.Out.WriteLine("Run again with --write to apply the changes marked '->'.");
        }

        return firstFailure;
    }

    private static bool Save(ToolContext context, string path, string text)
    {
        List<DiagnosticInfo> errors = EntryParser.Parse(path, text).Diagnostics
            .Where(d => DiagnosticRules.Get(d.Id).Severity == RuleSeverity.Error)
            .ToList();
        if (errors.Count > 0)
        {
            DiagnosticText.WriteAll(context.Err, errors);
            context.Err.WriteLine("error: the refreshed entry would not validate, so " + path + " was not written.");
            return false;
        }

        AtomicFile.Write(path, text, overwrite: true);
        context.Out.WriteLine("  wrote " + path);
        return true;
    }
}
