using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Importing;

/// <summary>
/// What every import does once its input is read whole: gives each complete paper a unique id, writes it through
/// <see cref="EntryWriter"/>, and reports every paper that was skipped and why. Exit code 1 when any was skipped.
/// </summary>
internal static class ImportRunner
{
    public static int Run(ToolContext context, string input, IReadOnlyList<ImportCandidate> candidates, string folder, bool force, IReadOnlyList<string> keywords)
    {
        var incomplete = candidates.Where(c => c.Problem != null).ToList();
        foreach (ImportCandidate candidate in incomplete)
        {
            context.Err.WriteLine("skipped " + candidate.Source + ": " + candidate.Problem + ".");
        }

        // Two papers whose titles start alike get "-2", "-3": the id is only a suggestion, the file name must differ.
        var taken = new HashSet<string>(StringComparer.Ordinal);
        List<EntryDraft> drafts = candidates
            .Where(c => c.Problem == null)
            .Select(c => c.Draft with
            {
                Id = IdSuggester.Unique(c.Draft.Id, taken),
                Keywords = c.Draft.Keywords.Concat(keywords).Distinct(StringComparer.Ordinal).ToList(),
            })
            .ToList();

        IReadOnlyList<EntryOutcome> outcomes = EntryWriter.WriteAll(drafts, folder, force);
        OutcomeReport.Write(context, outcomes);
        context.Out.WriteLine(
            "Imported " + input + " into " + folder + ": " + candidates.Count + (candidates.Count == 1 ? " paper, " : " papers, ")
            + OutcomeReport.Summary(outcomes.ToList(), incomplete.Count) + ".");

        bool allDone = incomplete.Count == 0 && outcomes.All(o => o.Kind is OutcomeKind.Written or OutcomeKind.Unchanged);
        return allDone ? ExitCodes.Ok : ExitCodes.ValidationFailed;
    }
}
