using System;
using System.Collections.Generic;
using System.Linq;
using PaperCatalog.Tool.Entries;

namespace PaperCatalog.Tool.Importing;

/// <summary>
/// What every import does once its input is read whole: gives each complete paper a unique id (never one the
/// generated code reserves; <c>--rename</c> picks another), writes it through <see cref="EntryWriter"/>, and reports
/// every paper that was skipped and why. Exit code 1 when any was skipped, 130 when interrupted.
/// </summary>
internal static class ImportRunner
{
    public static int Run(ToolContext context, string input, IReadOnlyList<ImportCandidate> candidates, ImportSettings settings)
    {
        var incomplete = candidates.Where(c => c.Problem != null).ToList();
        foreach (ImportCandidate candidate in incomplete)
        {
            context.Err.WriteLine("skipped " + candidate.Source + ": " + candidate.Problem + ".");
        }

        // Two papers whose titles start alike get "-2", "-3": the id is only a suggestion, the file name must differ.
        var taken = new HashSet<string>(settings.Renames.Values, StringComparer.Ordinal);
        var drafts = new List<EntryDraft>();
        foreach (ImportCandidate candidate in candidates.Where(c => c.Problem == null))
        {
            string id = IdSuggester.Unique(candidate.Draft.Id, taken);
            if (settings.Renames.TryGetValue(id, out string? chosen))
            {
                id = chosen;
            }
            else if (id != candidate.Draft.Id && IdSuggester.IsReserved(candidate.Draft.Id))
            {
                context.Err.WriteLine(
                    "note: " + candidate.Source + ": the id '" + candidate.Draft.Id + "' names a member of the generated code (PAPER030), so it is imported as '"
                    + id + "'; pass --rename " + id + "=<id> to choose another.");
            }

            drafts.Add(candidate.Draft with
            {
                Id = id,
                Keywords = candidate.Draft.Keywords.Concat(settings.Keywords).Distinct(StringComparer.Ordinal).ToList(),
            });
        }

        IReadOnlyList<EntryOutcome> outcomes = EntryWriter.WriteAll(drafts, settings.Folder, settings.Force, context, settings.LockTimeout);
        OutcomeReport.Write(context, outcomes);
        context.Out.WriteLine(
            "Imported " + input + " into " + settings.Folder + ": " + candidates.Count + (candidates.Count == 1 ? " paper, " : " papers, ")
            + OutcomeReport.Summary(outcomes.ToList(), incomplete.Count) + ".");

        if (outcomes.Any(o => o.Kind == OutcomeKind.Interrupted))
        {
            context.Err.WriteLine("interrupted: the files listed as written are complete; the others were not written, and no temporary file is left.");
            return ExitCodes.Interrupted;
        }

        bool allDone = incomplete.Count == 0 && outcomes.All(o => o.Kind is OutcomeKind.Written or OutcomeKind.Unchanged);
        return allDone ? ExitCodes.Ok : ExitCodes.ValidationFailed;
    }
}

/// <summary>The options every import shares: where to write, and how.</summary>
internal sealed record ImportSettings(
    string Folder,
    bool Force,
    IReadOnlyList<string> Keywords,
    IReadOnlyDictionary<string, string> Renames,
    TimeSpan LockTimeout);
